// A1 references as Excel writes and reads them: columns, $ anchors, whole rows/columns and quoted sheet names.

import { MAX_COLUMNS, MAX_ROWS, type Rect, coversAllColumns, coversAllRows, lastCol, lastRow } from "./rect";

/** Which parts of a reference carry a $; Excel keeps them as written in defined names. */
export interface Anchors {
  startCol: boolean;
  startRow: boolean;
  endCol: boolean;
  endRow: boolean;
}

export interface ParsedReference {
  sheet: string | null;
  rect: Rect;
  anchors: Anchors;
}

export const ABSOLUTE: Anchors = { startCol: true, startRow: true, endCol: true, endRow: true };
export const RELATIVE: Anchors = { startCol: false, startRow: false, endCol: false, endRow: false };

export function columnName(index: number): string {
  let name = "";
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface Token {
  col?: number;
  row?: number;
  colAnchor: boolean;
  rowAnchor: boolean;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d+)$/;

function parseToken(text: string): Token | null {
  let m = CELL.exec(text);
  if (m) {
    return { col: columnIndex(m[2]), row: Number(m[4]) - 1, colAnchor: m[1] === "$", rowAnchor: m[3] === "$" };
  }
  m = COLUMN.exec(text);
  if (m) return { col: columnIndex(m[2]), colAnchor: m[1] === "$", rowAnchor: false };
  m = ROW.exec(text);
  if (m) return { row: Number(m[2]) - 1, colAnchor: false, rowAnchor: m[1] === "$" };
  return null;
}

function tokenInGrid(t: Token): boolean {
  if (t.col !== undefined && (t.col < 0 || t.col >= MAX_COLUMNS)) return false;
  if (t.row !== undefined && (t.row < 0 || t.row >= MAX_ROWS)) return false;
  return true;
}

/** Parses "A1", "$B$2:D10", "A:C", "2:5", optionally after "Sheet!" or "'It''s'!". Null when malformed. */
export function parseReference(text: string): ParsedReference | null {
  const split = splitSheet(text.trim());
  if (!split) return null;
  const area = parseArea(split.area);
  return area && { sheet: split.sheet, ...area };
}

function splitSheet(text: string): { sheet: string | null; area: string } | null {
  if (text.startsWith("'")) {
    let name = "";
    let i = 1;
    for (; i < text.length; i++) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i++;
          continue;
        }
        break;
      }
      name += text[i];
    }
    if (i >= text.length || text[i + 1] !== "!" || name === "") return null;
    return { sheet: name, area: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, area: text };
  const sheet = text.slice(0, bang);
  // An unquoted sheet name must not need quotes; Excel rejects "My sheet!A1".
  if (sheet === "" || sheetNameNeedsQuotes(sheet)) return null;
  return { sheet, area: text.slice(bang + 1) };
}

function parseArea(text: string): { rect: Rect; anchors: Anchors } | null {
  const parts = text.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) return null;
  const first = parseToken(parts[0]);
  const second = parts.length === 2 ? parseToken(parts[1]) : first;
  if (!first || !second || !tokenInGrid(first) || !tokenInGrid(second)) return null;
  const isCell = (t: Token) => t.col !== undefined && t.row !== undefined;
  const isColumn = (t: Token) => t.col !== undefined && t.row === undefined;
  const isRow = (t: Token) => t.col === undefined && t.row !== undefined;
  if (parts.length === 1 && !isCell(first)) return null;
  if (isCell(first) !== isCell(second) || isColumn(first) !== isColumn(second) || isRow(first) !== isRow(second)) {
    return null;
  }
  const c1 = first.col ?? 0;
  const c2 = second.col ?? MAX_COLUMNS - 1;
  const r1 = first.row ?? 0;
  const r2 = second.row ?? MAX_ROWS - 1;
  const colsSwapped = c2 < c1;
  const rowsSwapped = r2 < r1;
  return {
    rect: { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 },
    anchors: {
      startCol: colsSwapped ? second.colAnchor : first.colAnchor,
      endCol: colsSwapped ? first.colAnchor : second.colAnchor,
      startRow: rowsSwapped ? second.rowAnchor : first.rowAnchor,
      endRow: rowsSwapped ? first.rowAnchor : second.rowAnchor,
    },
  };
}

/** "A1", "A1:C3", "A:C" for whole columns, "2:5" for whole rows, "1:1048576" for the whole sheet. */
export function formatArea(r: Rect, anchors: Anchors = RELATIVE): string {
  const col = (i: number, a: boolean) => (a ? "$" : "") + columnName(i);
  const row = (i: number, a: boolean) => (a ? "$" : "") + String(i + 1);
  if (coversAllRows(r) && !coversAllColumns(r)) {
    return `${col(r.col, anchors.startCol)}:${col(lastCol(r), anchors.endCol)}`;
  }
  if (coversAllColumns(r)) return `${row(r.row, anchors.startRow)}:${row(lastRow(r), anchors.endRow)}`;
  const start = col(r.col, anchors.startCol) + row(r.row, anchors.startRow);
  if (r.rows === 1 && r.cols === 1) return start;
  return `${start}:${col(lastCol(r), anchors.endCol)}${row(lastRow(r), anchors.endRow)}`;
}

const NON_WORD = /[^\p{L}\p{M}\p{N}\p{Pc}\p{Extended_Pictographic}.]/u;
const STARTS_BADLY = /^[\p{N}.\p{Extended_Pictographic}]/u;
const R1C1_LIKE = /^(r\d*c?\d*|c\d*)$/i;

/**
 * When Excel quotes a sheet name in a reference. Excel publishes no rule; this follows observations reported in
 * jmcnamara/XlsxWriter#1078: quote when a character is not a (Unicode) word character or ".", when the name starts
 * with a digit, "." or emoji, or when it reads as an A1 or R1C1 reference. So "Tự chấm" is quoted (space) while
 * "École1" or "_thidua" are not, although they hold non-ASCII letters or punctuation-like underscores.
 */
export function sheetNameNeedsQuotes(name: string): boolean {
  if (NON_WORD.test(name) || STARTS_BADLY.test(name)) return true;
  if (R1C1_LIKE.test(name)) return true;
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  return m !== null && columnIndex(m[1]) < MAX_COLUMNS && Number(m[2]) >= 1 && Number(m[2]) <= MAX_ROWS;
}

export function quoteSheetName(name: string): string {
  return sheetNameNeedsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

export function qualifiedAddress(sheetName: string, r: Rect, anchors: Anchors = RELATIVE): string {
  return `${quoteSheetName(sheetName)}!${formatArea(r, anchors)}`;
}

/** True when `text` would be read as a cell reference (A1 or R1C1), which a defined name may not be. */
export function looksLikeCellReference(text: string): boolean {
  if (R1C1_LIKE.test(text)) return true;
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(text);
  return m !== null && columnIndex(m[1]) < MAX_COLUMNS && Number(m[2]) >= 1 && Number(m[2]) <= MAX_ROWS;
}
