// Regroups a loaded sheet's data validations into rectangles. ExcelJS expands each validated range into one entry
// per cell on load and, on save, merges them back with a deep comparison per neighbour: seconds for peer grids.

import type ExcelJS from "exceljs";
import { columnIndex } from "../../workbook/layout/cellAddress";
import { areaText } from "../../workbook/layout/rangeAreas";

const CELL_KEY = /^([A-Z]{1,3})(\d+)$/;
const WIDTH = 16_384;

/**
 * The same validations keyed by rectangles of cells that share one rule object (cells of one <dataValidation>
 * share it after a load); keys that are not single cells are kept as they are.
 */
export function compactValidations(
  model: Record<string, ExcelJS.DataValidation | undefined>,
): Record<string, ExcelJS.DataValidation> {
  const out: Record<string, ExcelJS.DataValidation> = {};
  const grid = new Map<number, ExcelJS.DataValidation>();
  const cells: number[] = [];
  for (const [key, rule] of Object.entries(model)) {
    if (!rule) continue;
    const m = CELL_KEY.exec(key);
    if (!m) {
      out[key] = rule;
      continue;
    }
    const at = Number(m[2]) * WIDTH + columnIndex(m[1]);
    grid.set(at, rule);
    cells.push(at);
  }
  cells.sort((a, b) => a - b);
  // Cells leave the grid once a rectangle takes them, so "still in the grid with this rule" means free.
  for (const at of cells) {
    const rule = grid.get(at);
    if (!rule) continue;
    let columns = 1;
    while ((at + columns) % WIDTH !== 0 && grid.get(at + columns) === rule) columns++;
    let rows = 1;
    const rowFree = (start: number) => {
      for (let c = 0; c < columns; c++) if (grid.get(start + c) !== rule) return false;
      return true;
    };
    while (rowFree(at + rows * WIDTH)) rows++;
    for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) grid.delete(at + r * WIDTH + c);
    out[areaText({ row: Math.floor(at / WIDTH), column: at % WIDTH, rows, columns })] = rule;
  }
  return out;
}
