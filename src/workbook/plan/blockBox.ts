// Where a plan block lands, checked the same way for both hosts: it starts at an A1 cell and its rows are equally
// long. A block that breaks this is a bug in the plan, not something a user did, so it throws.

import { parseRange, type RangeBox } from "../layout/cellAddress";
import type { CellBlock } from "./planTypes";

/** The block's rectangle on its sheet (zero columns for an empty block). */
export function blockBox(block: CellBlock): RangeBox {
  const origin = parseRange(block.at);
  if (!origin) throw new Error(`Workbook plan block starts at "${block.at}", not an A1 cell`);
  const width = block.cells[0]?.length ?? 0;
  if (block.cells.some((line) => line.length !== width)) {
    throw new Error(`Workbook plan block at ${block.at} has rows of different lengths`);
  }
  return { row: origin.row, column: origin.column, rows: block.cells.length, columns: width };
}
