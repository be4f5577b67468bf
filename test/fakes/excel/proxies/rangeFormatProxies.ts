// Range.format and its parts: fill, font, borders, cell protection flags, alignment, column widths and row heights.

import { readText } from "../cellContent";
import { DEFAULT_STYLE, MIXED, effectiveStyle, forEachStoredCell, setStyle, uniformStyle } from "../cellStyle";
import { FakeClientObject, type PropertySpec, defineNavigation, defineProperties } from "../clientObject";
import { officeError } from "../fakeError";
import { type Rect, lastCol, lastRow } from "../rect";
import type { ContextState } from "../requestContext";
import {
  type RangeTarget,
  checkBoolean,
  checkFormatEditable,
  checkNumber,
  checkOneOf,
  checkSheetUnprotected,
  checkSizeEditable,
  normalizeColor,
} from "../sheetRules";
import { columnWidth, setColumnWidths, setRowHeights, uniformColumnWidth, uniformRowHeight } from "../sheetSizes";

type Check = (value: unknown, location: string) => unknown;

const mixedToNull = (v: unknown) => (v === MIXED ? null : v);

/** A cell-format property: reads the shared value (null when mixed), writes every cell if protection allows. */
function styleProp(
  className: string,
  name: string,
  key: string,
  check: Check,
  since?: string,
): PropertySpec<RangeTarget> {
  const location = `${className}.${name}`;
  return {
    since,
    read: (t) => mixedToNull(uniformStyle(t.sheet, t.rect, key)),
    write: (t, v) => {
      const value = check(v, location);
      checkFormatEditable(t, location);
      setStyle(t.sheet, t.rect, key, value);
    },
  };
}

const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const oneOf =
  (allowed: string[]): Check =>
  (v, loc) =>
    checkOneOf(v, allowed, loc);
const sizeOf: Check = (v, loc) => {
  const n = checkNumber(v, loc);
  if (n < 0) throw officeError("InvalidArgument", "A size cannot be negative.", loc);
  return n;
};

function childResolver(owner: FakeClientObject): () => RangeTarget | null {
  return () => (owner as FakeClientObject<RangeTarget>)._resolve();
}

/** Autofit estimates Calibri 11 at 7 px a character plus 10 px padding (0.75 pt per px); real widths differ. */
function autofitWidth(chars: number): number {
  return Math.round((chars * 7 + 10) * 0.75 * 100) / 100;
}

export class RangeFormatProxy extends FakeClientObject<RangeTarget> {
  constructor(ctx: ContextState, resolver: () => RangeTarget | null) {
    super(ctx, "RangeFormat", resolver);
  }

  autofitColumns(): void {
    this._requireApi("autofitColumns", "1.2");
    this._enqueue("autofitColumns", [], (t) => {
      checkSizeEditable(t.sheet, "allowFormatColumns", "RangeFormat.autofitColumns");
      const longest = new Map<number, number>();
      forEachStoredCell(t.sheet, t.rect, (_cell, row, col) => {
        const text = readText(t.sheet, row, col, { evaluator: this._ctx.state.evaluator });
        const chars = Math.max(0, ...text.split("\n").map((line) => line.length));
        if (chars > 0) longest.set(col, Math.max(longest.get(col) ?? 0, chars));
      });
      for (const [col, chars] of longest) t.sheet.columnWidths.set(col, autofitWidth(chars));
    });
  }

  autofitRows(): void {
    this._requireApi("autofitRows", "1.2");
    this._enqueue("autofitRows", [], (t) => {
      checkSizeEditable(t.sheet, "allowFormatRows", "RangeFormat.autofitRows");
      const lines = new Map<number, number>();
      forEachStoredCell(t.sheet, t.rect, (_cell, row, col) => {
        const text = readText(t.sheet, row, col, { evaluator: this._ctx.state.evaluator });
        if (text === "") return;
        let count = text.split("\n").length;
        if (effectiveStyle(t.sheet, row, col, "wrapText") === true) {
          const perLine = Math.max(1, Math.floor((columnWidth(t.sheet, col) / 0.75 - 10) / 7));
          count = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
        }
        lines.set(row, Math.max(lines.get(row) ?? 1, count));
      });
      for (const [row, count] of lines) t.sheet.rowHeights.set(row, 15 * count);
    });
  }
}

defineProperties<RangeTarget>(RangeFormatProxy, {
  columnWidth: {
    since: "1.2",
    read: (t) => uniformColumnWidth(t.sheet, t.rect),
    write: (t, v) => {
      const width = sizeOf(v, "RangeFormat.columnWidth") as number;
      checkSizeEditable(t.sheet, "allowFormatColumns", "RangeFormat.columnWidth");
      setColumnWidths(t.sheet, t.rect, width);
    },
  },
  rowHeight: {
    since: "1.2",
    read: (t) => uniformRowHeight(t.sheet, t.rect),
    write: (t, v) => {
      const height = sizeOf(v, "RangeFormat.rowHeight") as number;
      checkSizeEditable(t.sheet, "allowFormatRows", "RangeFormat.rowHeight");
      setRowHeights(t.sheet, t.rect, height);
    },
  },
  horizontalAlignment: styleProp("RangeFormat", "horizontalAlignment", "horizontalAlignment", oneOf(H_ALIGN)),
  verticalAlignment: styleProp("RangeFormat", "verticalAlignment", "verticalAlignment", oneOf(V_ALIGN)),
  wrapText: styleProp("RangeFormat", "wrapText", "wrapText", checkBoolean),
  indentLevel: styleProp("RangeFormat", "indentLevel", "indentLevel", checkNumber, "1.9"),
});

export class RangeFillProxy extends FakeClientObject<RangeTarget> {
  constructor(ctx: ContextState, resolver: () => RangeTarget | null) {
    super(ctx, "RangeFill", resolver);
  }

  clear(): void {
    this._enqueue("clear", [], (t) => {
      checkFormatEditable(t, "RangeFill.clear");
      setStyle(t.sheet, t.rect, "fill.color", null);
    });
  }
}

defineProperties<RangeTarget>(RangeFillProxy, {
  color: {
    // Excel reports a cell without fill as white.
    read: (t) => {
      const v = uniformStyle(t.sheet, t.rect, "fill.color");
      return v === MIXED ? null : (v ?? "#FFFFFF");
    },
    write: (t, v) => {
      const color = v === "" ? null : normalizeColor(v, "RangeFill.color");
      checkFormatEditable(t, "RangeFill.color");
      setStyle(t.sheet, t.rect, "fill.color", color);
    },
  },
});

export class RangeFontProxy extends FakeClientObject<RangeTarget> {
  constructor(ctx: ContextState, resolver: () => RangeTarget | null) {
    super(ctx, "RangeFont", resolver);
  }
}

const UNDERLINES = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"];
defineProperties<RangeTarget>(RangeFontProxy, {
  bold: styleProp("RangeFont", "bold", "font.bold", checkBoolean),
  italic: styleProp("RangeFont", "italic", "font.italic", checkBoolean),
  strikethrough: styleProp("RangeFont", "strikethrough", "font.strikethrough", checkBoolean),
  underline: styleProp("RangeFont", "underline", "font.underline", oneOf(UNDERLINES)),
  name: styleProp("RangeFont", "name", "font.name", (v, loc) => {
    if (typeof v !== "string" || v === "") throw officeError("InvalidArgument", "A font name is a string.", loc);
    return v;
  }),
  size: styleProp("RangeFont", "size", "font.size", (v, loc) => {
    const n = checkNumber(v, loc);
    if (n < 1 || n > 409) throw officeError("InvalidArgument", "Font sizes run from 1 to 409.", loc);
    return n;
  }),
  color: styleProp("RangeFont", "color", "font.color", normalizeColor),
});

const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];
const LINE_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

/** Where a border of the range lives on its cells. Inside borders are kept on both neighbouring cells. */
function borderParts(r: Rect, index: string): { rect: Rect; side: string }[] {
  const firstRow = { ...r, rows: 1 };
  const firstCol = { ...r, cols: 1 };
  switch (index) {
    case "EdgeTop":
      return [{ rect: firstRow, side: "top" }];
    case "EdgeBottom":
      return [{ rect: { ...firstRow, row: lastRow(r) }, side: "bottom" }];
    case "EdgeLeft":
      return [{ rect: firstCol, side: "left" }];
    case "EdgeRight":
      return [{ rect: { ...firstCol, col: lastCol(r) }, side: "right" }];
    case "InsideHorizontal":
      return r.rows < 2
        ? []
        : [
            { rect: { ...r, rows: r.rows - 1 }, side: "bottom" },
            { rect: { ...r, row: r.row + 1, rows: r.rows - 1 }, side: "top" },
          ];
    case "InsideVertical":
      return r.cols < 2
        ? []
        : [
            { rect: { ...r, cols: r.cols - 1 }, side: "right" },
            { rect: { ...r, col: r.col + 1, cols: r.cols - 1 }, side: "left" },
          ];
    case "DiagonalDown":
      return [{ rect: r, side: "diagonalDown" }];
    default:
      return [{ rect: r, side: "diagonalUp" }];
  }
}

interface BorderTarget {
  range: RangeTarget;
  index: string;
}

export class RangeBorderCollectionProxy extends FakeClientObject<RangeTarget> {
  constructor(ctx: ContextState, resolver: () => RangeTarget | null) {
    super(ctx, "RangeBorderCollection", resolver);
  }

  getItem(index: string): RangeBorderProxy {
    const side = checkOneOf(index, BORDER_INDEXES, "RangeBorderCollection.getItem");
    return new RangeBorderProxy(this._ctx, () => {
      const range = this._resolve();
      return range && { range, index: side };
    });
  }
}

function borderProp(prop: string, check: Check): PropertySpec<BorderTarget> {
  const location = `RangeBorder.${prop}`;
  return {
    read: (t) => {
      const values = borderParts(t.range.rect, t.index).map((p) =>
        uniformStyle(t.range.sheet, p.rect, `border.${p.side}.${prop}`),
      );
      if (values.length === 0) return DEFAULT_STYLE[`border.top.${prop}`];
      return values.every((v) => v === values[0] && v !== MIXED) ? values[0] : null;
    },
    write: (t, v) => {
      const value = check(v, location);
      checkFormatEditable(t.range, location);
      for (const p of borderParts(t.range.rect, t.index))
        setStyle(t.range.sheet, p.rect, `border.${p.side}.${prop}`, value);
    },
  };
}

export class RangeBorderProxy extends FakeClientObject<BorderTarget> {
  constructor(ctx: ContextState, resolver: () => BorderTarget | null) {
    super(ctx, "RangeBorder", resolver);
  }
}

defineProperties<BorderTarget>(RangeBorderProxy, {
  sideIndex: { read: (t) => t.index },
  style: borderProp("style", oneOf(LINE_STYLES)),
  weight: borderProp("weight", oneOf(WEIGHTS)),
  color: borderProp("color", normalizeColor),
});

export class FormatProtectionProxy extends FakeClientObject<RangeTarget> {
  constructor(ctx: ContextState, resolver: () => RangeTarget | null) {
    super(ctx, "FormatProtection", resolver);
  }
}

/** Lock flags cannot change while the sheet is protected (Excel greys out the option). */
function lockProp(name: string, key: string): PropertySpec<RangeTarget> {
  const location = `FormatProtection.${name}`;
  return {
    read: (t) => mixedToNull(uniformStyle(t.sheet, t.rect, key)),
    write: (t, v) => {
      const value = checkBoolean(v, location);
      checkSheetUnprotected(t.sheet, location);
      setStyle(t.sheet, t.rect, key, value);
    },
  };
}

defineProperties<RangeTarget>(FormatProtectionProxy, {
  locked: lockProp("locked", "locked"),
  formulaHidden: lockProp("formulaHidden", "formulaHidden"),
});

defineNavigation(RangeFormatProxy, {
  fill: { create: (o) => new RangeFillProxy(o._ctx, childResolver(o)) },
  font: { create: (o) => new RangeFontProxy(o._ctx, childResolver(o)) },
  borders: { create: (o) => new RangeBorderCollectionProxy(o._ctx, childResolver(o)) },
  protection: { create: (o) => new FormatProtectionProxy(o._ctx, childResolver(o)), since: "1.2" },
});
