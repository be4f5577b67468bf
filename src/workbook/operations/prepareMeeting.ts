// Prepares the year-end meeting (Lập danh sách bình xét), after a ranking that is not stale: the Bình xét sheet lists
// per cluster the score's candidates (flag, certificates) with live rank, score and grade, a leader and a deputy row,
// spare rows for candidates the meeting adds, and the units left out with their reason; the Cuộc họp sheet takes the
// particulars. Ballots, nominees and reasons entered before are kept. One outline and one read; the first time, one
// write creates the sheets' frames (like an injection, not undone), then one write fills them with the undo
// snapshot and a log row. The budget is thus 3 syncs on the Office host, 4 the first time.

import { contentHash } from "../../core/integrity/contentHash";
import { computeResults } from "../../core/ranking/computeResults";
import { unitLabel } from "../../core/ranking/unitLabel";
import { clusterStandings, type ClusterStanding } from "../../core/voting/clusterStanding";
import type { Host, ProgressFn, WorkbookOutline } from "../host/hostTypes";
import { DEFINED_NAMES } from "../layout/definedNames";
import { SheetNameAllocator } from "../layout/sheetNames";
import { meetingMessages as M } from "../messages/meetingMessages";
import { appendLog } from "../meeting/meetingLog";
import {
  meetingSheetLayout,
  VOTE_COLUMN_COUNT,
  VOTES_ROWS,
  votesSheetLayout,
  type MeetingSheetLayout,
} from "../meeting/meetingLayout";
import {
  MEETING_PLAN_STYLES,
  meetingNames,
  meetingSheetPlan,
  votesContentPlan,
  votesFramePlan,
  votesNames,
} from "../meeting/meetingSheets";
import { locateMeetingFindings, openMeetingWorkbook } from "../meeting/meetingWorkbook";
import { plannedRead } from "../meeting/plannedReads";
import { planVoteRows, type VoteRowPlan } from "../meeting/voteRows";
import { fitPlanRowHeights, fitWrittenRowHeights } from "../plan/fitRowHeights";
import type { SheetPlan, WorkbookPlan } from "../plan/planTypes";
import { undoablePlan } from "../undo/operationSnapshot";
import type { LocatedFinding } from "./locatedFinding";

export interface PrepareMeetingOptions {
  /** ISO time for the log entry. */
  now: string;
  fileName?: string;
  progress?: ProgressFn;
}

export interface PreparedMeeting {
  /** Each cluster's standing (candidates, units left out, cut-offs); null when the workbook was refused. */
  standings: ClusterStanding[] | null;
  /** The vote table's rows as written. */
  rows: VoteRowPlan[];
  /** Why nothing was written, or what the new list kept (rows no longer the score's). */
  findings: LocatedFinding[];
  /** The plan that filled the list (its frame, when written first, is not in it); null when refused. */
  plan: WorkbookPlan | null;
}

/** The written sheets' names that a meeting writes into: their cells are snapshotted for undo. */
export const MEETING_WRITES = [DEFINED_NAMES.votes, DEFINED_NAMES.leftOut, DEFINED_NAMES.voteStamp];

function withCreated(outline: WorkbookOutline, frame: WorkbookPlan): WorkbookOutline {
  const names = outline.names.filter((n) => !frame.names.some((p) => p.name.toUpperCase() === n.name.toUpperCase()));
  return {
    sheets: [...outline.sheets, ...frame.sheets.map((s) => ({ name: s.name, visibility: "visible" as const }))],
    names: [...names, ...frame.names.map((p) => ({ name: p.name, sheet: p.sheet, range: p.range.replace(/\$/g, "") }))],
  };
}

export async function prepareMeeting(host: Host, options: PrepareMeetingOptions): Promise<PreparedMeeting> {
  const opened = await openMeetingWorkbook(host, MEETING_WRITES);
  if (!opened.ok) return { standings: null, rows: [], findings: opened.findings, plan: null };
  const wb = opened.workbook;
  const { ctx, meeting, meta, parsed } = wb;
  const lang = meta.lang;
  options.progress?.({ fraction: 0.3, step: { vi: M.logPrepare.vi(), en: M.logPrepare.en() } });

  const standings = clusterStandings(computeResults(wb.input), meta.settings.awards);
  const planned = planVoteRows(standings, meeting.votes?.rows ?? [], ctx.body);
  const leftOut = standings.reduce((n, s) => n + s.leftOut.length, 0);

  const names = new SheetNameAllocator(wb.outline.sheets.map((s) => s.name));
  const clusters = standings.map((s) => s.cluster);
  const meetingLayout: MeetingSheetLayout =
    meeting.particulars?.layout ?? meetingSheetLayout(names.allocate(M.meetingSheet[lang]()), clusters);
  const offset = meeting.votes ? Math.max(0, meeting.votes.votes.row - VOTES_ROWS.first) : 0;
  const votesLayout = votesSheetLayout(
    meeting.votes?.sheet ?? names.allocate(M.votesSheet[lang]()),
    planned.rows.length,
    leftOut,
    offset,
  );

  // First time: the sheets' frames, in a write of their own (creating a sheet is not undone, like an injection).
  let outline = wb.outline;
  let reads = wb.reads;
  const frame: SheetPlan[] = [];
  const frameNames: WorkbookPlan["names"] = [];
  if (!meeting.particulars) {
    frame.push(meetingSheetPlan(ctx, meetingLayout));
    frameNames.push(...meetingNames(meetingLayout));
  }
  if (!meeting.votes || !meeting.stamp) {
    frame.push(votesFramePlan(ctx, votesLayout));
    frameNames.push(...votesNames(votesLayout));
  }
  if (frame.length > 0) {
    const framePlan = fitPlanRowHeights({ styles: MEETING_PLAN_STYLES, sheets: frame, names: frameNames });
    await host.apply(framePlan);
    outline = withCreated(outline, framePlan);
    const votesFrame = frame.find((s) => s.key === "votes");
    if (votesFrame) {
      const end = votesLayout.leftOut.table.row + votesLayout.leftOut.table.rows + 1;
      reads = [...reads, plannedRead(votesFrame, end, VOTE_COLUMN_COUNT)];
    }
  }

  const previous = meeting.votes;
  const previousEnd = previous
    ? Math.max(
        previous.votes.row + previous.votes.rows - 1,
        previous.leftOut ? previous.leftOut.row + previous.leftOut.rows - 1 : 0,
      )
    : 0;
  const content = votesContentPlan(ctx, votesLayout, meetingLayout, {
    rows: planned.rows,
    standings,
    stamp: { prepared: wb.hash, tally: meeting.stamp?.tally ?? null },
    previousEnd,
  });
  const plan: WorkbookPlan = {
    styles: MEETING_PLAN_STYLES,
    // The vote rows' reasons and names wrap: their rows sized with the widths Bình xét was made with.
    sheets: [fitWrittenRowHeights(content, MEETING_PLAN_STYLES, votesFramePlan(ctx, votesLayout))],
    names: votesNames(votesLayout),
    touches: [votesLayout.sheet],
  };
  const summary = M.logPrepareSummary[lang]({
    clusters: standings
      .map((s) => {
        const list = (award: "co-thi-dua" | "bang-khen") =>
          s.candidates
            .filter((c) => c.award === award)
            .map((c) => unitLabel(c.unit))
            .join(", ");
        return M.proposedList[lang]({ cluster: s.cluster, flag: list("co-thi-dua"), certificates: list("bang-khen") });
      })
      .join("; "),
  });
  appendLog(plan, parsed, {
    time: options.now,
    action: M.logPrepare[lang](),
    file: options.fileName ?? "",
    hash: contentHash({ inputs: wb.hash, rows: planned.rows }),
    summary,
  });
  const header = { operation: "meeting" as const, time: options.now, summary };
  await host.apply(await undoablePlan(host, plan, { outline, reads, parsed }, header), options.progress);
  const located = locateMeetingFindings(planned.findings, wb.layout, {
    ...meeting,
    votes: { sheet: votesLayout.sheet, votes: votesLayout.votes, leftOut: votesLayout.leftOut.table, rows: [] },
  });
  return { standings, rows: planned.rows, findings: [...wb.warnings, ...located], plan };
}
