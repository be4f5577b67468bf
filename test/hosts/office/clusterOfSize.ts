// A valid cluster of any size for the Office host's budget tests: units in two clusters (one named like a formula),
// and entries on the step grid for every input a template asks for, so that validation finds no error and ranking
// writes its results.

import { QUAL_PASS } from "../../../src/core/parse/parseQualCell";
import type { Unit } from "../../../src/core/model/unitTypes";
import { getBuiltinTemplate } from "../../../src/core/template/builtinTemplates";
import { flattenTemplate, type CriterionRow } from "../../../src/core/template/flattenTemplate";
import type { Template } from "../../../src/core/template/templateTypes";
import type { WorkbookMode } from "../../../src/workbook/layout/workbookLayout";
import type { WorkbookInputs } from "../../../src/workbook/plan/planInputs";
import type { CellValue } from "../../../src/workbook/plan/planTypes";

export interface SizedCluster {
  template: Template;
  units: Unit[];
  mode: WorkbookMode;
  inputs: WorkbookInputs;
}

/** A score on the row's step grid, between 60 % and 96 % of its max, varying with the unit and the row. */
function manualScore(row: CriterionRow, unit: number, salt: number): number {
  const share = 0.6 + ((unit * 7 + row.index * 3 + salt) % 10) * 0.04;
  return Math.round(Math.floor((row.max / row.step) * share) * row.step * 1e9) / 1e9;
}

function scoreOf(row: CriterionRow, unit: number, salt: number): CellValue {
  if (row.kind === "manual") return manualScore(row, unit, salt);
  if (row.kind === "qual") return QUAL_PASS;
  return null;
}

export function clusterOfSize(templateId: string, mode: WorkbookMode, count: number): SizedCluster {
  const template = getBuiltinTemplate(templateId);
  if (!template) throw new Error(`clusterOfSize: no built-in template "${templateId}"`);
  const flat = flattenTemplate(template);
  const units: Unit[] = Array.from({ length: count }, (_, i) => ({
    code: `DV${String(i + 1).padStart(2, "0")}`,
    name: i === 0 ? '=HYPERLINK("http://x")' : `Đơn vị số ${i + 1}`,
    cluster: i < count / 2 ? "Cụm 1" : "Cụm 2",
    priority: false,
    disqualified: false,
  }));
  const grid = (cell: (row: CriterionRow, unit: number) => CellValue) =>
    flat.rows.map((row) => units.map((_, u) => cell(row, u)));
  const quant = (row: CriterionRow) => row.kind === "quant_prop" || row.kind === "quant_leader";
  const inputs: WorkbookInputs = {
    self: grid((row, u) => scoreOf(row, u, 0)),
    target: grid((row) => (quant(row) ? 100 : null)),
    actual: grid((row, u) => (quant(row) ? 80 + (u % 5) * 10 : row.kind === "per_unit" ? u % 4 : null)),
  };
  if (mode === "cross") {
    inputs.peers = units.map((rater, r) => ({
      rater: rater.code,
      grid: grid((row, u) => (u === r || units[u].cluster !== rater.cluster ? null : scoreOf(row, u, r + 1))),
    }));
  }
  return { template, units, mode, inputs };
}
