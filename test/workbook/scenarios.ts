// Filled scenarios for workbook tests and the LibreOffice recalculation suite: a built-in template, units in two
// clusters, self scores with ties and full points, quant data, a partial review and peer grids, all valid entries
// (core and formulas must agree on valid input), as plain data a test can inject, fill and compare.

import { resolveSettings } from "../../src/core/settings/defaultSettings";
import type { Lang, Settings, SettingsOverrides } from "../../src/core/settings/settingsTypes";
import { getBuiltinTemplate } from "../../src/core/template/builtinTemplates";
import { modeSettings } from "../../src/workbook/settings/modeSettings";
import { flattenTemplate, type FlatTemplate } from "../../src/core/template/flattenTemplate";
import type { Template } from "../../src/core/template/templateTypes";
import type { Unit } from "../../src/core/model/unitTypes";
import { QUAL_FAIL, QUAL_PASS } from "../../src/core/parse/parseQualCell";
import type { RawInputs } from "../../src/core/validation/rawInputTypes";
import type { WorkbookMode } from "../../src/workbook/layout/workbookLayout";
import { seededRandom } from "../../src/cli/demo/seededRandom";
import type { CellValue } from "../../src/workbook/plan/planTypes";
import type { WorkbookInputs } from "../../src/workbook/plan/planInputs";

export type Grid = CellValue[][];

export interface Scenario {
  templateId: string;
  mode: WorkbookMode;
  seed: number;
  template: Template;
  units: Unit[];
  /** Cluster overrides given to planInject (merged over the template's own settings). */
  settings: SettingsOverrides;
  lang: Lang;
  period: string;
  clusterTitle: string;
  /** Every grid rows (flat order) × units (units order), as a person would type the cells. */
  inputs: Required<Pick<WorkbookInputs, "target" | "actual" | "self" | "evidence">> & WorkbookInputs;
}

function blankGrid(flat: FlatTemplate, units: number): Grid {
  return flat.rows.map(() => new Array<CellValue>(units).fill(null));
}

/** How well a unit does: full points, a strong year, or a weak one (for a spread of grades). */
type Level = "full" | "high" | "low";

function levelOf(column: number): Level {
  return column === 3 ? "full" : column === 5 ? "low" : "high";
}

/** A manual score on the step grid within [0, max]: max, 75–100 % of it, or 30–60 % of it. */
function manualScore(random: () => number, max: number, step: number, level: Level = "high"): number {
  const steps = Math.floor(max / step + 1e-9);
  const share = level === "full" ? 1 : level === "high" ? 0.75 + 0.25 * random() : 0.3 + 0.3 * random();
  const k = Math.floor(steps * share);
  return Math.round(k * step * 1e9) / 1e9;
}

function makeUnits(random: () => number): Unit[] {
  const second = 2 + Math.floor(random() * 2);
  const names = ["Phường Đông", "Xã Tây Sơn", "+Phường Bắc", '=HYPERLINK("http://x")', "Xã Nam Cường", "Thị trấn Mới"];
  const units: Unit[] = [];
  for (let i = 0; i < 6; i++) {
    units.push({ code: `P0${i + 1}`, name: names[i], cluster: "Cụm 1", priority: i === 1, disqualified: i === 4 });
  }
  for (let i = 0; i < second; i++) {
    units.push({ code: `X${i + 1}`, name: `Xã số ${i + 1}`, cluster: "Cụm 2", priority: false, disqualified: false });
  }
  return units;
}

/** Self-scores of every manual, qual, bonus and deduction row; column 1 copies column 0 so their totals tie. */
function selfGrid(flat: FlatTemplate, units: Unit[], random: () => number): Grid {
  const grid = blankGrid(flat, units.length);
  const cap = flat.template.bonusCap;
  for (let c = 0; c < units.length; c++) {
    let bonusLeft = c === 2 ? cap : cap * random();
    for (const row of flat.rows) {
      const r = row.index;
      if (row.kind === "manual") grid[r][c] = manualScore(random, row.max, row.step, levelOf(c));
      else if (row.kind === "qual") grid[r][c] = random() < 0.8 || c === 3 ? QUAL_PASS : QUAL_FAIL;
      else if (row.kind === "bonus") {
        const lineMax = row.max > 0 ? row.max : cap;
        const value = Math.min(lineMax, Math.floor(bonusLeft * 4) / 4);
        // Blank bonus lines are fine (0); some units leave them blank.
        if (value > 0 && random() < 0.7) {
          grid[r][c] = value;
          bonusLeft -= value;
        }
      } else if (row.kind === "deduction" && random() < 0.4) {
        const limit = row.max > 0 ? row.max : 5;
        grid[r][c] = -Math.max(0.25, Math.floor(limit * random() * 4) / 4);
      }
    }
  }
  // Units 0 and 1 tie on everything but the priority flag (unit 1 has it).
  for (const row of grid) row[1] = row[0];
  return grid;
}

function dataGrids(flat: FlatTemplate, units: Unit[], random: () => number): { target: Grid; actual: Grid } {
  const target = blankGrid(flat, units.length);
  const actual = blankGrid(flat, units.length);
  for (const row of flat.rows) {
    const r = row.index;
    for (let c = 0; c < units.length; c++) {
      if (row.kind === "quant_prop" || row.kind === "quant_leader") {
        const t = Math.round((50 + random() * 950) * 100) / 100;
        // Some below target, some above, unit 4 exactly on it; actual 0 on a "down" row earns max.
        const level = levelOf(c);
        const factor =
          level === "full" ? 1.2 : level === "low" ? 0.5 + random() * 0.3 : c === 4 ? 1 : 0.85 + random() * 0.45;
        target[r][c] = t;
        actual[r][c] = row.direction === "down" && c === 3 ? 0 : Math.round(t * factor * 100) / 100;
      } else if (row.kind === "per_unit") {
        actual[r][c] = Math.floor(random() * 6);
      }
    }
  }
  // Units 0 and 1 share their data too, so the tie holds on computed rows.
  for (const grid of [target, actual]) for (const row of grid) row[1] = row[0];
  return { target, actual };
}

/** A partial review: about one leaf in five per unit gets a valid entry; blank elsewhere means self accepted. */
function reviewGrid(flat: FlatTemplate, units: Unit[], random: () => number): { review: Grid; notes: Grid } {
  const review = blankGrid(flat, units.length);
  const notes = blankGrid(flat, units.length);
  for (const row of flat.rows) {
    if (!row.leaf) continue;
    for (let c = 2; c < units.length; c++) {
      if (random() >= 0.2) continue;
      let value: CellValue;
      if (row.kind === "manual") value = manualScore(random, row.max, row.step);
      else if (row.kind === "qual") value = random() < 0.5 ? QUAL_PASS : QUAL_FAIL;
      else if (row.kind === "bonus") value = 0;
      else if (row.kind === "deduction") value = row.max > 0 ? -Math.min(row.max, 1) : -1;
      else value = Math.floor(row.max * (0.3 + 0.5 * random()) * 100) / 100;
      review[row.index][c] = value;
      notes[row.index][c] = "Biên bản thẩm định số 12/BB";
    }
  }
  return { review, notes };
}

/** Each rater scores every other unit of its cluster on manual and qual rows; one rater leaves one cell blank. */
function peerGrids(flat: FlatTemplate, units: Unit[], random: () => number): { rater: string; grid: Grid }[] {
  return units.map((rater, i) => {
    const grid = blankGrid(flat, units.length);
    for (let c = 0; c < units.length; c++) {
      if (c === i || units[c].cluster !== rater.cluster) continue;
      for (const row of flat.rows) {
        if (row.kind === "manual") grid[row.index][c] = manualScore(random, row.max, row.step);
        else if (row.kind === "qual") grid[row.index][c] = random() < 0.85 ? QUAL_PASS : QUAL_FAIL;
        else if (row.kind === "bonus" && random() < 0.2) grid[row.index][c] = 0;
      }
    }
    if (i === 2) {
      const firstManual = flat.rows.find((row) => row.kind === "manual" || row.kind === "qual");
      if (firstManual) grid[firstManual.index][0] = null;
    }
    return { rater: rater.code, grid };
  });
}

function evidenceGrid(flat: FlatTemplate, self: Grid, actual: Grid, units: Unit[]): Grid {
  const grid = blankGrid(flat, units.length);
  for (const row of flat.rows) {
    if (!row.leaf) continue;
    for (let c = 0; c < units.length; c++) {
      const computed = row.kind === "quant_prop" || row.kind === "quant_leader" || row.kind === "per_unit";
      const value = computed ? actual[row.index][c] : self[row.index][c];
      if (value === null || value === 0) continue;
      grid[row.index][c] =
        c === 3 ? '=HYPERLINK("http://minhchung.example/1")' : `Văn bản số ${row.index + 1}/${units[c].code}`;
    }
  }
  return grid;
}

/** A filled, valid scenario for a built-in template and mode; the same seed gives the same scenario. */
export function scenarioFor(templateId: string, mode: WorkbookMode, seed: number): Scenario {
  const template = getBuiltinTemplate(templateId);
  if (!template) throw new Error(`scenarioFor: no built-in template "${templateId}"`);
  const flat = flattenTemplate(template);
  const random = seededRandom(seed);
  const units = makeUnits(random);
  const { target, actual } = dataGrids(flat, units, random);
  const self = selfGrid(flat, units, random);
  const inputs: Scenario["inputs"] = { target, actual, self, evidence: evidenceGrid(flat, self, actual, units) };
  if (mode !== "self") {
    const { review, notes } = reviewGrid(flat, units, random);
    inputs.review = review;
    inputs.reviewNotes = notes;
  }
  if (mode === "cross") inputs.peers = peerGrids(flat, units, random);
  return {
    templateId,
    mode,
    seed,
    template,
    units,
    settings: {},
    lang: "vi",
    period: "2026",
    clusterTitle: "Cụm thi đua số 1",
    inputs,
  };
}

/** The settings planInject resolves for a scenario (cross mode brings the weighted rule: modeSettings). */
export function scenarioSettings(scenario: Scenario): Settings {
  return resolveSettings(scenario.template.settings, modeSettings(scenario.mode), scenario.settings, {
    lang: scenario.lang,
  });
}

/** The scenario as the core's validation input, for computing the numbers the workbook must show. */
export function scenarioRawInputs(scenario: Scenario): RawInputs {
  const { inputs } = scenario;
  const raw: RawInputs = {
    flat: flattenTemplate(scenario.template),
    units: scenario.units,
    settings: scenarioSettings(scenario),
    target: inputs.target,
    actual: inputs.actual,
    self: inputs.self,
    evidence: inputs.evidence,
  };
  if (scenario.mode !== "self") {
    raw.review = inputs.review ?? [];
    raw.reviewNotes = inputs.reviewNotes ?? [];
  }
  if (scenario.mode === "cross") raw.peers = (inputs.peers ?? []).map((p) => ({ rater: p.rater, grid: p.grid }));
  return raw;
}
