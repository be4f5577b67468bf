// Counting valid entries in a unit column: a peer rater's column is complete when every manual and qual row holds
// an entry (core's scorePeerTotals), and a review column counts its entries (core: any entry makes a review layer).

import { QUAL_FAIL, QUAL_PASS } from "../../core/parse/parseQualCell";
import type { CriterionKind } from "../../core/template/templateTypes";
import type { FlatTemplate } from "../../core/template/flattenTemplate";
import { cellAddress, type RangeBox } from "../layout/cellAddress";
import { formulaText, sumTerms } from "./formulaLiteral";

/** Numbers plus exact labels in a range (COUNTIF compares text without regard to case, as "=" does). */
function labelCount(range: string): string {
  return `COUNTIF(${range},${formulaText(QUAL_PASS)})+COUNTIF(${range},${formulaText(QUAL_FAIL)})`;
}

/** Ranges of consecutive rows (of one column) whose kind passes `keep`. */
function runs(flat: FlatTemplate, grid: RangeBox, c: number, keep: (kind: CriterionKind) => boolean): string[] {
  const out: string[] = [];
  let start = -1;
  const column = grid.column + c;
  for (let r = 0; r <= flat.rows.length; r++) {
    const inRun = r < flat.rows.length && keep(flat.rows[r].kind);
    if (inRun && start < 0) start = r;
    if (!inRun && start >= 0) {
      out.push(`${cellAddress(grid.row + start, column)}:${cellAddress(grid.row + r - 1, column)}`);
      start = -1;
    }
  }
  return out;
}

/**
 * 1 when every manual row holds a number and every qual row a label, else 0 (blank bonus and deduction lines are
 * fine). A template without such rows is always complete.
 */
export function completeFlagFormula(flat: FlatTemplate, grid: RangeBox, c: number): string {
  const required = flat.rows.filter((row) => row.kind === "manual" || row.kind === "qual").length;
  if (required === 0) return "1";
  const terms = [
    ...runs(flat, grid, c, (k) => k === "manual").map((range) => `COUNT(${range})`),
    ...runs(flat, grid, c, (k) => k === "qual").map(labelCount),
  ];
  return `IF(${sumTerms(terms)}=${required},1,0)`;
}

/** Valid entries in a review column: numbers anywhere (group rows stay blank) and labels. */
export function reviewEntriesFormula(grid: RangeBox, c: number): string {
  const column = grid.column + c;
  const range = `${cellAddress(grid.row, column)}:${cellAddress(grid.row + grid.rows - 1, column)}`;
  return `COUNT(${range})+${labelCount(range)}`;
}
