// One cell of a loaded sheet as the Host contract reads it: plain values (cached results for formulas, dates as
// serial numbers like Office.js gives them) and formulas as text, shared formulas expanded to the cell's own text.

import ExcelJS from "exceljs";
import type { CellValue } from "../../workbook/plan/planTypes";
import { parseRange } from "../../workbook/layout/cellAddress";
import { shiftFormula } from "../../workbook/formulas/shiftFormula";

const DAY_MS = 86_400_000;
// Serial 25569 is 1970-01-01 in the 1900 date system; the 1904 system starts 1462 days later.
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;

/** Excel's serial number of a date, as Office.js reads dated cells. */
export function dateSerial(date: Date, date1904: boolean): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / DAY_MS - (date1904 ? DATE_1904_OFFSET : 0);
}

type Plain = ExcelJS.CellValue | ExcelJS.CellErrorValue | undefined;

function plainValue(value: Plain, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateSerial(value, date1904);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) {
    const text = value.text as unknown as Plain;
    return typeof text === "object" && text !== null ? plainValue(text, date1904) : (text ?? null);
  }
  return null;
}

/** The value a cell shows: null for blank cells and for the covered cells of a merge (as in Excel). */
export function cellValue(cell: ExcelJS.Cell | undefined, date1904: boolean): CellValue {
  if (!cell || cell.type === ExcelJS.ValueType.Merge) return null;
  // ExcelJS's formula value object drops falsy results (0, false, ""), so the cached result is read directly.
  const raw = cell.type === ExcelJS.ValueType.Formula ? (cell.result as Plain) : (cell.value as Plain);
  const value = plainValue(raw, date1904);
  return value === "" ? null : value;
}

/** A cell's formula without "=", null for a constant; a shared formula's follower gets its own shifted text. */
export function cellFormula(cell: ExcelJS.Cell | undefined, sheet: ExcelJS.Worksheet): string | null {
  if (!cell || cell.type !== ExcelJS.ValueType.Formula) return null;
  const model = cell.model;
  if (model.formula) return model.formula;
  if (!model.sharedFormula) return null;
  const origin = parseRange(model.sharedFormula);
  const master = origin ? sheet.findCell(origin.row, origin.column + 1) : undefined;
  const masterFormula = master?.model.formula;
  if (!master || !masterFormula) return null;
  return shiftFormula(masterFormula, Number(cell.row) - Number(master.row), Number(cell.col) - Number(master.col));
}
