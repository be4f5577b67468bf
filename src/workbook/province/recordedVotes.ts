// The cluster meeting's recorded votes as the province reads them: the meeting's own tables (readMeeting, issue #15)
// from the reads the province already made, counted again by the voting core exactly as the meeting's tally counts
// them, and trusted only while the tally's stamp is the one those ballots, members present and scores give now.
// This is the province's `readVotes` seam (consolidateClusters uses it unless a caller plugs in another).

import type { HistoryRow } from "../../core/fairness/rotation";
import type { RankingResult, ScoringInput } from "../../core/model/scoringTypes";
import type { CandidateVote, MeetingSitting, MeetingVotes } from "../../core/province/provinceTypes";
import { periodYear } from "../../core/periods/periodYear";
import { formatCalendarDate, parseCalendarDate, cellText } from "../../core/time/calendarDate";
import { clusterStandings } from "../../core/voting/clusterStanding";
import { tallyCluster } from "../../core/voting/tallyCluster";
import { isAwardMatter } from "../../core/voting/votingTypes";
import type { Host, RangeRead, WorkbookOutline } from "../host/hostTypes";
import { cellAddress } from "../layout/cellAddress";
import { readMeeting } from "../meeting/readMeeting";
import { voteEntries } from "../meeting/voteRows";
import { tallyHash } from "../meeting/voteStamp";
import type { WorkbookMeta } from "../meta/workbookMeta";
import { inputHash } from "../operations/inputHash";
import { bodyKind } from "../plan/inject/printSheet";

/** What the province has read of a cluster workbook whose entries have no error, for a votes reader. */
export interface VotesContext {
  host: Host;
  outline: WorkbookOutline;
  /** The province's one read of the workbook (readPlan's ranges: the meeting's tables are among them). */
  reads: readonly RangeRead[];
  meta: WorkbookMeta;
  input: ScoringInput;
  /** The results recomputed from the entries. */
  ranking: RankingResult;
  history: readonly HistoryRow[];
}

/** The tally stamp's cell, where a finding about a stale vote points. */
export interface StampPlace {
  sheet: string;
  cell: string;
}

export type VotesOutcome =
  | { state: "recorded"; votes: MeetingVotes; stamp: StampPlace | null }
  /** A tally was recorded, and the ballots, members present or scores changed since. */
  | { state: "stale"; stamp: StampPlace | null }
  /** No meeting list, or no tally recorded yet. */
  | { state: "none" };

export type VotesReader = (context: VotesContext) => Promise<VotesOutcome>;

/**
 * The votes as the last recorded tally counted them. A vote row with an error cannot be part of a recorded tally
 * (the tally refuses to record then), so every counted row is one the workbook shows beside its proposal.
 */
export function recordedVotes(context: VotesContext): VotesOutcome {
  const { meta, input, ranking } = context;
  const meeting = readMeeting(context.outline, context.reads);
  const stamp = meeting.stamp;
  if (!meeting.votes || !stamp || stamp.tally === null) return { state: "none" };
  const place: StampPlace = { sheet: stamp.sheet, cell: cellAddress(stamp.box.row, stamp.box.column + 2) };
  const hash = inputHash(input);
  if (stamp.tally.toLowerCase() !== tallyHash(hash, meeting, meta.settings).toLowerCase()) {
    return { state: "stale", stamp: place };
  }
  const standings = clusterStandings(ranking, meta.settings.awards);
  const candidates: CandidateVote[] = [];
  const sittings: MeetingSitting[] = [];
  for (const standing of standings) {
    const particulars = meeting.particulars?.byCluster.get(standing.cluster) ?? null;
    const tally = tallyCluster(
      {
        cluster: standing.cluster,
        present: particulars?.present ?? null,
        entries: voteEntries(meeting.votes.rows, standing.cluster),
        leader: cellText(particulars?.leader ?? null),
        earlierLeaders: particulars?.earlierLeaders ?? null,
      },
      standing,
      {
        settings: meta.settings,
        body: bodyKind(meta.template.id),
        year: periodYear(meta.period),
        units: meta.units,
        history: context.history,
      },
    );
    const date = parseCalendarDate(particulars?.date ?? null);
    sittings.push({
      cluster: standing.cluster,
      members: tally.members,
      present: tally.present,
      date: date ? formatCalendarDate(date, meta.lang) : cellText(particulars?.date ?? null) || null,
    });
    for (const t of tally.entries) {
      const matter = t.entry.matter;
      const status = t.outcome.status;
      if (!isAwardMatter(matter) || t.faulty || !t.standing) continue;
      if (status !== "passed" && status !== "failed" && status !== "no-quorum") continue;
      candidates.push({
        unit: t.standing.unit.code,
        award: matter,
        yes: t.outcome.yes ?? 0,
        no: t.outcome.no ?? 0,
        basis: t.outcome.basis ?? tally.members,
        passed: status === "passed",
        quorum: status !== "no-quorum",
        reason: t.entry.source === "meeting" ? t.entry.reason.trim() : null,
      });
    }
  }
  return { state: "recorded", votes: { sittings, candidates }, stamp: place };
}

/** `recordedVotes` as a VotesReader. */
export const readRecordedVotes: VotesReader = (context) => Promise.resolve(recordedVotes(context));
