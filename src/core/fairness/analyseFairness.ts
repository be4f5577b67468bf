// The fairness analysis (Phân tích) of a ranking: every measure of domain.md "Fairness analysis", per cluster, with
// the numbers behind each and the findings they raise.

import type { Finding } from "../findings/findingTypes";
import type { RankingResult, ScoringInput } from "../model/scoringTypes";
import type { PeerTotals } from "../scoring/peerTotals";
import { clusterPeerMatrices, type ClusterPeerMatrix } from "./clusterPeerMatrix";
import { analyseAgreement, type Agreement } from "./kendallW";
import { analyseRaterLeniency, type ClusterLeniency } from "./raterLeniency";
import { checkReciprocity, type ReciprocalPair } from "./reciprocity";
import { checkRotation, type HistoryRow } from "./rotation";
import { checkSelfInflation, type SelfInflation } from "./selfInflation";
import { assessStability, type ClusterStability } from "./stability";
import { zScoreSensitivity, type ZScoreView } from "./zScoreSensitivity";

export interface ClusterFairness {
  cluster: string;
  /** Every member's self − final, with the criteria over their threshold. */
  selfInflation: SelfInflation[];
  /** Cross mode only (null otherwise): rater leniency, robust z and leave-one-out correlation. */
  leniency: ClusterLeniency | null;
  /** Cross mode only: Kendall's W, or why it was refused. */
  agreement: Agreement | null;
  /** Cross mode only: pairs that score each other above the consensus. */
  reciprocity: ReciprocalPair[] | null;
  /** Cross mode only: the z-score sensitivity view, or why it was refused. */
  zScore: ZScoreView | null;
  /** null when no ranking function was given; else whether rank 1 could change while cells are blank. */
  stability: ClusterStability | null;
}

export interface FairnessReport {
  clusters: ClusterFairness[];
  /** Grouped by cluster (self-inflation, leniency, agreement, reciprocity, stability), then rotation. */
  findings: Finding[];
}

export interface FairnessOptions {
  /** Parsed history sheet: enables the rotation check. */
  history?: HistoryRow[];
  /** The ranking run itself: enables the stability check (it re-ranks with blanks filled). */
  rank?: (input: ScoringInput) => RankingResult;
  /** Each rater's peer sheet by unit code (the workbook's "CC <code>"), so that rater findings name it. */
  raterSheets?: Readonly<Record<string, string>>;
}

/** Runs every measure; peer measures need cross mode (peerTotals), rotation needs history, stability needs `rank`. */
export function analyseFairness(
  input: ScoringInput,
  result: RankingResult,
  peerTotals: PeerTotals | null,
  options: FairnessOptions = {},
): FairnessReport {
  const { settings, flat } = input;
  const order = clusterOrder(input, result);
  const self = checkSelfInflation(result, flat, settings);
  const matrices = new Map<string, ClusterPeerMatrix>(
    peerTotals ? clusterPeerMatrices(input.units, peerTotals).map((m) => [m.cluster, m]) : [],
  );
  const stability = options.rank ? assessStability(input, options.rank, result) : null;

  const clusters: ClusterFairness[] = [];
  const findings: Finding[] = [];
  for (const cluster of order) {
    const members = result.units.filter((u) => u.unit.cluster === cluster);
    findings.push(...self.findings.filter((f) => f.data?.cluster === cluster));
    const entry: ClusterFairness = {
      cluster,
      selfInflation: self.units.filter((s) => s.cluster === cluster),
      leniency: null,
      agreement: null,
      reciprocity: null,
      zScore: null,
      stability: null,
    };
    const matrix = matrices.get(cluster);
    if (peerTotals && matrix) {
      const leniency = analyseRaterLeniency(matrix, settings, (rater) => options.raterSheets?.[rater] ?? null);
      const agreement = analyseAgreement(matrix, settings);
      const reciprocity = checkReciprocity(matrix, flat.contentMax, settings);
      entry.leniency = leniency.leniency;
      entry.agreement = agreement.agreement;
      entry.reciprocity = reciprocity.pairs;
      entry.zScore = zScoreSensitivity(matrix, result, settings);
      findings.push(...leniency.findings, agreement.finding, ...reciprocity.findings);
    }
    if (stability) {
      const assessed = stability.clusters.find((c) => c.cluster === cluster);
      const rankOne = members.filter((u) => u.rank === 1).map((u) => u.unit.code);
      entry.stability = assessed ?? {
        cluster,
        missing: 0,
        current: rankOne,
        ifZero: rankOne,
        ifMax: rankOne,
        final: true,
      };
      findings.push(...stability.findings.filter((f) => f.data?.cluster === cluster));
    }
    clusters.push(entry);
  }
  if (options.history) findings.push(...checkRotation(options.history, input.units, settings));
  return { clusters, findings };
}

/** The ranking's cluster order, then any cluster label of the units it does not list. */
function clusterOrder(input: ScoringInput, result: RankingResult): string[] {
  const order = result.clusters.map((c) => c.cluster);
  const seen = new Set(order);
  for (const unit of input.units) {
    if (seen.has(unit.cluster)) continue;
    seen.add(unit.cluster);
    order.push(unit.cluster);
  }
  return order;
}
