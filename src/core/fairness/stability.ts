// Stability while scores are missing: could the blank cells still change who is ranked 1 in a cluster? If so, the
// result is not yet final (kết quả chưa phải cuối cùng).

import type { Finding } from "../findings/findingTypes";
import { fairnessMessages } from "../messages/fairnessMessages";
import type { NumGrid } from "../model/gridTypes";
import type { RankingResult, ScoringInput } from "../model/scoringTypes";
import type { Unit } from "../model/unitTypes";
import { clusterLabel, unitList } from "../ranking/unitLabel";
import type { Lang } from "../settings/settingsTypes";
import type { CriterionRow } from "../template/flattenTemplate";
import { FAIRNESS_RULES } from "./fairnessRules";

/** Units named in the sentence before "and n more". */
const NAMES_SHOWN = 5;

export interface ClusterStability {
  cluster: string;
  /** Blank score cells that count as missing, attributed to the cluster of the unit scored. */
  missing: number;
  /** Unit codes at rank 1 now, with every blank filled with 0, and with every blank at full points. */
  current: string[];
  ifZero: string[];
  ifMax: string[];
  /** true when neither scenario changes the set of rank-1 units (or nothing is missing). */
  final: boolean;
}

interface MissingCell {
  /** -1 for the self grid, else the index in input.peers. */
  grid: number;
  row: number;
  column: number;
  /** The value a full score takes: the criterion's max, or 1 (Đạt) on a qual row. */
  full: number;
}

/**
 * Missing = blank manual/qual cells of the self grid, and blank manual/qual cells of each peer grid in the columns
 * of the rater's own cluster except its own column. Review blanks are not missing: they mean "self accepted".
 * Peer columns of other clusters are not missing either: a rater scores the units it competes with, and filling
 * another cluster's columns would invent raters for that cluster.
 *
 * The two scenarios fill every blank with 0 and every blank with full points. They bound the outcome only
 * approximately: peer trimming and quant_leader (relative to the cluster's best) are not monotone in one cell, so
 * a mixture of fills could in principle crown a unit neither extreme does. That is the domain's definition.
 */
export function assessStability(
  input: ScoringInput,
  rank: (input: ScoringInput) => RankingResult,
  current?: RankingResult,
): { clusters: ClusterStability[]; findings: Finding[] } {
  const cells = missingCells(input);
  if (cells.length === 0) return { clusters: [], findings: [] };
  const missingByCluster = new Map<string, number>();
  for (const cell of cells) {
    const cluster = input.units[cell.column].cluster;
    missingByCluster.set(cluster, (missingByCluster.get(cluster) ?? 0) + 1);
  }
  const now = rankOne(current ?? rank(input));
  const ifZero = rankOne(rank(filled(input, cells, () => 0)));
  const ifMax = rankOne(rank(filled(input, cells, (cell) => cell.full)));

  const clusters: ClusterStability[] = [];
  const findings: Finding[] = [];
  for (const [cluster, missing] of missingByCluster) {
    const sets = [now, ifZero, ifMax].map((byCluster) => byCluster.get(cluster) ?? []);
    const keys = sets.map((set) => set.map((u) => u.index).join(","));
    const final = keys[1] === keys[0] && keys[2] === keys[0];
    const codes = sets.map((set) => set.map((u) => u.unit.code));
    clusters.push({ cluster, missing, current: codes[0], ifZero: codes[1], ifMax: codes[2], final });
    if (final) continue;
    const label = clusterLabel(cluster);
    const names = (set: RankOne[], lang: Lang) =>
      set.length > 0
        ? unitList(
            set.map((u) => u.unit),
            lang,
            NAMES_SHOWN,
          )
        : fairnessMessages.nobody[lang]();
    const sentence = (lang: Lang) =>
      fairnessMessages.notFinal[lang]({
        cluster: label[lang],
        missing,
        current: names(sets[0], lang),
        ifZero: names(sets[1], lang),
        ifMax: names(sets[2], lang),
      });
    findings.push({
      rule: FAIRNESS_RULES.notFinal,
      severity: "warning",
      location: { area: "result" },
      message: { vi: sentence("vi"), en: sentence("en") },
      data: {
        cluster,
        missing,
        current: codes[0].join(", "),
        ifZero: codes[1].join(", "),
        ifMax: codes[2].join(", "),
      },
    });
  }
  return { clusters, findings };
}

/** The findings of assessStability: a "not final" warning per cluster whose rank 1 could still change. */
export function checkStability(input: ScoringInput, rank: (input: ScoringInput) => RankingResult): Finding[] {
  return assessStability(input, rank).findings;
}

function isScoredByHand(row: CriterionRow): boolean {
  return row.leaf && (row.kind === "manual" || row.kind === "qual");
}

function isBlank(value: unknown): boolean {
  return typeof value !== "number" || !Number.isFinite(value);
}

function missingCells(input: ScoringInput): MissingCell[] {
  const { flat, units } = input;
  const rows = flat.rows.filter(isScoredByHand);
  const cells: MissingCell[] = [];
  const full = (row: CriterionRow) => (row.kind === "qual" ? 1 : row.max);
  for (const row of rows) {
    for (let c = 0; c < units.length; c++) {
      if (isBlank(input.self[row.index]?.[c])) cells.push({ grid: -1, row: row.index, column: c, full: full(row) });
    }
  }
  const columnOf = new Map<string, number>();
  units.forEach((unit, i) => {
    if (!columnOf.has(unit.code)) columnOf.set(unit.code, i);
  });
  (input.peers ?? []).forEach((peer, p) => {
    const own = columnOf.get(peer.rater);
    if (own === undefined) return;
    const cluster = units[own].cluster;
    for (const row of rows) {
      for (let c = 0; c < units.length; c++) {
        if (c === own || units[c].cluster !== cluster) continue;
        if (isBlank(peer.grid[row.index]?.[c])) cells.push({ grid: p, row: row.index, column: c, full: full(row) });
      }
    }
  });
  return cells;
}

function copyGrid(grid: NumGrid, rowCount: number, columns: number): NumGrid {
  const out: NumGrid = [];
  for (let r = 0; r < rowCount; r++) {
    const source = grid[r] ?? [];
    const row = new Array<number | null>(Math.max(columns, source.length)).fill(null);
    for (let c = 0; c < source.length; c++) row[c] = source[c] ?? null;
    out.push(row);
  }
  return out;
}

function filled(input: ScoringInput, cells: MissingCell[], value: (cell: MissingCell) => number): ScoringInput {
  const rowCount = input.flat.rows.length;
  const columns = input.units.length;
  const self = copyGrid(input.self, rowCount, columns);
  const peers = input.peers?.map((peer) => ({ rater: peer.rater, grid: copyGrid(peer.grid, rowCount, columns) }));
  for (const cell of cells) {
    const grid = cell.grid < 0 ? self : (peers as NonNullable<typeof peers>)[cell.grid].grid;
    grid[cell.row][cell.column] = value(cell);
  }
  return { ...input, self, ...(peers ? { peers } : {}) };
}

interface RankOne {
  unit: Unit;
  index: number;
}

/** Rank-1 units per cluster label, in units order. */
function rankOne(result: RankingResult): Map<string, RankOne[]> {
  const byCluster = new Map<string, RankOne[]>();
  for (const u of result.units) {
    if (u.rank !== 1) continue;
    const list = byCluster.get(u.unit.cluster) ?? [];
    list.push({ unit: u.unit, index: u.index });
    byCluster.set(u.unit.cluster, list);
  }
  for (const list of byCluster.values()) list.sort((a, b) => a.index - b.index);
  return byCluster;
}
