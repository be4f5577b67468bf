// Worksheet members ExcelJS has and writes but its type definitions leave out.

import type ExcelJS from "exceljs";

export interface WorksheetInternals {
  /** Validations by address or range ("D6" or "D6:M6"). */
  dataValidations: { model: Record<string, ExcelJS.DataValidation> };
  sheetProtection: (Partial<ExcelJS.WorksheetProtection> & { sheet?: boolean }) | null;
}

export function worksheetInternals(sheet: ExcelJS.Worksheet): WorksheetInternals {
  return sheet as unknown as WorksheetInternals;
}
