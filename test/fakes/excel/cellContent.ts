// What a cell holds after Range.values/formulas writes (parsed as if typed), and what values/formulas/text read back.

import { formatArea } from "./a1Address";
import { effectiveStyle } from "./cellStyle";
import { officeError } from "./fakeError";
import { numberText } from "./numberText";
import { type CellRecord, type Scalar, type SheetModel, cellKey } from "./workbookModel";

/** Test hook standing in for Excel's calculation engine; its result is what `values` shows for a formula cell. */
export type FormulaEvaluator = (formula: string, at: { sheet: string; address: string }) => unknown;

export const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
]);

/** A cell's new content; `autoFormat` is the number format typing it would also give the cell ("50%" → "0%"). */
export type CellContent = Omit<CellRecord, "style"> & { autoFormat?: string };

/** "unchanged" for null entries, "clear" for "", else the content to store. */
export type TypedInput = "unchanged" | "clear" | CellContent;

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)\s?%$/;

/**
 * Parses one entry of a values/formulas write as Excel parses typed input (docs: null leaves the cell unchanged, ""
 * clears it; a string starting with "=", "+" or "-" that is not a number becomes a formula). Under the Text format
 * "@" strings are kept verbatim, apostrophe included (Excel turns prefix handling off for text cells: unverified).
 * Typed dates and currency are not parsed by the fake; they stay text.
 */
/**
 * Excel refuses a formula whose compiled form is too long (FormulaLengthExceedsLimit, learn.microsoft.com error
 * table); the fake takes Excel's limit on formula text, 8,192 characters, as the measure.
 */
export const FORMULA_TEXT_LIMIT = 8192;

function checkFormulaLength(formula: string, location: string): string {
  if (formula.length > FORMULA_TEXT_LIMIT) {
    throw officeError(
      "FormulaLengthExceedsLimit",
      "The bytecode of the applied formula exceeds the maximum length limit.",
      location,
    );
  }
  return formula;
}

export function interpretInput(raw: unknown, numberFormat: unknown, location: string): TypedInput {
  if (raw === null || raw === undefined) return "unchanged";
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw officeError("InvalidArgument", `${raw} is not a cell value.`, location);
    return { value: raw };
  }
  if (typeof raw === "boolean") return { value: raw };
  if (typeof raw !== "string") {
    throw officeError("InvalidArgument", `Cell input must be a string, number or boolean.`, location);
  }
  if (raw === "") return "clear";
  if (numberFormat === "@") return { value: raw };
  if (raw.startsWith("'")) return { value: raw.slice(1), quotePrefix: true };
  if (raw.startsWith("=") && raw.length > 1) return { formula: checkFormulaLength(raw, location) };
  if (PLAIN_NUMBER.test(raw)) return { value: Number(raw) };
  // Typing "1,000" or "50%" also gives the cell a matching format, as Excel's input parser does.
  const general = numberFormat === "General";
  if (GROUPED_NUMBER.test(raw)) {
    return { value: Number(raw.replace(/,/g, "")), ...(general && { autoFormat: "#,##0" }) };
  }
  if (PERCENT.test(raw)) {
    const value = Number(raw.replace(/\s?%$/, "")) / 100;
    return { value, ...(general && { autoFormat: "0%" }) };
  }
  if (/^(true|false)$/i.test(raw)) return { value: raw.toUpperCase() === "TRUE" };
  if (ERROR_VALUES.has(raw.toUpperCase())) return { value: raw.toUpperCase(), error: true };
  if ((raw.startsWith("+") || raw.startsWith("-")) && raw.length > 1) {
    return { formula: checkFormulaLength(`=${raw}`, location) };
  }
  return { value: raw };
}

export function writeInput(sheet: SheetModel, row: number, col: number, input: TypedInput): void {
  if (input === "unchanged") return;
  if (input === "clear") {
    clearContent(sheet, row, col);
    return;
  }
  const key = cellKey(row, col);
  const style = sheet.cells.get(key)?.style;
  const { autoFormat } = input;
  if (autoFormat === undefined) {
    // The fresh content object becomes the record: half a million cells cost one allocation each.
    const cell: CellRecord = input;
    if (style) cell.style = style;
    sheet.cells.set(key, cell);
    return;
  }
  const { autoFormat: _format, ...content } = input;
  sheet.cells.set(key, { ...content, style: { ...style, numberFormat: autoFormat } });
}

export function clearContent(sheet: SheetModel, row: number, col: number): void {
  const key = cellKey(row, col);
  const style = sheet.cells.get(key)?.style;
  if (style && Object.keys(style).length > 0) sheet.cells.set(key, { style });
  else sheet.cells.delete(key);
}

export function hasContent(cell: CellRecord | undefined): boolean {
  return cell !== undefined && (cell.value !== undefined || cell.formula !== undefined);
}

export interface ReadContext {
  evaluator: FormulaEvaluator | null;
}

function evaluate(sheet: SheetModel, row: number, col: number, formula: string, ctx: ReadContext): unknown {
  if (!ctx.evaluator) return null;
  const result = ctx.evaluator(formula, { sheet: sheet.name, address: formatArea({ row, col, rows: 1, cols: 1 }) });
  return result === undefined ? null : result;
}

/** Range.values for one cell: "" when empty, the evaluator's result (or null) for a formula. */
export function readValue(sheet: SheetModel, row: number, col: number, ctx: ReadContext): unknown {
  const cell = sheet.cells.get(cellKey(row, col));
  if (!cell || !hasContent(cell)) return "";
  if (cell.formula !== undefined) return evaluate(sheet, row, col, cell.formula, ctx);
  return cell.value;
}

/** Range.formulas for one cell: the formula, else the constant (text without its quote prefix), else "". */
export function readFormula(sheet: SheetModel, row: number, col: number): unknown {
  const cell = sheet.cells.get(cellKey(row, col));
  if (!cell || !hasContent(cell)) return "";
  return cell.formula ?? cell.value;
}

export function readText(sheet: SheetModel, row: number, col: number, ctx: ReadContext): string {
  const value = readValue(sheet, row, col, ctx);
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return numberText(value, String(effectiveStyle(sheet, row, col, "numberFormat")));
  return String(value);
}

/** Range.valueTypes for one cell; Excel reports every number as "Double". */
export function readValueType(sheet: SheetModel, row: number, col: number, ctx: ReadContext): string {
  const cell = sheet.cells.get(cellKey(row, col));
  if (!cell || !hasContent(cell)) return "Empty";
  const value = readValue(sheet, row, col, ctx);
  if (cell.error || (typeof value === "string" && ERROR_VALUES.has(value))) return "Error";
  if (value === null || value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

export function scalarOf(value: unknown): Scalar | null {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
}
