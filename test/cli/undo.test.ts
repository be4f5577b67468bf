// `thidua rank` then `thidua undo` on a file, as child processes: every cell of every sheet is back as it was
// before the ranking (the log keeps its rows and gains the ranking's and the undo's; the undo sheet aside), and a
// second undo says there is nothing to undo and leaves the file byte for byte as it was.

import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { validateWorkbook } from "../../src/workbook/operations/validateWorkbook";
import { planInputs } from "../../src/workbook/plan/planInputs";
import { UNDO_SHEET } from "../../src/workbook/undo/undoSheet";
import { buildCli, fileHash, tempFolder, thidua } from "./cliProcess";

beforeAll(() => buildCli(), 60_000);

/** Every non-empty cell of every sheet but the undo sheet: its formula, else its value as JSON. */
async function cellsOf(path: string): Promise<Map<string, string>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const out = new Map<string, string>();
  book.eachSheet((sheet) => {
    if (sheet.name === UNDO_SHEET) return;
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const formula = cell.formula;
        const content = formula ? `=${formula}` : JSON.stringify(cell.value);
        if (content !== "null") out.set(`${sheet.name}!${cell.address}`, content);
      }),
    );
  });
  return out;
}

/** Cells of the log sheet from `row` down are left out (the log only grows). */
function withoutLogFrom(cells: Map<string, string>, logSheet: string, row: number): Map<string, string> {
  return new Map(
    [...cells].filter(([key]) => !(key.startsWith(`${logSheet}!`) && Number(/\d+$/.exec(key)![0]) >= row)),
  );
}

describe("thidua undo", () => {
  it("puts back every cell the ranking changed, and then has nothing left to undo", async () => {
    const folder = tempFolder();
    expect(thidua(["demo", "--out", folder], folder).status).toBe(0);
    const file = join(folder, "demo.xlsx");

    // An entry changes, so the next ranking writes other results.
    const host = await XlsxHost.load(readFileSync(file));
    const { parsed } = await validateWorkbook(host);
    const layout = parsed.layout!;
    const manual = layout.flat.rows.find((r) => r.kind === "manual")!;
    const self = layout.flat.rows.map((_, r) =>
      layout.units.map((_u, c) => (r === manual.index && c === 0 ? 0 : undefined)),
    );
    await host.apply(planInputs(layout, { self: self as never }));
    writeFileSync(file, await host.save());
    const logRow = parsed.logTable!.row + parsed.logTable!.rows;
    const before = await cellsOf(file);

    expect(thidua(["rank", file, "--json"], folder).status).toBe(0);
    const ranked = await cellsOf(file);
    expect(withoutLogFrom(ranked, layout.log.sheet, logRow)).not.toEqual(
      withoutLogFrom(before, layout.log.sheet, logRow),
    );

    const undo = thidua(["undo", file, "--json"], folder);
    expect(undo.status).toBe(0);
    const json = JSON.parse(undo.stdout) as { undone: boolean; operation: { operation: string }; restored: number };
    expect(json).toMatchObject({ undone: true, operation: { operation: "rank" } });
    expect(json.restored).toBeGreaterThan(0);
    const after = await cellsOf(file);
    expect(withoutLogFrom(after, layout.log.sheet, logRow)).toEqual(withoutLogFrom(before, layout.log.sheet, logRow));
    expect(after.get(`${layout.log.sheet}!B${logRow + 1}`)).toBe(JSON.stringify("Hoàn tác"));
    expect(thidua(["validate", file], folder).status).toBe(0);

    const hash = fileHash(file);
    const again = thidua(["undo", file, "--lang", "en"], folder);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("nothing to undo");
    expect(fileHash(file)).toBe(hash);
  }, 60_000);
});
