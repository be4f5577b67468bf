// The formulas of one unit column of a self or peer sheet: group and computed rows, the four totals and a peer
// rater's "complete" flag. They depend only on where the grid and its total rows sit, so the self sheet and every
// peer sheet laid out alike share one text per column, built once (60 peer sheets of a cross workbook: once, not 61).

import { cellAddress, sheetReference, type RangeBox } from "../../layout/cellAddress";
import type { TotalRows, WorkbookLayout } from "../../layout/workbookLayout";
import { completeFlagFormula } from "../../formulas/entryCountFormulas";
import { groupFormula, totalFormulas } from "../../formulas/layerFormulas";
import { inputLayerCells } from "../../formulas/scoreCells";
import { dataPointsAddress } from "./dataSheet";
import { scoreRole } from "./inputRules";

export interface ScoreColumnFormulas {
  /** Per criterion row: the group's sum or the data sheet's points, undefined on an input row. */
  grid: (string | undefined)[];
  /** Content, bonus, deduction and total rows, in that order. */
  totals: [string, string, string, string];
  /** The peer sheet's "complete" flag of the column. */
  complete: string;
}

/** The formulas of unit column c of a score grid with these total rows. */
export type ScoreColumns = (grid: RangeBox, totals: TotalRows, c: number) => ScoreColumnFormulas;

/** Score columns of the layout's workbook, each built on first use and then shared. */
export function scoreColumns(layout: WorkbookLayout): ScoreColumns {
  const built = new Map<string, ScoreColumnFormulas>();
  return (grid, totals, c) => {
    const key = `${grid.row},${grid.column},${totals.content},${totals.bonus},${totals.deduction},${totals.total},${c}`;
    let column = built.get(key);
    if (!column) {
      column = scoreColumn(layout, grid, totals, c);
      built.set(key, column);
    }
    return column;
  };
}

function scoreColumn(layout: WorkbookLayout, grid: RangeBox, totals: TotalRows, c: number): ScoreColumnFormulas {
  const { flat } = layout;
  const dataSheet = layout.data.sheet;
  const cells = inputLayerCells(flat, grid, c);
  const at = (row: number) => cellAddress(row, grid.column + c);
  const f = totalFormulas(flat, cells, (which) => at(totals[which]));
  return {
    grid: flat.rows.map((row, r) => {
      if (row.kind === "group") return groupFormula(flat, r, cells);
      if (scoreRole(row)) return undefined;
      return sheetReference(dataSheet, dataPointsAddress(layout, r, c));
    }),
    totals: [f.content, f.bonus, f.deduction, f.total],
    complete: completeFlagFormula(flat, grid, c),
  };
}
