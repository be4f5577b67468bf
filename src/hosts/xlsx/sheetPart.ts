// One worksheet part as the host reads and edits it: the XML before and after <sheetData> kept as text, the rows
// and cells in between parsed once (a fast scan, no DOM), each cell's own XML kept so that a cell no plan touches
// is written back as it was read. A sheet nothing changed is never serialised again (the archive keeps its bytes).

import { columnLetter, parseRange, type RangeBox } from "../../workbook/layout/cellAddress";
import { withoutMainPrefix } from "./xmlText";

export interface SheetCell {
  /** Style index (s), undefined for the default format. */
  s?: number;
  /** Cell type (t): s, str, inlineStr, b, e, n, d; undefined for a number. */
  t?: string;
  /** Other attributes of <c> as written (cm, vm, ph…), with their leading space. */
  rest: string;
  /** The cell's children (<f>, <v>, <is>) as written. */
  inner: string;
}

export interface SheetRow {
  /** The attributes of <row> other than r and spans, with their leading space. */
  attributes: string;
  cells: Map<number, SheetCell>;
}

const ROW_NUMBER = /\sr\s*=\s*["'](\d+)["']/;

/**
 * Reads the attributes of a <c> start tag from `start` to `end` into `cell`, returning the 0-based column its r
 * attribute names (-1 when it has none). A hand-written scan: this runs once per cell of every sheet read.
 */
function readCellAttributes(xml: string, start: number, end: number, cell: SheetCell): number {
  let column = -1;
  let at = start;
  while (at < end) {
    let code = xml.charCodeAt(at);
    // Skip white space before a name.
    while (code === 32 || code === 9 || code === 10 || code === 13) code = xml.charCodeAt(++at);
    if (at >= end) break;
    const nameStart = at;
    while (at < end && xml.charCodeAt(at) !== 61 /* = */) at++;
    const nameEnd = at;
    at++;
    while (at < end && xml.charCodeAt(at) !== 34 && xml.charCodeAt(at) !== 39) at++;
    const quote = xml.charCodeAt(at);
    const valueStart = ++at;
    while (at < end && xml.charCodeAt(at) !== quote) at++;
    const valueEnd = at++;
    const length = nameEnd - nameStart;
    const first = xml.charCodeAt(nameStart);
    if (length === 1 && first === 114 /* r */) {
      let letters = 0;
      for (let i = valueStart; i < valueEnd; i++) {
        const ch = xml.charCodeAt(i);
        if (ch < 65 || ch > 90) break;
        letters = letters * 26 + (ch - 64);
      }
      column = letters - 1;
    } else if (length === 1 && first === 115 /* s */) {
      let n = 0;
      for (let i = valueStart; i < valueEnd; i++) n = n * 10 + (xml.charCodeAt(i) - 48);
      cell.s = n;
    } else if (length === 1 && first === 116 /* t */) {
      cell.t = xml.slice(valueStart, valueEnd);
    } else {
      cell.rest += " " + xml.slice(nameStart, at);
    }
  }
  return column;
}

/** A map's keys in ascending order; cells and rows are mostly added in order, so the sort is usually skipped. */
function ascendingKeys(map: Map<number, unknown>): number[] {
  const keys = [...map.keys()];
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1] > keys[i]) return keys.sort((a, b) => a - b);
  }
  return keys;
}

const LETTERS: string[] = [];

/** Column letters by index, made once per column. */
function letters(column: number): string {
  return (LETTERS[column] ??= columnLetter(column));
}

export class SheetPart {
  readonly rows = new Map<number, SheetRow>();
  /** Changed since it was read: written again on save. */
  dirty = false;
  private mergeBoxes?: RangeBox[];
  private covered?: Set<number>;

  private constructor(
    public head: string,
    public tail: string,
  ) {}

  /** A sheet with no cells, for a sheet a plan creates (head and tail are set by the writer). */
  static empty(): SheetPart {
    const part = new SheetPart("", "");
    part.dirty = true;
    return part;
  }

  static parse(source: string): SheetPart {
    const xml = withoutMainPrefix(source);
    const open = /<sheetData\b[^>]*?(\/?)>/.exec(xml);
    if (!open) return new SheetPart(xml, "");
    const bodyStart = open.index + open[0].length;
    const selfClosing = open[1] === "/";
    const bodyEnd = selfClosing ? bodyStart : xml.indexOf("</sheetData>", bodyStart);
    const part = new SheetPart(
      xml.slice(0, open.index) + "<sheetData>",
      "</sheetData>" + xml.slice(selfClosing ? bodyStart : bodyEnd + "</sheetData>".length),
    );
    part.scan(xml, bodyStart, bodyEnd < 0 ? xml.length : bodyEnd);
    return part;
  }

  private scan(xml: string, start: number, end: number): void {
    let at = start;
    let rowNumber = 0;
    while (at < end) {
      const rowAt = xml.indexOf("<row", at);
      if (rowAt < 0 || rowAt >= end) break;
      const rowOpenEnd = xml.indexOf(">", rowAt);
      const rowAttributes = xml.slice(rowAt + 4, xml[rowOpenEnd - 1] === "/" ? rowOpenEnd - 1 : rowOpenEnd);
      const r = ROW_NUMBER.exec(rowAttributes);
      rowNumber = r ? Number(r[1]) : rowNumber + 1;
      const row: SheetRow = {
        attributes: rowAttributes.replace(/\s(?:r|spans)="[^"]*"/g, ""),
        cells: new Map(),
      };
      this.rows.set(rowNumber, row);
      if (xml[rowOpenEnd - 1] === "/") {
        at = rowOpenEnd + 1;
        continue;
      }
      const rowEnd = xml.indexOf("</row>", rowOpenEnd);
      let column = -1;
      let c = xml.indexOf("<c", rowOpenEnd);
      while (c >= 0 && c < rowEnd) {
        const next = xml.charCodeAt(c + 2);
        // "<c " or "<c>" or "<c/>": a cell; anything else (<col…) is not.
        if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
          c = xml.indexOf("<c", c + 2);
          continue;
        }
        const openEnd = xml.indexOf(">", c);
        const empty = xml.charCodeAt(openEnd - 1) === 47;
        const cell: SheetCell = { s: undefined, t: undefined, rest: "", inner: "" };
        const named = readCellAttributes(xml, c + 2, empty ? openEnd - 1 : openEnd, cell);
        column = named >= 0 ? named : column + 1;
        if (empty) {
          at = openEnd + 1;
        } else {
          const close = xml.indexOf("</c>", openEnd);
          cell.inner = xml.slice(openEnd + 1, close);
          at = close + 4;
        }
        row.cells.set(column, cell);
        c = xml.indexOf("<c", at);
      }
      at = rowEnd + 6;
    }
  }

  cell(row: number, column: number): SheetCell | undefined {
    return this.rows.get(row)?.cells.get(column);
  }

  /** The merged areas of the sheet (<mergeCells> in the part's tail). */
  merges(): RangeBox[] {
    if (!this.mergeBoxes) {
      this.mergeBoxes = [];
      for (const m of this.tail.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)) {
        const box = parseRange(m[1]);
        if (box) this.mergeBoxes.push(box);
      }
    }
    return this.mergeBoxes;
  }

  /** Whether the cell is covered by a merge (in one, not its first cell): Excel shows nothing there. */
  isCovered(row: number, column: number): boolean {
    if (!this.covered) {
      this.covered = new Set();
      for (const box of this.merges()) {
        for (let r = box.row; r < box.row + box.rows; r++) {
          for (let c = box.column; c < box.column + box.columns; c++) {
            if (r !== box.row || c !== box.column) this.covered.add(r * 16_384 + c);
          }
        }
      }
    }
    return this.covered.has(row * 16_384 + column);
  }

  /** Sets the merged areas a plan gives a sheet it creates (the writer puts them in the tail). */
  setMerges(boxes: RangeBox[]): void {
    this.mergeBoxes = boxes;
    this.covered = undefined;
  }

  /** The last row and (0-based) column holding a cell, or null for a sheet without cells. */
  extent(): { rows: number; columns: number } | null {
    let rows = 0;
    let columns = -1;
    for (const [r, row] of this.rows) {
      if (row.cells.size === 0) continue;
      rows = Math.max(rows, r);
      for (const c of row.cells.keys()) if (c > columns) columns = c;
    }
    return rows === 0 ? null : { rows, columns: columns + 1 };
  }

  toXml(): string {
    const parts: string[] = [this.head];
    for (const r of ascendingKeys(this.rows)) {
      const row = this.rows.get(r)!;
      if (row.cells.size === 0) {
        if (row.attributes) parts.push(`<row r="${r}"${row.attributes}/>`);
        continue;
      }
      parts.push(`<row r="${r}"${row.attributes}>`);
      for (const c of ascendingKeys(row.cells)) {
        const cell = row.cells.get(c)!;
        let open = `<c r="${letters(c)}${r}"`;
        if (cell.s) open += ` s="${cell.s}"`;
        if (cell.t) open += ` t="${cell.t}"`;
        open += cell.rest;
        parts.push(cell.inner ? `${open}>${cell.inner}</c>` : `${open}/>`);
      }
      parts.push("</row>");
    }
    parts.push(this.tail);
    return parts.join("");
  }
}
