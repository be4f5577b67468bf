// Makes the year-end meeting's ballots: per cluster a plan for a workbook of its own (one ballot per member, one per
// page, PDF-ready), listing the candidates and nominees of the vote table as it stands. The master only gains a log
// row (nothing of it changes, so the last undo snapshot stays). One outline, one read, one write.

import type { RuleId } from "../../core/findings/ruleId";
import { contentHash } from "../../core/integrity/contentHash";
import { render } from "../../core/messages/messageTypes";
import type { Award } from "../../core/model/gradeTypes";
import type { Unit } from "../../core/model/unitTypes";
import { computeResults } from "../../core/ranking/computeResults";
import { clusterStandings } from "../../core/voting/clusterStanding";
import type { BallotPaper } from "../../core/settings/settingsTypes";
import { safeFileNamePart } from "../forms/formFileName";
import type { Host, ProgressFn } from "../host/hostTypes";
import { ballotMessages as B } from "../messages/ballotMessages";
import { MEETING_RULES, meetingMessages as M } from "../messages/meetingMessages";
import { ballotWorkbookPlan } from "../meeting/ballotPlan";
import { appendLog } from "../meeting/meetingLog";
import { MEETING_PLAN_STYLES } from "../meeting/meetingSheets";
import { openMeetingWorkbook } from "../meeting/meetingWorkbook";
import type { WorkbookPlan } from "../plan/planTypes";
import type { LocatedFinding } from "./locatedFinding";

export interface BallotOptionsInput {
  /** ISO time for the log entry. */
  now: string;
  fileName?: string;
  /** The paper; the setting voting.ballotPaper when absent. */
  paper?: BallotPaper;
  progress?: ProgressFn;
}

export interface BallotWorkbook {
  cluster: string;
  /** "Phiếu bầu - Cụm 1 - 2026.xlsx" */
  fileName: string;
  /** Ballots in it: the cluster's members. */
  copies: number;
  plan: WorkbookPlan;
}

export interface MadeBallots {
  ballots: BallotWorkbook[];
  findings: LocatedFinding[];
  /** The master's log row, null when nothing was written. */
  plan: WorkbookPlan | null;
}

const refused = (rule: RuleId, message: LocatedFinding["message"]): MadeBallots => ({
  ballots: [],
  findings: [{ rule, severity: "error", location: {}, message, sheet: null, cell: null }],
  plan: null,
});

export async function makeBallots(host: Host, options: BallotOptionsInput): Promise<MadeBallots> {
  const opened = await openMeetingWorkbook(host, []);
  if (!opened.ok) return { ballots: [], findings: opened.findings, plan: null };
  const wb = opened.workbook;
  const { meta, ctx, meeting } = wb;
  const lang = meta.lang;
  if (!meeting.votes || !meeting.stamp) return refused(MEETING_RULES.notPrepared, render(M.notPrepared, {}));
  if ((meeting.stamp.prepared ?? "").toLowerCase() !== wb.hash.toLowerCase()) {
    return refused(MEETING_RULES.candidatesStale, render(M.candidatesStale, {}));
  }
  const paper = options.paper ?? meta.settings.voting.ballotPaper;
  const standings = clusterStandings(computeResults(wb.input), meta.settings.awards);
  const ballots: BallotWorkbook[] = standings.map((standing, i) => {
    options.progress?.({ fraction: i / standings.length, step: render(M.logBallots, {}) });
    const units = new Map(standing.units.map((u) => [u.unit.code, u.unit]));
    const rows = meeting.votes!.rows.filter((r) => r.cluster === standing.cluster && units.has(r.unit));
    const listed = (matter: Award | "leader" | "deputy"): Unit[] => {
      const codes = rows.filter((r) => r.matter === matter).map((r) => r.unit);
      return [...new Set(codes)].map((code) => units.get(code)!);
    };
    const candidates = { "co-thi-dua": listed("co-thi-dua"), "bang-khen": listed("bang-khen") };
    const organText = meeting.particulars?.byCluster.get(standing.cluster)?.organ;
    const organ = (organText ? String(organText) : standing.cluster).normalize("NFC").trim().toLocaleUpperCase("vi");
    const plan = ballotWorkbookPlan(
      {
        cluster: standing.cluster,
        organ,
        periodTitle: ctx.periodTitle,
        year: ctx.year,
        candidates,
        nominees: { leader: listed("leader"), deputy: listed("deputy") },
        copies: standing.members,
      },
      { settings: meta.settings, lang, body: ctx.body, paper },
    );
    const parts = [B.fileWord[lang](), standing.cluster, meta.period].map(safeFileNamePart).filter((p) => p !== "");
    return { cluster: standing.cluster, fileName: `${parts.join(" - ")}.xlsx`, copies: standing.members, plan };
  });

  const copies = ballots.reduce((n, b) => n + b.copies, 0);
  const plan: WorkbookPlan = { styles: MEETING_PLAN_STYLES, sheets: [], names: [], touches: [] };
  appendLog(plan, wb.parsed, {
    time: options.now,
    action: M.logBallots[lang](),
    file: options.fileName ?? "",
    hash: contentHash({ paper, ballots: ballots.map((b) => b.plan) }),
    summary: M.logBallotsSummary[lang]({
      copies,
      paper,
      clusters: ballots.map((b) => `${b.cluster} (${b.copies})`).join(", "),
    }),
  });
  const written = plan.sheets.length > 0;
  if (written) await host.apply(plan, options.progress);
  return { ballots, findings: wb.warnings, plan: written ? plan : null };
}
