// Where the year-end meeting's tables sit: the particulars (Cuộc họp, TD_Meeting: one row per particular, one column
// per cluster), and the candidates and votes (Bình xét: the check stamps TD_VoteStamp, the vote table TD_Votes with
// one row per candidate or nominee, and below it the units left out, TD_LeftOut). Plans, readers and finding
// locations all use this one geometry.

import type { RangeBox } from "../layout/cellAddress";

/** The particulars, in row order. Older tables without a later key are read by key, like the settings. */
export const MEETING_FIELDS = [
  "members",
  "present",
  "date",
  "startTime",
  "endTime",
  "place",
  "town",
  "organ",
  "chair",
  "chairTitle",
  "secretary",
  "secretaryTitle",
  "attendees",
  "absent",
  "leader",
  "deputy",
  "earlierLeaders",
] as const;
export type MeetingField = (typeof MEETING_FIELDS)[number];

/** Particulars a person types (members is a formula counting the units). */
export const INPUT_FIELDS: readonly MeetingField[] = MEETING_FIELDS.filter((f) => f !== "members");

/** Cuộc họp: title row 1, hint row 2, header row 4 (key, label, one column per cluster), particulars from row 5. */
export const MEETING_ROWS = { title: 1, hint: 2, header: 4 } as const;
export const MEETING_COLUMNS = { key: 0, label: 1, firstCluster: 2 } as const;

export interface MeetingSheetLayout {
  sheet: string;
  clusters: string[];
  /** TD_Meeting: the header row and one row per particular, from the key column to the last cluster's. */
  table: RangeBox;
}

export function meetingSheetLayout(sheet: string, clusters: readonly string[]): MeetingSheetLayout {
  return {
    sheet,
    clusters: [...clusters],
    table: {
      row: MEETING_ROWS.header,
      column: MEETING_COLUMNS.key,
      rows: 1 + MEETING_FIELDS.length,
      columns: MEETING_COLUMNS.firstCluster + clusters.length,
    },
  };
}

/** The sheet row and column of one particular of one cluster (cluster index in the table's order). */
export function particularCell(layout: MeetingSheetLayout, field: MeetingField, cluster: number) {
  return {
    row: layout.table.row + 1 + MEETING_FIELDS.indexOf(field),
    column: layout.table.column + MEETING_COLUMNS.firstCluster + cluster,
  };
}

/** Columns of the vote table (0-based); the left-out table uses the first eight alike. */
export const VOTE_COLUMNS = {
  cluster: 0,
  matter: 1,
  unit: 2,
  name: 3,
  rank: 4,
  final: 5,
  grade: 6,
  source: 7,
  reason: 8,
  yes: 9,
  no: 10,
  members: 11,
  present: 12,
  share: 13,
  result: 14,
  /** Hidden: the row's kind (score, leader, deputy, spare), as the add-in wrote it. */
  kind: 15,
} as const;
export const VOTE_COLUMN_COUNT = 16;
export const VOTE_VISIBLE_COLUMNS = 15;

/** Score: a candidate the score proposed; leader, deputy: a nomination row; spare: a row the meeting fills. */
export type VoteRowKind = "score" | "leader" | "deputy" | "spare";
export const VOTE_ROW_KINDS: readonly VoteRowKind[] = ["score", "leader", "deputy", "spare"];

/** Blank rows offered under each cluster's candidates for candidates the meeting adds or nominates. */
export const SPARE_ROWS = 3;

/** Bình xét: title 1, voting rules 2, check stamps 3 (TD_VoteStamp), section 5, header 6, votes from 7. */
export const VOTES_ROWS = { title: 1, rules: 2, stamp: 3, section: 5, header: 6, first: 7 } as const;

/** Rows the data validations of the vote table cover (they are set when the sheet is created). */
export const VOTES_VALIDATED_ROWS = 600;

export interface VotesSheetLayout {
  sheet: string;
  /** Rows inserted above the tables since the sheet was made. */
  offset: number;
  /** TD_VoteStamp: label, the ranking's input hash the list was drawn from, the tally's hash. */
  stamp: RangeBox;
  /** TD_Votes: the vote rows (no header). */
  votes: RangeBox;
  /** The left-out table: its section label, header, and TD_LeftOut rows (at least one). */
  leftOut: { sectionRow: number; headerRow: number; table: RangeBox };
}

/**
 * `offset`: rows inserted above the tables since the sheet was made (TD_Votes found that much lower): everything
 * follows it, so that the next write lands where the tables are.
 */
export function votesSheetLayout(sheet: string, voteRows: number, leftOutRows: number, offset = 0): VotesSheetLayout {
  const votes: RangeBox = {
    row: VOTES_ROWS.first + offset,
    column: 0,
    rows: Math.max(1, voteRows),
    columns: VOTE_COLUMN_COUNT,
  };
  const sectionRow = votes.row + votes.rows + 1;
  return {
    sheet,
    offset,
    stamp: { row: VOTES_ROWS.stamp + offset, column: 0, rows: 1, columns: 3 },
    votes,
    leftOut: {
      sectionRow,
      headerRow: sectionRow + 1,
      table: { row: sectionRow + 2, column: 0, rows: Math.max(1, leftOutRows), columns: 8 },
    },
  };
}
