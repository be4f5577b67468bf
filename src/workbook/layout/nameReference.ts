// The text of a defined name as both hosts meet it ('Tự chấm'!$D$6:$M$40 in a file, in Office.js's formula): read
// into a sheet and range, written from them. Anything else a name may hold (#REF!, several areas, a constant, a
// formula) reads as broken.

import { columnLetter, parseRange, quoteSheetName } from "./cellAddress";
import { areaText } from "./rangeAreas";

export interface SheetRange {
  sheet: string;
  /** A1 without anchors: "D6:M40", "D6", "A:C" or "1:4". */
  range: string;
}

const QUOTED = /^'((?:[^']|'')+)'!(.+)$/;
const PLAIN = /^([^'!:\s,()"]+)!(.+)$/;
const WHOLE_COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const WHOLE_ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

function plainArea(area: string): string | null {
  const box = parseRange(area);
  if (box) return areaText(box);
  const columns = WHOLE_COLUMNS.exec(area);
  if (columns) return `${columns[1]}:${columns[2]}`.toUpperCase();
  const rows = WHOLE_ROWS.exec(area);
  if (rows) return `${rows[1]}:${rows[2]}`;
  return null;
}

/** The one sheet and range a name points at; null for #REF!, several areas, 3-D references or non-references. */
export function parseNameReference(text: string): SheetRange | null {
  const trimmed = text.trim().replace(/^=/, "");
  const quoted = QUOTED.exec(trimmed);
  const match = quoted ?? PLAIN.exec(trimmed);
  if (!match) return null;
  const sheet = quoted ? match[1].replace(/''/g, "'") : match[1];
  // Sheet names can't hold ":", so one here is a 3-D reference across sheets; "[" marks another workbook;
  // an unquoted "#REF" is what Excel leaves when the sheet was deleted.
  if (sheet.includes(":") || sheet.startsWith("[") || (!quoted && sheet.toUpperCase() === "#REF")) return null;
  const range = plainArea(match[2]);
  return range ? { sheet, range } : null;
}

/** 'Tự chấm'!$D$6:$M$40 from a sheet and a range; a range that is not plain A1 is kept as given. */
export function formatNameReference(sheet: string, range: string): string {
  const box = parseRange(range);
  let anchored = range;
  if (box) {
    const first = `$${columnLetter(box.column)}$${box.row}`;
    const last = `$${columnLetter(box.column + box.columns - 1)}$${box.row + box.rows - 1}`;
    anchored = box.rows === 1 && box.columns === 1 ? first : `${first}:${last}`;
  }
  return `${quoteSheetName(sheet)}!${anchored}`;
}

const TITLE_ROWS = /^\$?(\d{1,7})(?::\$?(\d{1,7}))?$/;

/** "$1:$4" from "1:4", "$3:$3" from "3": whole rows, anchored; null when the text is not rows. */
export function titleRowsArea(rows: string): string | null {
  const m = TITLE_ROWS.exec(rows.trim());
  return m ? `$${m[1]}:$${m[2] ?? m[1]}` : null;
}

/** 'Sheet'!$1:$4 from "1:4" (or "3" for one row): the rows Excel repeats at the top of each printed page. */
export function formatTitleRows(sheet: string, rows: string): string {
  return `${quoteSheetName(sheet)}!${titleRowsArea(rows) ?? rows}`;
}
