// Which ranges a validation or ranking reads, found through the contract's defined names alone (one round trip:
// the metadata comes in the same batch). Computed rows below a grid are read with their formulas for the checks.

import { TIE_BREAK_KEYS } from "../../core/settings/settingsTypes";
import type { RangeRead, RangeRequest, WorkbookOutline } from "../host/hostTypes";
import { parseRange, rangeAddress, type RangeBox } from "../layout/cellAddress";
import { DEFINED_NAMES, PEER_NAME_PREFIX } from "../layout/definedNames";

export interface ReadEntry {
  /** The defined name as the workbook spells it. */
  name: string;
  sheet: string;
  /** The name's own range. */
  nameBox: RangeBox;
  /** The range read: the name's range grown by the computed rows or helper columns around it. */
  box: RangeBox;
  formulas: boolean;
  /** The answer's expected bytes a cell (Growth.bytes). */
  bytes?: number;
}

/** How far a read extends beyond a name: rows below, columns to the left and right. */
interface Growth {
  below?: (box: RangeBox) => number;
  left?: number;
  right?: number;
  formulas?: boolean;
  /**
   * Bytes Excel's answer takes a cell, as measured in the Office.js harness on every built-in template, mode and size
   * (the largest seen), plus what Excel adds for the value of a formula cell where the harness answers null (8 bytes
   * on average: points are mostly short numbers, shares and ratios up to 18 digits), with a margin of 5 to 10 %. Text the secretariat types (evidence, notes, history) is counted
   * as short: a longer answer than Excel sends at once is read again in parts (readRanges.ts). Absent: the host's
   * own model.
   */
  bytes?: number;
}

/** Result helper columns: cluster index, rounded final, one per tie-break key, share. */
const RESULT_HELPERS = 3 + TIE_BREAK_KEYS.length;

const GROWTH: Record<string, Growth> = {
  [DEFINED_NAMES.meta]: {},
  [DEFINED_NAMES.settings]: {},
  [DEFINED_NAMES.criteria]: { bytes: 64 },
  [DEFINED_NAMES.units]: {},
  [DEFINED_NAMES.target]: { bytes: 8 },
  // Ratio, best ratio and points blocks follow the actuals, each with a label row.
  [DEFINED_NAMES.actual]: { below: (b) => 3 * (b.rows + 1), formulas: true, bytes: 22 },
  // Content, bonus, deduction, total.
  [DEFINED_NAMES.self]: { below: () => 4, formulas: true, bytes: 36 },
  // Totals plus the entries row, whose workbook-wide count sits in column C.
  [DEFINED_NAMES.review]: { below: () => 5, left: 2, formulas: true, bytes: 22 },
  [DEFINED_NAMES.reviewNotes]: { bytes: 8 },
  // Totals plus lowest share and full-points count.
  [DEFINED_NAMES.final]: { below: () => 6, formulas: true, bytes: 110 },
  [DEFINED_NAMES.peerMatrix]: { below: () => 1, formulas: true, bytes: 32 },
  [DEFINED_NAMES.evidence]: { bytes: 8 },
  // Down to the input-hash row below the table (one blank row between), which a ranking stamps.
  [DEFINED_NAMES.result]: { right: RESULT_HELPERS, below: () => 2, formulas: true, bytes: 56 },
  [DEFINED_NAMES.history]: { bytes: 8 },
  // Read for the log's check chain (and the chain a new entry continues from).
  [DEFINED_NAMES.log]: { bytes: 64 },
  // Read to check it still points at the analysis sheet's title or table before a ranking rewrites it.
  [DEFINED_NAMES.analysis]: { bytes: 64 },
  // The year-end meeting's tables (absent before a meeting list is prepared): read for the vote's staleness.
  [DEFINED_NAMES.meeting]: {},
  [DEFINED_NAMES.votes]: {},
  [DEFINED_NAMES.leftOut]: {},
  [DEFINED_NAMES.voteStamp]: {},
};
/** Totals plus the "complete" row. */
const PEER_GROWTH: Growth = { below: () => 5, formulas: true, bytes: 24 };

const ORDER = Object.keys(GROWTH);

function growthOf(name: string): Growth | null {
  const upper = name.toUpperCase();
  const fixed = ORDER.find((n) => n.toUpperCase() === upper);
  if (fixed) return GROWTH[fixed];
  return upper.startsWith(PEER_NAME_PREFIX.toUpperCase()) ? PEER_GROWTH : null;
}

/** Entries in a fixed order: the contract's names, then peer names in outline order. */
export function readEntries(outline: WorkbookOutline): ReadEntry[] {
  const rank = (name: string) => {
    const i = ORDER.findIndex((n) => n.toUpperCase() === name.toUpperCase());
    return i < 0 ? ORDER.length : i;
  };
  const entries: ReadEntry[] = [];
  for (const info of outline.names) {
    const growth = growthOf(info.name);
    if (!growth || info.sheet === null || info.range === null) continue;
    const nameBox = parseRange(info.range);
    if (!nameBox) continue;
    const left = Math.min(growth.left ?? 0, nameBox.column);
    const box: RangeBox = {
      row: nameBox.row,
      column: nameBox.column - left,
      rows: nameBox.rows + (growth.below ? growth.below(nameBox) : 0),
      columns: nameBox.columns + left + (growth.right ?? 0),
    };
    const entry: ReadEntry = { name: info.name, sheet: info.sheet, nameBox, box, formulas: growth.formulas === true };
    if (growth.bytes !== undefined) entry.bytes = growth.bytes;
    entries.push(entry);
  }
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e.name) - rank(b.e.name) || a.i - b.i)
    .map(({ e }) => e);
}

/** The ranges to read, in readEntries order. */
export function readPlan(outline: WorkbookOutline): RangeRequest[] {
  return readEntries(outline).map((e) => {
    const request: RangeRequest = { sheet: e.sheet, range: rangeAddress(e.box) };
    if (e.formulas) request.formulas = true;
    if (e.bytes !== undefined) request.cellBytes = e.bytes;
    return request;
  });
}

const wantedNames = (names: readonly string[]) => new Set(names.map((n) => n.toUpperCase()));

/** readPlan's ranges of the entries named (an operation that needs the metadata and the log only, not the grids). */
export function partialReadPlan(outline: WorkbookOutline, names: readonly string[]): RangeRequest[] {
  const wanted = wantedNames(names);
  const all = readPlan(outline);
  return readEntries(outline).flatMap((e, i) => (wanted.has(e.name.toUpperCase()) ? [all[i]] : []));
}

/** partialReadPlan's reads at their entries' places in readPlan order, as parseWorkbook takes them (others empty). */
export function alignedReads(outline: WorkbookOutline, names: readonly string[], reads: readonly RangeRead[]) {
  const wanted = wantedNames(names);
  let next = 0;
  return readEntries(outline).map((e): RangeRead =>
    wanted.has(e.name.toUpperCase())
      ? reads[next++]
      : { sheet: e.sheet, range: rangeAddress(e.box), values: [], formulas: [] },
  );
}
