// The undo sheet (_thidua_undo, very hidden, named TD_Undo): one header row (operation, ISO time, summary, state), then
// one row per restorable item: a cell (sheet, A1 address, kind, content, input flag, fingerprint of what the operation
// wrote) or a defined name the operation moved (sheet, name, "name", old range). Every cell is written as text.
// The state (D1) lets a snapshot outlive a write Excel cut off part-way (WorkbookPlan.journal): "pending" from the
// moment its rows are all written until the operation's last write sets it "complete"; "writing" while the rows of a
// new snapshot replace a complete one (no snapshot then); a blank state is a complete snapshot of an older version.

import type { RangeBox } from "../layout/cellAddress";
import { absoluteRange } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import { valueCell } from "../plan/cellSpec";
import type { CellBlock, CellSpec, CellValue, NamePlan, SheetPlan } from "../plan/planTypes";
import { S } from "../plan/workbookStyles";
import type { CellContent, CellKind } from "./cellContent";

export const UNDO_SHEET = "_thidua_undo";
export const UNDO_COLUMNS = 6;

/** The operations whose writes can be undone. Injection is not one: undoing it would be deleting its sheets. */
export type UndoOperation = "rank" | "fix" | "settings" | "collect" | "forms" | "meeting" | "tally" | "minutes";
export const UNDO_OPERATIONS: readonly UndoOperation[] = [
  "rank",
  "fix",
  "settings",
  "collect",
  "forms",
  "meeting",
  "tally",
  "minutes",
];

export interface UndoHeader {
  operation: UndoOperation;
  /** ISO time of the operation. */
  time: string;
  /** The operation's one-line summary in the workbook's language. */
  summary: string;
}

export interface UndoCellRow {
  sheet: string;
  address: string;
  before: CellContent;
  input: boolean;
  /** contentFingerprint of what the operation wrote. */
  written: string;
}

export interface UndoNameRow {
  name: string;
  sheet: string;
  /** The name's range before the operation, A1 with or without anchors. */
  range: string;
}

export interface UndoSnapshot {
  header: UndoHeader;
  cells: UndoCellRow[];
  names: UndoNameRow[];
}

/** One row of a snapshot, in the order written. */
export type UndoItem = ({ kind: "cell" } & UndoCellRow) | ({ kind: "name" } & UndoNameRow);

/** "pending": the operation's writes may be cut off part-way; its rows still hold what every cell was before it. */
export type UndoState = "pending" | "complete";

/** A snapshot as read back: its state and its rows in order (a snapshot kept from a pending one keeps that order). */
export interface ReadSnapshot extends UndoSnapshot {
  state: UndoState;
  items: UndoItem[];
}

/** The header cell holding the state, and its values. */
export const UNDO_STATE_CELL = "D1";
const STATE = { writing: "writing", pending: "pending", complete: "complete" } as const;

const NAME_KIND = "name";

function text(value: string): CellSpec {
  return valueCell(value === "" ? null : value, S.text);
}

function headerRow(header: UndoHeader, state: string): CellSpec[] {
  return [text(header.operation), text(header.time), text(header.summary), text(state), text(""), text("")];
}

function itemRow(item: UndoItem): CellSpec[] {
  return item.kind === "name"
    ? [text(item.sheet), text(item.name), text(NAME_KIND), text(item.range), text(""), text("")]
    : [
        text(item.sheet),
        text(item.address),
        text(item.before.kind),
        text(item.before.content),
        text(item.input ? "1" : ""),
        text(item.written),
      ];
}

/** A snapshot's items: its cells, then its names. */
export function snapshotItems(snapshot: Pick<UndoSnapshot, "cells" | "names">): UndoItem[] {
  return [
    ...snapshot.cells.map((c): UndoItem => ({ kind: "cell", ...c })),
    ...snapshot.names.map((n): UndoItem => ({ kind: "name", ...n })),
  ];
}

export interface UndoSheetPlace {
  /** The sheet's name when it exists, else null (it is created). */
  sheet: string | null;
  /** Rows TD_Undo covers now (cleared beyond the new rows). */
  rows: number;
}

function undoSheet(place: UndoSheetPlace, blocks: CellBlock[]): SheetPlan {
  return {
    key: "undo",
    name: place.sheet ?? UNDO_SHEET,
    create: place.sheet === null,
    visibility: "veryHidden",
    blocks,
    protect: true,
  };
}

function undoName(place: UndoSheetPlace, rows: number): NamePlan {
  const box: RangeBox = { row: 1, column: 0, rows: Math.max(1, rows), columns: UNDO_COLUMNS };
  return { name: DEFINED_NAMES.undo, sheet: place.sheet ?? UNDO_SHEET, range: absoluteRange(box) };
}

const blankRow = () => Array.from({ length: UNDO_COLUMNS }, () => valueCell(null));

/** The sheet and name writing `rows` over the previous content (`rows` null: clear the snapshot, header included). */
export function undoSheetPlan(place: UndoSheetPlace, rows: CellSpec[][] | null): { sheet: SheetPlan; name: NamePlan } {
  const written = rows ?? [];
  const cells = written.map((r) => r.map((c) => c));
  const total = Math.max(1, written.length, place.rows);
  while (cells.length < total) cells.push(blankRow());
  return { sheet: undoSheet(place, [{ at: "A1", cells }]), name: undoName(place, written.length) };
}

/**
 * The sheet and name of a new snapshot, its blocks in the order a write cut off part-way must meet them (a host
 * sending the plan in parts writes all but the last before anything else, then TD_Undo, and the last one last):
 * "writing" over the state of the complete snapshot it replaces (`replacesComplete`), its rows (blanks over the
 * previous ones beyond), its header marked "pending", and last the state "complete".
 */
export function snapshotSheetPlan(
  place: UndoSheetPlace,
  header: UndoHeader,
  items: readonly UndoItem[],
  replacesComplete: boolean,
): { sheet: SheetPlan; name: NamePlan } {
  const blocks: CellBlock[] = [];
  if (replacesComplete) blocks.push({ at: UNDO_STATE_CELL, cells: [[text(STATE.writing)]] });
  const rows = items.map(itemRow);
  while (rows.length < place.rows - 1) rows.push(blankRow());
  if (rows.length > 0) blocks.push({ at: "A2", cells: rows });
  blocks.push({ at: "A1", cells: [headerRow(header, STATE.pending)] });
  blocks.push({ at: UNDO_STATE_CELL, cells: [[text(STATE.complete)]] });
  return { sheet: undoSheet(place, blocks), name: undoName(place, 1 + items.length) };
}

function cellText(value: CellValue | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

const KINDS = new Set<CellKind>(["f", "s", "v", "blank"]);

/**
 * The snapshot as read (TD_Undo's cells); null when there is none (cleared, never written, or its rows being replaced).
 */
export function parseUndoRows(grid: readonly (readonly CellValue[])[]): ReadSnapshot | null {
  const [first, ...rest] = grid;
  const operation = cellText(first?.[0]) as UndoOperation;
  if (!UNDO_OPERATIONS.includes(operation)) return null;
  const stateText = cellText(first[3]);
  if (stateText !== "" && stateText !== STATE.complete && stateText !== STATE.pending) return null;
  const snapshot: ReadSnapshot = {
    header: { operation, time: cellText(first[1]), summary: cellText(first[2]) },
    state: stateText === STATE.pending ? "pending" : "complete",
    cells: [],
    names: [],
    items: [],
  };
  for (const row of rest) {
    const sheet = cellText(row[0]);
    const kind = cellText(row[2]);
    if (sheet === "") continue;
    if (kind === NAME_KIND) {
      const name: UndoNameRow = { sheet, name: cellText(row[1]), range: cellText(row[3]) };
      snapshot.names.push(name);
      snapshot.items.push({ kind: "name", ...name });
      continue;
    }
    if (!KINDS.has(kind as CellKind)) continue;
    const cell: UndoCellRow = {
      sheet,
      address: cellText(row[1]),
      before: { kind: kind as CellKind, content: cellText(row[3]) },
      input: cellText(row[4]) === "1",
      written: cellText(row[5]),
    };
    snapshot.cells.push(cell);
    snapshot.items.push({ kind: "cell", ...cell });
  }
  return snapshot;
}
