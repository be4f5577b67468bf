// Plain data of the province consolidation: what is read from each cluster workbook, and the consolidated list,
// cluster summary, unit table and statistics that the province workbook shows.

import type { HistoryRow } from "../fairness/rotation";
import type { Finding } from "../findings/findingTypes";
import type { Bilingual } from "../messages/messageTypes";
import type { Award, Grade } from "../model/gradeTypes";
import type { Unit } from "../model/unitTypes";
import type { Settings } from "../settings/settingsTypes";
import type { LegalDocument } from "../template/templateTypes";

/**
 * One candidate's vote at the cluster's year-end meeting (bình xét, biểu quyết), as the province reads it. The
 * meeting's own rules (quorum, majority) decided `passed`; the province only reports it.
 */
export interface CandidateVote {
  unit: string;
  award: Award;
  yes: number;
  no: number;
  /** What the share in favour was taken of: the cluster's members (or those present, by the cluster's rule). */
  basis: number;
  passed: boolean;
  /** False when too few members were present for the meeting to vote (nothing passes then). */
  quorum: boolean;
  /** The meeting's written reason for a candidate the scores did not propose. */
  reason?: string | null;
}

/** One cluster's sitting as its particulars record it (what a submission cites beside the minutes). */
export interface MeetingSitting {
  cluster: string;
  members: number;
  present: number | null;
  /** The meeting's date as documents write it ("ngày 15 tháng 12 năm 2026"), null when not entered. */
  date: string | null;
}

/**
 * The recorded votes of one cluster workbook's year-end meeting (TD_Votes as its last tally counted them): the seam
 * where the meeting's reader (src/workbook/province/recordedVotes.ts) plugs in, or plain data a caller gives.
 */
export interface MeetingVotes {
  sittings: MeetingSitting[];
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
  /** The scoring table: its legal basis is what the province's submission cites. */
  template: { id: string; version: string; title: string; legalBasis: LegalDocument[] };
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
  votes: MeetingVotes | null;
  /** A tally was recorded, but the ballots, members present or scores changed since: it no longer holds. */
  votesStale: boolean;
}

/** One file given to the consolidation: readable as a cluster workbook, or the reason it is not. */
export type ClusterSource =
  { file: string; workbook: ClusterWorkbook } | { file: string; workbook: null; reason: Bilingual };

/** A finding of the consolidation, with the file it is about (null: about the whole list). */
export interface ProvinceFinding extends Finding {
  file: string | null;
}

export type RankedState = "ranked" | "not-ranked" | "stale";
export type VotesState = "recorded" | "not-recorded" | "not-required" | "stale";

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

/** A scoring table a counted cluster used, with the legal basis it cites. */
export interface ProvinceTemplate {
  id: string;
  version: string;
  title: string;
  legalBasis: LegalDocument[];
}

export interface ProvinceConsolidation {
  year: number | null;
  /** The period the counted workbooks share, as the first of them writes it; null when none counts. */
  period: string | null;
  clusters: ClusterSummary[];
  proposals: ProvinceProposal[];
  units: ProvinceUnit[];
  lastYear: { year: number; clusters: LastYearCluster[] } | null;
  /** The scoring tables of the counted clusters, in order of first use. */
  templates: ProvinceTemplate[];
  /** The counted clusters' meetings, by cluster key (those whose votes were recorded). */
  sittings: (MeetingSitting & { clusterKey: number })[];
  findings: ProvinceFinding[];
}
