// Records the year-end meeting's vote (Kiểm phiếu): counts every cluster's vote table (as typed in the workbook, or
// with ballots and members present given by the caller, e.g. the command line's votes.csv), checks it against the
// score and the rotation, and, when nothing is wrong, writes the outcome beside each award proposal (Xếp hạng, and
// through its formula Kết quả), the ballots given, the tally's stamp and a log row, with the undo snapshot, in one
// write. With errors (a flag voted to rank 2, more ballots than members present) nothing is written.
// One outline, one read and one write: 3 syncs on the Office host.

import type { RuleId } from "../../core/findings/ruleId";
import type { Finding } from "../../core/findings/findingTypes";
import { parseHistory } from "../../core/fairness/rotation";
import { render } from "../../core/messages/messageTypes";
import { matterName } from "../../core/messages/votingMessages";
import type { Award } from "../../core/model/gradeTypes";
import { computeResults } from "../../core/ranking/computeResults";
import { unitLabel } from "../../core/ranking/unitLabel";
import { clusterStandings, type ClusterStanding } from "../../core/voting/clusterStanding";
import { tallyCluster, type ClusterTally, type TalliedEntry } from "../../core/voting/tallyCluster";
import { isAwardMatter, type VoteMatter } from "../../core/voting/votingTypes";
import type { Host, ProgressFn } from "../host/hostTypes";
import { cellAddress } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import { MEETING_RULES, meetingMessages as M } from "../messages/meetingMessages";
import { matterLabel } from "../meeting/matterLabels";
import { particularCell, type VoteRowKind } from "../meeting/meetingLayout";
import { appendLog } from "../meeting/meetingLog";
import { clusterCells, MEETING_PLAN_STYLES, voteRowCells, votesFramePlan } from "../meeting/meetingSheets";
import { gridOf, type MeetingRead, type Particulars, type VoteRowRead } from "../meeting/readMeeting";
import { locateMeetingFindings, openMeetingWorkbook, type MeetingWorkbook } from "../meeting/meetingWorkbook";
import { matterOfRow, voteEntries } from "../meeting/voteRows";
import { tallyHash } from "../meeting/voteStamp";
import { inputCell, valueCell } from "../plan/cellSpec";
import { fitWrittenRowHeights } from "../plan/fitRowHeights";
import { printAwardBlocks, voteColumn } from "../plan/inject/printSheet";
import type { CellBlock, SheetPlan, WorkbookPlan } from "../plan/planTypes";
import { S } from "../plan/workbookStyles";
import { undoablePlan } from "../undo/operationSnapshot";
import type { LocatedFinding } from "./locatedFinding";
import { MEETING_WRITES } from "./prepareMeeting";

/** A vote given from outside the workbook (a CSV): ballots for a candidate or a nominee. */
export interface VoteInput {
  cluster: string;
  matter: VoteMatter;
  unit: string;
  yes: number;
  no: number;
  /** The reason of a candidate the meeting adds (kept as written). */
  reason?: string;
}

/**
 * An edit of one row of the vote table as the task pane shows it: the row (0-based in TD_Votes) and what it held
 * when the pane read it, so that a row a person moved or filled on the sheet meanwhile is never written over.
 * Absent fields stay as they are; a spare row takes a matter (null clears it) and a unit, a nomination row a unit.
 */
export interface VoteRowEdit {
  row: number;
  was: { cluster: string; kind: VoteRowKind; unit: string };
  matter?: VoteMatter | null;
  unit?: string;
  reason?: string;
  yes?: number | null;
  no?: number | null;
}

export interface TallyOptions {
  /** ISO time for the log entry. */
  now: string;
  fileName?: string;
  progress?: ProgressFn;
  /** Ballots to write before counting; a candidate not in the table takes a spare row of its cluster. */
  votes?: readonly VoteInput[];
  /** Rows of the vote table as the task pane edited them, written before `votes`. */
  rows?: readonly VoteRowEdit[];
  /** Members present to write before counting, by cluster label. */
  present?: Readonly<Record<string, number>>;
}

export interface MeetingTally {
  /** One tally per cluster, in the ranking's order; empty when the workbook was refused before counting. */
  clusters: ClusterTally[];
  /** Every finding with its cell (errors first refuse the write). */
  findings: LocatedFinding[];
  /** True when the tally was recorded (no errors). */
  recorded: boolean;
  plan: WorkbookPlan | null;
}

const WRITES = [...MEETING_WRITES, DEFINED_NAMES.meeting, DEFINED_NAMES.result, DEFINED_NAMES.print];

function refused(findings: LocatedFinding[]): MeetingTally {
  return { clusters: [], findings, recorded: false, plan: null };
}

const locatedError = (rule: RuleId, message: Finding["message"]): LocatedFinding => ({
  rule,
  severity: "error",
  location: {},
  message,
  sheet: null,
  cell: null,
});

/** The vote table and particulars with the caller's ballots and members present written in (rows changed, too). */
function withInputs(wb: MeetingWorkbook, options: TallyOptions) {
  const meeting = wb.meeting;
  const rows = meeting.votes!.rows.map((r) => ({ ...r }));
  const changed = new Set<number>();
  const findings: Finding[] = [];
  const known = meeting.particulars?.layout.clusters ?? [];
  const unknown = (cluster: string) =>
    findings.push({
      rule: MEETING_RULES.unknownCluster,
      severity: "error",
      location: {},
      message: render(M.unknownCluster, { cluster, known: known.join(", ") }),
    });
  const byCluster = new Map<string, Particulars>();
  for (const [cluster, p] of meeting.particulars?.byCluster ?? []) byCluster.set(cluster, { ...p });
  const presentChanged = new Set<string>();
  for (const edit of options.rows ?? []) {
    const row = rows.find((r) => r.index === edit.row);
    const was = edit.was;
    if (!row || row.cluster !== was.cluster || row.kind !== was.kind || row.unit !== was.unit) {
      findings.push({
        rule: MEETING_RULES.rowMoved,
        severity: "error",
        location: {},
        message: render(M.rowMoved, { cluster: was.cluster }),
      });
      continue;
    }
    if (row.kind === "spare" && edit.matter !== undefined) {
      row.matterText = edit.matter === null ? "" : matterLabel(edit.matter, wb.ctx.body, wb.ctx.lang);
      row.matter = matterOfRow("spare", row.matterText);
    }
    if (edit.unit !== undefined && row.kind !== "score") row.unit = edit.unit.normalize("NFC").trim();
    if (edit.reason !== undefined) row.reason = edit.reason.normalize("NFC").trim();
    if (edit.yes !== undefined) row.yes = edit.yes;
    if (edit.no !== undefined) row.no = edit.no;
    changed.add(row.index);
  }
  for (const [cluster, present] of Object.entries(options.present ?? {})) {
    const p = byCluster.get(cluster);
    if (!p) {
      unknown(cluster);
      continue;
    }
    p.present = present;
    presentChanged.add(cluster);
  }
  for (const vote of options.votes ?? []) {
    if (!byCluster.has(vote.cluster)) {
      unknown(vote.cluster);
      continue;
    }
    const unit = vote.unit.trim();
    const mine = rows.filter((r) => r.cluster === vote.cluster);
    let row = mine.find((r) => r.matter === vote.matter && r.unit === unit);
    if (!row && (vote.matter === "leader" || vote.matter === "deputy")) {
      row = mine.find((r) => r.kind === vote.matter && r.unit === "" && r.yes === null && r.no === null);
    }
    row ??= mine.find(
      (r) => r.kind === "spare" && r.unit === "" && r.matterText === "" && r.yes === null && r.no === null,
    );
    if (!row) {
      findings.push({
        rule: MEETING_RULES.noSpareRow,
        severity: "error",
        location: {},
        message: render(M.noSpareRow, { cluster: vote.cluster }),
      });
      continue;
    }
    if (row.kind === "spare" && row.matter === null) {
      row.matterText = matterLabel(vote.matter, wb.ctx.body, wb.ctx.lang);
      row.matter = matterOfRow("spare", row.matterText);
    }
    row.unit = unit;
    row.yes = vote.yes;
    row.no = vote.no;
    if (vote.reason !== undefined && vote.reason.trim() !== "") row.reason = vote.reason.trim();
    changed.add(row.index);
  }
  const updated: MeetingRead = {
    ...meeting,
    votes: { ...meeting.votes!, rows },
    particulars: meeting.particulars ? { ...meeting.particulars, byCluster } : null,
  };
  return { meeting: updated, changed, presentChanged, findings };
}

/** "Bằng khen: đạt 7/10" for each award voted on for a unit (what Xếp hạng and Kết quả show). */
function outcomeTexts(tallies: ClusterTally[], wb: MeetingWorkbook): Map<string, string> {
  const { lang, body } = wb.ctx;
  const texts = new Map<string, string[]>();
  const word = (t: TalliedEntry) =>
    t.outcome.status === "passed"
      ? M.outcomePassed[lang]()
      : t.outcome.status === "failed"
        ? M.outcomeFailed[lang]()
        : M.outcomeNoQuorum[lang]();
  for (const tally of tallies) {
    for (const t of tally.entries) {
      const matter = t.entry.matter;
      if (!isAwardMatter(matter) || t.faulty || !t.standing) continue;
      if (!["passed", "failed", "no-quorum"].includes(t.outcome.status)) continue;
      const counted = t.outcome.status !== "no-quorum";
      const text = M.voteOutcome[lang]({
        award: matterName(matter, body, lang),
        added: t.entry.source === "meeting" ? 1 : 0,
        result: word(t),
        yes: t.outcome.yes ?? 0,
        basis: t.outcome.basis ?? 0,
        counted: counted ? 1 : 0,
      });
      texts.set(t.standing.unit.code, [...(texts.get(t.standing.unit.code) ?? []), text]);
    }
  }
  return new Map([...texts].map(([code, list]) => [code, list.join("; ")]));
}

function adoptedText(tally: ClusterTally, wb: MeetingWorkbook): string {
  const { lang, body } = wb.ctx;
  const byAward = (award: Award) =>
    tally.adopted
      .filter((a) => a.award === award)
      .map((a) => `${unitLabel(a.unit)} (${a.yes}/${a.basis})`)
      .join(", ");
  return (["co-thi-dua", "bang-khen"] as const)
    .filter((a) => byAward(a) !== "")
    .map((a) => `${matterName(a, body, lang)}: ${byAward(a)}`)
    .join("; ");
}

/** Every cluster's tally of the vote table as `meeting` holds it (the workbook's, or with a caller's ballots in). */
export function countVotes(
  wb: MeetingWorkbook,
  meeting: MeetingRead,
): { standings: ClusterStanding[]; tallies: ClusterTally[] } {
  const { meta, ctx, parsed } = wb;
  const votesRead = meeting.votes!;
  const particulars = meeting.particulars;
  const standings = clusterStandings(computeResults(wb.input), meta.settings.awards);
  const history = parsed.history ? parseHistory(parsed.history).rows : [];
  const tallies = standings.map((standing) => {
    const p = particulars?.byCluster.get(standing.cluster);
    return tallyCluster(
      {
        cluster: standing.cluster,
        present: p?.present ?? null,
        entries: voteEntries(votesRead.rows, standing.cluster),
        leader: p?.leader === null || p?.leader === undefined ? "" : String(p.leader).trim(),
        earlierLeaders: p?.earlierLeaders ?? null,
      },
      standing,
      { settings: meta.settings, body: ctx.body, year: ctx.year, units: meta.units, history },
    );
  });
  return { standings, tallies };
}

export async function tallyMeeting(host: Host, options: TallyOptions): Promise<MeetingTally> {
  const opened = await openMeetingWorkbook(host, WRITES);
  if (!opened.ok) return refused(opened.findings);
  const wb = opened.workbook;
  const { meta, layout, ctx, parsed } = wb;
  const lang = meta.lang;
  if (!wb.meeting.votes || !wb.meeting.stamp || !wb.meeting.particulars) {
    return refused([locatedError(MEETING_RULES.notPrepared, render(M.notPrepared, {}))]);
  }
  if ((wb.meeting.stamp.prepared ?? "").toLowerCase() !== wb.hash.toLowerCase()) {
    return refused([locatedError(MEETING_RULES.candidatesStale, render(M.candidatesStale, {}))]);
  }
  options.progress?.({ fraction: 0.3, step: { vi: M.logTally.vi(), en: M.logTally.en() } });

  const given = withInputs(wb, options);
  const meeting = given.meeting;
  const votesRead = meeting.votes!;
  const particulars = meeting.particulars!;
  const { tallies } = countVotes(wb, meeting);
  const findings = locateMeetingFindings([...given.findings, ...tallies.flatMap((t) => t.findings)], layout, meeting);
  const errors = findings.filter((f) => f.severity === "error").length;
  if (errors > 0) {
    const refusal = locatedError(MEETING_RULES.tallyRefused, render(M.tallyRefused, { errors }));
    return { clusters: tallies, findings: [...findings, refusal], recorded: false, plan: null };
  }

  // The vote table: every row rewritten (the caller's ballots in, formulas repaired on rows a person inserted).
  const votesBox = votesRead.votes;
  const cellsOf = clusterCells(particulars.layout);
  const rowBlocks: CellBlock = {
    at: cellAddress(votesBox.row, votesBox.column),
    cells: votesRead.rows.map((r: VoteRowRead) =>
      voteRowCells(
        ctx,
        {
          cluster: r.cluster,
          kind: r.kind,
          matter: r.matter,
          matterText: r.matterText,
          unit: r.unit,
          reason: r.reason,
          yes: r.yes,
          no: r.no,
        },
        votesBox.row + r.index,
        cellsOf.get(r.cluster),
      ),
    ),
  };
  const hash = tallyHash(wb.hash, meeting, meta.settings);
  const stamp = wb.meeting.stamp;
  const votesSheet: SheetPlan = {
    key: "votes",
    name: votesRead.sheet,
    create: false,
    blocks: [
      rowBlocks,
      { at: cellAddress(stamp.box.row, stamp.box.column + 2), cells: [[valueCell(hash, S.helperLabel)]] },
    ],
  };
  // The vote rows' names and reasons wrap: their rows sized with the widths Bình xét was made with.
  const sheets: SheetPlan[] = [
    fitWrittenRowHeights(votesSheet, MEETING_PLAN_STYLES, votesFramePlan(wb.ctx, { sheet: votesSheet.name })),
  ];
  const presentBlocks: CellBlock[] = [...given.presentChanged].map((cluster) => {
    const at = particularCell(particulars.layout, "present", particulars.layout.clusters.indexOf(cluster));
    return {
      at: cellAddress(at.row, at.column),
      cells: [[inputCell(S.inputCount, particulars.byCluster.get(cluster)!.present)]],
    };
  });
  if (presentBlocks.length > 0) {
    sheets.push({ key: "meeting", name: particulars.layout.sheet, create: false, blocks: presentBlocks });
  }

  // Xếp hạng: the vote beside each unit's proposal (the column after the hidden helpers), its header; Kết quả reads it.
  const texts = outcomeTexts(tallies, wb);
  const result = layout.result;
  const column = voteColumn(layout);
  const before = gridOf(wb.reads, result.sheet, {
    row: result.table.row,
    column,
    rows: layout.units.length,
    columns: 1,
  });
  const resultSheet: SheetPlan = {
    key: "result",
    name: result.sheet,
    create: false,
    blocks: [
      { at: cellAddress(result.headerRow, column), cells: [[valueCell(M.voteColumnHeader[lang](), S.header)]] },
      {
        at: cellAddress(result.table.row, column),
        cells: layout.units.map((u) => [valueCell(texts.get(u.code) ?? null, S.text)]),
      },
    ],
  };
  sheets.push(resultSheet);
  const print = layout.names.print;
  if (print)
    sheets.push({ key: "print", name: print, create: false, blocks: printAwardBlocks(layout, print, meta.settings) });

  const changes = layout.units
    .map((u, i) => ({ unit: u, from: before[i]?.[0] ?? null, to: texts.get(u.code) ?? null }))
    .filter((c) => (c.from ?? "") !== "" && (c.from ?? "") !== (c.to ?? ""))
    .map((c) => M.changedOutcome[lang]({ unit: unitLabel(c.unit), from: String(c.from), to: c.to ?? "—" }))
    .join("; ");
  const summary = M.logTallySummary[lang]({
    clusters: tallies
      .map((t) => {
        const present = t.present === null ? "—" : `${t.present}/${t.members}`;
        if (t.quorum.met === false) return M.noQuorumCluster[lang]({ cluster: t.cluster, present });
        return M.talliedCluster[lang]({
          cluster: t.cluster,
          present,
          adopted: adoptedText(t, wb),
          leader: t.leader ? `${unitLabel(t.leader.unit)} (${t.leader.yes}/${t.leader.basis})` : "",
          deputy: t.deputy ? `${unitLabel(t.deputy.unit)} (${t.deputy.yes}/${t.deputy.basis})` : "",
        });
      })
      .join(" "),
    changes,
  });
  const plan: WorkbookPlan = {
    styles: MEETING_PLAN_STYLES,
    sheets,
    names: [],
    touches: sheets.map((s) => s.name),
  };
  appendLog(plan, parsed, {
    time: options.now,
    action: M.logTally[lang](),
    file: options.fileName ?? "",
    hash,
    summary,
  });
  const header = { operation: "tally" as const, time: options.now, summary };
  await host.apply(
    await undoablePlan(host, plan, { outline: wb.outline, reads: wb.reads, parsed }, header),
    options.progress,
  );
  return { clusters: tallies, findings: [...wb.warnings, ...findings], recorded: true, plan };
}
