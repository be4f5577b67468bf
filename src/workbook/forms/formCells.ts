// The input cells a form carries back into the master, by layer, row and the master's unit column: a self form its
// unit's targets, actuals, self-scores and evidence; a peer form its rater's scores of every other unit. Collecting
// writes exactly these cells, and compares exactly these to say what changed.

import type { FlatTemplate } from "../../core/template/flattenTemplate";
import type { FormKind } from "../meta/workbookMeta";
import { scoreRole } from "../plan/inject/inputRules";

export type FormLayer = "target" | "actual" | "self" | "evidence" | "peer";

export interface FormCell {
  layer: FormLayer;
  /** Row in flat.rows. */
  row: number;
  /** Column in the master's units (on a peer form, the ratee). */
  unit: number;
}

const isQuant = (kind: string) => kind === "quant_prop" || kind === "quant_leader";

/** `unit`: the unit's column in the master (the rater's own column on a peer form, which stays locked). */
export function formCells(flat: FlatTemplate, kind: FormKind, unit: number, unitCount: number): FormCell[] {
  const cells: FormCell[] = [];
  for (const row of flat.rows) {
    const r = row.index;
    if (kind === "peer") {
      if (!scoreRole(row)) continue;
      for (let c = 0; c < unitCount; c++) if (c !== unit) cells.push({ layer: "peer", row: r, unit: c });
      continue;
    }
    if (isQuant(row.kind)) cells.push({ layer: "target", row: r, unit });
    if (isQuant(row.kind) || row.kind === "per_unit") cells.push({ layer: "actual", row: r, unit });
    if (scoreRole(row)) cells.push({ layer: "self", row: r, unit });
    if (row.leaf) cells.push({ layer: "evidence", row: r, unit });
  }
  return cells;
}
