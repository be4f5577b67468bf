// Column widths and row heights in points; key -1 holds a width/height set for every column/row at once.

import { type Rect, coversAllColumns, coversAllRows, lastCol, lastRow } from "./rect";
import { STANDARD_COLUMN_WIDTH, STANDARD_ROW_HEIGHT, type SheetModel } from "./workbookModel";

const ALL = -1;

export function columnWidth(sheet: SheetModel, col: number): number {
  return sheet.columnWidths.get(col) ?? sheet.columnWidths.get(ALL) ?? STANDARD_COLUMN_WIDTH;
}

export function rowHeight(sheet: SheetModel, row: number): number {
  return sheet.rowHeights.get(row) ?? sheet.rowHeights.get(ALL) ?? STANDARD_ROW_HEIGHT;
}

function setSizes(sizes: Map<number, number>, first: number, last: number, all: boolean, value: number) {
  if (all) {
    sizes.clear();
    sizes.set(ALL, value);
    return;
  }
  for (let i = first; i <= last; i++) sizes.set(i, value);
}

export function setColumnWidths(sheet: SheetModel, r: Rect, width: number): void {
  setSizes(sheet.columnWidths, r.col, lastCol(r), coversAllColumns(r), width);
}

export function setRowHeights(sheet: SheetModel, r: Rect, height: number): void {
  setSizes(sheet.rowHeights, r.row, lastRow(r), coversAllRows(r), height);
}

function uniform(sizes: Map<number, number>, first: number, last: number, fallback: number): number | null {
  const seen = new Set<number>();
  let explicit = 0;
  for (const [i, v] of sizes) {
    if (i >= first && i <= last) {
      seen.add(v);
      explicit += 1;
    }
  }
  // Rows or columns without their own size show the sheet-wide one.
  if (explicit < last - first + 1) seen.add(fallback);
  return seen.size === 1 ? [...seen][0] : null;
}

/** RangeFormat.columnWidth: the shared width, or null when the columns differ. */
export function uniformColumnWidth(sheet: SheetModel, r: Rect): number | null {
  return uniform(sheet.columnWidths, r.col, lastCol(r), sheet.columnWidths.get(ALL) ?? STANDARD_COLUMN_WIDTH);
}

export function uniformRowHeight(sheet: SheetModel, r: Rect): number | null {
  return uniform(sheet.rowHeights, r.row, lastRow(r), sheet.rowHeights.get(ALL) ?? STANDARD_ROW_HEIGHT);
}
