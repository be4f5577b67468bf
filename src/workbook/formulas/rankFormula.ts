// Competition rank inside the cluster as COUNTIFS over rounded key columns, equal to core's rankCluster.ts:
// 1 + #members better on the total + #members equal on the total and better on key 1 + … (every key "higher is
// better": deductions enter as the rounded deduction total, which is ≤ 0, so higher means fewer).

/** A helper column: its absolute range over all units, and this unit's cell in it. */
export interface KeyColumn {
  range: string;
  own: string;
}

/**
 * `cluster` holds cluster indexes (numbers, so labels compare exactly and never as wildcards); `keys` are the
 * rounded final total then each tie-break key in chain order.
 */
export function rankFormula(cluster: KeyColumn, keys: readonly KeyColumn[]): string {
  const terms = keys.map((key, level) => {
    const equal = keys.slice(0, level).map((k) => `,${k.range},${k.own}`);
    return `COUNTIFS(${cluster.range},${cluster.own}${equal.join("")},${key.range},">"&${key.own})`;
  });
  return ["1", ...terms].join("+");
}
