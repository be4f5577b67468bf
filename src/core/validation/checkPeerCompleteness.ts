// A rater column with any blank (or invalid) manual or qual score is incomplete: one warning per rater × ratee of
// the rater's own cluster, because the peer aggregate leaves that column out (other clusters' columns are not asked for).

import type { NumGrid } from "../model/gridTypes";
import type { Unit } from "../model/unitTypes";
import { render } from "../messages/messageTypes";
import { validationMessages as m } from "../messages/validationMessages";
import type { FlatTemplate } from "../template/flattenTemplate";
import type { FindingSink } from "./findingSink";
import { VALIDATION_RULES as R } from "./validationRules";

export function checkPeerCompleteness(
  flat: FlatTemplate,
  units: Unit[],
  grid: NumGrid,
  rater: string,
  ownColumn: number,
  sink: FindingSink,
  otherCluster?: readonly boolean[],
): void {
  const required = flat.rows.filter((row) => row.kind === "manual" || row.kind === "qual").map((row) => row.index);
  if (required.length === 0) return;
  const missing = new Int32Array(units.length);
  for (const r of required) {
    const values = grid[r];
    for (let c = 0; c < units.length; c++) if (values[c] === null) missing[c]++;
  }
  for (let c = 0; c < units.length; c++) {
    if (c === ownColumn || otherCluster?.[c] || missing[c] === 0) continue;
    const unit = units[c].code;
    const count = missing[c];
    sink.add(R.peerIncomplete, "warning", "peer", () => ({
      location: { area: "peer", unit, rater },
      message: render(m.peerIncomplete, { rater, unit, missing: count }),
      data: { missing: count, required: required.length },
    }));
  }
}
