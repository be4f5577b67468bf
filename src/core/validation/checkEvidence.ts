// Evidence (minh chứng) warnings on the self layer: a non-zero bonus, deduction, or evidence-required criterion
// whose evidence cell is blank.

import type { CellGrid, NumGrid, QuantData } from "../model/gridTypes";
import type { Unit } from "../model/unitTypes";
import { render } from "../messages/messageTypes";
import { validationMessages as m } from "../messages/validationMessages";
import { QUAL_PASS } from "../parse/parseQualCell";
import type { FlatTemplate } from "../template/flattenTemplate";
import type { FindingSink } from "./findingSink";
import { isBlankCell, readGridRow } from "./readGridRow";
import { VALIDATION_RULES as R } from "./validationRules";

/** On computed rows the unit's own input is the actual (or count), so that is what needs evidence. */
export function checkEvidence(
  flat: FlatTemplate,
  units: Unit[],
  self: NumGrid,
  data: QuantData,
  evidence: CellGrid,
  sink: FindingSink,
): void {
  for (const row of flat.rows) {
    if (!row.leaf) continue;
    const isLine = row.kind === "bonus" || row.kind === "deduction";
    if (!isLine && !row.evidenceRequired) continue;
    const computed = row.kind === "quant_prop" || row.kind === "quant_leader" || row.kind === "per_unit";
    const values = computed ? data.actual[row.index] : self[row.index];
    const notes = readGridRow(evidence, row.index);
    const message =
      row.kind === "bonus"
        ? m.evidenceMissingBonus
        : row.kind === "deduction"
          ? m.evidenceMissingDeduction
          : m.evidenceMissing;
    for (let c = 0; c < units.length; c++) {
      const value = values[c];
      if (value === null || value === 0 || !isBlankCell(notes[c])) continue;
      const unit = units[c].code;
      const shown = row.kind === "qual" ? QUAL_PASS : value;
      sink.add(R.evidenceMissing, "warning", "evidence", () => ({
        location: { area: "evidence", unit, criterion: row.code },
        message: render(message, { unit, criterion: row.code, value: shown }),
        data: { value, kind: row.kind },
      }));
    }
  }
}
