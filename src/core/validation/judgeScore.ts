// Whether a number is an acceptable entry on a criterion row (domain.md "Criteria tree"), and the nearest fix.
// Called for every numeric score cell: plain comparisons, no allocation.

import { roundTo } from "../model/roundTo";

/** How a row takes its number: a manual score, a bonus or deduction line, or a review override of computed points. */
export type ScoreMode = "manual" | "bonus" | "deduction" | "override";

export type ScoreVerdict =
  | "ok"
  /** manual / override outside 0..max */
  | "out-of-range"
  | "off-step"
  | "bonus-negative"
  /** a bonus line above its own max (max > 0) */
  | "bonus-above-line"
  /** a deduction larger in magnitude than its max (max > 0) */
  | "deduction-below-max"
  | "positive-deduction";

/** Float noise allowance for range and step checks (8.25 stored as 8.250000000000002 is on the grid). */
export const SCORE_TOLERANCE = 1e-9;

export function judgeScore(mode: ScoreMode, value: number, max: number, step: number): ScoreVerdict {
  switch (mode) {
    case "manual": {
      if (value < 0 || value > max + SCORE_TOLERANCE) return "out-of-range";
      if (!(step > 0)) return "ok";
      const q = value / step;
      return Math.abs(q - Math.round(q)) * step > SCORE_TOLERANCE ? "off-step" : "ok";
    }
    case "override":
      return value < 0 || value > max + SCORE_TOLERANCE ? "out-of-range" : "ok";
    case "bonus":
      if (value < 0) return "bonus-negative";
      return max > 0 && value > max + SCORE_TOLERANCE ? "bonus-above-line" : "ok";
    case "deduction":
      if (value > 0) return "positive-deduction";
      return max > 0 && value < -max - SCORE_TOLERANCE ? "deduction-below-max" : "ok";
  }
}

/** The grid point nearest to value inside 0..max (for an off-step manual score). */
export function nearestStep(value: number, max: number, step: number): number {
  const top = Math.floor(max / step + SCORE_TOLERANCE) * step;
  const near = Math.round(value / step) * step;
  // 9 decimals removes binary noise (0.1 × 3 = 0.30000000000000004) without moving any real step.
  return roundTo(Math.min(Math.max(near, 0), top), 9);
}

/** The negative of a positive deduction, when that lands inside the line's limit; null otherwise. */
export function negatedDeduction(value: number, max: number): number | null {
  return max > 0 && value > max + SCORE_TOLERANCE ? null : -value;
}
