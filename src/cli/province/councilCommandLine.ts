// The provincial council's commands on the command line (province-ballots, province-tally, province-dossier): their
// options and the request each line makes, or the one sentence that says what is wrong with it.

import { render } from "../../core/messages/messageTypes";
import { BALLOT_PAPERS, type BallotPaper } from "../../core/settings/settingsTypes";
import { cliErrorMessages as E } from "../messages/cliErrorMessages";
import { councilCliMessages as M } from "../messages/councilCliMessages";
import { failure, success, type Outcome } from "../outcome";
import { oneFile, optional, required, type Values } from "../optionValues";

export const COUNCIL_COMMANDS = ["province-ballots", "province-tally", "province-dossier"] as const;
export type CouncilCommand = (typeof COUNCIL_COMMANDS)[number];

export type CouncilRequest =
  | { command: "province-ballots"; file: string; out: string; paper: BallotPaper | null; copies: number | null }
  | { command: "province-tally"; file: string; votes: string | null; present: number | null; members: number | null }
  | { command: "province-dossier"; file: string; out: string };

type Spec = { type: "string" | "boolean"; short?: string; multiple?: boolean };

const text = (): Spec => ({ type: "string" });

export function councilOptions(
  common: Record<string, Spec>,
  json: Record<string, Spec>,
): Record<CouncilCommand, Record<string, Spec>> {
  return {
    "province-ballots": { ...common, out: text(), paper: text(), copies: text() },
    "province-tally": { ...common, ...json, votes: text(), present: text(), members: text() },
    "province-dossier": { ...common, out: text() },
  };
}

/** A whole number from `min` up, or null when the option is absent. */
function count(values: Values, key: string, min: number): Outcome<number | null> {
  const value = optional(values, key);
  if (!value.ok || value.value === null) return value as Outcome<null>;
  const trimmed = value.value.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < min) {
    return failure(render(M.badCount, { option: `--${key}`, value: value.value, min }));
  }
  return success(Number(trimmed));
}

export function councilRequest(
  command: CouncilCommand,
  values: Values,
  positionals: string[],
): Outcome<CouncilRequest> {
  const file = oneFile(positionals, command);
  if (!file.ok) return file;
  switch (command) {
    case "province-ballots": {
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
      const copies = count(values, "copies", 1);
      if (!copies.ok) return copies;
      return success({
        command,
        file: file.value,
        out: out.value,
        paper: upper as BallotPaper | null,
        copies: copies.value,
      });
    }
    case "province-tally": {
      const votes = optional(values, "votes");
      if (!votes.ok) return votes;
      const present = count(values, "present", 0);
      if (!present.ok) return present;
      const members = count(values, "members", 1);
      if (!members.ok) return members;
      return success({ command, file: file.value, votes: votes.value, present: present.value, members: members.value });
    }
    case "province-dossier": {
      const out = required(values, "out", command);
      return out.ok ? success({ command, file: file.value, out: out.value }) : out;
    }
  }
}
