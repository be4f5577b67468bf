// The defined names of the workbook contract (design.md "Workbook contract (v1)"): tools find every block by these.

export const DEFINED_NAMES = {
  settings: "TD_Settings",
  criteria: "TD_Criteria",
  units: "TD_Units",
  target: "TD_Target",
  actual: "TD_Actual",
  self: "TD_Self",
  review: "TD_Review",
  reviewNotes: "TD_ReviewNotes",
  final: "TD_FinalPoints",
  peerMatrix: "TD_PeerMatrix",
  evidence: "TD_Evidence",
  result: "TD_Result",
  resultFinal: "TD_Final",
  resultRank: "TD_Rank",
  resultGrade: "TD_Grade",
  resultAward: "TD_Award",
  history: "TD_History",
  log: "TD_Log",
  meta: "TD_Meta",
  /** Not in the v1 table: an anchor (A1 of the analysis sheet) so that a ranking run finds the sheet by name too. */
  analysis: "TD_Analysis",
  /** The printable results table (Kết quả), header row to last unit row; absent in workbooks made before it. */
  print: "TD_Print",
  /** A year summary workbook's unit table (rollup): marks the file as a roll-up that may be written over. */
  yearSummary: "TD_YearSummary",
  /** The year-end meeting's particulars (Cuộc họp): header row of cluster labels, one row per particular. */
  meeting: "TD_Meeting",
  /** The meeting's vote table (Bình xét): one row per candidate or nominee, ballots and live pass/fail. */
  votes: "TD_Votes",
  /** Units inside an award's cut-off that the score did not propose, with the reason (Bình xét). */
  leftOut: "TD_LeftOut",
  /** The ranking's input hash the vote table was drawn from, and the hash of the last tally (Bình xét). */
  voteStamp: "TD_VoteStamp",
  /** The undo snapshot of the last writing operation (very hidden sheet _thidua_undo): header row, one row per cell. */
  undo: "TD_Undo",
} as const;

export const PEER_NAME_PREFIX = "TD_Peer_";

/** TD_Minutes_<cluster>: the printable minutes of one cluster's meeting (a sheet of its own). */
export const MINUTES_NAME_PREFIX = "TD_Minutes_";

/** Every name a Thi đua workbook carries starts with this. */
export const CONTRACT_NAME_PREFIX = "TD_";
