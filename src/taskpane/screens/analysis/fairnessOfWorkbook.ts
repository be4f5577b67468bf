// The fairness report of the open workbook, read-only: validate, rank in memory and analyse with the core, the same
// measures a ranking run writes to the Phân tích sheet, without writing anything.
import type { FairnessReport } from "../../../core/fairness/analyseFairness";
import { analyseInputFairness } from "../../../core/fairness/analyseInputFairness";
import { parseHistory } from "../../../core/fairness/rotation";
import type { RankingResult } from "../../../core/model/scoringTypes";
import { computeResults } from "../../../core/ranking/computeResults";
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
  // The history sheet too, so rotation reads as it does in a ranking run; and each rater's sheet, so that a finding
  // about a lenient rater names the sheet to look at, as the Phân tích sheet does.
  const history = validation.parsed.history ? parseHistory(validation.parsed.history).rows : null;
  const raterSheets = Object.fromEntries((validation.parsed.layout?.peers ?? []).map((p) => [p.rater, p.sheet]));
  return { result, report: analyseInputFairness(input, result, history, raterSheets) };
}
