// What a scoring run takes and gives: inputs in grid form, per-unit results, cluster results, findings.

import type { Finding } from "../findings/findingTypes";
import type { Settings } from "../settings/settingsTypes";
import type { FlatTemplate } from "../template/flattenTemplate";
import type { Award, Grade } from "./gradeTypes";
import type { NumGrid, PeerGrid, QuantData } from "./gridTypes";
import type { Unit } from "./unitTypes";

/** Everything a ranking needs, already parsed (validation turns cells into this). */
export interface ScoringInput {
  flat: FlatTemplate;
  units: Unit[];
  settings: Settings;
  data: QuantData;
  /** Self scores; rows × units. Group, quant and per_unit rows are ignored (computed). */
  self: NumGrid;
  /** Review scores; blank = self accepted. Absent when the workbook has no review layer. */
  review?: NumGrid;
  /** Cross mode: one grid per rater. */
  peers?: PeerGrid[];
}

/** One unit's points in one layer. */
export interface LayerScore {
  /** Points per criterion row (groups: capped sum of children; sections: their lines' sum). Unrounded. */
  points: Float64Array;
  /** Points of each top-level content row, capped, in `flat.contentTops` order. */
  groups: number[];
  /** Σ bonus lines, capped at the template's bonus cap. */
  bonus: number;
  /** Σ deductions (≤ 0). */
  deduction: number;
  /** groups + bonus + deduction. */
  total: number;
  /** Count of leaf content criteria with a blank required input. */
  blanks: number;
}

export interface TieBreakStep {
  key: import("../settings/settingsTypes").TieBreakKey;
  /** This unit's value on the step (points, deduction, count, 1/0). */
  value: number;
}

export interface UnitResult {
  unit: Unit;
  /** Position in `units`. */
  index: number;
  self: LayerScore;
  /** Peer aggregate total, null when no complete rater scored the unit (or not cross mode). */
  peer: number | null;
  /** Number of complete raters counted before trimming. */
  peerRaters: number;
  /** Review-layer total (review where entered, else self); null when no review cell is entered anywhere. */
  review: number | null;
  /** Per-criterion final points (last-stage), used for tie-breaks and floors. */
  finalPoints: LayerScore;
  /** The final total the ranking uses (unrounded). */
  final: number;
  /** Competition rank inside the cluster (1, 2, 2, 4). */
  rank: number;
  /** Tie-break steps that decided this unit's place against units with an equal total; empty if none. */
  tieBreak: TieBreakStep[];
  /** Human-readable tie-break note (vi/en), null when no tie. */
  tieBreakNote: import("../messages/messageTypes").Bilingual | null;
  grade: Grade;
  award: Award | null;
}

export interface ClusterResult {
  cluster: string;
  /** Indexes into RankingResult.units, in rank order. */
  members: number[];
}

export interface RankingResult {
  units: UnitResult[];
  clusters: ClusterResult[];
  findings: Finding[];
}
