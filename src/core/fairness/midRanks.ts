// Ranks with ties sharing the mean of the places they occupy (mid-ranks), as Kendall's W and Spearman's ρ require.

/** Ascending mid-ranks (smallest value gets 1); equal values share the average of their places. */
export function midRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]] === values[order[start]]) end++;
    // Places start+1 … end+1 (1-based) share their mean.
    const shared = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]] = shared;
    start = end + 1;
  }
  return ranks;
}

/** Σ over tie groups of (t³ − t): Kendall's tie correction for one rater's ranking. */
export function tieCorrection(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let sum = 0;
  for (const t of counts.values()) sum += t * t * t - t;
  return sum;
}
