// Before a plan overwrites the first cell of a shared formula (Excel's form for a filled block), the other cells
// of the block get their own formula text: otherwise ExcelJS would refill them from the new content, or fail.

import ExcelJS from "exceljs";
import { parseRange } from "../../workbook/layout/cellAddress";
import { cellFormula } from "./readCell";

/** Turns the followers of a shared-formula origin into plain formulas with their cached results. */
export function detachSharedFollowers(sheet: ExcelJS.Worksheet, origin: ExcelJS.Cell): void {
  if (origin.type !== ExcelJS.ValueType.Formula) return;
  const model = origin.model as ExcelJS.CellModel & { shareType?: string; ref?: string };
  if (model.shareType !== "shared" || !model.ref) return;
  const box = parseRange(model.ref);
  if (!box) return;
  for (let r = box.row; r < box.row + box.rows; r++) {
    for (let c = box.column + 1; c <= box.column + box.columns; c++) {
      const cell = sheet.findCell(r, c);
      if (!cell || cell === origin || cell.type !== ExcelJS.ValueType.Formula) continue;
      if (cell.model.sharedFormula !== origin.address) continue;
      const formula = cellFormula(cell, sheet);
      if (formula !== null) cell.value = { formula, result: cell.result as ExcelJS.CellFormulaValue["result"] };
    }
  }
}
