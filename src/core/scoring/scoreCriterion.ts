// Points of one leaf criterion by kind (domain.md "Criteria tree"). Every function is total: input that validation
// reports as an error (blank, out of range, bad target/actual) scores 0 here, never NaN, never a throw.

import type { Direction } from "../template/templateTypes";

/** A usable max: NaN or negative maxes (a broken template) give 0 rather than spreading NaN into totals. */
function ceiling(max: number): number {
  return max > 0 ? max : 0;
}

/** Target > 0 and actual ≥ 0, both finite: the only pairs a quant criterion can score. */
function validQuant(target: number | null, actual: number | null): boolean {
  return (
    target !== null &&
    actual !== null &&
    Number.isFinite(target) &&
    Number.isFinite(actual) &&
    target > 0 &&
    actual >= 0
  );
}

/** A manual score clamped to [0, max]; blank (null, NaN, ±Infinity) scores 0. */
export function scoreManual(max: number, value: number | null): number {
  if (value === null || !Number.isFinite(value) || value <= 0) return 0;
  return value < max ? value : ceiling(max);
}

/** Đạt (1) earns max; Không đạt (0), blank or anything else earns 0. */
export function scoreQual(max: number, value: number | null): number {
  return value === 1 ? ceiling(max) : 0;
}

/** ↑: max·min(actual/target, 1); ↓: max·min(target/actual, 1), and an actual of 0 earns max. */
export function scoreQuantProp(
  max: number,
  target: number | null,
  actual: number | null,
  direction: Direction,
): number {
  if (!validQuant(target, actual)) return 0;
  const m = ceiling(max);
  const t = target as number;
  const a = actual as number;
  if (direction === "down") return a <= t ? m : m * (t / a);
  return a >= t ? m : m * (a / t);
}

/**
 * Relative to the cluster's best ratio R*: r < 1 ⇒ 0.5·max·r; r = 1 ⇒ 0.5·max; r > 1 ⇒ 0.5·max + 0.5·max·(r−1)/(R*−1).
 * A unit at or above R* (including R* unknown or ≤ 1, where the formula would divide by zero) is the leader: max.
 */
export function scoreQuantLeader(max: number, target: number | null, actual: number | null, bestRatio: number): number {
  if (!validQuant(target, actual)) return 0;
  const m = ceiling(max);
  const r = (actual as number) / (target as number);
  if (r <= 1) return 0.5 * m * r;
  if (!(bestRatio > r)) return m;
  return 0.5 * m + (0.5 * m * (r - 1)) / (bestRatio - 1);
}

/** min(count × pointsEach, max); a blank, negative or non-finite count earns 0. */
export function scorePerUnit(max: number, pointsEach: number, count: number | null): number {
  if (count === null || !Number.isFinite(count) || count <= 0) return 0;
  if (!Number.isFinite(pointsEach) || pointsEach <= 0) return 0;
  const m = ceiling(max);
  const points = count * pointsEach;
  return points < m ? points : m;
}
