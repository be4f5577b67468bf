// The formula cells of a plan's block, without their styles and values: what the formula checks of validation
// compare a workbook with, derived from the same builders that write the formulas.

import { parseRange } from "../layout/cellAddress";
import type { CellBlock } from "./planTypes";

export interface FormulaBlock {
  /** 1-based row of the block's top-left cell. */
  row: number;
  /** 0-based column of the block's top-left cell. */
  column: number;
  /** Rows of equal length: the formula (without "="), undefined where the cell holds no formula. */
  formulas: (string | undefined)[][];
}

/** A plan block's formulas; null when it holds none (titles, labels, headers). */
export function formulaBlock(block: CellBlock): FormulaBlock | null {
  if (!block.cells.some((row) => row.some((cell) => cell.f !== undefined))) return null;
  const origin = parseRange(block.at)!;
  return {
    row: origin.row,
    column: origin.column,
    formulas: block.cells.map((row) => row.map((cell) => cell.f)),
  };
}

/** True when at least one cell of the block holds a formula. */
export function holdsFormula(block: FormulaBlock): boolean {
  return block.formulas.some((row) => row.some((f) => f !== undefined));
}
