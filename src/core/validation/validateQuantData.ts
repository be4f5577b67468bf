// Parses and checks Số liệu: target and actual of quant rows, the count (in the actual grid) of per_unit rows.
// Other rows are not read. Invalid cells become null, which scoring treats as blank (0 points).

import type { CellGrid, NumGrid, QuantData } from "../model/gridTypes";
import type { Unit } from "../model/unitTypes";
import { render } from "../messages/messageTypes";
import { validationMessages as m } from "../messages/validationMessages";
import { parseNumberCell, rawText } from "../parse/parseNumberCell";
import type { CriterionRow, FlatTemplate } from "../template/flattenTemplate";
import type { FindingSink } from "./findingSink";
import { readGridRow } from "./readGridRow";
import { reportParseError, reportText, siteLocation, type CellSite } from "./reportCellProblem";
import { VALIDATION_RULES as R, type ValidationRule } from "./validationRules";
import type { RuleId } from "../findings/ruleId";

type DataRole = "target" | "actual" | "count";

/** What is wrong with a number in its role; null when it is fine. */
function dataProblem(role: DataRole, value: number): ValidationRule | null {
  if (role === "target") return value > 0 ? null : R.dataTargetNotPositive;
  if (role === "actual") return value >= 0 ? null : R.dataActualNegative;
  return value >= 0 && Number.isInteger(value) ? null : R.dataCountInvalid;
}

function reportProblem(sink: FindingSink, site: CellSite, rule: RuleId, value: number) {
  const message =
    rule === R.dataTargetNotPositive
      ? m.targetNotPositive
      : rule === R.dataActualNegative
        ? m.actualNegative
        : m.countInvalid;
  sink.add(rule, "error", site.area, () => ({
    location: siteLocation(site),
    message: render(message, {
      layer: site.layer,
      who: site.who ?? "unit",
      unit: site.unit,
      rater: "",
      criterion: site.criterion,
      value,
    }),
    data: { value },
  }));
}

function reportMissing(sink: FindingSink, site: CellSite) {
  const rule = site.layer === "count" ? R.dataCountMissing : R.dataMissing;
  const message = site.layer === "count" ? m.countMissing : m.dataMissing;
  sink.add(rule, "error", site.area, () => ({
    location: siteLocation(site),
    message: render(message, {
      layer: site.layer,
      who: site.who ?? "unit",
      unit: site.unit,
      rater: "",
      criterion: site.criterion,
    }),
  }));
}

function validateDataRow(
  grid: CellGrid,
  row: CriterionRow,
  role: DataRole,
  units: Unit[],
  out: (number | null)[],
  sink: FindingSink,
  who: "unit" | "person",
) {
  const cells = readGridRow(grid, row.index);
  const area = role === "target" ? "target" : "actual";
  const site = (c: number): CellSite => ({
    layer: role,
    area,
    who,
    unit: units[c].code,
    rater: "",
    criterion: row.code,
  });
  for (let c = 0; c < units.length; c++) {
    const v = cells[c];
    if (typeof v === "number" && v - v === 0) {
      const problem = dataProblem(role, v);
      if (problem === null) out[c] = v;
      else reportProblem(sink, site(c), problem, v);
      continue;
    }
    const p = parseNumberCell(v);
    if (p.kind === "blank") reportMissing(sink, site(c));
    else if (p.kind === "error") reportParseError(sink, site(c), p);
    else if (p.fix) reportText(sink, site(c), rawText(v), p.value, p.fix.reason, dataProblem(role, p.value) === null);
  }
}

export function validateQuantData(
  target: CellGrid,
  actual: CellGrid,
  flat: FlatTemplate,
  units: Unit[],
  sink: FindingSink,
): QuantData {
  const blankGrid = (): NumGrid => flat.rows.map(() => new Array<number | null>(units.length).fill(null));
  const data: QuantData = { target: blankGrid(), actual: blankGrid() };
  const who = flat.template.subject === "person" ? "person" : "unit";
  for (const row of flat.rows) {
    if (row.kind === "quant_prop" || row.kind === "quant_leader") {
      validateDataRow(target, row, "target", units, data.target[row.index], sink, who);
      validateDataRow(actual, row, "actual", units, data.actual[row.index], sink, who);
    } else if (row.kind === "per_unit") {
      validateDataRow(actual, row, "count", units, data.actual[row.index], sink, who);
    }
  }
  return data;
}
