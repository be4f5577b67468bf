// Mean of peer totals, dropping the k highest and k lowest when enough raters scored (domain.md "Layers").

export interface TrimmedMean {
  /** NaN when there are no values. */
  mean: number;
  /** Values the mean is taken over. */
  used: number;
  /** Values dropped (2k when trimmed, else 0). */
  dropped: number;
}

/** Drops k from each side only when values.length ≥ minRaters and values.length > 2k. */
export function trimmedMean(values: readonly number[], dropEachSide: number, minRaters: number): TrimmedMean {
  const n = values.length;
  if (n === 0) return { mean: NaN, used: 0, dropped: 0 };
  const k = Number.isFinite(dropEachSide) && dropEachSide > 0 ? Math.floor(dropEachSide) : 0;
  const trim = k > 0 && n >= minRaters && n > 2 * k;
  const kept = trim ? [...values].sort((a, b) => a - b).slice(k, n - k) : values;
  let sum = 0;
  let low = Infinity;
  let high = -Infinity;
  for (const v of kept) {
    sum += v;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  // Rounding can push sum/n a hair outside [low, high] (3 × 0.1 / 3 > 0.1); equal totals must average to themselves.
  const mean = Math.min(Math.max(sum / kept.length, low), high);
  return { mean, used: kept.length, dropped: n - kept.length };
}
