// Pearson's correlation of two paired lists: rater consistency, and Spearman's ρ when applied to mid-ranks.

/** null when fewer than two pairs or when either list has zero variance (the correlation is undefined). */
export function pearsonCorrelation(xs: readonly number[], ys: readonly number[]): number | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return null;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += xs[i];
    meanY += ys[i];
  }
  meanX /= n;
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - meanX;
    const dy = ys[i] - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Equal values can leave rounding dust in the sums of squares; relative to the values' size that is zero variance.
  const scale = Math.max(1, Math.abs(meanX), Math.abs(meanY));
  const tiny = n * (scale * 1e-12) ** 2;
  if (!(sxx > tiny) || !(syy > tiny)) return null;
  const r = sxy / Math.sqrt(sxx * syy);
  // |r| ≤ 1 in exact arithmetic; floating error may overshoot by an ulp.
  return Math.max(-1, Math.min(1, r));
}
