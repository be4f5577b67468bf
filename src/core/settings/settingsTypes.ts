// Cluster settings (Cài đặt): every number of domain.md that a secretariat may change. Defaults in defaultSettings.ts.

import type { Grade } from "../model/gradeTypes";

/** `last-stage`: per criterion review if entered, else self. `weighted`: blend of layer totals. */
export type FinalRule = "last-stage" | "weighted";

/** Tie-break steps, applied in the configured order. */
export type TieBreakKey =
  /** higher points in the first top-level group */
  | "first-group"
  /** smaller total deduction */
  | "fewer-deductions"
  /** more criteria at full points */
  | "more-full-criteria"
  /** the unit's priority flag */
  | "priority";

export const TIE_BREAK_KEYS: readonly TieBreakKey[] = [
  "first-group",
  "fewer-deductions",
  "more-full-criteria",
  "priority",
];

export type Lang = "vi" | "en";

/** How a vote's share compares with its threshold: above it ("quá bán") or reaching it ("từ 2/3 trở lên"). */
export type PassRule = "more-than" | "at-least";
export const PASS_RULES: readonly PassRule[] = ["more-than", "at-least"];

/** What a vote's share is a share of: all members of the body, or the members present. */
export type PassBasis = "members" | "present";
export const PASS_BASES: readonly PassBasis[] = ["members", "present"];

/** Paper of the printed ballots (phiếu bầu). */
export type BallotPaper = "A5" | "A4";
export const BALLOT_PAPERS: readonly BallotPaper[] = ["A5", "A4"];

/** Grade thresholds and floors as shares of max (0.9 = 90 %). KHTNV is whatever is below HTNV. */
export type GradeShares = Record<Exclude<Grade, "KHTNV">, number>;

export interface Settings {
  finalRule: FinalRule;
  /** Layer weights for `weighted`; they must sum to 1. */
  weights: { self: number; peer: number; review: number };
  /** Peer aggregate: drop `dropEachSide` highest and lowest totals when at least `minRaters` raters scored. */
  peerTrim: { dropEachSide: number; minRaters: number };
  grades: {
    /** Final total as a share of content max. */
    thresholds: GradeShares;
    /** Per-criterion floors (share of each criterion's max); null = no floors. */
    floors: GradeShares | null;
    /** Warn when HTXSNV count exceeds this share of the HTTNV count (Decree 335: 0.2); null = no check. */
    excellentShareOfGood: number | null;
  };
  awards: {
    /** Cờ thi đua per cluster (to rank 1 when HTXSNV). */
    flags: number;
    /** Bằng khen quota: max(certificateMin, ⌊certificateShare × members⌋). */
    certificateShare: number;
    certificateMin: number;
    /** The flag's full name as documents write it (awardNames.ts: the English name replaces the Vietnamese default). */
    flagName: string;
    /** The certificate's full name as documents write it. */
    certificateName: string;
  };
  tieBreak: TieBreakKey[];
  fairness: {
    /** self − final above this share of content max is self-inflation. */
    selfInflationShare: number;
    /** both directions above consensus by this share of content max is reciprocity. */
    reciprocityShare: number;
    /** robust z above which a rater's leniency is an outlier. */
    outlierZ: number;
    /** Minimum raters for z-score sensitivity view. */
    zScoreMinRaters: number;
    /** Years of history to look at for rotation. */
    rotationYears: number;
  };
  /** The year-end meeting's vote (domain.md "Deliberation and voting"); shares are compared rounded to 4 decimals. */
  voting: {
    /** Members present needed for the meeting to vote, as a share of all members (default two thirds, "at least"). */
    quorumShare: number;
    /** Share of the basis a proposal needs (default 0.5 with more-than: "quá bán"). */
    passShare: number;
    passRule: PassRule;
    passBasis: PassBasis;
    /** A unit that led the cluster in any of the last N years should not be elected leader again; 0 = no check. */
    leaderRotationYears: number;
    ballotPaper: BallotPaper;
  };
  /** Decimals used for ranking and tie comparison, identically in code and in the workbook's formulas. */
  rankDecimals: number;
  /** IANA time zone in which people read times (logs, forms, minutes); domain.md "Time". */
  timeZone: string;
  lang: Lang;
}

/** A partial settings object (template defaults, a settings sheet) merged over the defaults. */
export type SettingsOverrides = {
  [K in keyof Settings]?: Settings[K] extends unknown[]
    ? Settings[K]
    : Settings[K] extends object
      ? Partial<Settings[K]>
      : Settings[K];
};
