// The cell format properties the host writes, each read from a cell's plan style as a plain key: cells are grouped
// per property, so a property shared by a whole block (font, border) costs one command however the other properties
// vary. On a new sheet an unset property is left at Excel's default (key null: nothing to write); on an existing
// sheet a styled cell gets the default back, as the .xlsx host replaces a cell's whole style. Font name and size are
// never reset: every plan style names them.

import type { CellSpec, CellStyle } from "../../workbook/plan/planTypes";
import { isRiskyText } from "./cellInput";

export type FormatKey = string | number | boolean;

export interface CellFormatProperty {
  id: string;
  /** Writing the property over a cell replaces it exactly, so rectangles may overlap (see paintedRectangles). */
  paintable: boolean;
  /** The value this cell gets, null to leave the cell's own. `style` is the cell's plan style, if any. */
  keyOf(spec: CellSpec, style: CellStyle | undefined, existing: boolean): FormatKey | null;
  apply(range: Excel.Range, key: FormatKey, rows: number, columns: number): void;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const NO_FILL = "";

/** A styled cell's value, or on an existing sheet the default a styled cell falls back to. */
function styled<T extends FormatKey>(style: CellStyle | undefined, value: T | undefined, existing: boolean, reset: T) {
  if (!style) return null;
  return value ?? (existing ? reset : null);
}

function simple(
  id: string,
  keyOf: CellFormatProperty["keyOf"],
  apply: (range: Excel.Range, key: FormatKey) => void,
): CellFormatProperty {
  return {
    id,
    paintable: true,
    keyOf,
    apply: (range, key) => apply(range, key),
  };
}

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

function edgesOf(rows: number, columns: number): Edge[] {
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (rows > 1) edges.push("InsideHorizontal");
  if (columns > 1) edges.push("InsideVertical");
  return edges;
}

/**
 * The number format comes first: text cells must have "@" before their text lands. A single value is applied to
 * every cell of the range (documented for numberFormat, values and formulas; the typings only declare arrays).
 */
export const NUMBER_FORMAT: CellFormatProperty = {
  id: "numberFormat",
  paintable: true,
  keyOf: (spec, style, existing) =>
    style ? (style.numberFormat ?? (existing ? "General" : null)) : existing && isRiskyText(spec) ? "General" : null,
  apply: (range, key) => {
    (range as unknown as { numberFormat: FormatKey }).numberFormat = key;
  },
};

/** Format properties written after the cells' content. */
export const FORMAT_PROPERTIES: CellFormatProperty[] = [
  simple(
    "font.name",
    (_s, style) => style?.font?.name ?? null,
    (r, k) => (r.format.font.name = k as string),
  ),
  simple(
    "font.size",
    (_s, style) => style?.font?.size ?? null,
    (r, k) => (r.format.font.size = k as number),
  ),
  simple(
    "font.bold",
    (_s, style, existing) => styled(style, style?.font?.bold, existing, false),
    (r, k) => (r.format.font.bold = k as boolean),
  ),
  simple(
    "font.italic",
    (_s, style, existing) => styled(style, style?.font?.italic, existing, false),
    (r, k) => (r.format.font.italic = k as boolean),
  ),
  simple(
    "font.color",
    (_s, style, existing) => styled(style, style?.font?.color, existing, "#000000"),
    (r, k) => (r.format.font.color = k as string),
  ),
  simple(
    "fill",
    (_s, style, existing) => styled(style, style?.fill, existing, NO_FILL),
    (r, k) => (k === NO_FILL ? r.format.fill.clear() : (r.format.fill.color = k as string)),
  ),
  simple(
    "horizontalAlignment",
    (_s, style, existing) => styled(style, style?.horizontal && HORIZONTAL[style.horizontal], existing, "General"),
    (r, k) => (r.format.horizontalAlignment = k as Excel.HorizontalAlignment),
  ),
  simple(
    "verticalAlignment",
    (_s, style, existing) => styled(style, style?.vertical && VERTICAL[style.vertical], existing, "Bottom"),
    (r, k) => (r.format.verticalAlignment = k as Excel.VerticalAlignment),
  ),
  simple(
    "wrapText",
    (_s, style, existing) => styled(style, style?.wrap, existing, false),
    (r, k) => (r.format.wrapText = k as boolean),
  ),
  {
    id: "border",
    paintable: false,
    keyOf: (_s, style, existing) => styled(style, style?.border ? "Continuous" : undefined, existing, "None"),
    apply: (range, key, rows, columns) => {
      for (const edge of edgesOf(rows, columns)) {
        const border = range.format.borders.getItem(edge);
        border.style = key as Excel.BorderLineStyle;
        // Thin, as the .xlsx host writes; Excel would otherwise keep whatever weight the edge had.
        if (key === "Continuous") border.weight = "Thin";
      }
    },
  },
  {
    // Cells are locked by default: a new sheet only needs its input cells unlocked.
    id: "locked",
    paintable: true,
    keyOf: (spec, _style, existing) => (spec.input === true ? false : existing ? true : null),
    apply: (range, key) => {
      range.format.protection.locked = key as boolean;
    },
  },
];
