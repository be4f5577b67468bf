// A finding: one thing validation, ranking or analysis has to tell the user, located without reference to sheets.

import type { LayerId } from "../model/gridTypes";
import type { Bilingual } from "../messages/messageTypes";
import type { RuleId } from "./ruleId";

export type Severity = "error" | "warning" | "info";

/** What the finding is about. The workbook layer turns this into a sheet and cell address. */
export interface FindingLocation {
  /** Which grid: a score layer, the data grids, evidence, the units table, settings, the criteria table, history;
   * the year-end meeting's vote table (votes: `row` in it) and particulars (meeting: `field`, the cluster in data). */
  area?:
    | LayerId
    | "target"
    | "actual"
    | "evidence"
    | "units"
    | "settings"
    | "criteria"
    | "history"
    | "metadata"
    | "result"
    | "votes"
    | "meeting";
  /** Unit code (column) this is about; for a peer grid, the ratee. */
  unit?: string;
  /** Rater unit code, for peer grids. */
  rater?: string;
  /** Criterion code (row). */
  criterion?: string;
  /** Settings key, units-table field, criteria-table field, or history row when the area calls for it. */
  field?: string;
  /** Row index inside the area when no code identifies it (units table, history). 0-based. */
  row?: number;
}

/** A one-click fix the user can accept: replace the located value. */
export interface Fix {
  kind: "replace-value";
  value: number | string | null;
  label: Bilingual;
}

export interface Finding {
  /** Stable rule id, e.g. "score.out-of-range", from one of the registries (ruleId.ts). */
  rule: RuleId;
  severity: Severity;
  location: FindingLocation;
  message: Bilingual;
  fix?: Fix;
  /** The numbers behind the finding, for display and JSON. */
  data?: Record<string, number | string | boolean | null>;
}
