// A sensitivity view, never the ranking: what the order inside a cluster would be if each peer rater's totals were
// put on a common scale (z-scores). Refused with too few raters, where z-scores mean little.

import { fairnessMessages } from "../messages/fairnessMessages";
import type { Bilingual } from "../messages/messageTypes";
import { roundTo } from "../model/roundTo";
import type { RankingResult } from "../model/scoringTypes";
import { clusterLabel } from "../ranking/unitLabel";
import type { Settings } from "../settings/settingsTypes";
import type { ClusterPeerMatrix } from "./clusterPeerMatrix";

/** z-scores are compared at this many decimals, so units equal on paper share a place. */
const Z_DECIMALS = 9;

export interface ZScoreUnit {
  unit: string;
  /** Mean of the raters' z-scores for the unit; null when no counted rater scored it. */
  zScore: number | null;
  /** Counted raters that scored the unit. */
  raters: number;
  /** The unit's rank in the ranking. */
  rank: number;
  /** Competition rank by zScore inside the cluster; null without a zScore. */
  zRank: number | null;
  /** zRank − rank: positive means the unit would place lower on z-scores. */
  difference: number | null;
}

export type ZScoreView =
  | { status: "computed"; cluster: string; raters: number; units: ZScoreUnit[] }
  | { status: "refused"; cluster: string; raters: number; minRaters: number; reason: Bilingual };

/**
 * Per rater: z = (T − mean) / sd over the rater's own ratees (population sd: the rater's ratees are all its scores,
 * not a sample). Raters with fewer than 2 ratees, or with equal totals for all of them (sd = 0, no order to
 * standardise), are not counted. Unit score = mean z over the counted raters that scored it; ranked inside the
 * cluster, competition style. Refused below settings.fairness.zScoreMinRaters counted raters.
 */
export function zScoreSensitivity(matrix: ClusterPeerMatrix, result: RankingResult, settings: Settings): ZScoreView {
  const zRows: (number | null)[][] = [];
  for (const row of matrix.totals) {
    const values = row.filter((t): t is number => t !== null);
    if (values.length < 2) continue;
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
    const sd = Math.sqrt(variance);
    // Equal totals can leave rounding dust in the variance; relative to the totals' size that is no spread.
    if (!(sd > 1e-9 * Math.max(1, Math.abs(mean)))) continue;
    zRows.push(row.map((t) => (t === null ? null : (t - mean) / sd)));
  }
  const minRaters = settings.fairness.zScoreMinRaters;
  if (zRows.length < minRaters) {
    const label = clusterLabel(matrix.cluster);
    return {
      status: "refused",
      cluster: matrix.cluster,
      raters: zRows.length,
      minRaters,
      reason: {
        vi: fairnessMessages.zScoreRefused.vi({ cluster: label.vi, raters: zRows.length, min: minRaters }),
        en: fairnessMessages.zScoreRefused.en({ cluster: label.en, raters: zRows.length, min: minRaters }),
      },
    };
  }
  const byIndex = new Map(result.units.map((u) => [u.index, u]));
  const scores = matrix.ratees.map((_, u) => {
    let sum = 0;
    let count = 0;
    for (const row of zRows) {
      const z = row[u];
      if (z === null) continue;
      sum += z;
      count++;
    }
    return { score: count > 0 ? roundTo(sum / count, Z_DECIMALS) : null, count };
  });
  const units: ZScoreUnit[] = matrix.ratees.map((ratee, u) => {
    const { score, count } = scores[u];
    const rank = byIndex.get(ratee.index)?.rank ?? 0;
    const zRank = score === null ? null : 1 + scores.filter((s) => s.score !== null && s.score > score).length;
    return {
      unit: ratee.unit.code,
      zScore: score,
      raters: count,
      rank,
      zRank,
      difference: zRank === null ? null : zRank - rank,
    };
  });
  return { status: "computed", cluster: matrix.cluster, raters: zRows.length, units };
}
