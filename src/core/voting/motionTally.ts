// Counting one vote of any body: the quorum (túc số) and whether a motion passes, by shares compared rounded to four
// decimals (so that 0,6667 or 66,67 % reads as two thirds), exactly as the vote table's formulas compare them.

import { roundTo } from "../model/roundTo";
import type { MotionCount, MotionOutcome, Quorum, VotingBody, VotingThresholds } from "./votingTypes";

/** Decimals of the shares compared, in code and in the workbook's formulas (ROUND(x, 4)). */
export const SHARE_DECIMALS = 4;

const share = (part: number, whole: number) => roundTo(part / whole, SHARE_DECIMALS);

/** Whether `present` members make a quorum of `members`: present / members ≥ quorumShare, both rounded. */
export function hasQuorum(present: number, members: number, thresholds: VotingThresholds): boolean {
  if (members <= 0) return false;
  return share(present, members) >= roundTo(thresholds.quorumShare, SHARE_DECIMALS);
}

export function quorumOf(body: VotingBody, thresholds: VotingThresholds): Quorum {
  let needed = 0;
  while (needed < body.members && !hasQuorum(needed, body.members, thresholds)) needed++;
  return { needed, met: body.present === null ? null : hasQuorum(body.present, body.members, thresholds) };
}

/** Whether `yes` votes of `basis` pass: above the pass share (more-than) or reaching it (at-least), both rounded. */
export function passes(yes: number, basis: number, thresholds: VotingThresholds): boolean {
  if (basis <= 0) return false;
  const got = share(yes, basis);
  const bar = roundTo(thresholds.passShare, SHARE_DECIMALS);
  return thresholds.passRule === "at-least" ? got >= bar : got > bar;
}

/** The fewest votes in favour that pass out of `basis`; basis + 1 when none do (a pass share of 100 %, more-than). */
export function neededToPass(basis: number, thresholds: VotingThresholds): number {
  let yes = 0;
  while (yes <= basis && !passes(yes, basis, thresholds)) yes++;
  return yes;
}

/**
 * The outcome of one motion. `count` null: nobody entered its ballots. Counts are invalid when they add up to more
 * than the members present, when the members present are unknown or above the members, or when the basis is 0
 * (checked after the quorum, as the vote table's formula does).
 */
export function tallyMotion(body: VotingBody, count: MotionCount | null, thresholds: VotingThresholds): MotionOutcome {
  const basisOf = (present: number) => (thresholds.passBasis === "present" ? present : body.members);
  if (count === null) {
    const basis = body.present === null ? null : basisOf(body.present);
    return {
      status: "not-voted",
      yes: null,
      no: null,
      basis,
      share: null,
      needed: basis === null ? null : neededToPass(basis, thresholds),
    };
  }
  const present = body.present;
  const invalid: MotionOutcome = { status: "invalid", yes: null, no: null, basis: null, share: null, needed: null };
  if (present === null || present > body.members || count.yes + count.no > present) return invalid;
  const basis = basisOf(present);
  const outcome = {
    yes: count.yes,
    no: count.no,
    basis,
    share: basis > 0 ? count.yes / basis : null,
    needed: neededToPass(basis, thresholds),
  };
  if (!hasQuorum(present, body.members, thresholds)) return { status: "no-quorum", ...outcome };
  // A quorum of nobody (quorumShare 0) with nobody present: no share to take.
  if (basis <= 0) return invalid;
  return { status: passes(count.yes, basis, thresholds) ? "passed" : "failed", ...outcome };
}
