// The formula cells of a plan's block, without their styles and values: what the formula checks of validation
// compare a workbook with, derived from the same builders that write the formulas.

import { parseRange } from "../layout/cellAddress";
import type { CellBlock } from "./planTypes";

export interface FormulaBlock {
  /** 1-based row of the block's top-left cell. */
  row: number;
  /** 0-based column of the block's top-left cell. */
  column: number;
  rows: number;
  /**
   * Column by column, each row's formula (without "="), undefined where the cell holds none; a column without any
   * formula may be undefined. Column by column, so that the self and peer sheets share their columns' arrays.
   */
  columns: readonly (readonly (string | undefined)[] | undefined)[];
}

/** A plan block's formulas; null when it holds none (titles, labels, headers). */
export function formulaBlock(block: CellBlock): FormulaBlock | null {
  if (!block.cells.some((row) => row.some((cell) => cell.f !== undefined))) return null;
  const origin = parseRange(block.at)!;
  const width = block.cells[0]?.length ?? 0;
  return {
    row: origin.row,
    column: origin.column,
    rows: block.cells.length,
    columns: Array.from({ length: width }, (_, j) => block.cells.map((row) => row[j].f)),
  };
}

/** True when at least one cell of the block holds a formula. */
export function holdsFormula(block: FormulaBlock): boolean {
  return block.columns.some((column) => column?.some((f) => f !== undefined));
}
