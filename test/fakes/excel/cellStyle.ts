// Cell formats in layers as Excel keeps them (cell, then row, then column, then sheet) so whole-column writes stay cheap.

import { type Rect, cellCount, containsCell, coversAllColumns, coversAllRows, lastCol, lastRow } from "./rect";
import { type CellRecord, type SheetModel, type Style, cellKey, keyCol, keyRow } from "./workbookModel";

export const BORDER_SIDES = ["top", "bottom", "left", "right", "diagonalDown", "diagonalUp"] as const;

/** A new workbook's cell format. Font: Calibri 11 (newer Microsoft 365 builds use Aptos Narrow; not modelled). */
export const DEFAULT_STYLE: Style = (() => {
  const style: Style = {
    numberFormat: "General",
    locked: true,
    formulaHidden: false,
    "fill.color": null,
    "font.bold": false,
    "font.italic": false,
    "font.name": "Calibri",
    "font.size": 11,
    "font.color": "#000000",
    "font.underline": "None",
    "font.strikethrough": false,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    wrapText: false,
    indentLevel: 0,
  };
  for (const side of BORDER_SIDES) {
    style[`border.${side}.style`] = "None";
    style[`border.${side}.color`] = "#000000";
    style[`border.${side}.weight`] = "Thin";
  }
  return style;
})();

const has = (style: Style | undefined, key: string): style is Style =>
  style !== undefined && Object.prototype.hasOwnProperty.call(style, key);

export function effectiveStyle(sheet: SheetModel, row: number, col: number, key: string): unknown {
  const cell = sheet.cells.get(cellKey(row, col));
  if (has(cell?.style, key)) return cell.style[key];
  const rowStyle = sheet.rowStyles.get(row);
  if (has(rowStyle, key)) return rowStyle[key];
  const colStyle = sheet.colStyles.get(col);
  if (has(colStyle, key)) return colStyle[key];
  if (has(sheet.sheetStyle, key)) return sheet.sheetStyle[key];
  return DEFAULT_STYLE[key];
}

export function ensureCell(sheet: SheetModel, row: number, col: number): CellRecord {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = {};
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Drops a record that holds neither content nor format, so "written then cleared" equals "never touched". */
export function pruneCell(sheet: SheetModel, row: number, col: number): void {
  const key = cellKey(row, col);
  const cell = sheet.cells.get(key);
  if (!cell) return;
  if (cell.style && Object.keys(cell.style).length === 0) delete cell.style;
  if (cell.value === undefined && cell.formula === undefined && !cell.style) sheet.cells.delete(key);
}

/** Calls `fn` for each stored cell inside `r`, scanning whichever is smaller: the rectangle or the store. */
export function forEachStoredCell(
  sheet: SheetModel,
  r: Rect,
  fn: (cell: CellRecord, row: number, col: number) => void,
) {
  if (cellCount(r) <= sheet.cells.size) {
    for (let row = r.row; row <= lastRow(r); row++) {
      for (let col = r.col; col <= lastCol(r); col++) {
        const cell = sheet.cells.get(cellKey(row, col));
        if (cell) fn(cell, row, col);
      }
    }
    return;
  }
  for (const [key, cell] of [...sheet.cells]) {
    const row = keyRow(key);
    const col = keyCol(key);
    if (containsCell(r, row, col)) fn(cell, row, col);
  }
}

function setOnCell(sheet: SheetModel, row: number, col: number, key: string, value: unknown) {
  const cell = ensureCell(sheet, row, col);
  cell.style ??= {};
  cell.style[key] = value;
}

/** Sets one format property on every cell of `r`, the way Excel stores a format applied to whole rows or columns. */
export function setStyle(sheet: SheetModel, r: Rect, key: string, value: unknown): void {
  const allRows = coversAllRows(r);
  const allCols = coversAllColumns(r);
  if (allRows && allCols) {
    sheet.sheetStyle[key] = value;
    for (const styles of [sheet.rowStyles, sheet.colStyles]) for (const s of styles.values()) delete s[key];
    for (const [k, cell] of [...sheet.cells]) {
      if (cell.style) delete cell.style[key];
      pruneCell(sheet, keyRow(k), keyCol(k));
    }
    return;
  }
  if (allRows) {
    for (let col = r.col; col <= lastCol(r); col++) {
      const s = sheet.colStyles.get(col) ?? {};
      s[key] = value;
      sheet.colStyles.set(col, s);
    }
    forEachStoredCell(sheet, r, (cell) => {
      if (cell.style) cell.style[key] = value;
    });
    // A row format outranks a column format, so cells where a formatted row crosses these columns need their own.
    for (const [row, s] of sheet.rowStyles) {
      if (!has(s, key)) continue;
      for (let col = r.col; col <= lastCol(r); col++) setOnCell(sheet, row, col, key, value);
    }
    return;
  }
  if (allCols) {
    for (let row = r.row; row <= lastRow(r); row++) {
      const s = sheet.rowStyles.get(row) ?? {};
      s[key] = value;
      sheet.rowStyles.set(row, s);
    }
    forEachStoredCell(sheet, r, (cell) => {
      if (cell.style) cell.style[key] = value;
    });
    return;
  }
  for (let row = r.row; row <= lastRow(r); row++) {
    for (let col = r.col; col <= lastCol(r); col++) setOnCell(sheet, row, col, key, value);
  }
}

/** Removes every format from `r` (Excel's "Clear Formats"): cells fall back to the default style. */
export function clearStyles(sheet: SheetModel, r: Rect): void {
  if (coversAllRows(r) || coversAllColumns(r) || cellCount(r) > 1_000_000) {
    for (const key of Object.keys(DEFAULT_STYLE)) setStyle(sheet, r, key, DEFAULT_STYLE[key]);
    return;
  }
  const layered = Object.keys(sheet.sheetStyle).length > 0;
  for (let row = r.row; row <= lastRow(r); row++) {
    for (let col = r.col; col <= lastCol(r); col++) {
      if (layered || sheet.rowStyles.has(row) || sheet.colStyles.has(col)) {
        // Row or column formats would show through an empty cell style; pin the defaults on the cell instead.
        for (const key of Object.keys(DEFAULT_STYLE)) setOnCell(sheet, row, col, key, DEFAULT_STYLE[key]);
        continue;
      }
      const cell = sheet.cells.get(cellKey(row, col));
      if (!cell) continue;
      delete cell.style;
      pruneCell(sheet, row, col);
    }
  }
}

/** Marks "cells differ"; Excel then answers null, which would be ambiguous with a stored null (no fill). */
export const MIXED = Symbol("mixed");

/** The value shared by every cell of `r`, or MIXED when cells differ. */
export function uniformStyle(sheet: SheetModel, r: Rect, key: string): unknown {
  const seen: unknown[] = [];
  const add = (v: unknown) => {
    if (!seen.some((s) => Object.is(s, v))) seen.push(v);
  };
  if (cellCount(r) <= 1_000_000) {
    for (let row = r.row; row <= lastRow(r) && seen.length < 2; row++) {
      for (let col = r.col; col <= lastCol(r); col++) add(effectiveStyle(sheet, row, col, key));
    }
  } else {
    // Huge ranges are whole rows or columns in practice: most of their cells carry only the layered formats.
    forEachStoredCell(sheet, r, (_cell, row, col) => add(effectiveStyle(sheet, row, col, key)));
    for (const row of sheet.rowStyles.keys()) {
      if (row < r.row || row > lastRow(r)) continue;
      for (let col = r.col; col <= lastCol(r); col++) add(effectiveStyle(sheet, row, col, key));
    }
    for (let col = r.col; col <= lastCol(r); col++) {
      const colStyle = sheet.colStyles.get(col);
      add(has(colStyle, key) ? colStyle[key] : has(sheet.sheetStyle, key) ? sheet.sheetStyle[key] : DEFAULT_STYLE[key]);
    }
  }
  return seen.length === 1 ? seen[0] : MIXED;
}

/** True when any cell of `r` is locked (cells are locked unless unlocked explicitly). */
export function anyLocked(sheet: SheetModel, r: Rect): boolean {
  return uniformStyle(sheet, r, "locked") !== false;
}
