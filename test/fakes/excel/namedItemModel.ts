// Defined names: validity of a name, parsing what it refers to, and the formula/type/value Excel reports for it.

import { ABSOLUTE, formatArea, looksLikeCellReference, parseReference, qualifiedAddress } from "./a1Address";
import { notImplemented, officeError } from "./fakeError";
import type { Rect } from "./rect";
import { type NameModel, type SheetModel, type WorkbookModel, findSheet, sameName, sheetById } from "./workbookModel";

const NAME_PATTERN = /^[\p{L}_\\][\p{L}\p{M}\p{N}_.\\?]*$/u;

/** Excel's rules for a defined name: starts with a letter, "_" or "\", no spaces, not a cell reference, ≤ 255. */
export function checkName(name: unknown, location: string): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 255 || !NAME_PATTERN.test(name)) {
    throw officeError("InvalidArgument", `"${String(name)}" is not a valid name.`, location);
  }
  if (looksLikeCellReference(name))
    throw officeError("InvalidArgument", `"${name}" reads as a cell reference.`, location);
  return name;
}

export type ReferenceInput = string | { sheet: SheetModel; rect: Rect };

/**
 * What NamedItemCollection.add's `reference` means: a Range, or a formula text (with or without "=") that is an A1
 * reference, a number, a quoted string, TRUE/FALSE or #REF!. A reference without a sheet is taken on `defaultSheet`
 * (the active sheet for workbook names). Other formulas are not modelled.
 */
export function parseNameReference(
  model: WorkbookModel,
  input: ReferenceInput,
  defaultSheet: SheetModel,
  location: string,
): NameModel["reference"] {
  if (typeof input !== "string") {
    return { kind: "range", sheetId: input.sheet.id, rect: input.rect, anchors: ABSOLUTE };
  }
  const text = input.trim().replace(/^=/, "").trim();
  if (text === "") throw officeError("InvalidArgument", "The reference is empty.", location);
  if (/^#REF!/i.test(text)) return { kind: "error", text: "#REF!" };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return { kind: "constant", value: Number(text) };
  if (/^(TRUE|FALSE)$/i.test(text)) return { kind: "constant", value: text.toUpperCase() === "TRUE" };
  if (/^"(?:[^"]|"")*"$/.test(text)) return { kind: "constant", value: text.slice(1, -1).replace(/""/g, '"') };
  const parsed = parseReference(text);
  if (parsed) {
    const sheet = parsed.sheet === null ? defaultSheet : findSheet(model, parsed.sheet);
    if (!sheet) throw officeError("InvalidReference", `There is no sheet "${parsed.sheet}".`, location);
    return { kind: "range", sheetId: sheet.id, rect: parsed.rect, anchors: parsed.anchors };
  }
  throw notImplemented(`a defined name referring to the formula ${JSON.stringify(input)}`);
}

function constantFormula(value: string | number | boolean): string {
  if (typeof value === "string") return `"${value.replace(/"/g, '""')}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

export function nameFormula(model: WorkbookModel, item: NameModel): string {
  const ref = item.reference;
  if (ref.kind === "constant") return `=${constantFormula(ref.value)}`;
  if (ref.kind === "error") return `=${ref.text}`;
  const sheet = sheetById(model, ref.sheetId);
  return `=${sheet ? qualifiedAddress(sheet.name, ref.rect, ref.anchors) : `#REF!${formatArea(ref.rect, ref.anchors)}`}`;
}

/** NamedItem.type. Excel reports numeric constants as "Double" even when whole (assumed). */
export function nameType(item: NameModel): string {
  const ref = item.reference;
  if (ref.kind === "range") return "Range";
  if (ref.kind === "error") return "Error";
  if (typeof ref.value === "number") return "Double";
  return typeof ref.value === "boolean" ? "Boolean" : "String";
}

/** NamedItem.value: the address for a range (docs: "it will return the range address"), else the constant. */
export function nameValue(model: WorkbookModel, item: NameModel): unknown {
  const ref = item.reference;
  if (ref.kind === "constant") return ref.value;
  if (ref.kind === "error") return ref.text;
  return nameFormula(model, item).slice(1);
}

export function findName(model: WorkbookModel, name: string, scopeSheetId: string | null): NameModel | undefined {
  return model.names.find((n) => n.scopeSheetId === scopeSheetId && sameName(n.name, name));
}

/** The cells a name points at; null for constants, errors and names whose sheet is gone. */
export function nameTarget(model: WorkbookModel, item: NameModel): { sheet: SheetModel; rect: Rect } | null {
  const ref = item.reference;
  if (ref.kind !== "range") return null;
  const sheet = sheetById(model, ref.sheetId);
  return sheet && !sheet.deleted ? { sheet, rect: ref.rect } : null;
}

/** Resolves "=Sheet!A1:B2", "=A1" (on `from`) or "=Name" (sheet scope of `from` first) to cells. */
export function resolveReference(model: WorkbookModel, formula: string, from: SheetModel) {
  const text = formula.trim().replace(/^=/, "");
  const parsed = parseReference(text);
  if (parsed) {
    const sheet = parsed.sheet === null ? from : findSheet(model, parsed.sheet);
    return sheet ? { sheet, rect: parsed.rect } : null;
  }
  const item = findName(model, text, from.id) ?? findName(model, text, null);
  return item ? nameTarget(model, item) : null;
}

/** After a sheet is deleted its names' references turn into #REF!, as Excel shows them. */
export function breakReferencesTo(model: WorkbookModel, sheet: SheetModel): void {
  model.names = model.names.filter((n) => n.scopeSheetId !== sheet.id);
  for (const item of model.names) {
    const ref = item.reference;
    if (ref.kind === "range" && ref.sheetId === sheet.id) {
      item.reference = { kind: "error", text: `#REF!${formatArea(ref.rect, ref.anchors)}` };
    }
  }
}
