// How a unit column of each score-shaped sheet reads its rows' points in formulas: inputs clamped by kind on
// self and peer sheets, cells that already hold points on the final points sheet.

import type { FlatTemplate } from "../../core/template/flattenTemplate";
import { cellAddress, sheetReference, type RangeBox } from "../layout/cellAddress";
import type { LayerCells } from "./layerFormulas";
import { bonusPoints, deductionPoints, manualPoints, qualPoints } from "./pointsFormulas";

/** Row r, unit c of a grid, as written on the grid's own sheet ("E7") or from another sheet ('Tự chấm'!E7). */
export function gridCell(grid: RangeBox, r: number, c: number, sheet?: string): string {
  const address = cellAddress(grid.row + r, grid.column + c);
  return sheet === undefined ? address : sheetReference(sheet, address);
}

/** The points of a leaf row read from an input cell, by kind; computed rows' cells already hold points. */
export function inputPoints(flat: FlatTemplate, r: number, cell: string): string {
  const row = flat.rows[r];
  switch (row.kind) {
    case "manual":
      return manualPoints(row.max, cell);
    case "qual":
      return qualPoints(row.max, cell);
    case "bonus":
      return bonusPoints(cell);
    case "deduction":
      return deductionPoints(cell);
    default:
      return cell;
  }
}

/** A self or peer column: inputs on manual/qual/bonus/deduction rows, points on computed rows. */
export function inputLayerCells(flat: FlatTemplate, grid: RangeBox, c: number): LayerCells {
  return {
    cell: (r) => gridCell(grid, r, c),
    leafPoints: (r) => inputPoints(flat, r, gridCell(grid, r, c)),
  };
}

/** A final points column: every row's cell holds its points. */
export function pointsLayerCells(grid: RangeBox, c: number): LayerCells {
  const cell = (r: number) => gridCell(grid, r, c);
  return { cell, leafPoints: cell };
}
