// Layer scores (tự chấm, chấm chéo, thẩm định): every unit column of a score grid turned into criterion points,
// capped groups, bonus, deduction and total. The hot path of a ranking run: typed arrays, no per-cell allocation.

import type { NumGrid, QuantData } from "../model/gridTypes";
import type { LayerScore } from "../model/scoringTypes";
import type { Unit } from "../model/unitTypes";
import type { FlatTemplate } from "../template/flattenTemplate";
import type { CriterionKind } from "../template/templateTypes";
import { scoreManual, scorePerUnit, scoreQual, scoreQuantLeader, scoreQuantProp } from "./scoreCriterion";

// Kinds as small integers so the cell loops switch on a typed array instead of comparing strings.
const GROUP = 0;
const MANUAL = 1;
const QUAL = 2;
const QUANT_PROP = 3;
const QUANT_LEADER = 4;
const PER_UNIT = 5;
const BONUS = 6;
const DEDUCTION = 7;
const KIND_CODE: Record<CriterionKind, number> = {
  group: GROUP,
  manual: MANUAL,
  qual: QUAL,
  quant_prop: QUANT_PROP,
  quant_leader: QUANT_LEADER,
  per_unit: PER_UNIT,
  bonus: BONUS,
  deduction: DEDUCTION,
};

/** What the cell loops need from a FlatTemplate, computed once per template. */
interface LayerPlan {
  kinds: Int8Array;
  max: Float64Array;
  /** Group rows, deepest-last in template order, so walking them backwards sums children before parents. */
  groupsBackwards: number[];
  /** Per group row: the children whose points it sums. */
  groupParts: number[][];
  /** Per group row: 1 when capped at its max (content), 0 for bonus/deduction sections, which just add up. */
  groupCapped: Uint8Array;
  contentTops: number[];
  bonusRows: number[];
  deductionRows: number[];
  bonusCap: number;
}

const plans = new WeakMap<FlatTemplate, LayerPlan>();

function planFor(flat: FlatTemplate): LayerPlan {
  const cached = plans.get(flat);
  if (cached) return cached;
  const n = flat.rows.length;
  const kinds = new Int8Array(n);
  const max = new Float64Array(n);
  const groupParts: number[][] = new Array(n);
  const groupCapped = new Uint8Array(n);
  const groupsBackwards: number[] = [];
  for (const row of flat.rows) {
    kinds[row.index] = KIND_CODE[row.kind];
    max[row.index] = row.max;
    if (row.kind !== "group") continue;
    groupsBackwards.unshift(row.index);
    const content = row.section === "content";
    groupCapped[row.index] = content ? 1 : 0;
    // Bonus and deduction lines count once, in the bonus and deduction totals, never inside a content group.
    groupParts[row.index] = content
      ? row.children.filter((c) => flat.rows[c].kind !== "bonus" && flat.rows[c].kind !== "deduction")
      : row.children;
  }
  const cap = flat.template.bonusCap;
  const plan: LayerPlan = {
    kinds,
    max,
    groupsBackwards,
    groupParts,
    groupCapped,
    contentTops: flat.contentTops,
    bonusRows: flat.bonusRows,
    deductionRows: flat.deductionRows,
    bonusCap: Number.isFinite(cap) && cap > 0 ? cap : 0,
  };
  plans.set(flat, plan);
  return plan;
}

const NO_ROW: readonly (number | null)[] = [];

/** A usable number; blank cells (null, NaN, ±Infinity, or missing past a short row) are not. */
function entered(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/**
 * Scores every unit column. `override` (a review grid) replaces `grid` on each leaf where it is entered,
 * computed rows included; pass null for a single layer.
 * Long on purpose: it is the core's inner loop (design.md asks for 5 million score cells a second), one pass over
 * typed arrays by row kind; a call per cell or per kind would cost the throughput it exists for.
 */
function scoreColumns(
  flat: FlatTemplate,
  grid: NumGrid,
  override: NumGrid | null,
  data: QuantData,
  units: Unit[],
  leaderRatios: Map<string, Float64Array>,
): LayerScore[] {
  const plan = planFor(flat);
  const { kinds, max } = plan;
  const rowCount = kinds.length;
  const unitCount = units.length;
  const points: Float64Array[] = new Array(unitCount);
  for (let c = 0; c < unitCount; c++) points[c] = new Float64Array(rowCount);
  const blanks = new Int32Array(unitCount);
  // A unit whose cluster has no ratios has no R*: NaN makes any ratio above target the leader's.
  let unknown: Float64Array | undefined;
  const bestRatios: Float64Array[] = units.map(
    (u) => leaderRatios.get(u.cluster) ?? (unknown ??= new Float64Array(rowCount).fill(NaN)),
  );

  for (let r = 0; r < rowCount; r++) {
    const kind = kinds[r];
    if (kind === GROUP) continue;
    const m = max[r];
    const own = grid[r] ?? NO_ROW;
    const fix = override ? (override[r] ?? NO_ROW) : NO_ROW;
    switch (kind) {
      case MANUAL:
      case QUAL:
      case BONUS:
      case DEDUCTION:
        for (let c = 0; c < unitCount; c++) {
          const o = fix[c];
          const v = entered(o) ? o : own[c];
          if (!entered(v)) {
            if (kind === MANUAL || kind === QUAL) blanks[c]++;
            continue;
          }
          // Out-of-range entries are validation errors: manual scores are clamped to [0, max], and a bonus below 0 or a
          // deduction above 0 counts as 0, so totals stay within their caps whatever was typed.
          if (kind === MANUAL) points[c][r] = scoreManual(m, v);
          else if (kind === QUAL) points[c][r] = scoreQual(m, v);
          else if (kind === BONUS) points[c][r] = v > 0 ? v : 0;
          else points[c][r] = v < 0 ? v : 0;
        }
        break;
      default: {
        const targets = data.target[r] ?? NO_ROW;
        const actuals = data.actual[r] ?? NO_ROW;
        const { direction, pointsEach } = flat.rows[r];
        for (let c = 0; c < unitCount; c++) {
          const o = fix[c];
          // The reviewer may correct computed points directly; those are clamped like a manual score.
          if (entered(o)) points[c][r] = scoreManual(m, o);
          else if (kind === QUANT_PROP)
            points[c][r] = scoreQuantProp(m, targets[c] ?? null, actuals[c] ?? null, direction);
          else if (kind === QUANT_LEADER)
            points[c][r] = scoreQuantLeader(m, targets[c] ?? null, actuals[c] ?? null, bestRatios[c][r]);
          else points[c][r] = scorePerUnit(m, pointsEach, actuals[c] ?? null);
        }
      }
    }
  }

  const { groupsBackwards, groupParts, groupCapped } = plan;
  for (const g of groupsBackwards) {
    const parts = groupParts[g];
    const capped = groupCapped[g] === 1;
    const m = max[g];
    for (let c = 0; c < unitCount; c++) {
      const p = points[c];
      let sum = 0;
      for (let i = 0; i < parts.length; i++) sum += p[parts[i]];
      p[g] = capped && !(sum <= m) ? (m > 0 ? m : 0) : sum;
    }
  }

  const { contentTops, bonusRows, deductionRows, bonusCap } = plan;
  const scores: LayerScore[] = new Array(unitCount);
  for (let c = 0; c < unitCount; c++) {
    const p = points[c];
    const groups: number[] = new Array(contentTops.length);
    let content = 0;
    for (let i = 0; i < contentTops.length; i++) {
      groups[i] = p[contentTops[i]];
      content += groups[i];
    }
    let bonus = 0;
    for (let i = 0; i < bonusRows.length; i++) bonus += p[bonusRows[i]];
    if (bonus > bonusCap) bonus = bonusCap;
    let deduction = 0;
    for (let i = 0; i < deductionRows.length; i++) deduction += p[deductionRows[i]];
    scores[c] = { points: p, groups, bonus, deduction, total: content + bonus + deduction, blanks: blanks[c] };
  }
  return scores;
}

/**
 * One LayerScore per unit column of a layer grid. manual, qual, bonus and deduction rows are read from the grid;
 * quant_prop, quant_leader and per_unit rows are computed from `data` (the grid's value there is ignored).
 */
export function scoreLayer(
  flat: FlatTemplate,
  grid: NumGrid,
  data: QuantData,
  units: Unit[],
  leaderRatios: Map<string, Float64Array>,
): LayerScore[] {
  return scoreColumns(flat, grid, null, data, units, leaderRatios);
}

/**
 * The last-stage layer: per leaf criterion the review value when entered, else self; on computed rows an entered
 * review value replaces the computed points. Groups and totals follow from the merged leaves.
 */
export function scoreLastStage(
  flat: FlatTemplate,
  self: NumGrid,
  review: NumGrid,
  data: QuantData,
  units: Unit[],
  leaderRatios: Map<string, Float64Array>,
): LayerScore[] {
  return scoreColumns(flat, self, review, data, units, leaderRatios);
}
