// Where every block of the workbook sits, from the template, the units, the mode and the sheet names alone:
// inject, read and result plans and finding → cell mapping all use this one geometry.

import type { Unit } from "../../core/model/unitTypes";
import type { TieBreakKey } from "../../core/settings/settingsTypes";
import type { FlatTemplate } from "../../core/template/flattenTemplate";
import type { SheetKey } from "../plan/planTypes";
import type { RangeBox } from "./cellAddress";

/** self: self-scores only; review: the cluster leader reviews; cross: units also score each other, then review. */
export type WorkbookMode = "self" | "review" | "cross";
export const WORKBOOK_MODES: readonly WorkbookMode[] = ["self", "review", "cross"];

/** Sheets with one fixed name each (peer sheets are per rater; the print sheet is optional, see SheetNames). */
export type FixedSheetKey = Exclude<
  SheetKey,
  | `peer:${string}`
  | `province:${string}`
  | "print"
  | "yearSummary"
  | "undo"
  | "meeting"
  | "votes"
  | `minutes:${string}`
  | "ballot"
>;

export interface SheetNames {
  fixed: Record<FixedSheetKey, string>;
  /** Peer sheet names in units order (cross mode), else empty. */
  peers: string[];
  /** The printable results sheet (Kết quả); absent in workbooks injected before it existed. */
  print?: string;
}

/** Rows of the header every score-shaped sheet shares: title, unit code, unit name, cluster. */
export const SCORE_HEADER = { title: 1, code: 2, name: 3, cluster: 4 } as const;
export const SCORE_HEADER_ROWS = 4;
/** Columns A code, B title, C max, D kind; units from E. */
export const CRITERIA_COLUMNS = { code: 0, title: 1, max: 2, kind: 3 } as const;
export const FIRST_UNIT_COLUMN = 4;
export const FIRST_GRID_ROW = SCORE_HEADER_ROWS + 1;

/** Rows below a score grid: content points, bonus (capped), deductions, total. */
export interface TotalRows {
  content: number;
  bonus: number;
  deduction: number;
  total: number;
}

export interface ScoreSheetLayout {
  sheet: string;
  /** Criterion rows (flat order) × unit columns (units order). */
  grid: RangeBox;
  totals: TotalRows | null;
}

export interface PeerSheetLayout extends ScoreSheetLayout {
  rater: string;
  definedName: string;
  totals: TotalRows;
  /** 1 when the rater scored every manual/qual criterion of that column, else 0. */
  completeRow: number;
}

export interface ReviewSheetLayout extends ScoreSheetLayout {
  totals: TotalRows;
  /** Per unit: valid review entries; column C holds the workbook-wide count. */
  reviewedRow: number;
  notesLabelRow: number;
  notes: RangeBox;
}

export interface FinalSheetLayout extends ScoreSheetLayout {
  totals: TotalRows;
  /** Lowest share of max over floor-applicable leaf content criteria (1 when there is none). */
  lowestShareRow: number;
  /** Leaf content criteria at full points. */
  fullCountRow: number;
}

export interface DataSheetLayout {
  sheet: string;
  /** Each block is rows × units, with a label row above it. */
  target: RangeBox;
  actual: RangeBox;
  ratio: RangeBox;
  best: RangeBox;
  points: RangeBox;
}

export interface PeerMatrixLayout {
  sheet: string;
  /** Raters (units order) × ratees (units order). */
  grid: RangeBox;
  /** Per ratee: complete raters counted. */
  ratersRow: number;
}

/** Result table columns, 0-based. Helper columns (cluster index, rank keys, share) are hidden. */
export interface ResultColumns {
  code: number;
  name: number;
  cluster: number;
  /** One per top-level content group, flat.contentTops order. */
  groups: number[];
  bonus: number;
  deduction: number;
  self: number;
  peer: number;
  review: number;
  final: number;
  rank: number;
  tieBreak: number;
  grade: number;
  award: number;
  flags: number;
  /** Hidden helpers. */
  clusterIndex: number;
  keyFinal: number;
  /** One per settings.tieBreak key, in that order. */
  keys: { key: TieBreakKey; column: number }[];
  share: number;
  /** Last visible column + 1 = first helper column. */
  visibleCount: number;
  count: number;
}

export interface ResultLayout {
  sheet: string;
  titleRow: number;
  headerRow: number;
  /** Units (units order) × visible columns. */
  table: RangeBox;
  columns: ResultColumns;
  /** Row holding the input hash the values were computed from. */
  hashRow: number;
}

export interface TableLayout {
  sheet: string;
  headerRow: number;
  /** Data rows × columns. */
  table: RangeBox;
}

export interface WorkbookLayout {
  flat: FlatTemplate;
  units: Unit[];
  mode: WorkbookMode;
  names: SheetNames;
  settings: TableLayout;
  criteria: TableLayout;
  unitsTable: TableLayout;
  data: DataSheetLayout;
  self: ScoreSheetLayout & { totals: TotalRows };
  review: ReviewSheetLayout | null;
  final: FinalSheetLayout;
  peers: PeerSheetLayout[];
  peerMatrix: PeerMatrixLayout | null;
  evidence: ScoreSheetLayout;
  result: ResultLayout;
  history: TableLayout;
  log: TableLayout;
  meta: { sheet: string; column: number; firstRow: number };
}

/** Columns of the criteria table (criteriaTableColumns.ts). */
export const CRITERIA_TABLE_WIDTH = 13;
/** Units table: code, name, cluster, priority, disqualified. */
export const UNITS_TABLE_COLUMNS = { code: 0, name: 1, cluster: 2, priority: 3, disqualified: 4 } as const;
/**
 * Settings table (TD_Settings): the setting's name, its value (words where the value is a word), what it does, and
 * the key the add-in matches rows by, in a narrow column at the right.
 */
export const SETTINGS_TABLE_COLUMNS = { label: 0, value: 1, explanation: 2, key: 3 } as const;
export const SETTINGS_TABLE_WIDTH = 4;
/** A settings table written before the names and explanations: key, value (its explanations beside, outside it). */
export const LEGACY_SETTINGS_TABLE_COLUMNS = { key: 0, value: 1 } as const;
/** History: year, unit code, rank, award. */
export const HISTORY_TABLE_COLUMNS = { year: 0, unit: 1, rank: 2, award: 3 } as const;
/** Log: time, action, file, hash, summary, check chain (src/workbook/log/logChain.ts). */
export const LOG_TABLE_COLUMNS = { time: 0, action: 1, file: 2, hash: 3, summary: 4, chain: 5 } as const;
/** TD_Log's width; logs written before the chain column are one column narrower. */
export const LOG_TABLE_WIDTH = 6;
export const LEGACY_LOG_TABLE_WIDTH = 5;

/** History rows offered for input: ten years of every unit, at least 50. */
export function historyCapacity(unitCount: number): number {
  return Math.max(50, unitCount * 10);
}

function scoreGrid(rows: number, units: number, firstRow = FIRST_GRID_ROW): RangeBox {
  return { row: firstRow, column: FIRST_UNIT_COLUMN, rows, columns: units };
}

function totalsBelow(grid: RangeBox): TotalRows {
  const first = grid.row + grid.rows;
  return { content: first, bonus: first + 1, deduction: first + 2, total: first + 3 };
}

export function resultColumns(groupCount: number, tieBreak: readonly TieBreakKey[]): ResultColumns {
  let c = 0;
  const next = () => c++;
  const code = next();
  const name = next();
  const cluster = next();
  const groups = Array.from({ length: groupCount }, next);
  const bonus = next();
  const deduction = next();
  const self = next();
  const peer = next();
  const review = next();
  const final = next();
  const rank = next();
  const tieBreakColumn = next();
  const grade = next();
  const award = next();
  const flags = next();
  const visibleCount = c;
  const clusterIndex = next();
  const keyFinal = next();
  const keys = tieBreak.map((key) => ({ key, column: next() }));
  const share = next();
  return {
    code,
    name,
    cluster,
    groups,
    bonus,
    deduction,
    self,
    peer,
    review,
    final,
    rank,
    tieBreak: tieBreakColumn,
    grade,
    award,
    flags,
    clusterIndex,
    keyFinal,
    keys,
    share,
    visibleCount,
    count: c,
  };
}

export interface LayoutInput {
  flat: FlatTemplate;
  units: Unit[];
  mode: WorkbookMode;
  names: SheetNames;
  /** settings.tieBreak: one hidden rank-key column each. */
  tieBreak: readonly TieBreakKey[];
  /** Rows of TD_Settings. */
  settingsRows: number;
  /** Entries already in the log (0 at injection). */
  logEntries: number;
  /** TD_Peer_<code> per unit, units order (cross mode). */
  peerNames: string[];
}

export function computeLayout(input: LayoutInput): WorkbookLayout {
  const { flat, units, mode, names } = input;
  const n = flat.rows.length;
  const u = units.length;
  const f = names.fixed;

  const dataBlock = (k: number): RangeBox => scoreGrid(n, u, FIRST_GRID_ROW + 1 + k * (n + 1));
  const selfGrid = scoreGrid(n, u);

  let review: ReviewSheetLayout | null = null;
  if (mode !== "self") {
    const totals = totalsBelow(selfGrid);
    const reviewedRow = totals.total + 1;
    const notesLabelRow = reviewedRow + 2;
    review = {
      sheet: f.review,
      grid: selfGrid,
      totals,
      reviewedRow,
      notesLabelRow,
      notes: scoreGrid(n, u, notesLabelRow + 1),
    };
  }

  const finalTotals = totalsBelow(selfGrid);
  const peers: PeerSheetLayout[] =
    mode === "cross"
      ? units.map((unit, i) => {
          const totals = totalsBelow(selfGrid);
          return {
            sheet: names.peers[i],
            rater: unit.code,
            definedName: input.peerNames[i],
            grid: selfGrid,
            totals,
            completeRow: totals.total + 1,
          };
        })
      : [];

  const matrixGrid: RangeBox = { row: FIRST_GRID_ROW, column: FIRST_UNIT_COLUMN, rows: u, columns: u };
  const columns = resultColumns(flat.contentTops.length, input.tieBreak);
  const resultTable: RangeBox = { row: 4, column: 0, rows: u, columns: columns.visibleCount };

  return {
    flat,
    units,
    mode,
    names,
    settings: {
      sheet: f.settings,
      headerRow: 2,
      table: { row: 3, column: 0, rows: input.settingsRows, columns: SETTINGS_TABLE_WIDTH },
    },
    criteria: { sheet: f.criteria, headerRow: 2, table: { row: 3, column: 0, rows: n, columns: CRITERIA_TABLE_WIDTH } },
    unitsTable: { sheet: f.units, headerRow: 2, table: { row: 3, column: 0, rows: u, columns: 5 } },
    data: {
      sheet: f.data,
      target: dataBlock(0),
      actual: dataBlock(1),
      ratio: dataBlock(2),
      best: dataBlock(3),
      points: dataBlock(4),
    },
    self: { sheet: f.self, grid: selfGrid, totals: totalsBelow(selfGrid) },
    review,
    final: {
      sheet: f.final,
      grid: selfGrid,
      totals: finalTotals,
      lowestShareRow: finalTotals.total + 1,
      fullCountRow: finalTotals.total + 2,
    },
    peers,
    peerMatrix: mode === "cross" ? { sheet: f.peerMatrix, grid: matrixGrid, ratersRow: matrixGrid.row + u } : null,
    evidence: { sheet: f.evidence, grid: selfGrid, totals: null },
    result: {
      sheet: f.result,
      titleRow: 1,
      headerRow: 3,
      table: resultTable,
      columns,
      hashRow: resultTable.row + u + 1,
    },
    history: { sheet: f.history, headerRow: 2, table: { row: 3, column: 0, rows: historyCapacity(u), columns: 4 } },
    // TD_Log includes its header row, so that it is a range even before the first entry.
    log: {
      sheet: f.log,
      headerRow: 2,
      table: { row: 2, column: 0, rows: 1 + input.logEntries, columns: LOG_TABLE_WIDTH },
    },
    meta: { sheet: f.meta, column: 0, firstRow: 1 },
  };
}

/** Sheet row of flat row `r` in a grid. */
export function gridRow(grid: RangeBox, r: number): number {
  return grid.row + r;
}

/** Sheet column of unit `c` in a grid. */
export function gridColumn(grid: RangeBox, c: number): number {
  return grid.column + c;
}
