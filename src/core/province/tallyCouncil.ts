// The provincial council's vote on the province's list (Hội đồng Thi đua - Khen thưởng tỉnh): every row of the list
// counted by the voting core (the same readVoteCount, quorumOf and tallyMotion as a cluster's meeting) with the
// council's own thresholds: a quorum of council.quorum of its members present, and a proposal passes with more votes
// in favour than council.majority of all its members. Then what the council should look at again: a unit passed for
// two awards, more flags passed in a cluster than the province allows.

import type { RuleId } from "../findings/ruleId";
import type { Finding, FindingLocation, Severity } from "../findings/findingTypes";
import { councilMessages as M } from "../messages/councilMessages";
import { render, type Bilingual } from "../messages/messageTypes";
import { rawText } from "../parse/parseNumberCell";
import { quorumOf, tallyMotion } from "../voting/motionTally";
import { readVoteCount, type ReadCount } from "../voting/readVoteCount";
import type { MotionOutcome, Quorum, VotingThresholds } from "../voting/votingTypes";
import type { ProvinceSettings } from "./provinceSettings";
import { PROVINCE_RULES as R } from "./provinceRules";
import type { ProvinceProposal } from "./provinceTypes";

/** The council's thresholds in the voting core's terms: a share of all members, passed only above it. */
export function councilThresholds(settings: ProvinceSettings): VotingThresholds {
  return {
    quorumShare: settings.council.quorum,
    passShare: settings.council.majority,
    passRule: "more-than",
    passBasis: "members",
  };
}

/** One row of the council's vote table as read: its ballots, and the unit code it shows. */
export interface CouncilBallots {
  code: string;
  yes: unknown;
  no: unknown;
}

export interface CouncilInput {
  /** The list's proposals, in the vote table's order (one row each). */
  proposals: readonly ProvinceProposal[];
  rows: readonly CouncilBallots[];
  /** Members present as read. */
  present: unknown;
  settings: ProvinceSettings;
}

export interface CouncilMotion {
  proposal: ProvinceProposal;
  outcome: MotionOutcome;
  /** The row has an error: it counts for nothing. */
  faulty: boolean;
}

export interface CouncilTally {
  members: number | null;
  present: number | null;
  quorum: Quorum | null;
  motions: CouncilMotion[];
  /** Passed without an error on their row, in the list's order. */
  adopted: ProvinceProposal[];
  /**
   * Findings: area "votes" with the table's row (0-based) and field (unit, yes, no), or with field "present" and no
   * row for the members present; the members are the setting council.members (area "settings").
   */
  findings: Finding[];
}

const unitName = (p: ProvinceProposal) => p.name.trim() || p.code;

export function tallyCouncil(input: CouncilInput): CouncilTally {
  const { settings, proposals } = input;
  const thresholds = councilThresholds(settings);
  const findings: Finding[] = [];
  const add = (rule: RuleId, severity: Severity, location: FindingLocation, message: Bilingual, data = {}) =>
    findings.push({ rule, severity, location, message, data });
  const members = settings.council.members;

  const presentRead = readVoteCount(input.present);
  let present: number | null = null;
  if (presentRead.kind === "count" && (members === null || presentRead.value <= members)) {
    present = presentRead.value;
  } else if (presentRead.kind !== "blank") {
    add(
      R.councilPresent,
      "error",
      { area: "votes", field: "present" },
      render(M.presentInvalid, { value: rawText(input.present ?? ""), members: members ?? 0 }),
    );
  }

  const motions: CouncilMotion[] = [];
  let entered = false;
  proposals.forEach((proposal, row) => {
    const ballots = input.rows[row] ?? { code: "", yes: null, no: null };
    const motion: CouncilMotion = {
      proposal,
      outcome: tallyMotion({ members: members ?? 0, present }, null, thresholds),
      faulty: false,
    };
    motions.push(motion);
    const at = (field: string): FindingLocation => ({ area: "votes", row, field, unit: proposal.code });
    const params = { unit: unitName(proposal), award: proposal.award };
    if (ballots.code.trim() !== proposal.code.trim()) {
      motion.faulty = true;
      add(
        R.councilRow,
        "error",
        at("unit"),
        render(M.rowChanged, { row: row + 1, code: ballots.code, expected: proposal.code }),
      );
      return;
    }
    const read = (field: "yes" | "no"): ReadCount => {
      const got = readVoteCount(ballots[field]);
      if (got.kind === "bad") {
        motion.faulty = true;
        findings.push({
          rule: R.councilCount,
          severity: "error",
          location: at(field),
          message: render(M.countInvalid, { ...params, value: rawText(ballots[field] ?? "") }),
          ...(got.fix !== undefined
            ? { fix: { kind: "replace-value" as const, value: got.fix, label: render(M.countFix, { value: got.fix }) } }
            : {}),
          data: {},
        });
      }
      return got;
    };
    const yes = read("yes");
    const no = read("no");
    const counted = yes.kind !== "blank" || no.kind !== "blank";
    if (!counted || motion.faulty) return;
    entered = true;
    const count = { yes: yes.kind === "count" ? yes.value : 0, no: no.kind === "count" ? no.value : 0 };
    if (members === null || present === null) {
      motion.faulty = true;
      motion.outcome = { ...motion.outcome, status: "invalid" };
      return;
    }
    motion.outcome = tallyMotion({ members, present }, count, thresholds);
    if (count.yes + count.no > present) {
      motion.faulty = true;
      add(R.councilCount, "error", at("yes"), render(M.countsAbovePresent, { ...params, ...count, present }));
    }
  });

  if (entered && members === null) {
    add(R.councilMembers, "error", { area: "settings", field: "council.members" }, render(M.membersMissing, {}));
  } else if (entered && present === null && presentRead.kind === "blank") {
    add(R.councilPresent, "error", { area: "votes", field: "present" }, render(M.presentMissing, {}));
  }
  const quorum = members === null ? null : quorumOf({ members, present }, thresholds);
  if (entered && members !== null && present !== null && quorum?.met === false) {
    add(
      R.councilQuorum,
      "warning",
      { area: "votes", field: "present" },
      render(M.noQuorum, { present, members, needed: quorum.needed }),
    );
  }
  if (entered) {
    motions.forEach((m, row) => {
      if (m.faulty || m.outcome.status !== "not-voted") return;
      add(
        R.councilNotVoted,
        "warning",
        { area: "votes", row, field: "yes", unit: m.proposal.code },
        render(M.notVoted, { unit: unitName(m.proposal), award: m.proposal.award }),
      );
    });
  }

  const adopted = motions.filter((m) => !m.faulty && m.outcome.status === "passed").map((m) => m.proposal);
  const passedFor = new Map<string, ProvinceProposal[]>();
  for (const p of adopted) passedFor.set(p.code, [...(passedFor.get(p.code) ?? []), p]);
  for (const [code, list] of passedFor) {
    if (new Set(list.map((p) => p.award)).size < 2) continue;
    const row = proposals.indexOf(list[list.length - 1]);
    add(
      R.councilTwoAwards,
      "warning",
      { area: "votes", row, field: "unit", unit: code },
      render(M.twoAwards, { unit: unitName(list[0]) }),
    );
  }
  const flagsOf = new Map<number, ProvinceProposal[]>();
  for (const p of adopted.filter((a) => a.award === "co-thi-dua")) {
    flagsOf.set(p.clusterKey, [...(flagsOf.get(p.clusterKey) ?? []), p]);
  }
  for (const list of flagsOf.values()) {
    if (list.length <= settings.flagsPerCluster) continue;
    const last = list[list.length - 1];
    add(
      R.councilFlags,
      "warning",
      { area: "votes", row: proposals.indexOf(last), field: "unit", unit: last.code },
      render(M.flagsOverQuota, { cluster: last.cluster, passed: list.length, quota: settings.flagsPerCluster }),
    );
  }
  return { members, present, quorum, motions, adopted, findings };
}
