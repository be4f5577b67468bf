// What a meeting votes on and how one vote is counted, as plain data: the cluster's year-end meeting (bình xét, suy
// tôn) uses it with its members and candidates, the provincial council with its own thresholds and candidates.

import type { Award } from "../model/gradeTypes";
import type { Settings } from "../settings/settingsTypes";

/** A matter put to the vote: an award for a unit, or next year's leader or deputy (Trưởng, Phó Trưởng cụm/khối). */
export type VoteMatter = Award | "leader" | "deputy";
export const VOTE_MATTERS: readonly VoteMatter[] = ["co-thi-dua", "bang-khen", "leader", "deputy"];

export const isAwardMatter = (matter: VoteMatter | null): matter is Award =>
  matter === "co-thi-dua" || matter === "bang-khen";

/** Quorum and pass thresholds of a voting body (the settings' voting group, or a council's own). */
export type VotingThresholds = Pick<Settings["voting"], "quorumShare" | "passShare" | "passRule" | "passBasis">;

/** A voting body at one sitting: a cluster's member units, or a council's members. */
export interface VotingBody {
  /** All members with a vote (one vote per member unit in a cluster). */
  members: number;
  /** Members present; null when not entered. */
  present: number | null;
}

/** Ballots of one motion, already read as whole numbers (blank counts as 0 once the other is entered). */
export interface MotionCount {
  yes: number;
  no: number;
}

/**
 * passed / failed by the thresholds; no-quorum when too few members were present (nothing passes); not-voted when
 * neither count was entered; invalid when the counts cannot be right (more ballots than members present, no present).
 */
export type MotionStatus = "passed" | "failed" | "no-quorum" | "not-voted" | "invalid";

export interface MotionOutcome {
  status: MotionStatus;
  /** Votes in favour, null when not voted or invalid. */
  yes: number | null;
  no: number | null;
  /** What the share is a share of (members or members present), null when unknown. */
  basis: number | null;
  /** yes / basis, unrounded; null when not counted. */
  share: number | null;
  /** The fewest votes in favour that pass, null when the basis is unknown. */
  needed: number | null;
}

export interface Quorum {
  /** The fewest members present for the body to vote. */
  needed: number;
  /** null when the members present are not known. */
  met: boolean | null;
}
