// The self-test's built-in cluster (cụm tự kiểm tra): five communes and wards of the reference template in two
// clusters, cross-scored, with every criterion kind filled, a tie that only the priority flag breaks, one bonus and
// one deduction, a partial review, and one entry typed with a decimal comma ("26,5") for validation to catch and fix.
// Built from fixed numbers, not a random generator: the same cluster on every Excel, so two reports compare.

import type { Unit } from "../../core/model/unitTypes";
import { QUAL_FAIL, QUAL_PASS } from "../../core/parse/parseQualCell";
import type { SettingsOverrides } from "../../core/settings/settingsTypes";
import { getBuiltinTemplate } from "../../core/template/builtinTemplates";
import { flattenTemplate, type CriterionRow, type FlatTemplate } from "../../core/template/flattenTemplate";
import type { Template } from "../../core/template/templateTypes";
import type { WorkbookMode } from "../layout/workbookLayout";
import type { WorkbookInputs } from "../plan/planInputs";
import type { CellValue } from "../plan/planTypes";

/** cum-xa-phuong holds every criterion kind (quant_leader, quant_prop up and down, per_unit, manual, qual, bonus, deduction). */
export const SELF_TEST_TEMPLATE_ID = "cum-xa-phuong";
export const SELF_TEST_MODE: WorkbookMode = "cross";
export const SELF_TEST_PERIOD = "2026";
export const SELF_TEST_CLUSTER_TITLE = "Cụm tự kiểm tra";

type Grid = CellValue[][];

/** A cell of the self grid by criterion row and unit column (0-based). */
export interface GridCell {
  row: number;
  unit: number;
}

export interface SelfTestCluster {
  template: Template;
  flat: FlatTemplate;
  units: Unit[];
  /** Every entry as a person types it, the decimal-comma entry included. */
  inputs: Required<
    Pick<WorkbookInputs, "target" | "actual" | "self" | "evidence" | "review" | "reviewNotes" | "peers">
  >;
  /** The self score typed with a decimal comma: the text typed and the number validation must offer as its fix. */
  commaEntry: GridCell & { typed: string; value: number };
  /** The self score the first unit changes in its returned form, and the value it sends back. */
  formEdit: GridCell & { value: number };
}

/**
 * Units share a profile when they must tie: P01 and P02 enter the same scores and data, so only the tie-break chain
 * (ending at P02's priority flag) separates them.
 */
const UNITS: readonly (Unit & { profile: number })[] = [
  { code: "P01", name: "Phường Đông Hòa", cluster: "Cụm số 1", priority: false, disqualified: false, profile: 0 },
  { code: "P02", name: "Phường Tây Sơn", cluster: "Cụm số 1", priority: true, disqualified: false, profile: 0 },
  { code: "P03", name: "Xã Bắc Bình", cluster: "Cụm số 1", priority: false, disqualified: false, profile: 1 },
  { code: "X01", name: "Xã Nam Cường", cluster: "Cụm số 2", priority: false, disqualified: false, profile: 2 },
  { code: "X02", name: "Thị trấn Tân Mỹ", cluster: "Cụm số 2", priority: false, disqualified: false, profile: 3 },
];

/** Per profile: share of max a unit gives itself, share its peers give it, and its data against target. */
const SELF_SHARE = [0.93, 0.8, 0.88, 0.72];
const PEER_SHARE = [0.9, 0.78, 0.85, 0.7];
const UP_FACTOR = [1.1, 0.9, 1, 0.75];
const DOWN_FACTOR = [0.5, 0.9, 0.7, 1.2];
const COUNTS = [4, 2, 3, 1];

const onStep = (value: number, step: number) => Math.round(Math.floor(value / step + 1e-9) * step * 1e6) / 1e6;
const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));
const round2 = (value: number) => Math.round(value * 100) / 100;

function blank(flat: FlatTemplate, columns: number): Grid {
  return flat.rows.map(() => new Array<CellValue>(columns).fill(null));
}

function rowOf(flat: FlatTemplate, code: string): CriterionRow {
  const index = flat.byCode.get(code);
  if (index === undefined) throw new Error(`The self-test needs criterion ${code} in ${SELF_TEST_TEMPLATE_ID}`);
  return flat.rows[index];
}

const manualScore = (row: CriterionRow, share: number) =>
  clamp(onStep(row.max * (share - 0.04 * (row.index % 3)), row.step), row.max);

export function selfTestCluster(): SelfTestCluster {
  const template = getBuiltinTemplate(SELF_TEST_TEMPLATE_ID);
  if (!template) throw new Error(`Built-in template ${SELF_TEST_TEMPLATE_ID} is missing`);
  const flat = flattenTemplate(template);
  const units: Unit[] = UNITS.map(({ profile: _profile, ...unit }) => unit);
  const n = units.length;
  const [target, actual, self, evidence, review, reviewNotes] = Array.from({ length: 6 }, () => blank(flat, n));

  UNITS.forEach(({ profile }, c) => {
    for (const row of flat.rows) {
      const r = row.index;
      if (row.kind === "manual") self[r][c] = manualScore(row, SELF_SHARE[profile]);
      else if (row.kind === "qual")
        self[r][c] = profile === 3 && r === rowOf(flat, "VI.1").index ? QUAL_FAIL : QUAL_PASS;
      else if (row.kind === "quant_prop" || row.kind === "quant_leader") {
        const goal = 100 + 10 * r;
        target[r][c] = goal;
        actual[r][c] = round2(goal * (row.direction === "down" ? DOWN_FACTOR[profile] : UP_FACTOR[profile]));
      } else if (row.kind === "per_unit") actual[r][c] = COUNTS[profile];
    }
  });
  // One bonus and one deduction line each for two units, with the documents that justify them.
  self[rowOf(flat, "B.1").index][2] = 5;
  self[rowOf(flat, "B.2").index][3] = 2.5;
  self[rowOf(flat, "D.1").index][4] = -2;
  self[rowOf(flat, "D.2").index][2] = -1.5;

  // The entry typed with a decimal comma: X01's first manual criterion, a half point above a whole number.
  const first = flat.rows.find((row) => row.kind === "manual");
  if (!first) throw new Error(`${SELF_TEST_TEMPLATE_ID} has no manual criterion`);
  const commaValue = Math.min(first.max - 0.5, Math.floor(first.max * SELF_SHARE[2])) + 0.5;
  self[first.index][3] = commaValue;
  const commaEntry = { row: first.index, unit: 3, typed: String(commaValue).replace(".", ","), value: commaValue };

  for (const row of flat.rows) {
    if (!row.leaf) continue;
    for (let c = 0; c < n; c++) {
      const computed = row.kind === "quant_prop" || row.kind === "quant_leader" || row.kind === "per_unit";
      const entered = computed ? actual[row.index][c] : self[row.index][c];
      if (entered !== null && entered !== 0) evidence[row.index][c] = `Văn bản số ${row.index + 1}/${units[c].code}`;
    }
  }

  // A partial review: two entries below the self score, each with the minutes that decided it.
  for (const [code, unit, less] of [
    ["II.4", 2, 2],
    ["IV.3", 3, 1.5],
  ] as const) {
    const r = rowOf(flat, code).index;
    review[r][unit] = (self[r][unit] as number) - less;
    reviewNotes[r][unit] = "Biên bản thẩm định số 01/BB-CTĐ";
  }
  self[commaEntry.row][commaEntry.unit] = commaEntry.typed;

  // Each rater scores the other units of its cluster on every manual and qual criterion, by the ratee's profile, so
  // that units of one profile get the same peer total.
  const peers = units.map((rater, i) => {
    const grid = blank(flat, n);
    UNITS.forEach(({ profile, cluster }, c) => {
      if (c === i || cluster !== rater.cluster) return;
      for (const row of flat.rows) {
        if (row.kind === "manual") grid[row.index][c] = manualScore(row, PEER_SHARE[profile]);
        else if (row.kind === "qual") grid[row.index][c] = QUAL_PASS;
      }
    });
    return { rater: rater.code, grid };
  });

  const formRow = flat.rows.find((row) => row.kind === "manual" && row.index !== first.index) ?? first;
  const formEdit = { row: formRow.index, unit: 0, value: (self[formRow.index][0] as number) - formRow.step * 2 };

  return {
    template,
    flat,
    units,
    inputs: { target, actual, self, evidence, review, reviewNotes, peers },
    commaEntry,
    formEdit,
  };
}

/** The self grid with the decimal-comma entry as its fix writes it (a number). */
export function fixedSelf(cluster: SelfTestCluster): Grid {
  const grid = cluster.inputs.self.map((row) => [...row]);
  grid[cluster.commaEntry.row][cluster.commaEntry.unit] = cluster.commaEntry.value;
  return grid;
}

/**
 * The settings change the self-test makes: other layer weights and grade thresholds, so that every final total,
 * rank and grade formula is planned again (thresholds stay at or above the default floors).
 */
export const SELF_TEST_SETTINGS_CHANGE: SettingsOverrides = {
  weights: { self: 0.1, peer: 0.4, review: 0.5 },
  grades: { thresholds: { HTXSNV: 0.88, HTTNV: 0.82, HTNV: 0.72 } },
};
