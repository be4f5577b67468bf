// A formula in A1 notation as Excel's R1C1 notation reads it from its own cell: relative parts become offsets
// ("R[2]C", "RC[-1]"), anchored parts absolute numbers ("R5C3"). Cells a fill gave the same formula share one R1C1
// text, so one write can set a whole rectangle of them (Range.formulasR1C1 with a single value).

import { mapReferences } from "./shiftFormula";

const offset = (letter: "R" | "C", by: number) => (by === 0 ? letter : `${letter}[${by}]`);

/** `formula` (with or without "=", English syntax) held by the cell at `row` (1-based) and `column` (0-based). */
export function r1c1Formula(formula: string, row: number, column: number): string {
  const rowPart = (r: number, anchored: boolean) => (anchored ? `R${r}` : offset("R", r - row));
  const columnPart = (c: number, anchored: boolean) => (anchored ? `C${c + 1}` : offset("C", c - column));
  return mapReferences(formula, (ref) => {
    if (ref.kind === "cell") return rowPart(ref.row, ref.rowAnchored) + columnPart(ref.column, ref.columnAnchored);
    if (ref.kind === "columns")
      return `${columnPart(ref.first, ref.firstAnchored)}:${columnPart(ref.last, ref.lastAnchored)}`;
    return `${rowPart(ref.first, ref.firstAnchored)}:${rowPart(ref.last, ref.lastAnchored)}`;
  });
}
