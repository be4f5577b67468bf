// Per-unit helpers on the final points sheet that grades and tie-breaks read: the lowest share of max over the
// criteria with grade floors (core's gradeUnit.ts) and the number of criteria at full points (tieBreakValue.ts).

import { roundTo } from "../../core/model/roundTo";
import { isLeafContentCriterion } from "../../core/ranking/leafContentCriterion";
import type { FlatTemplate } from "../../core/template/flattenTemplate";
import { cellAddress, type RangeBox } from "../layout/cellAddress";
import { formulaNumber, sumTerms } from "./formulaLiteral";

/** Leaf content criteria with points to earn and not exempt from floors. */
export function floorRows(flat: FlatTemplate): number[] {
  return flat.rows.filter((row) => isLeafContentCriterion(row) && !row.floorExempt).map((row) => row.index);
}

function minOf(terms: readonly string[]): string {
  if (terms.length <= 255) return `MIN(${terms.join(",")})`;
  const chunks: string[] = [];
  for (let i = 0; i < terms.length; i += 255) chunks.push(minOf(terms.slice(i, i + 255)));
  return minOf(chunks);
}

/** MIN(points ÷ max) over the floor criteria; null when the template has none (floors then never bind). */
export function lowestShareFormula(flat: FlatTemplate, grid: RangeBox, c: number): string | null {
  const rows = floorRows(flat);
  if (rows.length === 0) return null;
  return minOf(rows.map((r) => `${cellAddress(grid.row + r, grid.column + c)}/${formulaNumber(flat.rows[r].max)}`));
}

/**
 * Leaf content criteria whose rounded points reach their rounded max, counted over runs of consecutive such rows
 * (SUMPRODUCT evaluates the comparison per row without an array formula).
 */
export function fullCountFormula(flat: FlatTemplate, grid: RangeBox, c: number, decimals: number): string {
  const terms: string[] = [];
  const column = grid.column + c;
  let r = 0;
  while (r < flat.rows.length) {
    if (!isLeafContentCriterion(flat.rows[r])) {
      r++;
      continue;
    }
    const start = r;
    while (r < flat.rows.length && isLeafContentCriterion(flat.rows[r])) r++;
    if (r - start === 1) {
      const max = formulaNumber(roundTo(flat.rows[start].max, decimals));
      terms.push(`IF(ROUND(${cellAddress(grid.row + start, column)},${decimals})>=${max},1,0)`);
    } else {
      const points = `${cellAddress(grid.row + start, column)}:${cellAddress(grid.row + r - 1, column)}`;
      const maxes = `${cellAddress(grid.row + start, 2, { absColumn: true, absRow: true })}:${cellAddress(grid.row + r - 1, 2, { absColumn: true, absRow: true })}`;
      terms.push(`SUMPRODUCT((ROUND(${points},${decimals})>=ROUND(${maxes},${decimals}))*1)`);
    }
  }
  return sumTerms(terms);
}
