// Excel.Range in the fake: addresses, values/formulas/numberFormat grids, derived ranges, clear, merge, select.

import { parseReference, qualifiedAddress } from "../a1Address";
import { a1FromR1C1 } from "../r1c1Text";
import {
  clearContent,
  interpretInput,
  readFormula,
  readText,
  readValue,
  readValueType,
  writeInput,
} from "../cellContent";
import type { TypedInput } from "../cellContent";
import { clearStyles, effectiveStyle, ensureCell, forEachStoredCell, setStyle } from "../cellStyle";
import { FakeClientObject, defineNavigation, defineProperties } from "../clientObject";
import type { ContextState } from "../requestContext";
import { officeError } from "../fakeError";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
  boundingRect,
  cellCount,
  containsRect,
  coversAllColumns,
  coversAllRows,
  intersect,
  isInsideGrid,
  lastCol,
  lastRow,
  subtract,
} from "../rect";
import {
  type RangeTarget,
  checkContentEditable,
  checkFormatEditable,
  checkOneOf,
  checkSheetUnprotected,
  liveSheet,
} from "../sheetRules";
import type { FakeExcelState } from "../fakeExcelState";
import { cellKey, sameName } from "../workbookModel";
import { ConditionalFormatCollectionProxy } from "./conditionalFormatProxies";
import { DataValidationProxy } from "./dataValidationProxy";
import { RangeFormatProxy } from "./rangeFormatProxies";
import { WorksheetProxy, usedRect } from "./worksheetProxies";

const SHAPE_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/**
 * The entry for each cell of a values/formulas/numberFormat write. A 2-D array must match the range's shape
 * (InvalidArgument otherwise, message as Excel sends it, office-js#1025). A non-array value is applied to every
 * cell: Excel accepts it at run time although the typings ask for any[][] (techcommunity idea 4211172, 2024).
 * null alone is refused (docs: "null isn't valid for single properties like range.values").
 */
export function inputAt(rect: Rect, value: unknown, location: string): (row: number, col: number) => unknown {
  if (!Array.isArray(value)) {
    if (value === null || value === undefined)
      throw officeError("InvalidArgument", "null is not a valid input.", location);
    return () => value;
  }
  if (value.length !== rect.rows || value.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
    throw officeError("InvalidArgument", SHAPE_MISMATCH, location);
  }
  const grid = value as unknown[][];
  return (row, col) => grid[row - rect.row][col - rect.col];
}

/** Excel reads at most 5,000,000 cells of a range at once (learn.microsoft.com, "Resource limits"). */
export const READ_CELL_LIMIT = 5_000_000;

function grid<V>(t: RangeTarget, cell: (row: number, col: number) => V): V[][] {
  if (cellCount(t.rect) > READ_CELL_LIMIT) {
    throw officeError(
      "RangeExceedsLimit",
      "The cell count in the range has exceeded the maximum supported number.",
      "Range",
    );
  }
  const out: V[][] = [];
  for (let row = t.rect.row; row <= lastRow(t.rect); row++) {
    const line: V[] = new Array(t.rect.cols);
    for (let col = t.rect.col; col <= lastCol(t.rect); col++) line[col - t.rect.col] = cell(row, col);
    out.push(line);
  }
  return out;
}

/** values and formulas writes: parse everything first so that a bad entry changes nothing, then write. */
function writeTyped(t: RangeTarget, value: unknown, location: string): void {
  const entry = inputAt(t.rect, value, location);
  const { rect, sheet } = t;
  const inputs: TypedInput[] = new Array(cellCount(rect));
  let i = 0;
  for (let row = rect.row; row <= lastRow(rect); row++) {
    for (let col = rect.col; col <= lastCol(rect); col++) {
      inputs[i++] = interpretInput(entry(row, col), effectiveStyle(sheet, row, col, "numberFormat"), location);
    }
  }
  const cellAt = (index: number) => ({
    row: rect.row + Math.floor(index / rect.cols),
    col: rect.col + (index % rect.cols),
  });
  if (sheet.protection.protected) {
    inputs.forEach((input, index) => {
      if (input !== "unchanged")
        checkContentEditable({ sheet, rect: { ...cellAt(index), rows: 1, cols: 1 } }, location);
    });
  }
  inputs.forEach((input, index) => {
    const { row, col } = cellAt(index);
    writeInput(sheet, row, col, input);
  });
}

/**
 * formulasR1C1 writes: each formula entry is read from its own cell (a single value typed into every cell gives each
 * cell its own A1 text), then written as a formulas write. Guess: Excel parses the R1C1 text as it parses A1 input
 * (English function names), as learn.microsoft.com describes Range.formulasR1C1.
 */
function writeR1C1(t: RangeTarget, value: unknown): void {
  const location = "Range.formulasR1C1";
  const entry = inputAt(t.rect, value, location);
  const a1 = grid(t, (row, col) => {
    const raw = entry(row, col);
    return typeof raw === "string" && raw.startsWith("=") ? a1FromR1C1(raw, row + 1, col + 1) : raw;
  });
  writeTyped(t, a1, location);
}

/** Formulas written while calculation is suspended wait for a recalculation (FakeExcelState.staleFormulas). */
function markStale(state: FakeExcelState, t: RangeTarget): void {
  state.contentWritten = true;
  if (!state.calculationSuspended) return;
  forEachStoredCell(t.sheet, t.rect, (cell, row, col) => {
    if (cell.formula) state.staleFormulas.add(`${t.sheet.id}:${cellKey(row, col)}`);
  });
}

function writeNumberFormat(t: RangeTarget, value: unknown): void {
  const location = "Range.numberFormat";
  const entry = inputAt(t.rect, value, location);
  const parse = (raw: unknown) => {
    if (raw === null || raw === undefined) return undefined;
    if (typeof raw !== "string") throw officeError("InvalidArgument", "A number format is a string.", location);
    return raw === "" ? "General" : raw;
  };
  checkFormatEditable(t, location);
  if (!Array.isArray(value)) {
    setStyle(t.sheet, t.rect, "numberFormat", parse(value));
    return;
  }
  const formats = grid(t, (row, col) => parse(entry(row, col)));
  formats.forEach((line, i) =>
    line.forEach((format, j) => {
      if (format === undefined) return;
      const cell = ensureCell(t.sheet, t.rect.row + i, t.rect.col + j);
      cell.style ??= {};
      cell.style.numberFormat = format;
    }),
  );
}

function checkIndex(value: unknown, location: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) throw officeError("InvalidArgument", undefined, location);
  return value;
}

function inGrid(r: Rect, location: string): Rect {
  if (!isInsideGrid(r)) throw officeError("InvalidArgument", "The range would leave the worksheet grid.", location);
  return r;
}

export class RangeProxy extends FakeClientObject<RangeTarget> {
  constructor(ctx: ContextState, resolver: () => RangeTarget | null) {
    super(ctx, "Range", resolver);
  }

  override _resolve(): RangeTarget | null {
    const target = super._resolve();
    if (target) liveSheet(target.sheet, "Range");
    return target;
  }

  _derive(member: string, since: string | undefined, derive: (t: RangeTarget) => Rect): RangeProxy {
    this._requireApi(member, since);
    return new RangeProxy(this._ctx, () => {
      const t = this._resolve();
      return t && { sheet: t.sheet, rect: inGrid(derive(t), `Range.${member}`) };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this._derive("getCell", undefined, (t) => {
      const r = checkIndex(row, "Range.getCell");
      const c = checkIndex(column, "Range.getCell");
      return { row: t.rect.row + r, col: t.rect.col + c, rows: 1, cols: 1 };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this._derive("getResizedRange", "1.2", (t) => ({
      ...t.rect,
      rows: t.rect.rows + checkIndex(deltaRows, "Range.getResizedRange"),
      cols: t.rect.cols + checkIndex(deltaColumns, "Range.getResizedRange"),
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this._derive("getOffsetRange", undefined, (t) => ({
      ...t.rect,
      row: t.rect.row + checkIndex(rowOffset, "Range.getOffsetRange"),
      col: t.rect.col + checkIndex(columnOffset, "Range.getOffsetRange"),
    }));
  }

  getRow(index: number): RangeProxy {
    return this._derive("getRow", undefined, (t) => {
      const i = checkIndex(index, "Range.getRow");
      if (i < 0 || i >= t.rect.rows)
        throw officeError("InvalidArgument", "The row is outside the range.", "Range.getRow");
      return { ...t.rect, row: t.rect.row + i, rows: 1 };
    });
  }

  getColumn(index: number): RangeProxy {
    return this._derive("getColumn", undefined, (t) => {
      const i = checkIndex(index, "Range.getColumn");
      if (i < 0 || i >= t.rect.cols) {
        throw officeError("InvalidArgument", "The column is outside the range.", "Range.getColumn");
      }
      return { ...t.rect, col: t.rect.col + i, cols: 1 };
    });
  }

  /** The used cells of this range (content, or unless valuesOnly any cell format); a null object when none. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this._requireApi("getUsedRangeOrNullObject", "1.4");
    const range = new RangeProxy(this._ctx, () => {
      const t = this._resolve();
      const rect = t && usedRect(t.sheet, valuesOnly, t.rect);
      return t && rect ? { sheet: t.sheet, rect } : null;
    });
    range._enqueueInstantiation("getUsedRangeOrNullObject", [valuesOnly]);
    return range;
  }

  /** The rectangle both ranges cover; a null object when they don't meet. Another sheet's range is refused. */
  getIntersectionOrNullObject(anotherRange: RangeProxy | string): RangeProxy {
    this._requireApi("getIntersectionOrNullObject", "1.4");
    const location = "Range.getIntersectionOrNullObject";
    const range = new RangeProxy(this._ctx, () => {
      const t = this._resolve();
      if (!t) return null;
      let other: Rect | null;
      if (typeof anotherRange === "string") {
        const parsed = parseReference(anotherRange);
        if (!parsed || (parsed.sheet !== null && !sameName(parsed.sheet, t.sheet.name))) {
          throw officeError("InvalidArgument", `"${anotherRange}" is not an address on this sheet.`, location);
        }
        other = parsed.rect;
      } else if (anotherRange instanceof RangeProxy) {
        const o = anotherRange._resolve();
        if (o && o.sheet !== t.sheet)
          throw officeError("InvalidArgument", "The ranges are on different sheets.", location);
        other = o && o.rect;
      } else {
        throw officeError("InvalidArgument", undefined, location);
      }
      const rect = other && intersect(t.rect, other);
      return rect ? { sheet: t.sheet, rect } : null;
    });
    range._enqueueInstantiation("getIntersectionOrNullObject", [
      typeof anotherRange === "string" ? anotherRange : "{Range}",
    ]);
    return range;
  }

  /** The smallest rectangle holding both ranges (same sheet only). */
  getBoundingRect(anotherRange: RangeProxy | string): RangeProxy {
    const location = "Range.getBoundingRect";
    return this._derive("getBoundingRect", undefined, (t) => {
      let other: Rect;
      if (typeof anotherRange === "string") {
        const parsed = parseReference(anotherRange);
        if (!parsed || (parsed.sheet !== null && !sameName(parsed.sheet, t.sheet.name))) {
          throw officeError("InvalidArgument", `"${anotherRange}" is not an address on this sheet.`, location);
        }
        other = parsed.rect;
      } else if (anotherRange instanceof RangeProxy) {
        const o = anotherRange._resolve();
        if (!o || o.sheet !== t.sheet)
          throw officeError("InvalidArgument", "The ranges are on different sheets.", location);
        other = o.rect;
      } else {
        throw officeError("InvalidArgument", undefined, location);
      }
      return boundingRect(t.rect, other);
    });
  }

  /**
   * Sent by Office.js before it writes a values or formulas array of more than 1,500 cells in slices of rows
   * (setRangePropertiesInBulk): the whole array must match the range.
   */
  _ValidateArraySize(rows: number, columns: number): void {
    this._requireApi("_ValidateArraySize", "1.3");
    this._enqueue("_ValidateArraySize", [rows, columns], (t) => {
      if (rows !== t.rect.rows || columns !== t.rect.cols) {
        throw officeError("InvalidArgument", SHAPE_MISMATCH, "Range._ValidateArraySize");
      }
    });
  }

  getEntireColumn(): RangeProxy {
    return this._derive("getEntireColumn", undefined, (t) => ({ ...t.rect, row: 0, rows: MAX_ROWS }));
  }

  getEntireRow(): RangeProxy {
    return this._derive("getEntireRow", undefined, (t) => ({ ...t.rect, col: 0, cols: MAX_COLUMNS }));
  }

  /**
   * "Contents" empties cells, "Formats" resets cell formats and drops conditional formats on the range, "All" does
   * both. Data validation survives, as with Excel's Clear All (observed behaviour, not documented).
   */
  clear(applyTo: string = "All"): void {
    this._requireApi("clear", undefined);
    const how = checkOneOf(applyTo, ["All", "Formats", "Contents"], "Range.clear");
    this._enqueue("clear", [applyTo], (t) => {
      if (how !== "Formats") {
        checkContentEditable(t, "Range.clear");
        forEachStoredCell(t.sheet, t.rect, (_cell, row, col) => clearContent(t.sheet, row, col));
      }
      if (how !== "Contents") {
        checkFormatEditable(t, "Range.clear");
        clearStyles(t.sheet, t.rect);
        for (const cf of t.sheet.conditionalFormats) cf.rects = cf.rects.flatMap((r) => subtract(r, t.rect));
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf.rects.length > 0);
      }
    });
  }

  /** Merging keeps the top-left cell's content and empties the rest, as Excel does after its warning. */
  merge(across = false): void {
    this._requireApi("merge", "1.2");
    this._enqueue("merge", [across], (t) => {
      checkSheetUnprotected(t.sheet, "Range.merge");
      const areas = across
        ? Array.from({ length: t.rect.rows }, (_, i) => ({ ...t.rect, row: t.rect.row + i, rows: 1 }))
        : [t.rect];
      for (const area of areas) {
        if (cellCount(area) === 1) continue;
        for (const m of t.sheet.merges) {
          if (intersect(m, area) && !containsRect(area, m)) {
            throw officeError("MergedRangeConflict", "The range partly overlaps a merged area.", "Range.merge");
          }
        }
        t.sheet.merges = t.sheet.merges.filter((m) => !containsRect(area, m));
        forEachStoredCell(t.sheet, area, (_cell, row, col) => {
          if (row !== area.row || col !== area.col) clearContent(t.sheet, row, col);
        });
        t.sheet.merges.push(area);
      }
    });
  }

  unmerge(): void {
    this._requireApi("unmerge", "1.2");
    this._enqueue("unmerge", [], (t) => {
      checkSheetUnprotected(t.sheet, "Range.unmerge");
      t.sheet.merges = t.sheet.merges.filter((m) => !intersect(m, t.rect));
    });
  }

  select(): void {
    this._enqueue("select", [], (t) => {
      if (t.sheet.visibility !== "Visible") {
        throw officeError("InvalidOperation", "A hidden sheet's cells cannot be selected.", "Range.select");
      }
      this._ctx.state.model.activeSheetId = t.sheet.id;
      t.sheet.selection = t.rect;
      t.sheet.moreSelected = [];
    });
  }
}

defineProperties<RangeTarget>(RangeProxy, {
  address: { read: (t) => qualifiedAddress(t.sheet.name, t.rect) },
  addressLocal: { read: (t) => qualifiedAddress(t.sheet.name, t.rect) },
  rowCount: { read: (t) => t.rect.rows },
  columnCount: { read: (t) => t.rect.cols },
  rowIndex: { read: (t) => t.rect.row },
  columnIndex: { read: (t) => t.rect.col },
  cellCount: { read: (t) => cellCount(t.rect) },
  isEntireColumn: { read: (t) => coversAllRows(t.rect), since: "1.7" },
  isEntireRow: { read: (t) => coversAllColumns(t.rect), since: "1.7" },
  values: {
    read: (t, self) => grid(t, (row, col) => readValue(t.sheet, row, col, { evaluator: self._ctx.state.evaluator })),
    write: (t, v, self) => {
      writeTyped(t, v, "Range.values");
      markStale(self._ctx.state, t);
    },
  },
  formulas: {
    read: (t) => grid(t, (row, col) => readFormula(t.sheet, row, col)),
    write: (t, v, self) => {
      writeTyped(t, v, "Range.formulas");
      markStale(self._ctx.state, t);
    },
  },
  formulasR1C1: {
    inDefaultLoad: false,
    write: (t, v, self) => {
      writeR1C1(t, v);
      markStale(self._ctx.state, t);
    },
  },
  numberFormat: {
    read: (t) => grid(t, (row, col) => effectiveStyle(t.sheet, row, col, "numberFormat")),
    write: (t, v) => writeNumberFormat(t, v),
  },
  text: {
    read: (t, self) => grid(t, (row, col) => readText(t.sheet, row, col, { evaluator: self._ctx.state.evaluator })),
  },
  valueTypes: {
    read: (t, self) =>
      grid(t, (row, col) => readValueType(t.sheet, row, col, { evaluator: self._ctx.state.evaluator })),
  },
});

function childOf<C extends FakeClientObject>(make: (ctx: ContextState, resolve: () => RangeTarget | null) => C) {
  return (owner: FakeClientObject) => make(owner._ctx, () => (owner as RangeProxy)._resolve());
}

defineNavigation(RangeProxy, {
  format: { create: childOf((ctx, resolve) => new RangeFormatProxy(ctx, resolve)) },
  dataValidation: { create: childOf((ctx, resolve) => new DataValidationProxy(ctx, resolve)), since: "1.8" },
  conditionalFormats: {
    create: childOf((ctx, resolve) => new ConditionalFormatCollectionProxy(ctx, resolve)),
    since: "1.6",
  },
  worksheet: {
    create: (owner) =>
      new WorksheetProxy(owner._ctx, () => {
        const t = (owner as RangeProxy)._resolve();
        return t && t.sheet;
      }),
  },
});
