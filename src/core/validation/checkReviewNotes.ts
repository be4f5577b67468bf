// A review (thẩm định) value that changes the self value needs a note: warn where the note cell is blank.

import type { CellGrid, NumGrid } from "../model/gridTypes";
import type { Unit } from "../model/unitTypes";
import { render } from "../messages/messageTypes";
import { validationMessages as m } from "../messages/validationMessages";
import { QUAL_FAIL, QUAL_PASS } from "../parse/parseQualCell";
import type { FlatTemplate } from "../template/flattenTemplate";
import type { FindingSink } from "./findingSink";
import { SCORE_TOLERANCE } from "./judgeScore";
import { isBlankCell, readGridRow } from "./readGridRow";
import { VALIDATION_RULES as R } from "./validationRules";

/**
 * On computed rows (quant_*, per_unit) any review value replaces points the workbook computed, so it always counts
 * as a change. A blank self cell counts as changed by any review value.
 */
export function checkReviewNotes(
  flat: FlatTemplate,
  units: Unit[],
  self: NumGrid,
  review: NumGrid,
  notes: CellGrid,
  sink: FindingSink,
): void {
  for (const row of flat.rows) {
    if (!row.leaf) continue;
    const computed = row.kind === "quant_prop" || row.kind === "quant_leader" || row.kind === "per_unit";
    const shown = (v: number) => (row.kind === "qual" ? (v === 1 ? QUAL_PASS : QUAL_FAIL) : v);
    const noteRow = readGridRow(notes, row.index);
    for (let c = 0; c < units.length; c++) {
      const rv = review[row.index][c];
      if (rv === null) continue;
      const sv = self[row.index][c];
      if (!computed && sv !== null && Math.abs(rv - sv) <= SCORE_TOLERANCE) continue;
      if (!isBlankCell(noteRow[c])) continue;
      const unit = units[c].code;
      const criterion = row.code;
      sink.add(R.reviewChangeWithoutNote, "warning", "review", () => ({
        location: { area: "review", unit, criterion },
        message: computed
          ? render(m.reviewOverride, { unit, criterion, review: rv })
          : sv === null
            ? render(m.reviewFilledBlank, { unit, criterion, review: shown(rv) })
            : render(m.reviewChanged, { unit, criterion, self: shown(sv), review: shown(rv) }),
        data: { self: computed ? null : sv, review: rv },
      }));
    }
  }
}
