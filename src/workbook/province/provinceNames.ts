// The defined names of a province workbook (its own contract: README "A province workbook"), and the one name of a
// cluster workbook the province looks for that the cluster contract does not have yet.

export const PROVINCE_NAMES = {
  /** The list of proposals: header row to the last row of the last section (sections, rows, subtotals). */
  proposals: "TD_Province_Proposals",
  /** The council's vote table: one row per proposal of the list, in its order (header row excluded). */
  council: "TD_Province_Council",
  /** The council's members (mirrored from the settings) and members present: two cells, one column. */
  councilSitting: "TD_Province_CouncilSitting",
  /** One row per cluster read (or file left out): header row excluded. */
  clusters: "TD_Province_Clusters",
  /** One row per unit of the counted clusters: the table every count formula reads. */
  units: "TD_Province_Units",
  /** The statistics sheet's tables, from its first heading to its last row. */
  stats: "TD_Province_Stats",
  /** One row per finding: file, severity, sheet, cell, rule, message. */
  findings: "TD_Province_Findings",
  /** Key / value / meaning rows of the Board's settings (the value column is for input). */
  settings: "TD_Province_Settings",
  /** The metadata JSON (very hidden sheet), one chunk per cell; marks the workbook as a province workbook. */
  meta: "TD_Province_Meta",
} as const;

/** The cluster meeting's votes sheet (issue #15); the province only looks for it so far. */
export const VOTES_NAME = "TD_Votes";
