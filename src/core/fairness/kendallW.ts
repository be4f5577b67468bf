// Agreement between peer raters (Kendall's coefficient of concordance W): do the raters order the units alike?
// Low agreement means the ranking from cross-scores is mostly noise.

import type { Finding } from "../findings/findingTypes";
import { fairnessMessages, type AgreementLabel } from "../messages/fairnessMessages";
import type { Bilingual } from "../messages/messageTypes";
import { roundTo } from "../model/roundTo";
import { clusterLabel } from "../ranking/unitLabel";
import type { Settings } from "../settings/settingsTypes";
import type { ClusterPeerMatrix } from "./clusterPeerMatrix";
import { midRanks, tieCorrection } from "./midRanks";
import { pearsonCorrelation } from "./pearsonCorrelation";
import { FAIRNESS_RULES } from "./fairnessRules";

/** Below this many raters or ratees, W is refused: two rankings or two objects carry no notion of concordance. */
export const MIN_RATERS = 3;
export const MIN_RATEES = 3;
/** A pair of raters is compared only over at least this many common ratees (with two, ρ is always ±1). */
export const MIN_COMMON_RATEES = 3;

export type KendallRefusal = "too-few-raters" | "too-few-ratees" | "too-few-common" | "all-tied";

export type KendallW =
  | {
      status: "computed";
      w: number;
      label: AgreementLabel;
      /** complete: every rater scored every ratee (classic formula); pairwise: mean Spearman form for holes. */
      method: "complete" | "pairwise";
      raters: number;
      ratees: number;
      /** pairwise only: the weighted mean Spearman ρ of the rater pairs. */
      meanSpearman: number | null;
      /** Mean number of raters per ratee (k of the pairwise form; m when complete). */
      ratersPerRatee: number;
    }
  | { status: "refused"; reason: KendallRefusal; raters: number; ratees: number };

/** weak below 0.3, strong above 0.7, moderate in between (0.3 and 0.7 themselves are moderate). */
export function agreementLabel(w: number): AgreementLabel {
  if (w < 0.3) return "weak";
  if (w > 0.7) return "strong";
  return "moderate";
}

/**
 * Kendall's W of a complete rater × object score matrix, with tie correction:
 * W = 12S / (m²(n³ − n) − m·T), S = Σ_i (R_i − m(n + 1)/2)², R_i the sum of object i's mid-ranks,
 * T = Σ over raters Σ over tie groups (t³ − t). NaN when every rater tied every object (0/0).
 */
export function kendallWComplete(scores: readonly (readonly number[])[]): number {
  const m = scores.length;
  const n = m > 0 ? scores[0].length : 0;
  const rankSums = new Array<number>(n).fill(0);
  let ties = 0;
  for (const row of scores) {
    midRanks(row).forEach((rank, i) => (rankSums[i] += rank));
    ties += tieCorrection(row);
  }
  const mean = (m * (n + 1)) / 2;
  let s = 0;
  for (const sum of rankSums) s += (sum - mean) ** 2;
  const denominator = m * m * (n ** 3 - n) - m * ties;
  return denominator > 0 ? (12 * s) / denominator : NaN;
}

/**
 * Kendall's W of a rater × ratee matrix with holes (a rater never peer-scores itself), values rounded to `decimals`
 * first so that totals equal on paper tie.
 *
 * Raters with fewer than 2 scored ratees rank nothing and are dropped. When every remaining rater scored every
 * remaining ratee, the classic tie-corrected formula applies. Otherwise (always, in cross mode) W uses Kendall's
 * relation between W and the mean Spearman ρ of all rater pairs, generalised to incomplete data as in the R package
 * irrNA (Brueckl, after Kendall 1962 and Taylor 1987): W = (1 + ρ̄(k − 1)) / k, where ρ̄ is the mean of the pairwise
 * Spearman ρ over each pair's common ratees weighted by (common − 1), and k is the mean number of raters per ratee.
 * For a complete matrix without ties it equals the classic W exactly. Here a pair needs 3 common ratees (irrNA takes
 * 2), and a pair where one rater gave its common ratees equal totals counts as ρ = 0 (no shared order), as in irrNA.
 * Disagreeing pairs can push the form below 0, which the classic W cannot reach: the result is clamped to [0, 1].
 */
export function kendallW(totals: readonly (readonly (number | null)[])[], decimals: number): KendallW {
  const rounded = totals.map((row) =>
    row.map((t) => (t === null || !Number.isFinite(t) ? null : roundTo(t, decimals))),
  );
  const raters = rounded.filter((row) => row.filter((t) => t !== null).length >= 2);
  const width = Math.max(0, ...raters.map((row) => row.length));
  const columns: number[] = [];
  for (let u = 0; u < width; u++) if (raters.some((row) => row[u] !== null && row[u] !== undefined)) columns.push(u);
  const shape = { raters: raters.length, ratees: columns.length };
  if (raters.length < MIN_RATERS) return { status: "refused", reason: "too-few-raters", ...shape };
  if (columns.length < MIN_RATEES) return { status: "refused", reason: "too-few-ratees", ...shape };
  const scored = raters.map((row) => columns.map((u) => row[u] ?? null));
  if (scored.every((row) => new Set(row.filter((t) => t !== null)).size <= 1)) {
    return { status: "refused", reason: "all-tied", ...shape };
  }
  if (scored.every((row) => row.every((t) => t !== null))) {
    const w = clamp(kendallWComplete(scored as number[][]));
    return {
      status: "computed",
      w,
      label: agreementLabel(w),
      method: "complete",
      ...shape,
      meanSpearman: null,
      ratersPerRatee: raters.length,
    };
  }

  const pairwise = kendallWPairwise(scored);
  if (!pairwise) return { status: "refused", reason: "too-few-common", ...shape };
  const w = clamp(pairwise.w);
  return {
    status: "computed",
    w,
    label: agreementLabel(w),
    method: "pairwise",
    ...shape,
    meanSpearman: pairwise.meanSpearman,
    ratersPerRatee: pairwise.ratersPerRatee,
  };
}

/**
 * The pairwise form W = (1 + ρ̄(k − 1)) / k over a rater × ratee matrix with holes (unclamped; see kendallW).
 * null when no pair of raters shares MIN_COMMON_RATEES ratees.
 */
export function kendallWPairwise(
  scored: readonly (readonly (number | null)[])[],
): { w: number; meanSpearman: number; ratersPerRatee: number } | null {
  let weighted = 0;
  let weights = 0;
  for (let a = 0; a < scored.length; a++) {
    for (let b = a + 1; b < scored.length; b++) {
      const xs: number[] = [];
      const ys: number[] = [];
      scored[a].forEach((x, u) => {
        const y = scored[b][u] ?? null;
        if (x === null || y === null) return;
        xs.push(x);
        ys.push(y);
      });
      if (xs.length < MIN_COMMON_RATEES) continue;
      const rho = pearsonCorrelation(midRanks(xs), midRanks(ys)) ?? 0;
      weighted += (xs.length - 1) * rho;
      weights += xs.length - 1;
    }
  }
  if (weights === 0) return null;
  const meanSpearman = weighted / weights;
  let ratings = 0;
  const rated = new Set<number>();
  for (const row of scored) {
    row.forEach((t, u) => {
      if (t === null) return;
      ratings++;
      rated.add(u);
    });
  }
  const k = ratings / rated.size;
  return { w: (1 + meanSpearman * (k - 1)) / k, meanSpearman, ratersPerRatee: k };
}

function clamp(w: number): number {
  return Number.isFinite(w) ? Math.min(1, Math.max(0, w)) : 0;
}

export interface Agreement {
  cluster: string;
  result: KendallW;
  /** Why W was refused, in words; null when computed. */
  refusal: Bilingual | null;
}

/** W of one cluster's peer totals, with a finding: a warning when agreement is weak, else information. */
export function analyseAgreement(
  matrix: ClusterPeerMatrix,
  settings: Settings,
): { agreement: Agreement; finding: Finding } {
  const result = kendallW(matrix.totals, settings.rankDecimals);
  const name = clusterLabel(matrix.cluster);
  const both = (make: (lang: "vi" | "en") => string): Bilingual => ({ vi: make("vi"), en: make("en") });
  const location = { area: "peer" as const };
  if (result.status === "computed") {
    const params = { w: result.w, label: result.label, raters: result.raters, ratees: result.ratees };
    return {
      agreement: { cluster: matrix.cluster, result, refusal: null },
      finding: {
        rule: result.label === "weak" ? FAIRNESS_RULES.agreementWeak : FAIRNESS_RULES.agreement,
        severity: result.label === "weak" ? "warning" : "info",
        location,
        message: both((lang) => fairnessMessages.agreement[lang]({ cluster: name[lang], ...params })),
        data: {
          cluster: matrix.cluster,
          w: result.w,
          label: result.label,
          method: result.method,
          raters: result.raters,
          ratees: result.ratees,
        },
      },
    };
  }
  const refusal = both((lang) => {
    const cluster = name[lang];
    switch (result.reason) {
      case "too-few-raters":
        return fairnessMessages.agreementTooFewRaters[lang]({ cluster, raters: result.raters });
      case "too-few-ratees":
        return fairnessMessages.agreementTooFewRatees[lang]({ cluster, ratees: result.ratees });
      case "too-few-common":
        return fairnessMessages.agreementTooFewCommon[lang]({ cluster });
      case "all-tied":
        return fairnessMessages.agreementAllTied[lang]({ cluster });
    }
  });
  return {
    agreement: { cluster: matrix.cluster, result, refusal },
    finding: {
      rule: FAIRNESS_RULES.agreementRefused,
      severity: "info",
      location,
      message: refusal,
      data: { cluster: matrix.cluster, reason: result.reason, raters: result.raters, ratees: result.ratees },
    },
  };
}
