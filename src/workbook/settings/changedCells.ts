// A settings update as the cells it changes: the re-planned workbook minus every cell that the same builder with the
// old settings already wrote exactly so (formula or value, style, lock). What a change of weights touches is the
// settings sheet, the metadata, the log and the few formulas that spell the rule; the thousands of formulas it leaves
// alone are neither read for the undo snapshot nor written again.

import { parseRange } from "../layout/cellAddress";
import { nonInputBlocks } from "../plan/nonInputBlocks";
import type { CellSpec, SheetPlan, WorkbookPlan } from "../plan/planTypes";

const COLUMNS = 16_384;

/** Every cell of a sheet's blocks by row and column (a later block's cell over an earlier one's). */
function cellsOf(sheet: SheetPlan): Map<number, CellSpec> {
  const cells = new Map<number, CellSpec>();
  for (const block of sheet.blocks) {
    const origin = parseRange(block.at);
    if (!origin) throw new Error(`Workbook plan block starts at "${block.at}", not an A1 cell`);
    block.cells.forEach((row, i) =>
      row.forEach((cell, j) => cells.set((origin.row + i) * COLUMNS + origin.column + j, cell)),
    );
  }
  return cells;
}

function sameCell(a: CellSpec, b: CellSpec): boolean {
  return a.v === b.v && a.f === b.f && a.s === b.s && (a.input === true) === (b.input === true);
}

/**
 * `next` with each sheet's blocks cut down to the cells that differ from `previous` at the same sheet and address.
 * Sheets `whole` names are kept as they are; a sheet left with nothing to write is dropped, unless it hides columns.
 */
export function changedCells(
  next: WorkbookPlan,
  previous: WorkbookPlan,
  whole: (sheet: SheetPlan) => boolean,
): WorkbookPlan {
  const before = new Map(previous.sheets.map((s) => [s.name.toUpperCase(), s]));
  const sheets: SheetPlan[] = [];
  for (const sheet of next.sheets) {
    const old = before.get(sheet.name.toUpperCase());
    if (whole(sheet) || !old) {
      sheets.push(sheet);
      continue;
    }
    const mine = cellsOf(sheet);
    const theirs = cellsOf(old);
    const unchanged = (row: number, column: number) => {
      const key = row * COLUMNS + column;
      const a = mine.get(key);
      const b = theirs.get(key);
      return a !== undefined && b !== undefined && sameCell(a, b);
    };
    const blocks = nonInputBlocks(sheet.blocks, unchanged);
    if (blocks.length > 0 || (sheet.hiddenColumns?.length ?? 0) > 0) sheets.push({ ...sheet, blocks });
  }
  const kept = new Set(sheets.map((s) => s.name.toUpperCase()));
  return {
    ...next,
    sheets,
    ...(next.touches ? { touches: next.touches.filter((t) => kept.has(t.toUpperCase())) } : {}),
  };
}
