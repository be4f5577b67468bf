// A1 addresses: column letters, cells, ranges, and sheet references as they appear in formulas and defined names.

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0 for "A", 26 for "AA"; -1 when the text is not a column. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface CellPosition {
  /** 1-based sheet row. */
  row: number;
  /** 0-based column. */
  column: number;
}

export interface Anchoring {
  absRow?: boolean;
  absColumn?: boolean;
}

/** "E7", or "$E$7" with both anchors. */
export function cellAddress(row: number, column: number, anchor: Anchoring = {}): string {
  return (anchor.absColumn ? "$" : "") + columnLetter(column) + (anchor.absRow ? "$" : "") + row;
}

/** "$E$7" */
export function absoluteCell(row: number, column: number): string {
  return cellAddress(row, column, { absRow: true, absColumn: true });
}

export interface RangeBox {
  /** 1-based first row. */
  row: number;
  /** 0-based first column. */
  column: number;
  rows: number;
  columns: number;
}

/** "E7:N40" (a single cell gives "E7:E7" so that every range reads the same way). */
export function rangeAddress(box: RangeBox, anchor: Anchoring = {}): string {
  const start = cellAddress(box.row, box.column, anchor);
  const end = cellAddress(box.row + box.rows - 1, box.column + box.columns - 1, anchor);
  return `${start}:${end}`;
}

/** "$E$7:$N$40" */
export function absoluteRange(box: RangeBox): string {
  return rangeAddress(box, { absRow: true, absColumn: true });
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses "E7", "$E$7", "E7:N40" or "$E$7:$N$40" into a box; null when it is not a plain A1 range. */
export function parseRange(text: string): RangeBox | null {
  const parts = text.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const cells = parts.map((p) => CELL.exec(p));
  if (cells.some((c) => c === null)) return null;
  const [a, b = a] = cells as RegExpExecArray[];
  const c1 = columnIndex(a[1]);
  const c2 = columnIndex(b[1]);
  const r1 = Number(a[2]);
  const r2 = Number(b[2]);
  if (c1 < 0 || c2 < 0 || r1 < 1 || r2 < 1) return null;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    columns: Math.abs(c2 - c1) + 1,
  };
}

// Names Excel leaves unquoted: a letter or underscore, then letters, digits, dots, underscores, and not a cell
// reference such as "AB12" or "R1C1". Anything else (spaces, Vietnamese letters, dashes) is quoted.
const PLAIN_SHEET = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[Rr]|[Cc])$/;

/** A sheet name as a formula writes it: 'Tự chấm' (quotes doubled inside) or Data. */
export function quoteSheetName(name: string): string {
  if (PLAIN_SHEET.test(name) && !LOOKS_LIKE_CELL.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** A reference to a cell or range on another sheet: 'Số liệu'!E7. */
export function sheetReference(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}

/** Cells of one row at the given columns, consecutive columns joined into ranges: ["E7:G7", "J7"]. */
export function rowRuns(row: number, columns: readonly number[]): string[] {
  const sorted = [...columns].sort((a, b) => a - b);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(i === j ? cellAddress(row, sorted[i]) : `${cellAddress(row, sorted[i])}:${cellAddress(row, sorted[j])}`);
    i = j + 1;
  }
  return out;
}
