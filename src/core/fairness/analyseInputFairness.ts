// Fairness of a ranked input: scores every rater's peer totals (cross mode) and runs the whole analysis, so that a
// ranking run and a read-only view of the same workbook report the same measures.

import type { RankingResult, ScoringInput } from "../model/scoringTypes";
import { computeResults } from "../ranking/computeResults";
import { computeLeaderRatios } from "../scoring/leaderRatios";
import { scorePeerTotals } from "../scoring/peerTotals";
import { analyseFairness, type FairnessReport } from "./analyseFairness";
import type { HistoryRow } from "./rotation";

export function analyseInputFairness(
  input: ScoringInput,
  result: RankingResult,
  history: readonly HistoryRow[] | null,
  raterSheets?: Readonly<Record<string, string>>,
): FairnessReport {
  const peerTotals =
    input.peers && input.peers.length > 0
      ? scorePeerTotals(
          input.flat,
          input.units,
          input.peers,
          input.data,
          computeLeaderRatios(input.flat, input.data, input.units),
        )
      : null;
  return analyseFairness(input, result, peerTotals, {
    ...(history ? { history: [...history] } : {}),
    rank: computeResults,
    ...(raterSheets ? { raterSheets } : {}),
  });
}
