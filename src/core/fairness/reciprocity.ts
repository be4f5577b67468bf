// Reciprocity (chấm qua lại): two units of a cluster that each score the other well above what the other raters give.

import type { Finding } from "../findings/findingTypes";
import { fairnessMessages } from "../messages/fairnessMessages";
import { render } from "../messages/messageTypes";
import { roundTo } from "../model/roundTo";
import { unitLabel } from "../ranking/unitLabel";
import type { Settings } from "../settings/settingsTypes";
import type { ClusterPeerMatrix } from "./clusterPeerMatrix";
import { leaveOneOutConsensus } from "./leaveOneOutConsensus";
import { FAIRNESS_RULES } from "./fairnessRules";

export interface ReciprocalPair {
  a: string;
  b: string;
  /** T_a,b: a's total for b. */
  ab: number;
  /** T_a,b − consensus of b without a. */
  abExcess: number;
  ba: number;
  baExcess: number;
}

/**
 * Pairs a, b (raters of the same cluster, each a ratee of the other) where T_a,b − consensus_b without a and
 * T_b,a − consensus_a without b both exceed reciprocityShare × contentMax. Compared after rounding to rankDecimals.
 * A one-sided favour is not reciprocity: leniency analysis covers it.
 */
export function checkReciprocity(
  matrix: ClusterPeerMatrix,
  contentMax: number,
  settings: Settings,
): { pairs: ReciprocalPair[]; findings: Finding[] } {
  const share = settings.fairness.reciprocityShare;
  const threshold = share * contentMax;
  const limit = roundTo(threshold, settings.rankDecimals);
  const consensus = leaveOneOutConsensus(matrix);
  const excess = (rater: number, ratee: number): { total: number; excess: number } | null => {
    const total = matrix.totals[rater][ratee];
    const c = consensus[rater][ratee];
    return total === null || c === null ? null : { total, excess: total - c };
  };
  const pairs: ReciprocalPair[] = [];
  const findings: Finding[] = [];
  const { raters } = matrix;
  for (let a = 0; a < raters.length; a++) {
    for (let b = a + 1; b < raters.length; b++) {
      if (raters[a].code === raters[b].code) continue;
      const ab = excess(a, raters[b].self);
      const ba = excess(b, raters[a].self);
      if (!ab || !ba) continue;
      if (!(roundTo(ab.excess, settings.rankDecimals) > limit && roundTo(ba.excess, settings.rankDecimals) > limit))
        continue;
      const pair: ReciprocalPair = {
        a: raters[a].code,
        b: raters[b].code,
        ab: ab.total,
        abExcess: ab.excess,
        ba: ba.total,
        baExcess: ba.excess,
      };
      pairs.push(pair);
      findings.push({
        rule: FAIRNESS_RULES.reciprocity,
        severity: "warning",
        location: { area: "peer", rater: pair.a, unit: pair.b },
        message: render(fairnessMessages.reciprocity, {
          a: unitLabel(raters[a].unit),
          b: unitLabel(raters[b].unit),
          ab: pair.ab,
          abExcess: pair.abExcess,
          ba: pair.ba,
          baExcess: pair.baExcess,
          threshold,
          share,
          contentMax,
        }),
        data: { ...pair, threshold },
      });
    }
  }
  return { pairs, findings };
}
