// Formulas typed in R1C1 notation (Range.formulasR1C1) as the A1 text the cell then holds: "R[1]C" in B2 is "B3",
// "R2C3" is "$C$2", "C[-1]:C" whole columns, "R1:R[2]" whole rows. Quoted text, sheet names in '…' and brackets are
// left alone; a token starts only after a non-name character, so ROUND, COUNT or TD_Self are never read as references.

import { columnName } from "./a1Address";

const NAME_CHAR = /[\p{L}\p{N}_.\\?]/u;
const PART = String.raw`(?:\[(-?\d+)\]|(\d+))?`;
const AFTER = String.raw`(?![\p{L}\p{N}_.\\?(!\[])`;
const CELL = new RegExp(String.raw`R${PART}C${PART}${AFTER}`, "uy");
const ROWS = new RegExp(String.raw`R${PART}:R${PART}${AFTER}`, "uy");
const COLUMNS = new RegExp(String.raw`C${PART}:C${PART}${AFTER}`, "uy");

/** One coordinate: [n] relative to `base`, n absolute (anchored), nothing the base itself. */
function part(
  relative: string | undefined,
  absolute: string | undefined,
  base: number,
): { at: number; anchor: string } {
  if (absolute !== undefined) return { at: Number(absolute), anchor: "$" };
  return { at: base + (relative === undefined ? 0 : Number(relative)), anchor: "" };
}

const rowText = (p: { at: number; anchor: string }) => `${p.anchor}${p.at}`;
// Columns counted from 1 in R1C1; columnName takes a zero-based index.
const columnText = (p: { at: number; anchor: string }) => `${p.anchor}${columnName(p.at - 1)}`;

function quotedEnd(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

/** The A1 text of `formula` (R1C1) typed into the cell at `row`, `col` (both 1-based). */
export function a1FromR1C1(formula: string, row: number, col: number): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const starts = i === 0 || !NAME_CHAR.test(formula[i - 1]);
    if (starts && (ch === "R" || ch === "C" || ch === "r" || ch === "c")) {
      CELL.lastIndex = i;
      let m = CELL.exec(formula);
      if (m) {
        out += columnText(part(m[3], m[4], col)) + rowText(part(m[1], m[2], row));
        i += m[0].length;
        continue;
      }
      ROWS.lastIndex = i;
      m = ROWS.exec(formula);
      if (m) {
        out += `${rowText(part(m[1], m[2], row))}:${rowText(part(m[3], m[4], row))}`;
        i += m[0].length;
        continue;
      }
      COLUMNS.lastIndex = i;
      m = COLUMNS.exec(formula);
      if (m) {
        out += `${columnText(part(m[1], m[2], col))}:${columnText(part(m[3], m[4], col))}`;
        i += m[0].length;
        continue;
      }
    }
    if (starts) {
      // Skip the rest of a name or function, so that its inner letters are not read as references.
      let end = i;
      while (end < formula.length && NAME_CHAR.test(formula[end])) end++;
      if (end > i) {
        out += formula.slice(i, end);
        i = end;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
