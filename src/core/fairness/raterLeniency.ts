// Rater leniency and consistency in cross mode (chấm chéo): does a rater score its peers systematically above or below
// what the other raters give the same units, and does it order them the way the others do?

import type { Finding } from "../findings/findingTypes";
import { fairnessMessages } from "../messages/fairnessMessages";
import { render } from "../messages/messageTypes";
import { unitLabel } from "../ranking/unitLabel";
import type { Settings } from "../settings/settingsTypes";
import type { ClusterPeerMatrix } from "./clusterPeerMatrix";
import { leaveOneOutConsensus } from "./leaveOneOutConsensus";
import { median } from "./median";
import { pearsonCorrelation } from "./pearsonCorrelation";
import { FAIRNESS_RULES } from "./fairnessRules";

/** Scales the MAD to the standard deviation of a normal distribution, so robustZ reads like an ordinary z. */
const MAD_TO_SD = 1.4826;

/** Correlations need this many ratees; with two, any pair of lines correlates ±1. */
const MIN_CORRELATION_RATEES = 3;

/**
 * A rater is inconsistent when its totals correlate negatively with the others' consensus: it orders the units
 * against the others. Zero is the natural line (no relation); a stricter line (0.3) would flag honest raters of
 * clusters whose units are close together, where small differences are mostly noise.
 */
export const INCONSISTENT_BELOW = 0;

export interface RaterLeniency {
  rater: string;
  /** L_r: mean of (rater's total − consensus of the others) over the ratees counted; null when none. */
  leniency: number | null;
  /** (L_r − median L) / (1.4826 · MAD); null when the leniency or the robust spread (MAD = 0) is missing. */
  robustZ: number | null;
  /** Pearson correlation of the rater's totals with the others' consensus; null below 3 ratees or zero variance. */
  correlation: number | null;
  /** Ratees the rater scored and at least one other rater scored too. */
  ratees: number;
}

export interface ClusterLeniency {
  cluster: string;
  raters: RaterLeniency[];
  /** Median of the raters' leniencies; null when no rater has one. */
  median: number | null;
  /** Median absolute deviation of the leniencies from their median; null when no rater has one. */
  mad: number | null;
}

/**
 * Per rater r of the cluster: consensus of ratee u without r = mean of the other raters' non-null totals for u;
 * L_r = mean over ratees that r and at least one other rater scored of (T_r,u − consensus). Outlier when
 * |L_r − median L| / (1.4826 · MAD) > outlierZ.
 *
 * MAD = 0 means more than half of the raters sit exactly on the median leniency: the robust spread is zero and
 * every other rater would be infinitely far out. That says the raters agree closely, not that one of them is
 * extreme, so no rater is flagged (robustZ is null) and the leniencies are still reported.
 *
 * A median and a MAD of three or four raters say little: robust outliers are sought only when at least
 * settings.peerTrim.minRaters raters of the cluster have a leniency (the same minimum the peer aggregate trims at);
 * below it robustZ is null and no rater is called lenient or harsh. `sheetOf` names each rater's peer sheet in the
 * findings, when the caller knows it.
 */
export function analyseRaterLeniency(
  matrix: ClusterPeerMatrix,
  settings: Settings,
  sheetOf: (rater: string) => string | null = () => null,
): { leniency: ClusterLeniency; findings: Finding[] } {
  const consensus = leaveOneOutConsensus(matrix);
  const base = matrix.raters.map((rater, r) => {
    const own: number[] = [];
    const others: number[] = [];
    matrix.totals[r].forEach((total, u) => {
      const c = consensus[r][u];
      if (total === null || c === null) return;
      own.push(total);
      others.push(c);
    });
    let sum = 0;
    for (let i = 0; i < own.length; i++) sum += own[i] - others[i];
    return {
      rater: rater.code,
      leniency: own.length > 0 ? sum / own.length : null,
      correlation: own.length >= MIN_CORRELATION_RATEES ? pearsonCorrelation(own, others) : null,
      ratees: own.length,
    };
  });
  const values = base.map((b) => b.leniency).filter((l): l is number => l !== null);
  const centre = values.length > 0 ? median(values) : null;
  let mad = centre === null ? null : median(values.map((l) => Math.abs(l - centre)));
  // Leniencies that are equal on paper can differ by rounding dust, which must not pass for a real spread.
  if (mad !== null && mad <= 1e-9 * Math.max(1, ...values.map(Math.abs))) mad = 0;
  const enough = values.length >= settings.peerTrim.minRaters;
  const raters: RaterLeniency[] = base.map((b) => ({
    ...b,
    robustZ:
      b.leniency === null || centre === null || !mad || !enough ? null : (b.leniency - centre) / (MAD_TO_SD * mad),
  }));

  const limit = settings.fairness.outlierZ;
  const findings: Finding[] = [];
  raters.forEach((entry, r) => {
    const name = unitLabel(matrix.raters[r].unit);
    const sheet = sheetOf(entry.rater) ?? "";
    const location = { area: "peer" as const, rater: entry.rater };
    if (entry.robustZ !== null && entry.leniency !== null && Math.abs(entry.robustZ) > limit) {
      const lenient = entry.robustZ > 0;
      findings.push({
        rule: lenient ? FAIRNESS_RULES.raterLenient : FAIRNESS_RULES.raterHarsh,
        severity: "warning",
        location,
        message: render(lenient ? fairnessMessages.raterLenient : fairnessMessages.raterHarsh, {
          rater: name,
          sheet,
          leniency: Math.abs(entry.leniency),
          ratees: entry.ratees,
          z: Math.abs(entry.robustZ),
          limit,
        }),
        data: {
          leniency: entry.leniency,
          robustZ: entry.robustZ,
          ratees: entry.ratees,
          median: centre,
          mad,
          limit,
        },
      });
    }
    if (entry.correlation !== null && entry.correlation < INCONSISTENT_BELOW) {
      findings.push({
        rule: FAIRNESS_RULES.raterInconsistent,
        severity: "warning",
        location,
        message: render(fairnessMessages.raterInconsistent, {
          rater: name,
          sheet,
          correlation: entry.correlation,
          ratees: entry.ratees,
        }),
        data: { correlation: entry.correlation, ratees: entry.ratees },
      });
    }
  });
  return { leniency: { cluster: matrix.cluster, raters, median: centre, mad }, findings };
}
