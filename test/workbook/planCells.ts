// Reading a plan back in tests: a sheet by key, and the cell a plan writes at an address (the last block wins).

import { cellAddress, parseRange } from "../../src/workbook/layout/cellAddress";
import type { CellSpec, SheetKey, SheetPlan, WorkbookPlan } from "../../src/workbook/plan/planTypes";

export function sheetOf(plan: WorkbookPlan, key: SheetKey): SheetPlan {
  const sheet = plan.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`no sheet ${key} in plan`);
  return sheet;
}

/** Every cell the sheet plan writes, by A1 address. */
export function cellsOf(sheet: SheetPlan): Map<string, CellSpec> {
  const out = new Map<string, CellSpec>();
  for (const block of sheet.blocks) {
    const origin = parseRange(block.at)!;
    block.cells.forEach((row, i) =>
      row.forEach((cell, j) => out.set(cellAddress(origin.row + i, origin.column + j), cell)),
    );
  }
  return out;
}

export function cellAt(sheet: SheetPlan, address: string): CellSpec | undefined {
  return cellsOf(sheet).get(address);
}
