// Regressions for the crashes and stray writes the hostile corpus found, one case each, through validate and rank.

import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import { readMeta } from "../../../src/workbook/meta/readMeta";
import { UNDO_SHEET } from "../../../src/workbook/undo/undoSheet";
import { scenarioFor } from "../scenarios";
import { checkCase } from "./checkCase";
import { buildWorkbook, cloneWorkbook, USER_SHEET, type CorpusWorkbook } from "./corpusWorkbook";
import { applyMutation, nameBox } from "./mutations";

let base: CorpusWorkbook;
beforeAll(async () => {
  base = await buildWorkbook(scenarioFor("khoi-so-nganh", "self", 21));
});
const now = "2026-04-01T08:00:00.000Z";

describe("hostile corpus regressions", () => {
  it("reports metadata whose settings have the wrong types instead of crashing", () => {
    const meta = JSON.parse(String(base.host.cell("_thidua", "A1")!.v)) as Record<string, unknown>;
    const { meta: read, findings } = readMeta([JSON.stringify({ ...meta, settings: { tieBreak: "x", grades: [] } })]);
    expect(read).toBeNull();
    expect(findings).toMatchObject([{ rule: "workbook.meta-invalid", location: { field: "settings" } }]);
  });

  it("writes awards, notes and the hash beside a result table that a row inserted above it moved", async () => {
    const wb = cloneWorkbook(base);
    applyMutation(wb, { kind: "insert-row", area: "result", at: 0 });
    const table = nameBox(wb, "TD_Result")!.box;
    expect(table.row).toBe(base.layout.result.table.row + 1);
    const ranking = await rankWorkbook(wb.host, { now });
    expect(ranking.plan).not.toBeNull();
    const result = ranking.plan!.sheets.find((s) => s.key === "result")!;
    const hash = result.blocks.at(-1)!;
    expect(hash.at).toBe(`C${table.row + table.rows + 1}`);
    expect(result.blocks[0].at).toBe(`P${table.row}`);
    expect((await checkCase(cloneWorkbook(base))).problems).toEqual([]);
  });

  it("writes the log entry beside a log table that a column inserted left of it moved", async () => {
    const wb = cloneWorkbook(base);
    applyMutation(wb, { kind: "insert-column", area: "log", at: 0 });
    const log = nameBox(wb, "TD_Log")!.box;
    const ranking = await rankWorkbook(wb.host, { now });
    const entry = ranking.plan!.sheets.find((s) => s.key === "log")!.blocks[0];
    expect(entry.at).toBe(`B${log.row + log.rows}`);
  });

  it.each(["TD_Log", "TD_Analysis"] as const)(
    "refuses to rank, and names the damage, when %s points at the user's own sheet",
    async (name) => {
      const wb = cloneWorkbook(base);
      applyMutation(wb, { kind: "name-to-user-sheet", name });
      const before = structuredClone([...wb.host.sheets.get(USER_SHEET.toLowerCase())!.cells]);
      const validation = await validateWorkbook(wb.host);
      expect(validation.findings).toContainEqual(
        expect.objectContaining({ rule: "workbook.name-elsewhere", location: { area: "metadata", field: name } }),
      );
      const ranking = await rankWorkbook(wb.host, { now });
      expect(ranking.plan).toBeNull();
      expect([...wb.host.sheets.get(USER_SHEET.toLowerCase())!.cells]).toEqual(before);
    },
  );

  it("still ranks a workbook that was ranked before (the analysis name then covers its table)", async () => {
    const wb = cloneWorkbook(base);
    await rankWorkbook(wb.host, { now });
    // The first ranking created the undo sheet: the add-in's own from then on.
    wb.owned.add(UNDO_SHEET.toLowerCase());
    const again = await checkCase(wb);
    expect(again.problems).toEqual([]);
    expect(again.ranked).toBe(true);
  });
});
