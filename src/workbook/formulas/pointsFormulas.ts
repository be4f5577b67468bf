// Points of one criterion as formula text, per kind, mirroring src/core/scoring/scoreCriterion.ts and scoreLayer.ts
// on every valid input. On input that validation reports as an error the two may differ (the core scores an
// invalid cell 0; a formula clamps an out-of-range number and reads an off-step one as typed): validation says so.

import { QUAL_PASS } from "../../core/parse/parseQualCell";
import type { Direction } from "../../core/template/templateTypes";
import { formulaNumber, formulaText, sumTerms } from "./formulaLiteral";

/** Core's usable max: a negative max (a broken template) counts as 0. */
function ceiling(max: number): string {
  return formulaNumber(max > 0 ? max : 0);
}

/** manual: the entry clamped to [0, max]; text and blank read as 0 through N(). */
export function manualPoints(max: number, cell: string): string {
  return `MIN(${ceiling(max)},MAX(0,N(${cell})))`;
}

/** qual: max for "Đạt" (Excel compares text without regard to case), else 0. */
export function qualPoints(max: number, cell: string): string {
  return `IF(${cell}=${formulaText(QUAL_PASS)},${ceiling(max)},0)`;
}

/** A bonus line counts when positive; the line's own max is a validation rule, not a clamp (as in core). */
export function bonusPoints(cell: string): string {
  return `MAX(0,N(${cell}))`;
}

/** A deduction line counts when negative. */
export function deductionPoints(cell: string): string {
  return `MIN(0,N(${cell}))`;
}

/** Target and actual both numbers (nested IFs, so an error value in one cell yields 0, not an error). */
function whenValidQuant(target: string, actual: string, expression: string): string {
  return `IF(AND(ISNUMBER(${target}),ISNUMBER(${actual})),IF(AND(${target}>0,${actual}>=0),${expression},0),0)`;
}

/** quant_prop ↑: max·min(A/T, 1); ↓: max·min(T/A, 1) with A = 0 earning max. */
export function quantPropPoints(max: number, direction: Direction, target: string, actual: string): string {
  const m = ceiling(max);
  const expression =
    direction === "down"
      ? `IF(${actual}<=${target},${m},${m}*(${target}/${actual}))`
      : `IF(${actual}>=${target},${m},${m}*(${actual}/${target}))`;
  return whenValidQuant(target, actual, expression);
}

/** The ratio A/T a quant row earns points on; 0 when target or actual is unusable. */
export function quantRatio(target: string, actual: string): string {
  return whenValidQuant(target, actual, `${actual}/${target}`);
}

/**
 * The cluster's best ratio R*: the largest ratio among the given cells (the same cluster's ratio cells, listed at
 * plan time, so that cluster labels are compared exactly as core compares them). MAX takes at most 255 arguments.
 */
export function bestRatio(ratioCells: readonly string[]): string {
  if (ratioCells.length === 0) return "0";
  if (ratioCells.length <= 255) return `MAX(${ratioCells.join(",")})`;
  const chunks: string[] = [];
  for (let i = 0; i < ratioCells.length; i += 255) chunks.push(bestRatio(ratioCells.slice(i, i + 255)));
  return bestRatio(chunks);
}

/**
 * quant_leader from the unit's ratio r and the cluster's best ratio R*: r ≤ 1 ⇒ ½·max·r; r ≥ R* ⇒ max; else
 * ½·max + ½·max·(r−1)/(R*−1). An unusable target/actual has ratio 0, so it earns 0 as in core.
 */
export function quantLeaderPoints(max: number, ratio: string, best: string): string {
  const half = formulaNumber((max > 0 ? max : 0) * 0.5);
  const m = ceiling(max);
  return `IF(${ratio}<=1,${half}*${ratio},IF(${best}<=${ratio},${m},${half}+${half}*(${ratio}-1)/(${best}-1)))`;
}

/** per_unit: min(count × points each, max); a blank, text or negative count earns 0. */
export function perUnitPoints(max: number, pointsEach: number, count: string): string {
  if (!(pointsEach > 0)) return "0";
  return `MIN(${ceiling(max)},MAX(0,N(${count}))*${formulaNumber(pointsEach)})`;
}

/** A content group: its parts' points added in order, capped at the group's max. */
export function cappedGroup(max: number, parts: readonly string[]): string {
  return `MIN(${ceiling(max)},${sumTerms(parts)})`;
}

/** Bonus total: positive lines added, capped at the template's bonus cap (0 = no bonus). */
export function bonusTotal(bonusCap: number, lines: readonly string[]): string {
  const cap = Number.isFinite(bonusCap) && bonusCap > 0 ? bonusCap : 0;
  return `MIN(${formulaNumber(cap)},${sumTerms(lines)})`;
}
