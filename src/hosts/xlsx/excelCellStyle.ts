// Plan styles as ExcelJS style objects, one frozen object per style and lock state. ExcelJS writes a style once
// per object (it caches by reference), so sharing keeps big grids fast; freezing keeps a shared one from changing.

import type ExcelJS from "exceljs";
import type { CellStyle } from "../../workbook/plan/planTypes";

export type ExcelStyle = Partial<ExcelJS.Style>;

/** "#DDEBF7" -> "FFDDEBF7" (opaque ARGB). */
export function argb(colour: string): string {
  return "FF" + colour.replace(/^#/, "").toUpperCase();
}

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const UNLOCKED: Partial<ExcelJS.Protection> = Object.freeze({ locked: false });

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === "object" && !Object.isFrozen(child)) deepFreeze(child);
  }
  return Object.freeze(value);
}

/** The ExcelJS form of a plan style; locked cells leave protection out (Excel locks by default). */
export function excelStyle(style: CellStyle, input: boolean): ExcelStyle {
  const out: ExcelStyle = {};
  if (style.font) {
    const font: Partial<ExcelJS.Font> = {};
    if (style.font.name !== undefined) font.name = style.font.name;
    if (style.font.size !== undefined) font.size = style.font.size;
    if (style.font.bold !== undefined) font.bold = style.font.bold;
    if (style.font.italic !== undefined) font.italic = style.font.italic;
    if (style.font.color !== undefined) font.color = { argb: argb(style.font.color) };
    out.font = font;
  }
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.numberFormat) out.numFmt = style.numberFormat;
  if (style.horizontal || style.vertical || style.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (style.horizontal) alignment.horizontal = style.horizontal;
    if (style.vertical) alignment.vertical = style.vertical;
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    out.alignment = alignment;
  }
  if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (input) out.protection = UNLOCKED;
  return deepFreeze(out);
}

/** Shared style objects for a plan's style ids, made on first use. */
export class ExcelStyleBook {
  private readonly made = new Map<string, ExcelStyle>();

  constructor(private readonly styles: Record<string, CellStyle>) {}

  /** The shared style of an id (undefined: no plan style, only the lock state) for a locked or input cell. */
  get(id: string | undefined, input: boolean): ExcelStyle {
    const key = `${input ? "1" : "0"}${id ?? ""}`;
    let style = this.made.get(key);
    if (!style) {
      const plan = id === undefined ? {} : Object.hasOwn(this.styles, id) ? this.styles[id] : undefined;
      if (!plan) throw new Error(`Workbook plan uses an undefined style "${id}"`);
      style = excelStyle(plan, input);
      this.made.set(key, style);
    }
    return style;
  }
}
