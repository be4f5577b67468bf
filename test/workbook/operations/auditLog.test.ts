// The audit log (Nhật ký) on the in-memory host: inject, rank, fix and rank again each append one entry whose check
// chain (column F) is recomputed here from the cells as the spec defines it (contentHash of the previous chain and
// the entry's five cells); editing or deleting an entry afterwards gives one warning naming its row; a log written
// before the chain column existed (5 columns) gives no warning and is continued by the next entry.

import { contentHash } from "../../../src/core/integrity/contentHash";
import { applyFixes, isFixable } from "../../../src/workbook/operations/applyFixes";
import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import type { CellValue } from "../../../src/workbook/plan/planTypes";
import { MemoryHost } from "../memoryHost";
import { filledSelfWorkbook } from "./filledSelfWorkbook";

const LOG = "Nhật ký";
const COLUMNS = ["A", "B", "C", "D", "E", "F"];
const RULE = "workbook.log-edited";

const filledHost = () => filledSelfWorkbook("cum1.xlsx");

/** The cells of one log row as stored ("" for an empty cell). */
function logRow(host: MemoryHost, row: number): string[] {
  return COLUMNS.map((c) => {
    const v = host.cell(LOG, `${c}${row}`)?.v;
    return v === null || v === undefined ? "" : String(v);
  });
}

/** Inject, rank, fix one number typed as text, rank again. */
async function loggedHost() {
  const { host, layout } = await filledHost();
  await rankWorkbook(host, { now: "2026-01-02T00:00:00Z", fileName: "cum1.xlsx" });
  const manual = layout.flat.rows.find((r) => r.kind === "manual")!;
  const input = `E${layout.self.grid.row + manual.index}`;
  host.type(layout.self.sheet, input, "2,5");
  const before = await validateWorkbook(host);
  const fixable = before.findings.filter(isFixable);
  expect(fixable.map((f) => f.rule)).toEqual(["cell.text"]);
  host.calls.length = 0;
  const count = await applyFixes(host, fixable, before.parsed.layout, {
    parsed: before.parsed,
    now: "2026-01-03T00:00:00Z",
    fileName: "cum1.xlsx",
  });
  expect(count).toBe(1);
  // The fix and its log entry go in the same single apply.
  expect(host.calls).toEqual(["apply"]);
  await rankWorkbook(host, { now: "2026-01-04T00:00:00Z", fileName: "cum1.xlsx" });
  return { host, layout, input };
}

function logFindings<F extends { rule: string }>(findings: F[]): F[] {
  return findings.filter((f) => f.rule === RULE);
}

describe("audit log chain", () => {
  it("appends inject, rank, fix and rank entries, each chained to the one before", async () => {
    const { host, layout, input } = await loggedHost();
    expect(host.names.get("TD_LOG")!.range).toBe("A2:F6");
    expect(logRow(host, 2)).toEqual(["Thời gian", "Thao tác", "Tệp", "Mã băm", "Tóm tắt", "Chuỗi kiểm tra"]);
    const rows = [3, 4, 5, 6].map((r) => logRow(host, r));
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      // Midnight UTC is 7 a.m. in Vietnam, the log's default time zone.
      ["07 giờ 00, ngày 01/01/2026", "Tạo bảng chấm điểm", "cum1.xlsx"],
      ["07 giờ 00, ngày 02/01/2026", "Xếp hạng", "cum1.xlsx"],
      ["07 giờ 00, ngày 03/01/2026", "Sửa nhanh", "cum1.xlsx"],
      ["07 giờ 00, ngày 04/01/2026", "Xếp hạng", "cum1.xlsx"],
    ]);
    // The fix entry: what was fixed, and a hash of the cells written (sheet, cell, value).
    expect(rows[2][4]).toBe("Đã sửa 1 ô; quy tắc: cell.text.");
    expect(rows[2][3]).toBe(contentHash([[layout.self.sheet, input, 2.5]]));
    // Each chain recomputed from the cells: the first from "", each later one from the chain stored above it.
    let previous = "";
    for (const cells of rows) {
      expect(cells[5]).toBe(contentHash([previous, ...cells.slice(0, 5)]));
      previous = cells[5];
    }
    expect(new Set(rows.map((r) => r[5])).size).toBe(4);

    const validation = await validateWorkbook(host);
    expect(validation.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(validation.parsed.log!.rows.map((r) => r.row)).toEqual([3, 4, 5, 6]);
    expect(validation.parsed.log!.lastChain).toBe(rows[3][5]);
  });

  it("names the row whose summary was edited after it was written", async () => {
    const { host } = await loggedHost();
    host.type(LOG, "E4", "Không có phát hiện nào.");
    const found = logFindings((await validateWorkbook(host)).findings);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", sheet: LOG, cell: "A4" });
    expect(found[0].message.vi).toContain("Nhật ký: dòng 4 đã bị sửa sau khi ghi");
    expect(found[0].message.en).toContain("Log: row 4 was edited after it was written");
  });

  it("names the row whose cells were cleared, and the row that moved up into a deleted row's place", async () => {
    const cleared = (await loggedHost()).host;
    for (const c of COLUMNS) cleared.type(LOG, `${c}5`, null);
    expect(logFindings((await validateWorkbook(cleared)).findings)).toMatchObject([{ sheet: LOG, cell: "A5" }]);

    // Deleting row 4 (shift up): rows 5 and 6 move to 4 and 5, and the name shrinks by one row.
    const deleted = (await loggedHost()).host;
    const below = [5, 6].map((r) => logRow(deleted, r));
    below.forEach((cells, i) => cells.forEach((v, j) => deleted.type(LOG, `${COLUMNS[j]}${4 + i}`, v)));
    COLUMNS.forEach((c) => deleted.type(LOG, `${c}6`, null));
    deleted.names.set("TD_LOG", { name: "TD_Log", sheet: LOG, range: "A2:F5" });
    const validation = await validateWorkbook(deleted);
    expect(logFindings(validation.findings)).toMatchObject([{ sheet: LOG, cell: "A4" }]);
    expect(validation.findings.filter((f) => f.rule.startsWith("workbook.name"))).toEqual([]);
  });

  it("names the row whose own chain cell was overwritten", async () => {
    const { host } = await loggedHost();
    host.type(LOG, "F6", "0000000000000000");
    expect(logFindings((await validateWorkbook(host)).findings)).toMatchObject([{ sheet: LOG, cell: "A6" }]);
  });

  it("gives no warning for an older 5-column log, and chains the next entry over its rows", async () => {
    const { host } = await filledHost();
    // The log as an older add-in wrote it: five columns, no chain.
    host.type(LOG, "F2", null);
    host.type(LOG, "F3", null);
    host.names.set("TD_LOG", { name: "TD_Log", sheet: LOG, range: "A2:E3" });
    const older = await validateWorkbook(host);
    expect(logFindings(older.findings)).toEqual([]);
    expect(older.findings.filter((f) => f.rule.startsWith("workbook."))).toEqual([]);

    await rankWorkbook(host, { now: "2026-01-02T00:00:00Z" });
    expect(host.names.get("TD_LOG")!.range).toBe("A2:F4");
    const legacy: CellValue[] = logRow(host, 3);
    expect(legacy[5]).toBe("");
    const ranked = logRow(host, 4);
    expect(ranked[5]).toBe(contentHash([contentHash(["", ...legacy.slice(0, 5)]), ...ranked.slice(0, 5)]));
    expect(logFindings((await validateWorkbook(host)).findings)).toEqual([]);

    // The legacy row has no chain of its own, but the first chained row below it covers its content.
    host.type(LOG, "E3", "sửa tay");
    expect(logFindings((await validateWorkbook(host)).findings)).toMatchObject([{ sheet: LOG, cell: "A4" }]);
  });
});
