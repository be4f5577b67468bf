// Plain data of the province consolidation: what is read from each cluster workbook, and the consolidated list,
// cluster summary, unit table and statistics that the province workbook shows.

import type { HistoryRow } from "../fairness/rotation";
import type { Finding } from "../findings/findingTypes";
import type { Bilingual } from "../messages/messageTypes";
import type { Award, Grade } from "../model/gradeTypes";
import type { Unit } from "../model/unitTypes";
import type { Settings } from "../settings/settingsTypes";

/**
 * One candidate's vote at the cluster's year-end meeting (bình xét, biểu quyết), as the province reads it. The
 * meeting's own rules (quorum, majority) decided `passed`; the province only reports it.
 */
export interface CandidateVote {
  unit: string;
  award: Award;
  yes: number;
  no: number;
  passed: boolean;
  /** The meeting's written reason for a candidate the scores did not propose. */
  reason?: string | null;
}

/** The votes of one cluster workbook's meeting: the seam where the TD_Votes reader (issue #15) plugs in. */
export interface ClusterVotes {
  /** Member units of the cluster (the majority's base). */
  members: number;
  present: number;
  candidates: CandidateVote[];
}

/** A unit's result in a cluster workbook, recomputed from its entries. */
export interface ClusterUnitResult {
  code: string;
  name: string;
  cluster: string;
  final: number;
  rank: number;
  grade: Grade;
  award: Award | null;
  tieBreakNote: Bilingual | null;
  disqualified: boolean;
  /** What the result sheet's award cell (TD_Award) holds: null blank, "unknown" for text that names no award. */
  writtenAward: Award | null | "unknown";
  /** That cell's text as written (null when blank), for messages. */
  writtenText: string | null;
}

/** Everything the province needs from one readable cluster workbook. */
export interface ClusterWorkbook {
  file: string;
  /** The period as the workbook states it ("2026", "Năm học 2025-2026"). */
  period: string;
  template: { id: string; version: string; title: string };
  contentMax: number;
  clusterTitle: string | null;
  /** The cluster's own settings (its quotas proposed the awards). */
  settings: Settings;
  /** The units as the metadata lists them (known even when the entries have errors). */
  units: Unit[];
  /** A ranking run stamped its input hash (metadata or result sheet). */
  ranked: boolean;
  /** Entries changed after the ranking: the written results are out of date. */
  stale: boolean;
  /** The workbook's own check (thidua validate): its errors, and how many warnings it gave. */
  errors: Finding[];
  warningCount: number;
  /** Null when the entries have errors (nothing can be computed). */
  results: ClusterUnitResult[] | null;
  /** Ties at an award cut-off found by the ranking (rule award.tie-at-cutoff). */
  ties: Finding[];
  /** TD_History rows that read well, and findings for those that did not. */
  history: HistoryRow[];
  historyFindings: Finding[];
  /** The workbook holds a TD_Votes name (the meeting's votes sheet). */
  hasVotesSheet: boolean;
  /** The meeting's votes, null when not recorded (or not readable yet). */
  votes: ClusterVotes | null;
}

/** One file given to the consolidation: readable as a cluster workbook, or the reason it is not. */
export type ClusterSource =
  { file: string; workbook: ClusterWorkbook } | { file: string; workbook: null; reason: Bilingual };

/** A finding of the consolidation, with the file it is about (null: about the whole list). */
export interface ProvinceFinding extends Finding {
  file: string | null;
}

export type RankedState = "ranked" | "not-ranked" | "stale";
export type VotesState = "recorded" | "not-recorded" | "not-required";

/** One row of the cluster summary: a cluster label of a readable workbook, or a file that could not be read. */
export interface ClusterSummary {
  /** 1-based number of the row; the unit table refers to its cluster by it. */
  key: number;
  file: string;
  /** Cluster or block label (the units' label; the workbook's title or file name when blank). */
  label: string;
  members: number | null;
  period: string | null;
  template: { id: string; version: string } | null;
  ranked: RankedState | null;
  votes: VotesState | null;
  /** Units per grade; null when no result could be computed. */
  grades: Record<Grade, number> | null;
  flags: number | null;
  certificates: number | null;
  counted: boolean;
  /** Rules of the errors that keep the file out, in order, without repeats. */
  reasons: string[];
}

/** A unit of a counted cluster as the province lists it. */
export interface ProvinceUnit {
  clusterKey: number;
  cluster: string;
  file: string;
  code: string;
  name: string;
  final: number;
  contentMax: number;
  rank: number;
  grade: Grade;
  /** The proposal as it stands for the province (a proposal the meeting voted down is null). */
  award: Award | null;
  note: Bilingual | null;
}

/** Where a row of the list goes: the flags, the certificates, or the cases put to the council. */
export type ProposalSection = "co-thi-dua" | "bang-khen" | "council";

export interface ProvinceProposal {
  section: ProposalSection;
  /** The award proposed, or at stake for a council case. */
  award: Award;
  clusterKey: number;
  cluster: string;
  file: string;
  code: string;
  name: string;
  final: number;
  contentMax: number;
  rank: number;
  grade: Grade;
  vote: CandidateVote | null;
  /** Tie, vote or eligibility note, null when there is nothing to say. */
  note: Bilingual | null;
}

/** Last year's awards of a counted cluster, from its history sheet (only clusters whose history holds that year). */
export interface LastYearCluster {
  clusterKey: number;
  flags: number;
  certificates: number;
}

export interface ProvinceConsolidation {
  year: number | null;
  /** The period the counted workbooks share, as the first of them writes it; null when none counts. */
  period: string | null;
  clusters: ClusterSummary[];
  proposals: ProvinceProposal[];
  units: ProvinceUnit[];
  lastYear: { year: number; clusters: LastYearCluster[] } | null;
  findings: ProvinceFinding[];
}
