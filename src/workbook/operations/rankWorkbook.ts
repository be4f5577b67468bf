// Ranks the open workbook: outline, read, then one apply writing the result values, the fairness table, the input
// hash and a log entry (the office host's budget is 3 syncs). Refuses to write while the entries have errors. A
// ranking of the same inputs as the last logged one is not logged again, so a retried run leaves no duplicate row.

import { analyseInputFairness } from "../../core/fairness/analyseInputFairness";
import { parseHistory } from "../../core/fairness/rotation";
import type { Finding } from "../../core/findings/findingTypes";
import { render } from "../../core/messages/messageTypes";
import type { RankingResult } from "../../core/model/scoringTypes";
import { computeResults } from "../../core/ranking/computeResults";
import { unitLabel } from "../../core/ranking/unitLabel";
import type { Host, ProgressFn } from "../host/hostTypes";
import { parseRange } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import { FIRST_CHAIN } from "../log/logChain";
import { logMessages } from "../messages/logMessages";
import { subjectOf } from "../messages/personLabelMessages";
import { WORKBOOK_RULES, workbookFindingMessages as W } from "../messages/workbookFindingMessages";
import { logTime } from "../log/logTime";
import { logEntryBlock } from "../plan/logEntry";
import type { WorkbookPlan } from "../plan/planTypes";
import { parseWorkbook } from "../read/parseWorkbook";
import { planResults } from "../results/planResults";
import { readForSnapshot, undoablePlan } from "../undo/operationSnapshot";
import { locateAll, type LocatedFinding } from "./locatedFinding";
import { validateParsed } from "./validateWorkbook";

/** The names of the sheets a ranking writes (besides the log's new row). */
const RANK_WRITES = [DEFINED_NAMES.result, DEFINED_NAMES.analysis, DEFINED_NAMES.meta];

export interface RankOptions {
  /** ISO time for the log entry. */
  now: string;
  fileName?: string;
  progress?: ProgressFn;
}

export interface WorkbookRanking {
  /** null when the workbook could not be ranked (damaged, or entries with errors). */
  result: RankingResult | null;
  /** Validation findings, then ranking and fairness findings, each with its cell. */
  findings: LocatedFinding[];
  /** The plan applied, null when nothing was written. */
  plan: WorkbookPlan | null;
}

export async function rankWorkbook(host: Host, options: RankOptions): Promise<WorkbookRanking> {
  // The batch also covers what the snapshot for undo needs: the result, analysis and metadata sheets around their names.
  const { outline, reads } = await readForSnapshot(host, RANK_WRITES);
  const parsed = parseWorkbook(reads, outline);
  const validation = validateParsed(parsed);
  const { input, meta, hash } = validation;
  const layout = parsed.layout;
  const errors = validation.findings.filter((f) => f.severity === "error").length;
  if (!input || !meta || !layout || hash === null || errors > 0) {
    const refusal: Finding = {
      rule: WORKBOOK_RULES.rankRefused,
      severity: "error",
      location: {},
      message: render(W.rankRefused, { errors: Math.max(errors, 1) }),
    };
    return { result: null, findings: [...validation.findings, ...locateAll([refusal], layout)], plan: null };
  }

  const result = computeResults(input);
  const history = parsed.history ? parseHistory(parsed.history) : null;
  const raterSheets = Object.fromEntries(layout.peers.map((p) => [p.rater, p.sheet]));
  const fairness = analyseInputFairness(input, result, history ? history.rows : null, raterSheets);
  const analysisInfo = outline.names.find((n) => n.name.toUpperCase() === DEFINED_NAMES.analysis.toUpperCase());
  const plan = planResults(result, {
    layout,
    meta,
    inputHash: hash,
    fairness: fairness.findings,
    previous: { analysis: analysisInfo?.range ? parseRange(analysisInfo.range) : null, metaCells: parsed.metaCells },
  });

  const findings: Finding[] = [...result.findings, ...(history?.findings ?? []), ...fairness.findings];
  // The last entry already records a ranking of these very inputs (a retry after Excel lost its answer, or ranking
  // twice): the results are rewritten, the log gets no duplicate.
  const action = logMessages.rank[meta.lang]();
  const last = parsed.log?.rows[parsed.log.rows.length - 1];
  const logged =
    last !== undefined && last.action === action && last.hash === hash && last.file === (options.fileName ?? "");
  const leaders = result.units.filter((u) => u.rank === 1).map((u) => unitLabel(u.unit));
  const summary = logMessages.rankSummary[meta.lang]({
    units: result.units.length,
    findings: validation.findings.length + findings.filter((f) => f.severity !== "info").length,
    leaders: leaders.join(", "),
    who: subjectOf(layout.flat),
  });
  if (parsed.logTable && !logged) {
    const entry = logEntryBlock(
      layout.log.sheet,
      parsed.logTable,
      {
        time: logTime(options.now, meta.settings),
        action,
        file: options.fileName ?? "",
        hash,
        summary,
      },
      parsed.log?.lastChain ?? FIRST_CHAIN,
    );
    plan.sheets.push({ key: "log", name: layout.log.sheet, create: false, blocks: [entry.block] });
    plan.names.push(entry.name);
    plan.touches = [...(plan.touches ?? []), layout.log.sheet];
  }
  const header = { operation: "rank" as const, time: options.now, summary };
  await host.apply(await undoablePlan(host, plan, { outline, reads, parsed }, header), options.progress);
  return { result, findings: [...validation.findings, ...locateAll(findings, layout)], plan };
}
