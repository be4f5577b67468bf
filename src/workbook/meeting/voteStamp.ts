// The check stamps of the vote table (TD_VoteStamp): the ranking's input hash the list was drawn from, and a hash of
// what the last tally counted (the scores' hash, the ballots, the members present, the voting rules). A validation
// recomputes both from the workbook as it stands: a difference means the list or the recorded vote (on Xếp hạng
// and Kết quả) is stale, as the ranking's own stamp says of the results.

import type { Finding } from "../../core/findings/findingTypes";
import { contentHash } from "../../core/integrity/contentHash";
import { render } from "../../core/messages/messageTypes";
import type { Settings } from "../../core/settings/settingsTypes";
import { cellAddress, sheetReference } from "../layout/cellAddress";
import { MEETING_RULES, meetingMessages as M } from "../messages/meetingMessages";
import type { MeetingRead } from "./readMeeting";

/** What a tally counted: the rows of the vote table and each cluster's members present, as they stand. */
export function tallyHash(inputHash: string, meeting: MeetingRead, settings: Settings): string {
  const rows = (meeting.votes?.rows ?? []).map((r) => [
    r.cluster,
    r.kind,
    r.matter,
    r.matter === null ? r.matterText : "",
    r.unit,
    r.reason,
    r.yes,
    r.no,
  ]);
  const present = [...(meeting.particulars?.byCluster ?? new Map())].map(([cluster, p]) => [cluster, p.present]);
  return contentHash({ inputs: inputHash, voting: settings.voting, awards: settings.awards, rows, present });
}

/** Stale-list and stale-vote warnings for a workbook whose entries hash to `inputHash` (none before a meeting). */
export function meetingStaleness(meeting: MeetingRead, inputHash: string, settings: Settings): Finding[] {
  const stamp = meeting.stamp;
  if (!stamp) return [];
  const findings: Finding[] = [];
  const at = (column: number) => sheetReference(stamp.sheet, cellAddress(stamp.box.row, stamp.box.column + column));
  if (stamp.prepared !== null && stamp.prepared.toLowerCase() !== inputHash.toLowerCase()) {
    findings.push({
      rule: MEETING_RULES.candidatesStale,
      severity: "warning",
      location: {},
      message: render(M.candidatesStale, {}),
      data: { cell: at(1) },
    });
  }
  if (stamp.tally !== null && stamp.tally.toLowerCase() !== tallyHash(inputHash, meeting, settings).toLowerCase()) {
    findings.push({
      rule: MEETING_RULES.votesStale,
      severity: "warning",
      location: {},
      message: render(M.votesStale, {}),
      data: { cell: at(2) },
    });
  }
  return findings;
}
