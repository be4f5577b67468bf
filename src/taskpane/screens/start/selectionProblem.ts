// Why a selection cannot be read as a table: nothing in it, or a single cell (the user most likely forgot to select
// the table first). The Start screen checks this before reading units or criteria from the selection.

import type { CellValue } from "../../../workbook/plan/planTypes";

export type SelectionProblem = "empty" | "single-cell";

export function isBlankCell(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** Null when the values can be read as a table. */
export function selectionProblem(values: readonly (readonly CellValue[])[]): SelectionProblem | null {
  if (values.every((row) => row.every(isBlankCell))) return "empty";
  if (values.length === 1 && values[0].length === 1) return "single-cell";
  return null;
}
