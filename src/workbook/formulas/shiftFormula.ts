// Moves a formula by whole rows and columns the way Excel fills it: relative references shift, anchored ($) parts
// stay. Excel stores a filled block as one "shared" formula; every other cell of the block gets its own text this way.

import { columnIndex, columnLetter } from "../layout/cellAddress";

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

// A token starts only where no name character precedes it, so "LOG10" or "TD_Self" are never cut into references.
const NAME_CHAR = /[\p{L}\p{N}_.\\?]/u;
// A reference ends where no name character, "(" (a function such as LOG10) or "!" (a sheet such as AB1) follows.
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\p{L}\p{N}_.\\?(!])/uy;
const COLUMNS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\p{L}\p{N}_.\\?(!])/uy;
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![\p{L}\p{N}_.\\?(!])/uy;
const NAME = /[\p{L}\p{N}_.\\?$]+/uy;

function shiftColumn(letters: string, anchored: string, by: number): string | null {
  const index = columnIndex(letters);
  if (index < 0) return null;
  const moved = anchored ? index : index + by;
  return moved < 0 || moved >= MAX_COLUMN ? null : anchored + columnLetter(moved);
}

function shiftRow(digits: string, anchored: string, by: number): string | null {
  const row = Number(digits);
  const moved = anchored ? row : row + by;
  return moved < 1 || moved > MAX_ROW ? null : anchored + moved;
}

/** Copies a quoted run ("text" or 'sheet name', the quote doubled inside) starting at `start`; returns its end. */
function quotedEnd(formula: string, start: number): number {
  const quote = formula[start];
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return formula.length;
}

/** Copies a bracketed run ([1] external book, Table[[#This Row],[Col]]) with nesting; returns its end. */
function bracketEnd(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i++) {
    if (formula[i] === "[") depth++;
    else if (formula[i] === "]" && --depth === 0) return i + 1;
  }
  return formula.length;
}

/** The token at `at` rewritten for the move, with its length; null when no reference starts there. */
function shiftReference(formula: string, at: number, rows: number, columns: number): [string, number] | null {
  CELL.lastIndex = at;
  let m = CELL.exec(formula);
  if (m && columnIndex(m[2]) < MAX_COLUMN && Number(m[4]) <= MAX_ROW) {
    const column = shiftColumn(m[2], m[1], columns);
    const row = shiftRow(m[4], m[3], rows);
    return [column && row ? column + row : "#REF!", m[0].length];
  }
  COLUMNS.lastIndex = at;
  m = COLUMNS.exec(formula);
  if (m) {
    const first = shiftColumn(m[2], m[1], columns);
    const last = shiftColumn(m[4], m[3], columns);
    return [first && last ? `${first}:${last}` : "#REF!", m[0].length];
  }
  ROWS.lastIndex = at;
  m = ROWS.exec(formula);
  if (m) {
    const first = shiftRow(m[2], m[1], rows);
    const last = shiftRow(m[4], m[3], rows);
    return [first && last ? `${first}:${last}` : "#REF!", m[0].length];
  }
  return null;
}

/** The formula (English syntax, no "=") as it reads `rows` rows down and `columns` columns right of its origin. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
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
    if (ch === "[") {
      const end = bracketEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const startsToken = i === 0 || !NAME_CHAR.test(formula[i - 1]);
    if (startsToken) {
      const shifted = shiftReference(formula, i, rows, columns);
      if (shifted) {
        out += shifted[0];
        i += shifted[1];
        continue;
      }
      NAME.lastIndex = i;
      const name = NAME.exec(formula);
      if (name) {
        out += name[0];
        i += name[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
