// A range as Office.js loaded it, in the Host's terms: blanks read null (Excel sends ""), and a cell counts as a
// formula only when its formula text differs from its value. Text such as "=HYPERLINK(…)", kept as text by its
// quote prefix, reads back identical in values and formulas (Excel drops the apostrophe, office-js#6687).

import type { CellValue } from "../../workbook/plan/planTypes";
import type { RangeRead } from "../../workbook/host/hostTypes";

function cellValue(raw: unknown): CellValue {
  if (raw === "" || raw === null || raw === undefined) return null;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  return null;
}

function cellFormula(formula: unknown, value: unknown): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=") || formula === value) return null;
  return formula.slice(1);
}

/** `formulas` null: they were not asked for (the read then carries an empty formulas array, as the .xlsx host's). */
export function rangeRead(sheet: string, range: string, values: unknown[][], formulas: unknown[][] | null): RangeRead {
  return {
    sheet,
    range,
    values: values.map((line) => line.map(cellValue)),
    formulas: formulas ? formulas.map((line, r) => line.map((f, c) => cellFormula(f, values[r]?.[c]))) : [],
  };
}
