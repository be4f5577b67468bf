// The input cells a form carries back into the master, by layer, row and the master's unit column: a self form its
// unit's actuals (and counts), self-scores and evidence; a peer form its rater's scores of the other units of its
// own cluster. Collecting writes exactly these cells, and compares exactly these to say what changed. Targets are
// not among them: they belong to the secretariat, a form carries them locked and collecting only compares them.

import type { Unit } from "../../core/model/unitTypes";
import type { FlatTemplate } from "../../core/template/flattenTemplate";
import type { FormKind } from "../meta/workbookMeta";
import { scoreRole } from "../plan/inject/inputRules";

export type FormLayer = "actual" | "self" | "evidence" | "peer";

export interface FormCell {
  layer: FormLayer;
  /** Row in flat.rows. */
  row: number;
  /** Column in the master's units (on a peer form, the ratee). */
  unit: number;
}

export const isQuantRow = (kind: string) => kind === "quant_prop" || kind === "quant_leader";

/** The units a rater scores: the others of its cluster (cluster labels compared exactly, as the sheets do). */
export function scoredBy(units: readonly Unit[], rater: number): (c: number) => boolean {
  return (c) => c !== rater && units[c].cluster === units[rater].cluster;
}

/** `unit`: the unit's column in the master (the rater's own column on a peer form, which stays locked). */
export function formCells(flat: FlatTemplate, kind: FormKind, unit: number, units: readonly Unit[]): FormCell[] {
  const cells: FormCell[] = [];
  const scored = scoredBy(units, unit);
  for (const row of flat.rows) {
    const r = row.index;
    if (kind === "peer") {
      if (!scoreRole(row)) continue;
      for (let c = 0; c < units.length; c++) if (scored(c)) cells.push({ layer: "peer", row: r, unit: c });
      continue;
    }
    if (isQuantRow(row.kind) || row.kind === "per_unit") cells.push({ layer: "actual", row: r, unit });
    if (scoreRole(row)) cells.push({ layer: "self", row: r, unit });
    if (row.leaf) cells.push({ layer: "evidence", row: r, unit });
  }
  return cells;
}
