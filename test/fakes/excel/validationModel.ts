// Data validation regions per sheet: how rule/prompt/alert writes split them, what a range reads back, and `valid`.

import { type ReadContext, hasContent, readText, readValue } from "./cellContent";
import { notImplemented, officeError } from "./fakeError";
import { forEachStoredCell } from "./cellStyle";
import { type Rect, cellCount, coveredCellCount, intersect, lastCol, lastRow, subtract } from "./rect";
import type { SheetModel, ValidationRegion, WorkbookModel } from "./workbookModel";

export const RULE_KINDS = ["wholeNumber", "decimal", "textLength", "date", "time", "list", "custom"] as const;
const TYPE_OF_KIND: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};
const OPERATORS = new Set([
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
]);

type RegionPatch = Partial<Pick<ValidationRegion, "rule" | "errorAlert" | "prompt" | "ignoreBlanks">>;

function defaults(model: WorkbookModel, rects: Rect[]): ValidationRegion {
  model.counters.validation += 1;
  return {
    id: model.counters.validation,
    rects,
    rule: null,
    errorAlert: { message: "", showAlert: true, style: "Stop", title: "" },
    prompt: { message: "", showPrompt: false, title: "" },
    ignoreBlanks: true,
  };
}

function isBare(region: ValidationRegion): boolean {
  return (
    region.rule === null &&
    !region.prompt.showPrompt &&
    region.prompt.message === "" &&
    region.prompt.title === "" &&
    region.errorAlert.message === "" &&
    region.errorAlert.title === "" &&
    region.errorAlert.showAlert &&
    region.errorAlert.style === "Stop" &&
    region.ignoreBlanks
  );
}

/** Checks a DataValidationRule as Excel does: exactly one kind, a known operator, formula2 for (Not)Between. */
export function checkRule(rule: unknown, location: string): Record<string, unknown> {
  if (typeof rule !== "object" || rule === null) throw officeError("InvalidArgument", "The rule is missing.", location);
  const kinds = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (kinds.length !== 1 || !(RULE_KINDS as readonly string[]).includes(kinds[0])) {
    throw officeError("InvalidArgument", "A data validation rule holds exactly one rule type.", location);
  }
  const kind = kinds[0];
  const body = (rule as Record<string, Record<string, unknown>>)[kind];
  if (typeof body !== "object" || body === null) throw officeError("InvalidArgument", undefined, location);
  if (kind === "list") {
    if (body.source === undefined || body.source === "")
      throw officeError("InvalidArgument", "The list has no source.", location);
  } else if (kind === "custom") {
    if (typeof body.formula !== "string")
      throw officeError("InvalidArgument", "The custom rule has no formula.", location);
  } else {
    if (!OPERATORS.has(String(body.operator))) throw officeError("InvalidArgument", "Unknown operator.", location);
    if (body.formula1 === undefined || body.formula1 === "") throw officeError("InvalidArgument", undefined, location);
    if ((body.operator === "Between" || body.operator === "NotBetween") && body.formula2 === undefined) {
      throw officeError("InvalidArgument", "Between needs formula2.", location);
    }
  }
  return { [kind]: { ...body } };
}

/**
 * Applies a change to the validation of every cell in `target`, splitting regions that only partly overlap it.
 * office-js#2594: setting a rule over a range that only partly overlaps an existing region with a prompt fails with
 * InvalidArgument; the fake reproduces that so that callers keep the documented workaround (clear first).
 */
export function updateValidation(
  model: WorkbookModel,
  sheet: SheetModel,
  target: Rect,
  patch: RegionPatch,
  location: string,
) {
  if (patch.rule !== undefined) {
    for (const region of sheet.validations) {
      const hasPrompt = region.prompt.showPrompt || region.prompt.message !== "";
      const overlap = coveredCellCount(target, region.rects);
      const regionCells = region.rects.reduce((n, r) => n + cellCount(r), 0);
      if (hasPrompt && overlap > 0 && (overlap < regionCells || overlap < cellCount(target))) {
        throw officeError("InvalidArgument", "The range partly overlaps a validation with a prompt.", location);
      }
    }
  }
  const next: ValidationRegion[] = [];
  let uncovered: Rect[] = [target];
  for (const region of sheet.validations) {
    const inside: Rect[] = [];
    const outside: Rect[] = [];
    for (const r of region.rects) {
      const overlap = intersect(r, target);
      if (!overlap) {
        outside.push(r);
        continue;
      }
      inside.push(overlap);
      outside.push(...subtract(r, target));
      uncovered = uncovered.flatMap((u) => subtract(u, overlap));
    }
    if (inside.length === 0) {
      next.push(region);
      continue;
    }
    if (outside.length > 0) next.push({ ...region, rects: outside });
    const changed: ValidationRegion = {
      ...region,
      id: outside.length > 0 ? defaults(model, []).id : region.id,
      rects: inside,
      errorAlert: { ...region.errorAlert },
      prompt: { ...region.prompt },
    };
    applyPatch(changed, patch);
    if (!isBare(changed)) next.push(changed);
  }
  if (uncovered.length > 0) {
    const fresh = defaults(model, uncovered);
    applyPatch(fresh, patch);
    if (!isBare(fresh)) next.push(fresh);
  }
  sheet.validations = next;
}

function applyPatch(region: ValidationRegion, patch: RegionPatch) {
  if (patch.rule !== undefined) region.rule = patch.rule;
  if (patch.errorAlert) region.errorAlert = { ...region.errorAlert, ...patch.errorAlert };
  if (patch.prompt) region.prompt = { ...region.prompt, ...patch.prompt };
  if (patch.ignoreBlanks !== undefined) region.ignoreBlanks = patch.ignoreBlanks;
}

export function clearValidation(sheet: SheetModel, target: Rect): void {
  sheet.validations = sheet.validations
    .map((region) => ({ ...region, rects: region.rects.flatMap((r) => subtract(r, target)) }))
    .filter((region) => region.rects.length > 0);
}

/** The single region covering every cell of `target`, "none" when no cell has validation, else "mixed". */
export function validationOf(sheet: SheetModel, target: Rect): ValidationRegion | "none" | "mixed" {
  const touching = sheet.validations.filter((region) => region.rects.some((r) => intersect(r, target)));
  if (touching.length === 0) return "none";
  if (touching.length > 1) return "mixed";
  return coveredCellCount(target, touching[0].rects) === cellCount(target) ? touching[0] : "mixed";
}

export function validationType(region: ValidationRegion): string {
  if (!region.rule) return "None";
  return TYPE_OF_KIND[Object.keys(region.rule)[0]] ?? "None";
}

/** Finds what a formula such as "=Sheet!$A$1:$A$3" or "=TD_List" refers to; null when it is no reference. */
export type ReferenceResolver = (formula: string, from: SheetModel) => { sheet: SheetModel; rect: Rect } | null;

interface CheckContext {
  read: ReadContext;
  resolve: ReferenceResolver;
}

function numericBound(raw: unknown, sheet: SheetModel, ctx: CheckContext): number {
  if (typeof raw === "number") return raw;
  const text = String(raw).trim();
  const literal = text.startsWith("=") ? text.slice(1) : text;
  if (literal !== "" && Number.isFinite(Number(literal))) return Number(literal);
  const ref = ctx.resolve(text.startsWith("=") ? text : `=${text}`, sheet);
  if (ref && ref.rect.rows === 1 && ref.rect.cols === 1) {
    const value = readValue(ref.sheet, ref.rect.row, ref.rect.col, ctx.read);
    if (typeof value === "number") return value;
  }
  throw notImplemented(`DataValidation.valid with the bound ${JSON.stringify(raw)}`);
}

function listEntries(source: unknown, sheet: SheetModel, ctx: CheckContext): string[] {
  const text = String(source);
  if (!text.startsWith("=")) return text.split(",").map((s) => s.trim().toUpperCase());
  const ref = ctx.resolve(text, sheet);
  if (!ref) throw notImplemented(`DataValidation.valid with the list source ${text}`);
  const entries: string[] = [];
  for (let row = ref.rect.row; row <= lastRow(ref.rect); row++) {
    for (let col = ref.rect.col; col <= lastCol(ref.rect); col++) {
      entries.push(readText(ref.sheet, row, col, ctx.read).toUpperCase());
    }
  }
  return entries;
}

function compare(operator: string, x: number, a: number, b: number): boolean {
  switch (operator) {
    case "Between":
      return x >= a && x <= b;
    case "NotBetween":
      return x < a || x > b;
    case "EqualTo":
      return x === a;
    case "NotEqualTo":
      return x !== a;
    case "GreaterThan":
      return x > a;
    case "LessThan":
      return x < a;
    case "GreaterThanOrEqualTo":
      return x >= a;
    default:
      return x <= a;
  }
}

function cellIsValid(
  region: ValidationRegion,
  sheet: SheetModel,
  row: number,
  col: number,
  ctx: CheckContext,
): boolean {
  if (!region.rule) return true;
  const value = readValue(sheet, row, col, ctx.read);
  const blank = value === "" || value === null;
  // Excel's circle-invalid-data treats a blank cell as invalid when blanks are not ignored (assumed, unverified).
  if (blank) return region.ignoreBlanks;
  const [kind, body] = Object.entries(region.rule)[0] as [string, Record<string, unknown>];
  if (kind === "list")
    return listEntries(body.source, sheet, ctx).includes(readText(sheet, row, col, ctx.read).toUpperCase());
  if (kind === "decimal" || kind === "wholeNumber" || kind === "textLength") {
    const x = kind === "textLength" ? readText(sheet, row, col, ctx.read).length : value;
    if (typeof x !== "number") return false;
    if (kind === "wholeNumber" && !Number.isInteger(x)) return false;
    const operator = String(body.operator);
    const a = numericBound(body.formula1, sheet, ctx);
    const b = operator === "Between" || operator === "NotBetween" ? numericBound(body.formula2, sheet, ctx) : a;
    return compare(operator, x, a, b);
  }
  throw notImplemented(`DataValidation.valid for ${kind} rules`);
}

/** DataValidation.valid: every cell of `target` satisfies the rule of the region it lies in. */
export function allValid(sheet: SheetModel, target: Rect, read: ReadContext, resolve: ReferenceResolver): boolean {
  const ctx: CheckContext = { read, resolve };
  for (const region of sheet.validations) {
    for (const r of region.rects) {
      const overlap = intersect(r, target);
      if (!overlap) continue;
      if (cellCount(overlap) > 100_000) {
        // Whole-column rules: look at stored cells only; the untouched rest is blank.
        let stored = 0;
        let ok = true;
        forEachStoredCell(sheet, overlap, (cell, row, col) => {
          if (!hasContent(cell)) return;
          stored += 1;
          if (ok && !cellIsValid(region, sheet, row, col, ctx)) ok = false;
        });
        if (!ok || (!region.ignoreBlanks && region.rule && stored < cellCount(overlap))) return false;
        continue;
      }
      for (let row = overlap.row; row <= lastRow(overlap); row++) {
        for (let col = overlap.col; col <= lastCol(overlap); col++) {
          if (!cellIsValid(region, sheet, row, col, ctx)) return false;
        }
      }
    }
  }
  return true;
}
