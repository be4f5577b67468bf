// Rounding used for ranking and tie comparison, identical to Excel's ROUND (half away from zero).

/** Rounds half away from zero to `decimals` places, as Excel's ROUND does; stable for values like 1.005. */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // Nudge by a relative epsilon so that binary representation error (1.005 * 100 = 100.49999…) rounds like Excel.
  const rounded = Math.round(scaled * (1 + 2 * Number.EPSILON)) / factor;
  return value < 0 ? -rounded : rounded;
}
