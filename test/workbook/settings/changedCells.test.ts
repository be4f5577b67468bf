// A settings update writes only what the new settings change: the cells the old settings planned the same are left
// out, the sheets it rewrites whole stay whole, and a sheet with nothing left to write is not touched.

import { cellAddress, parseRange } from "../../../src/workbook/layout/cellAddress";
import type { CellSpec, SheetPlan, WorkbookPlan } from "../../../src/workbook/plan/planTypes";
import { changedCells } from "../../../src/workbook/settings/changedCells";

/** The cells a sheet's blocks write, by A1 address. */
function cellsOf(sheet: SheetPlan): Record<string, CellSpec> {
  const cells: Record<string, CellSpec> = {};
  for (const block of sheet.blocks) {
    const origin = parseRange(block.at)!;
    block.cells.forEach((row, i) =>
      row.forEach((cell, j) => (cells[cellAddress(origin.row + i, origin.column + j)] = cell)),
    );
  }
  return cells;
}

const plan = (sheets: SheetPlan[]): WorkbookPlan => ({
  styles: {},
  sheets,
  names: [],
  touches: sheets.map((s) => s.name),
});

const summary = (blocks: SheetPlan["blocks"]): SheetPlan => ({ key: "final", name: "Tổng hợp", create: false, blocks });
const settings = (value: string): SheetPlan => ({
  key: "settings",
  name: "Cài đặt",
  create: false,
  blocks: [{ at: "B2", cells: [[{ v: value }]] }],
});
const isSettings = (sheet: SheetPlan) => sheet.key === "settings";

describe("changedCells", () => {
  it("keeps only the cells whose formula, value or style the new settings change", () => {
    const before = plan([
      summary([
        {
          at: "C5",
          cells: [
            [{ f: "D5*0.5", s: "n" }, { v: "Tổng", s: "h" }, { f: "SUM(D5:E5)" }],
            [{ f: "D6*0.5", s: "n" }, { v: "Tổng", s: "h" }, { f: "SUM(D6:E6)" }],
          ],
        },
      ]),
    ]);
    const after = plan([
      summary([
        {
          at: "C5",
          cells: [
            [{ f: "D5*0.4", s: "n" }, { v: "Tổng", s: "h" }, { f: "SUM(D5:E5)" }],
            [{ f: "D6*0.4", s: "n" }, { v: "Tổng", s: "b" }, { f: "SUM(D6:E6)" }],
          ],
        },
      ]),
    ]);
    const changed = changedCells(after, before, isSettings);
    expect(changed.sheets.map((sheet) => sheet.name)).toEqual(["Tổng hợp"]);
    expect(cellsOf(changed.sheets[0])).toEqual({
      C5: { f: "D5*0.4", s: "n" },
      C6: { f: "D6*0.4", s: "n" },
      D6: { v: "Tổng", s: "b" },
    });
  });

  it("writes a cell the old plan did not have, and never an input cell", () => {
    const before = plan([summary([{ at: "A1", cells: [[{ v: "Điểm" }]] }])]);
    const after = plan([summary([{ at: "A1", cells: [[{ v: "Điểm" }, { v: "Hạng" }, { v: 3, input: true }]] }])]);
    expect(cellsOf(changedCells(after, before, isSettings).sheets[0])).toEqual({ B1: { v: "Hạng" } });
  });

  it("rewrites the sheets named whole even when nothing on them changed, and drops a sheet left with nothing", () => {
    const unchanged = summary([{ at: "A1", cells: [[{ f: "A2+1" }]] }]);
    const changed = changedCells(plan([settings("Có"), unchanged]), plan([settings("Có"), unchanged]), isSettings);
    expect(changed.sheets).toEqual([settings("Có")]);
    expect(changed.touches).toEqual(["Cài đặt"]);
  });

  it("keeps a sheet whose columns the new plan hides, though its cells are the same", () => {
    const unchanged = summary([{ at: "A1", cells: [[{ f: "A2+1" }]] }]);
    const hiding = { ...unchanged, hiddenColumns: [7] };
    const changed = changedCells(plan([hiding]), plan([unchanged]), isSettings);
    expect(changed.sheets).toEqual([{ ...hiding, blocks: [] }]);
  });

  it("writes a sheet whole when the old plan has no sheet of its name", () => {
    const added = { ...summary([{ at: "A1", cells: [[{ v: "Mới" }]] }]), name: "Phân tích", key: "analysis" as const };
    expect(changedCells(plan([added]), plan([]), isSettings).sheets).toEqual([added]);
  });
});
