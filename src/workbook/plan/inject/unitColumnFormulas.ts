// The formulas of one unit column of a self or peer sheet (group points, points read from the data sheet, totals and
// the "complete" flag), made once per layout, grid and column: a cross-scored cluster's peer sheets share one grid,
// so sixty peer sheets of sixty columns build each column's formulas once instead of once a sheet.

import { cellAddress, sheetReference, type RangeBox } from "../../layout/cellAddress";
import type { TotalRows, WorkbookLayout } from "../../layout/workbookLayout";
import { completeFlagFormula } from "../../formulas/entryCountFormulas";
import { groupFormula, totalFormulas, type TotalFormulas } from "../../formulas/layerFormulas";
import { inputLayerCells } from "../../formulas/scoreCells";
import { dataPointsAddress } from "./dataSheet";
import { scoreRole } from "./inputRules";

export interface UnitColumnFormulas {
  /** Per criterion row: a group's points, or the points the data sheet computes; null on input rows. */
  rows: (string | null)[];
  totals: TotalFormulas;
  complete: string;
}

/** Per layout (a plan's own object, so the memo goes with it): the columns made so far, by grid, totals and column. */
const made = new WeakMap<WorkbookLayout, Map<string, UnitColumnFormulas>>();

export function unitColumnFormulas(
  layout: WorkbookLayout,
  grid: RangeBox,
  totals: TotalRows,
  c: number,
): UnitColumnFormulas {
  let columns = made.get(layout);
  if (!columns) {
    columns = new Map();
    made.set(layout, columns);
  }
  const key = [
    grid.row,
    grid.column,
    grid.rows,
    grid.columns,
    totals.content,
    totals.bonus,
    totals.deduction,
    c,
  ].join();
  const known = columns.get(key);
  if (known) return known;

  const { flat } = layout;
  const cells = inputLayerCells(flat, grid, c);
  const formulas: UnitColumnFormulas = {
    rows: flat.rows.map((row, r) => {
      if (row.kind === "group") return groupFormula(flat, r, cells);
      if (scoreRole(row)) return null;
      return sheetReference(layout.data.sheet, dataPointsAddress(layout, r, c));
    }),
    totals: totalFormulas(flat, cells, (which) => cellAddress(totals[which], grid.column + c)),
    complete: completeFlagFormula(flat, grid, c),
  };
  columns.set(key, formulas);
  return formulas;
}
