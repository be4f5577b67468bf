// Checks Excel makes before changing a sheet: it still exists, protection allows the change, arguments are valid.

import { anyLocked } from "./cellStyle";
import { notImplemented, officeError } from "./fakeError";
import type { Rect } from "./rect";
import type { SheetModel, WorkbookModel } from "./workbookModel";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

export function liveSheet(sheet: SheetModel, location: string): SheetModel {
  if (sheet.deleted) throw officeError("ItemNotFound", "The worksheet was deleted.", location);
  return sheet;
}

/** Values and formulas: a protected sheet accepts them only in unlocked cells. */
export function checkContentEditable(target: RangeTarget, location: string): void {
  const { sheet, rect } = target;
  if (sheet.protection.protected && anyLocked(sheet, rect)) {
    throw officeError("AccessDenied", "The cell is on a protected sheet and locked.", location);
  }
}

/**
 * Cell formats on a protected sheet: allowed for unlocked cells or when the protection allows formatting cells.
 * Whether Excel lets unlocked cells be formatted without allowFormatCells is assumed, not verified.
 */
export function checkFormatEditable(target: RangeTarget, location: string): void {
  const { sheet, rect } = target;
  if (sheet.protection.protected && !sheet.protection.options.allowFormatCells && anyLocked(sheet, rect)) {
    throw officeError("AccessDenied", "The sheet is protected.", location);
  }
}

export function checkSizeEditable(
  sheet: SheetModel,
  option: "allowFormatColumns" | "allowFormatRows",
  location: string,
) {
  if (sheet.protection.protected && !sheet.protection.options[option]) {
    throw officeError("AccessDenied", "The sheet is protected.", location);
  }
}

/** Changes Excel refuses on any protected sheet: lock flags, validation, conditional formats, merges. */
export function checkSheetUnprotected(sheet: SheetModel, location: string): void {
  if (sheet.protection.protected) throw officeError("AccessDenied", "The sheet is protected.", location);
}

/** Adding, deleting, renaming, moving or hiding sheets needs an unprotected workbook structure. */
export function checkStructureEditable(model: WorkbookModel, location: string): void {
  if (model.protection.protected) throw officeError("AccessDenied", "The workbook is protected.", location);
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  lightgreen: "#90EE90",
  lightblue: "#ADD8E6",
  lightyellow: "#FFFFE0",
  pink: "#FFC0CB",
};

/** Excel reports colours as "#RRGGBB"; it also accepts HTML colour names (only common ones are known here). */
export function normalizeColor(value: unknown, location: string): string {
  if (typeof value !== "string") throw officeError("InvalidArgument", "A colour is a string.", location);
  if (/^#[0-9a-f]{6}$/i.test(value)) return value.toUpperCase();
  const named = NAMED_COLORS[value.toLowerCase()];
  if (named) return named;
  if (/^#?[0-9a-f]{3,8}$/i.test(value)) throw officeError("InvalidArgument", `"${value}" is not a colour.`, location);
  throw notImplemented(`the colour name "${value}"`);
}

export function checkBoolean(value: unknown, location: string): boolean {
  if (typeof value !== "boolean") throw officeError("InvalidArgument", "Expected true or false.", location);
  return value;
}

export function checkNumber(value: unknown, location: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw officeError("InvalidArgument", "Expected a number.", location);
  }
  return value;
}

export function checkOneOf(value: unknown, allowed: readonly string[], location: string): string {
  if (typeof value !== "string" || !allowed.includes(value)) {
    throw officeError("InvalidArgument", `Expected one of ${allowed.join(", ")}.`, location);
  }
  return value;
}
