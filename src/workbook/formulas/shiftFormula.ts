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

/** A reference as the scan found it: a cell, whole columns ("A:C") or whole rows ("2:5"), each part maybe anchored. */
export type FormulaReference =
  | { kind: "cell"; column: number; columnAnchored: boolean; row: number; rowAnchored: boolean }
  | { kind: "columns"; first: number; firstAnchored: boolean; last: number; lastAnchored: boolean }
  | { kind: "rows"; first: number; firstAnchored: boolean; last: number; lastAnchored: boolean };

/** The reference starting at `at`, with its length; null when none starts there. */
function referenceAt(formula: string, at: number): [FormulaReference, number] | null {
  CELL.lastIndex = at;
  let m = CELL.exec(formula);
  if (m && columnIndex(m[2]) >= 0 && columnIndex(m[2]) < MAX_COLUMN && Number(m[4]) <= MAX_ROW) {
    const ref = {
      kind: "cell" as const,
      column: columnIndex(m[2]),
      columnAnchored: m[1] === "$",
      row: Number(m[4]),
      rowAnchored: m[3] === "$",
    };
    return [ref, m[0].length];
  }
  COLUMNS.lastIndex = at;
  m = COLUMNS.exec(formula);
  if (m && columnIndex(m[2]) >= 0 && columnIndex(m[4]) >= 0) {
    const ref = {
      kind: "columns" as const,
      first: columnIndex(m[2]),
      firstAnchored: m[1] === "$",
      last: columnIndex(m[4]),
      lastAnchored: m[3] === "$",
    };
    return [ref, m[0].length];
  }
  ROWS.lastIndex = at;
  m = ROWS.exec(formula);
  if (m) {
    const ref = {
      kind: "rows" as const,
      first: Number(m[2]),
      firstAnchored: m[1] === "$",
      last: Number(m[4]),
      lastAnchored: m[3] === "$",
    };
    return [ref, m[0].length];
  }
  return null;
}

/** The formula with every reference (outside quoted text, sheet names and brackets) replaced by `rewrite`'s text. */
export function mapReferences(formula: string, rewrite: (reference: FormulaReference) => string): string {
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
      const found = referenceAt(formula, i);
      if (found) {
        out += rewrite(found[0]);
        i += found[1];
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

const anchor = (anchored: boolean) => (anchored ? "$" : "");

function movedColumn(column: number, anchored: boolean, by: number): string | null {
  const moved = anchored ? column : column + by;
  return moved < 0 || moved >= MAX_COLUMN ? null : anchor(anchored) + columnLetter(moved);
}

function movedRow(row: number, anchored: boolean, by: number): string | null {
  const moved = anchored ? row : row + by;
  return moved < 1 || moved > MAX_ROW ? null : anchor(anchored) + moved;
}

/** The formula (English syntax, no "=") as it reads `rows` rows down and `columns` columns right of its origin. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return mapReferences(formula, (ref) => {
    if (ref.kind === "cell") {
      const column = movedColumn(ref.column, ref.columnAnchored, columns);
      const row = movedRow(ref.row, ref.rowAnchored, rows);
      return column && row ? column + row : "#REF!";
    }
    if (ref.kind === "columns") {
      const first = movedColumn(ref.first, ref.firstAnchored, columns);
      const last = movedColumn(ref.last, ref.lastAnchored, columns);
      return first && last ? `${first}:${last}` : "#REF!";
    }
    const first = movedRow(ref.first, ref.firstAnchored, rows);
    const last = movedRow(ref.last, ref.lastAnchored, rows);
    return first && last ? `${first}:${last}` : "#REF!";
  });
}
