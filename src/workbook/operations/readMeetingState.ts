// What the task pane's Bình xét screen shows of the year-end meeting, read in one outline and one read and nothing
// written: each cluster's standing (candidates, units left out), the particulars and the vote table as they stand,
// whether the list and the recorded tally still match the scores and ballots, and the vote table counted as the
// tally would count it. A workbook not ready for a meeting (not ranked, stale ranking, entries with errors) gives
// the refusal the meeting operations would give.

import type { BodyKind } from "../../core/messages/votingMessages";
import type { Unit } from "../../core/model/unitTypes";
import type { Settings } from "../../core/settings/settingsTypes";
import { computeResults } from "../../core/ranking/computeResults";
import { clusterStandings, type ClusterStanding } from "../../core/voting/clusterStanding";
import type { ClusterTally } from "../../core/voting/tallyCluster";
import type { Host } from "../host/hostTypes";
import type { MeetingRead } from "../meeting/readMeeting";
import { locateMeetingFindings, openMeetingWorkbook } from "../meeting/meetingWorkbook";
import { tallyHash } from "../meeting/voteStamp";
import type { LocatedFinding } from "./locatedFinding";
import { countVotes } from "./tallyMeeting";

/** none: not made yet; stale: made from other scores (or ballots); current: matches the workbook as it stands. */
export type MeetingStage = "none" | "stale" | "current";

export interface ReadyMeeting {
  ready: true;
  standings: ClusterStanding[];
  meeting: MeetingRead;
  /** The candidates' list (Bình xét), against the ranking's inputs. */
  list: MeetingStage;
  /** The recorded tally, against the ballots, members present and scores as they stand. */
  tally: MeetingStage;
  /** The vote table counted as it stands, one per cluster; empty until the list is current. */
  tallies: ClusterTally[];
  /** The counting's findings with their cells. */
  findings: LocatedFinding[];
  settings: Settings;
  /** The workbook's words for its body (cụm or khối) and the meeting's year. */
  body: BodyKind;
  year: number | null;
  units: Unit[];
}

export type MeetingState = ReadyMeeting | { ready: false; findings: LocatedFinding[] };

const same = (stored: string | null, current: string) => stored?.toLowerCase() === current.toLowerCase();

export async function readMeetingState(host: Host): Promise<MeetingState> {
  const opened = await openMeetingWorkbook(host, []);
  if (!opened.ok) return { ready: false, findings: opened.findings };
  const wb = opened.workbook;
  const { meeting, meta, ctx } = wb;
  const stamp = meeting.stamp;
  const list: MeetingStage =
    !meeting.votes || !stamp || stamp.prepared === null ? "none" : same(stamp.prepared, wb.hash) ? "current" : "stale";
  const counted = meeting.votes
    ? countVotes(wb, meeting)
    : { standings: clusterStandings(computeResults(wb.input), meta.settings.awards), tallies: [] };
  const tallies = list === "current" && meeting.particulars ? counted.tallies : [];
  const tally: MeetingStage =
    !stamp || stamp.tally === null
      ? "none"
      : list === "current" && same(stamp.tally, tallyHash(wb.hash, meeting, meta.settings))
        ? "current"
        : "stale";
  return {
    ready: true,
    standings: counted.standings,
    meeting,
    list,
    tally,
    tallies,
    findings: locateMeetingFindings(
      tallies.flatMap((t) => t.findings),
      wb.layout,
      meeting,
    ),
    settings: meta.settings,
    body: ctx.body,
    year: ctx.year,
    units: meta.units,
  };
}
