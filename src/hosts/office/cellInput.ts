// What one plan cell becomes in the 2-D array written to Range.formulas. Excel parses that array as typed input, so
// text it would turn into something else ("=…", "+1", "1.1", "TRUE", "#N/A", "Jan 5") gets an apostrophe, Excel's
// own quote prefix: the cell holds the text, and values and formulas both read it back without the apostrophe.
// Under the Text format "@" Excel keeps strings verbatim, so no apostrophe there (it would become part of the text).

import type { CellSpec } from "../../workbook/plan/planTypes";
import { officeFormula } from "./officeFormula";

export type CellInput = string | number | boolean;

// First visible character of something Excel's input parser may read as a formula, number, currency, percent, error
// or date; a leading apostrophe would itself be eaten.
const RISKY_START = /^\s*[=+\-@'\d.,($€£¥₫#%]/u;
const BOOLEAN = /^\s*(true|false|đúng|sai)\s*$/iu;
const MONTH_DATE = /^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s\-/.,]*\d/i;

/** True when Excel could read the typed text as anything but that same text (over-cautious on purpose). */
export function needsQuotePrefix(text: string): boolean {
  return RISKY_START.test(text) || BOOLEAN.test(text) || MONTH_DATE.test(text);
}

/**
 * The entry for a cell: "=formula", a number, a boolean, "" for blank (clears the cell), or text (with an
 * apostrophe when needed). `textFormat`: the cell's number format is "@" when this is written.
 */
export function cellInput(spec: CellSpec, textFormat: boolean): CellInput {
  if (spec.f !== undefined) return officeFormula(spec.f);
  const v = spec.v;
  if (v === undefined || v === null) return "";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`Workbook plan writes a non-finite number: ${v}`);
    return v;
  }
  if (typeof v === "boolean" || v === "" || textFormat) return v;
  return needsQuotePrefix(v) ? `'${v}` : v;
}

/** True when the cell's text will carry an apostrophe unless the cell has the Text format. */
export function isRiskyText(spec: CellSpec): boolean {
  return spec.f === undefined && typeof spec.v === "string" && spec.v !== "" && needsQuotePrefix(spec.v);
}
