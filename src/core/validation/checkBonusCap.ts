// Bonus above cap: per unit and layer, Σ of the bonus lines above the template's bonusCap (0 = no bonus allowed).
// The entries stay as they are (scoring caps the sum); the error sits on the unit's last non-blank bonus line.

import type { NumGrid } from "../model/gridTypes";
import type { Unit } from "../model/unitTypes";
import { render } from "../messages/messageTypes";
import { validationMessages as m } from "../messages/validationMessages";
import type { FlatTemplate } from "../template/flattenTemplate";
import type { FindingSink } from "./findingSink";
import { SCORE_TOLERANCE } from "./judgeScore";
import { siteLocation } from "./reportCellProblem";
import type { ScoreLayerSpec } from "./validateScoreLayer";
import { VALIDATION_RULES as R } from "./validationRules";

/**
 * `base` is the self grid when checking the review layer: a blank review cell means the self value stands, and the
 * review layer is reported only when it has a bonus entry of its own (otherwise the self finding already says it).
 */
export function checkBonusCap(
  flat: FlatTemplate,
  units: Unit[],
  grid: NumGrid,
  spec: ScoreLayerSpec,
  sink: FindingSink,
  base?: NumGrid,
): void {
  const lines = flat.bonusRows;
  if (lines.length === 0) return;
  const rawCap = flat.template.bonusCap;
  const cap = Number.isFinite(rawCap) && rawCap > 0 ? rawCap : 0;
  for (let c = 0; c < units.length; c++) {
    if (c === spec.ownColumn) continue;
    let sum = 0;
    let last = -1;
    for (const r of lines) {
      const own = grid[r][c];
      const value = own ?? (base ? base[r][c] : null);
      if (value !== null) sum += value;
      if (own !== null) last = r;
    }
    if (last < 0 || !(sum > cap + SCORE_TOLERANCE)) continue;
    const criterion = flat.rows[last].code;
    const who = flat.template.subject === "person" ? ("person" as const) : ("unit" as const);
    const site = { layer: spec.layer, area: spec.layer, who, unit: units[c].code, rater: spec.rater, criterion };
    sink.add(R.scoreBonusAboveCap, "error", spec.layer, () => ({
      location: siteLocation(site),
      message: render(m.bonusAboveCap, { ...site, sum, cap }),
      data: { sum, cap },
    }));
  }
}
