// The year-end meeting's commands on the command line (meeting, ballots, tally, minutes): their options and the
// request each line makes, or the one sentence that says what is wrong with it.

import { render } from "../../core/messages/messageTypes";
import { BALLOT_PAPERS, type BallotPaper } from "../../core/settings/settingsTypes";
import type { ParticularsInput } from "../../workbook/operations/setMeetingParticulars";
import { cliErrorMessages as E } from "../messages/cliErrorMessages";
import { meetingCliMessages as M } from "../messages/meetingCliMessages";
import { failure, success, type Outcome } from "../outcome";
import { oneFile, optional, required, type Values } from "../optionValues";

export const MEETING_COMMANDS = ["meeting", "ballots", "tally", "minutes"] as const;
export type MeetingCommand = (typeof MEETING_COMMANDS)[number];

export type MeetingRequest =
  | { command: "meeting"; file: string; cluster: string | null; values: ParticularsInput }
  | { command: "ballots"; file: string; out: string; paper: BallotPaper | null }
  /** `present`: members present by cluster label. */
  | { command: "tally"; file: string; votes: string | null; present: Record<string, number> }
  | { command: "minutes"; file: string; out: string; cluster: string | null };

type Spec = { type: "string" | "boolean"; short?: string; multiple?: boolean };

/** Particular options of `thidua meeting` and the field each writes. */
export const PARTICULAR_OPTIONS = {
  date: "date",
  start: "startTime",
  end: "endTime",
  place: "place",
  town: "town",
  organ: "organ",
  chair: "chair",
  "chair-title": "chairTitle",
  secretary: "secretary",
  "secretary-title": "secretaryTitle",
  attendees: "attendees",
  absent: "absent",
  present: "present",
  leader: "leader",
  deputy: "deputy",
  "earlier-leaders": "earlierLeaders",
} as const satisfies Record<string, keyof ParticularsInput>;

const text = (): Spec => ({ type: "string" });

export function meetingOptions(
  common: Record<string, Spec>,
  json: Record<string, Spec>,
): Record<MeetingCommand, Record<string, Spec>> {
  return {
    meeting: {
      ...common,
      cluster: text(),
      ...Object.fromEntries(Object.keys(PARTICULAR_OPTIONS).map((o) => [o, text()])),
    },
    ballots: { ...common, out: text(), paper: text() },
    tally: { ...common, ...json, votes: text(), present: { type: "string", multiple: true } },
    minutes: { ...common, out: text(), cluster: text() },
  };
}

/** "Cụm 1=9" (the last "=" splits, so a cluster may hold one). */
function presentOf(list: readonly string[]): Outcome<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const item of list) {
    const at = item.lastIndexOf("=");
    const cluster = at > 0 ? item.slice(0, at).normalize("NFC").trim() : "";
    const count = at > 0 ? item.slice(at + 1).trim() : "";
    if (cluster === "" || !/^\d+$/.test(count)) return failure(render(M.badPresent, { value: item }));
    out[cluster] = Number(count);
  }
  return success(out);
}

export function meetingRequest(
  command: MeetingCommand,
  values: Values,
  positionals: string[],
): Outcome<MeetingRequest> {
  const file = oneFile(positionals, command);
  if (!file.ok) return file;
  switch (command) {
    case "meeting": {
      const cluster = optional(values, "cluster");
      if (!cluster.ok) return cluster;
      const particulars: ParticularsInput = {};
      for (const [option, field] of Object.entries(PARTICULAR_OPTIONS)) {
        const value = values[option];
        if (typeof value !== "string") continue;
        if (field === "present" && !/^\s*\d+\s*$/.test(value)) {
          return failure(render(M.badCount, { option: "--present", value }));
        }
        particulars[field] = field === "present" ? Number(value) : value;
      }
      return success({ command, file: file.value, cluster: cluster.value, values: particulars });
    }
    case "ballots": {
      const out = required(values, "out", command);
      if (!out.ok) return out;
      const paper = optional(values, "paper");
      if (!paper.ok) return paper;
      const upper = paper.value?.trim().toUpperCase() ?? null;
      if (upper !== null && !(BALLOT_PAPERS as readonly string[]).includes(upper)) {
        return failure(
          render(E.badChoice, { option: "--paper", value: paper.value!, choices: BALLOT_PAPERS.join(", ") }),
        );
      }
      return success({ command, file: file.value, out: out.value, paper: upper as BallotPaper | null });
    }
    case "tally": {
      const votes = optional(values, "votes");
      if (!votes.ok) return votes;
      const list = values.present;
      const present = presentOf(Array.isArray(list) ? list : typeof list === "string" ? [list] : []);
      if (!present.ok) return present;
      return success({ command, file: file.value, votes: votes.value, present: present.value });
    }
    case "minutes": {
      const out = required(values, "out", command);
      if (!out.ok) return out;
      const cluster = optional(values, "cluster");
      if (!cluster.ok) return cluster;
      return success({ command, file: file.value, out: out.value, cluster: cluster.value });
    }
  }
}
