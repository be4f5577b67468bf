// The demo cluster's entries, filled deterministically from a seed: self scores near each department's strength,
// task targets and actuals, evidence, exactly one bonus, one deduction, a partial review, and two departments
// whose totals tie while their group I points differ, so that the tie-break chain decides between them.

import type { Unit } from "../../core/model/unitTypes";
import { QUAL_FAIL, QUAL_PASS } from "../../core/parse/parseQualCell";
import { getBuiltinTemplate } from "../../core/template/builtinTemplates";
import { flattenTemplate, type CriterionRow, type FlatTemplate } from "../../core/template/flattenTemplate";
import type { Template } from "../../core/template/templateTypes";
import type { CellValue } from "../../workbook/plan/planTypes";
import type { WorkbookInputs } from "../../workbook/plan/planInputs";
import {
  DEMO_BONUS,
  DEMO_DEDUCTION,
  DEMO_REVIEW,
  DEMO_TEMPLATE_ID,
  DEMO_TEXTS,
  DEMO_TIE,
  DEMO_UNITS,
} from "./demoData";
import { seededRandom } from "./seededRandom";

export const DEMO_SEED = 2025;
/** Points moved between two criteria of the tied department: same total, less in group I. */
const TIE_SHIFT = 0.5;

type Grid = CellValue[][];

export interface DemoCluster {
  template: Template;
  flat: FlatTemplate;
  units: Unit[];
  inputs: Required<Pick<WorkbookInputs, "target" | "actual" | "self" | "evidence" | "review" | "reviewNotes">>;
}

const onStep = (value: number, step: number) => Math.round(Math.round(value / step) * step * 1e6) / 1e6;

function blank(flat: FlatTemplate, columns: number): Grid {
  return flat.rows.map(() => new Array<CellValue>(columns).fill(null));
}

function rowOf(flat: FlatTemplate, code: string): CriterionRow {
  const index = flat.byCode.get(code);
  if (index === undefined) throw new Error(`The demo needs criterion ${code} in ${DEMO_TEMPLATE_ID}`);
  return flat.rows[index];
}

function columnOf(units: readonly Unit[], code: string): number {
  const index = units.findIndex((u) => u.code === code);
  if (index < 0) throw new Error(`The demo has no unit ${code}`);
  return index;
}

export function demoCluster(seed = DEMO_SEED): DemoCluster {
  const template = getBuiltinTemplate(DEMO_TEMPLATE_ID);
  if (!template) throw new Error(`Built-in template ${DEMO_TEMPLATE_ID} is missing`);
  const flat = flattenTemplate(template);
  const random = seededRandom(seed);
  const n = DEMO_UNITS.length;
  const [target, actual, self, evidence, review, reviewNotes] = Array.from({ length: 6 }, () => blank(flat, n));
  const weakest = DEMO_UNITS.reduce((low, u, i) => (u.strength < DEMO_UNITS[low].strength ? i : low), 0);
  const partyGrade = firstQual(flat).index;

  DEMO_UNITS.forEach((u, c) => {
    // Self scores lean high, as self scores do.
    const near = (spread: number) => Math.min(1, Math.max(0.6, u.strength + 0.03 + (random() - 0.5) * spread));
    for (const row of flat.rows) {
      const r = row.index;
      if (row.kind === "manual") self[r][c] = onStep(row.max * near(0.1), row.step);
      else if (row.kind === "qual") {
        // The weakest department's party organisation was not graded "well" this year.
        const pass = !(c === weakest && r === partyGrade);
        self[r][c] = pass ? QUAL_PASS : QUAL_FAIL;
        if (pass) evidence[r][c] = r === partyGrade ? DEMO_TEXTS.qualEvidence(u.code) : DEMO_TEXTS.pactEvidence(u.code);
      } else if (row.kind === "quant_prop" && row.direction === "up") {
        const tasks = 40 + Math.floor(random() * 60);
        target[r][c] = tasks;
        actual[r][c] = Math.min(tasks, Math.round(tasks * near(0.1)));
      } else if (row.kind === "quant_prop") {
        // Late dossiers, in per cent: 2 % allowed; strong departments have none or almost none.
        target[r][c] = 2;
        actual[r][c] = Math.round((1 - u.strength) * 25 * random()) / 10;
      } else if (row.kind === "per_unit") {
        const count = Math.floor(u.strength * 4 * random());
        actual[r][c] = count;
        if (count > 0) evidence[r][c] = DEMO_TEXTS.countEvidence(count);
      }
    }
  });

  const bonus = rowOf(flat, DEMO_BONUS.criterion);
  const bonusColumn = columnOf(DEMO_UNITS, DEMO_BONUS.unit);
  self[bonus.index][bonusColumn] = DEMO_BONUS.points;
  evidence[bonus.index][bonusColumn] = DEMO_TEXTS.bonusEvidence;
  const deduction = rowOf(flat, DEMO_DEDUCTION.criterion);
  const deductionColumn = columnOf(DEMO_UNITS, DEMO_DEDUCTION.unit);
  self[deduction.index][deductionColumn] = DEMO_DEDUCTION.points;
  evidence[deduction.index][deductionColumn] = DEMO_TEXTS.deductionEvidence;

  makeTie(
    flat,
    [target, actual, self, evidence],
    columnOf(DEMO_UNITS, DEMO_TIE.ahead),
    columnOf(DEMO_UNITS, DEMO_TIE.behind),
  );

  for (const entry of DEMO_REVIEW) {
    const row = rowOf(flat, entry.criterion);
    const c = columnOf(DEMO_UNITS, entry.unit);
    const selfScore = self[row.index][c];
    if (typeof selfScore !== "number") throw new Error(`The demo reviews ${entry.criterion}, which has no self score`);
    review[row.index][c] = Math.max(0, onStep(selfScore + entry.delta, row.step));
    reviewNotes[row.index][c] = DEMO_TEXTS.reviewNote;
  }

  const units: Unit[] = DEMO_UNITS.map((u) => ({
    code: u.code,
    name: u.name,
    cluster: u.cluster,
    priority: u.priority,
    disqualified: u.disqualified,
  }));
  return { template, flat, units, inputs: { target, actual, self, evidence, review, reviewNotes } };
}

function firstQual(flat: FlatTemplate): CriterionRow {
  const row = flat.rows.find((r) => r.kind === "qual");
  if (!row) throw new Error(`The demo needs a pass/fail criterion in ${DEMO_TEMPLATE_ID}`);
  return row;
}

/**
 * Gives `behind` the entries of `ahead`, then moves TIE_SHIFT points from a group I criterion to a criterion of
 * another group: equal totals, lower group I, so the first tie-break step puts `ahead` first.
 */
function makeTie(flat: FlatTemplate, grids: Grid[], ahead: number, behind: number): void {
  for (const grid of grids) for (const row of grid) row[behind] = row[ahead];
  const self = grids[2];
  const firstGroup = flat.contentTops[0];
  const manual = (r: CriterionRow) => r.kind === "manual";
  const from = flat.rows.find((r) => manual(r) && r.top === firstGroup && Number(self[r.index][behind]) >= TIE_SHIFT);
  const to = flat.rows.find(
    (r) => manual(r) && r.top !== firstGroup && Number(self[r.index][behind]) <= r.max - TIE_SHIFT,
  );
  if (!from || !to) throw new Error("The demo cannot shape its tie from these scores");
  self[from.index][behind] = Number(self[from.index][behind]) - TIE_SHIFT;
  self[to.index][behind] = Number(self[to.index][behind]) + TIE_SHIFT;
}
