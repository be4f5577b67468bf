// The cells whose live formulas the self-test checks, with what the core computes for each: on Xếp hạng every unit's
// group subtotals, bonus, deductions, self, peer, review and final totals, rank and grade; on the final points sheet
// every criterion's points. Comparing them with what Excel shows after recalculation is the self-test's verdict on
// Excel's formula engine (the same cells the LibreOffice suites compare for files).

import type { RankingResult } from "../../core/model/scoringTypes";
import type { RangeRead, RangeRequest } from "../host/hostTypes";
import { cellAddress, rangeAddress } from "../layout/cellAddress";
import type { WorkbookLayout } from "../layout/workbookLayout";
import type { CellValue } from "../plan/planTypes";

/** What a checked cell shows. */
export type ComputedKind =
  "group" | "bonus" | "deduction" | "self" | "peer" | "review" | "final" | "rank" | "grade" | "points";

export interface ComputedCell {
  sheet: string;
  /** A1 without sheet. */
  address: string;
  /** Unit code. */
  unit: string;
  kind: ComputedKind;
  /** The criterion's code, for group subtotals and criterion points. */
  criterion: string | null;
  /** What a correct spreadsheet shows: a number, the grade's code, or null for a blank ("" in Excel). */
  expected: number | string | null;
  /** Where computedReads finds it: which read, and the row and column inside it (0-based). */
  inRead: { read: number; row: number; column: number };
}

export interface ComputedMismatch extends ComputedCell {
  /** What the spreadsheet showed. */
  found: CellValue;
}

/** Numbers agree to this (the LibreOffice suites' precision): Excel's doubles against the core's. */
export const NUMBER_TOLERANCE = 1e-6;

/** The checked cells, in reading order: Xếp hạng unit by unit, then the final points sheet criterion by criterion. */
export function computedCells(layout: WorkbookLayout, result: RankingResult): ComputedCell[] {
  const cells: ComputedCell[] = [];
  const { flat } = layout;
  const table = layout.result.table;
  const col = layout.result.columns;
  result.units.forEach((u, k) => {
    const add = (
      kind: ComputedKind,
      column: number,
      expected: number | string | null,
      criterion: string | null = null,
    ) =>
      cells.push({
        sheet: layout.result.sheet,
        address: cellAddress(table.row + k, column),
        unit: u.unit.code,
        kind,
        criterion,
        expected,
        inRead: { read: 0, row: k, column },
      });
    col.groups.forEach((column, g) => {
      const row = flat.contentTops[g];
      add("group", column, u.finalPoints.points[row], flat.rows[row].code);
    });
    add("bonus", col.bonus, u.finalPoints.bonus);
    add("deduction", col.deduction, u.finalPoints.deduction);
    add("self", col.self, u.self.total);
    if (layout.peerMatrix) add("peer", col.peer, u.peer);
    if (layout.review) add("review", col.review, u.review === null ? null : u.finalPoints.total);
    add("final", col.final, u.final);
    add("rank", col.rank, u.rank);
    add("grade", col.grade, u.grade);
  });
  const grid = layout.final.grid;
  flat.rows.forEach((row) => {
    result.units.forEach((u, k) => {
      cells.push({
        sheet: layout.final.sheet,
        address: cellAddress(grid.row + row.index, grid.column + k),
        unit: u.unit.code,
        kind: "points",
        criterion: row.code,
        expected: u.finalPoints.points[row.index],
        inRead: { read: 1, row: row.index, column: k },
      });
    });
  });
  return cells;
}

/** The two reads that cover every checked cell: the result table's visible columns and the final points grid. */
export function computedReads(layout: WorkbookLayout): RangeRequest[] {
  const table = layout.result.table;
  return [
    {
      sheet: layout.result.sheet,
      range: rangeAddress({ ...table, column: 0, columns: layout.result.columns.visibleCount }),
    },
    { sheet: layout.final.sheet, range: rangeAddress(layout.final.grid) },
  ];
}

function agrees(expected: ComputedCell["expected"], found: CellValue): boolean {
  if (expected === null) return found === null || found === "";
  if (typeof expected === "string") return found === expected;
  return typeof found === "number" && Math.abs(found - expected) <= NUMBER_TOLERANCE;
}

/** Every checked cell whose value differs from the core's, in `reads` as computedReads asked for them. */
export function compareComputed(cells: readonly ComputedCell[], reads: readonly RangeRead[]): ComputedMismatch[] {
  const mismatches: ComputedMismatch[] = [];
  for (const cell of cells) {
    const { read, row, column } = cell.inRead;
    const found = reads[read]?.values[row]?.[column] ?? null;
    if (!agrees(cell.expected, found)) mismatches.push({ ...cell, found });
  }
  return mismatches;
}
