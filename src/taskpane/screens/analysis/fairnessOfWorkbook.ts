// The fairness report of the open workbook, read-only: validate, rank in memory and analyse with the core, the same
// measures a ranking run writes to the Phân tích sheet, without writing anything.
import { analyseFairness, type FairnessReport } from "../../../core/fairness/analyseFairness";
import type { RankingResult } from "../../../core/model/scoringTypes";
import { computeResults } from "../../../core/ranking/computeResults";
import { computeLeaderRatios } from "../../../core/scoring/leaderRatios";
import { scorePeerTotals } from "../../../core/scoring/peerTotals";
import type { Host } from "../../../workbook/host/hostTypes";
import { validateWorkbook } from "../../../workbook/operations/validateWorkbook";

export interface WorkbookFairness {
  result: RankingResult;
  report: FairnessReport;
}

/** null when the entries have errors (nothing can be ranked, so nothing can be compared). */
export async function fairnessOfWorkbook(host: Host): Promise<WorkbookFairness | null> {
  const validation = await validateWorkbook(host);
  const { input } = validation;
  if (!input || validation.findings.some((f) => f.severity === "error")) return null;
  const result = computeResults(input);
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
  return { result, report: analyseFairness(input, result, peerTotals, { rank: computeResults }) };
}
