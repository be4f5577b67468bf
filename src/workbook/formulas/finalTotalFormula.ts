// The final total a unit is ranked on, as a formula over its self, peer and review cells, equal to core's
// finalScore.ts: last-stage takes the review-layer total (self where nothing was reviewed); weighted blends the
// layers present and drops the weights of missing ones.

import type { FinalRule, Settings } from "../../core/settings/settingsTypes";
import { formulaNumber } from "./formulaLiteral";

export interface LayerTotalCells {
  self: string;
  /** Peer aggregate cell ("" when no complete rater), null when the workbook has no peer layer. */
  peer: string | null;
  /** Review-layer total cell ("" when nothing is reviewed anywhere), null when there is no review layer. */
  review: string | null;
  /** The last-stage total (final points sheet), which equals self when nothing is reviewed. */
  lastStage: string;
}

export function finalTotalFormula(rule: FinalRule, weights: Settings["weights"], cells: LayerTotalCells): string {
  if (rule === "last-stage") return cells.lastStage;
  const numerator: string[] = [];
  const denominator: string[] = [];
  const weight = (w: number) => formulaNumber(Number.isFinite(w) ? w : 0);
  if (weights.self !== 0) {
    numerator.push(`${weight(weights.self)}*${cells.self}`);
    denominator.push(weight(weights.self));
  }
  for (const layer of ["peer", "review"] as const) {
    const cell = cells[layer];
    const w = weights[layer];
    if (cell === null || w === 0) continue;
    // A layer's cell holds "" when it is missing: N() reads it as 0 and ISNUMBER drops its weight.
    numerator.push(`${weight(w)}*N(${cell})`);
    denominator.push(`${weight(w)}*ISNUMBER(${cell})`);
  }
  if (numerator.length === 0) return cells.self;
  const den = denominator.join("+");
  // With only zero-weight layers left, self stands in (core: no division by zero).
  return `IF((${den})>0,(${numerator.join("+")})/(${den}),${cells.self})`;
}
