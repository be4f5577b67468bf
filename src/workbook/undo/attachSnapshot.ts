// Adds the undo snapshot to an operation's plan, so it is written in the same apply as the operation's own cells:
// the old content of every cell the plan changes (from the reads the operation made) and the old range of every
// defined name it moves (from the outline), replacing the previous snapshot. Cells the reads missed are read here,
// one extra round trip that tests prove never happens for the operations' real plans.
// A pending snapshot (the last operation's write was cut off part-way) holds what its cells were before that
// operation: the new snapshot keeps it for every cell and name it recorded and adds the rest as read now, so that an
// undo after a failed and retried operation goes back to before the failed one. Reading it whole costs one more round
// trip, only after such a failure (the operations' batch reads TD_Undo's header row alone). An operation that changes
// nothing leaves the last snapshot as it is.

import type { Host, RangeRead, RangeRequest, WorkbookOutline } from "../host/hostTypes";
import { absoluteRange, cellAddress, parseRange, rangeAddress, type RangeBox } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import type { WorkbookPlan } from "../plan/planTypes";
import { contentFingerprint, specOf } from "./cellContent";
import { snapshotOf, uncovered, writtenCells, type SnapshotScope } from "./snapshotOf";
import {
  parseUndoRows,
  snapshotSheetPlan,
  UNDO_COLUMNS,
  UNDO_SHEET,
  type ReadSnapshot,
  type UndoHeader,
  type UndoItem,
  type UndoNameRow,
  type UndoOperation,
  type UndoSheetPlace,
} from "./undoSheet";

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/** Where the snapshot goes: TD_Undo's sheet and size, or the canonical sheet when it exists without its name. */
export function undoSheetPlace(outline: WorkbookOutline): UndoSheetPlace {
  const info = outline.names.find((n) => same(n.name, DEFINED_NAMES.undo));
  const box = info?.range ? parseRange(info.range) : null;
  if (info?.sheet && box) return { sheet: info.sheet, rows: box.row + box.rows - 1 };
  const sheet = outline.sheets.find((s) => same(s.name, UNDO_SHEET));
  return { sheet: sheet?.name ?? null, rows: 0 };
}

/** Names the plan moves (the growing log and the snapshot's own name aside), with where they pointed before. */
function movedNames(plan: WorkbookPlan, outline: WorkbookOutline): UndoNameRow[] {
  const rows: UndoNameRow[] = [];
  for (const planned of plan.names) {
    if (same(planned.name, DEFINED_NAMES.log) || same(planned.name, DEFINED_NAMES.undo)) continue;
    const old = outline.names.find((n) => same(n.name, planned.name));
    const box = old?.range ? parseRange(old.range) : null;
    const newBox = parseRange(planned.range);
    if (!old?.sheet || !box) continue;
    const moved = !same(old.sheet, planned.sheet) || !newBox || absoluteRange(box) !== absoluteRange(newBox);
    if (moved) rows.push({ name: old.name, sheet: old.sheet, range: absoluteRange(box) });
  }
  return rows;
}

/** One request per sheet: the box around the cells no read covers. */
function missingRequests(plan: WorkbookPlan, reads: readonly RangeRead[], scope: SnapshotScope): RangeRequest[] {
  const boxes = new Map<string, { sheet: string; box: RangeBox }>();
  for (const cell of uncovered(plan, reads, scope)) {
    const key = cell.sheet.toUpperCase();
    const known = boxes.get(key);
    if (!known) {
      boxes.set(key, { sheet: cell.sheet, box: { row: cell.row, column: cell.column, rows: 1, columns: 1 } });
      continue;
    }
    const b = known.box;
    const top = Math.min(b.row, cell.row);
    const left = Math.min(b.column, cell.column);
    const bottom = Math.max(b.row + b.rows, cell.row + 1);
    const right = Math.max(b.column + b.columns, cell.column + 1);
    known.box = { row: top, column: left, rows: bottom - top, columns: right - left };
  }
  return [...boxes.values()].map(({ sheet, box }) => ({ sheet, range: rangeAddress(box), formulas: true }));
}

export interface SnapshotSource {
  outline: WorkbookOutline;
  /** Everything the operation read (its readPlan and its snapshotRequests). */
  reads: readonly RangeRead[];
  scope: SnapshotScope;
  header: UndoHeader;
}

/** TD_Undo's whole range, null when the workbook has none. */
function undoRequest(outline: WorkbookOutline): RangeRequest | null {
  const place = undoSheetPlace(outline);
  const info = outline.names.find((n) => same(n.name, DEFINED_NAMES.undo));
  if (!info?.sheet || !place.sheet || place.rows < 1) return null;
  return { sheet: place.sheet, range: rangeAddress({ row: 1, column: 0, rows: place.rows, columns: UNDO_COLUMNS }) };
}

/** The longest read of TD_Undo's sheet from its first row (the header row, or the whole snapshot). */
function undoReadOf(outline: WorkbookOutline, reads: readonly RangeRead[]): { read: RangeRead; rows: number } | null {
  const request = undoRequest(outline);
  let found: { read: RangeRead; rows: number } | null = null;
  for (const read of request ? reads : []) {
    const box = same(read.sheet, request!.sheet) ? parseRange(read.range) : null;
    if (!box || box.row !== 1 || box.column !== 0 || box.columns < UNDO_COLUMNS) continue;
    if (!found || box.rows > found.rows) found = { read, rows: box.rows };
  }
  return found;
}

/** TD_Undo's range when what was read of it is not enough: nothing of it, or the header of a pending snapshot alone. */
function undoRequestNeeded(outline: WorkbookOutline, reads: readonly RangeRead[]): RangeRequest | null {
  const request = undoRequest(outline);
  if (!request) return null;
  const known = undoReadOf(outline, reads);
  if (!known) return request;
  const total = parseRange(request.range)!.rows;
  return known.rows < total && parseUndoRows(known.read.values)?.state === "pending" ? request : null;
}

/** The snapshot TD_Undo holds, as far as the reads cover it. */
function previousSnapshot(outline: WorkbookOutline, reads: readonly RangeRead[]): ReadSnapshot | null {
  const known = undoReadOf(outline, reads);
  return known ? parseUndoRows(known.read.values) : null;
}

/**
 * The operation whose write was cut off part-way (its snapshot is still pending), from the header row the operation's
 * batch read; null when the last write completed. An operation finding its own unfinished write runs it again even
 * when what it compares says there is nothing left to do: names and the log may still lack their part.
 */
export function unfinishedOperation(outline: WorkbookOutline, reads: readonly RangeRead[]): UndoOperation | null {
  const previous = previousSnapshot(outline, reads);
  return previous?.state === "pending" ? previous.header.operation : null;
}

/**
 * The workbook as it was before an unfinished write, from what was read now and its pending snapshot (read whole
 * first, one request, when the batch held only its header): every cell the snapshot recorded as it was, and the names
 * it recorded where they pointed. Null when the last write completed.
 */
export async function beforeUnfinished(
  host: Host,
  outline: WorkbookOutline,
  reads: readonly RangeRead[],
): Promise<{ outline: WorkbookOutline; reads: RangeRead[] } | null> {
  if (!unfinishedOperation(outline, reads)) return null;
  const missing = undoRequestNeeded(outline, reads);
  const all = missing ? [...reads, ...(await host.read([missing]))] : [...reads];
  const pending = previousSnapshot(outline, all);
  if (pending?.state !== "pending") return null;
  const befores = new Map(pending.cells.map((c) => [cellKey(c.sheet, c.address), c.before]));
  const overlaid = all.map((read): RangeRead => {
    const box = parseRange(read.range);
    if (!box) return read;
    const values = read.values.map((row) => [...row]);
    const formulas = read.formulas.map((row) => [...row]);
    values.forEach((row, i) =>
      row.forEach((_, j) => {
        const before = befores.get(cellKey(read.sheet, cellAddress(box.row + i, box.column + j)));
        if (!before) return;
        const spec = specOf(before, false);
        values[i][j] = spec.f !== undefined ? null : (spec.v ?? null);
        if (formulas[i]) formulas[i][j] = spec.f ?? null;
      }),
    );
    return { ...read, values, formulas };
  });
  const names = outline.names.map((n) => {
    const old = pending.names.find((p) => same(p.name, n.name));
    return old ? { name: n.name, sheet: old.sheet, range: old.range.replace(/\$/g, "") } : n;
  });
  return { outline: { ...outline, names }, reads: overlaid };
}

const cellKey = (sheet: string, address: string) => `${sheet.toUpperCase()}!${address.toUpperCase()}`;

/**
 * The pending snapshot's rows, in its order, then the new cells and names it did not record. A kept cell's
 * fingerprint becomes what this plan writes there, when it writes there.
 */
function mergedItems(pending: ReadSnapshot, fresh: UndoItem[], plan: WorkbookPlan, scope: SnapshotScope): UndoItem[] {
  const writes = new Map(writtenCells(plan, scope).map((c) => [cellKey(c.sheet, c.address), c]));
  const kept = pending.items.map((item): UndoItem => {
    if (item.kind !== "cell") return item;
    const write = writes.get(cellKey(item.sheet, item.address));
    return write ? { ...item, written: contentFingerprint(write.after) } : item;
  });
  const cells = new Set(pending.cells.map((c) => cellKey(c.sheet, c.address)));
  const names = new Set(pending.names.map((n) => n.name.toUpperCase()));
  const added = fresh.filter((item) =>
    item.kind === "cell" ? !cells.has(cellKey(item.sheet, item.address)) : !names.has(item.name.toUpperCase()),
  );
  return [...kept, ...added];
}

/**
 * The plan with the snapshot's sheet and name added (the plan itself is not changed), as its journal; the plan as it
 * is when it changes nothing and no pending snapshot waits to be completed.
 */
export function withSnapshot(plan: WorkbookPlan, source: SnapshotSource): WorkbookPlan {
  const fresh: UndoItem[] = [
    ...snapshotOf(plan, source.reads, source.scope).map((c): UndoItem => ({
      kind: "cell",
      sheet: c.sheet,
      address: c.address,
      before: c.before,
      input: c.input,
      written: contentFingerprint(c.after),
    })),
    ...movedNames(plan, source.outline).map((n): UndoItem => ({ kind: "name", ...n })),
  ];
  const previous = previousSnapshot(source.outline, source.reads);
  const pending = previous?.state === "pending" ? previous : null;
  if (!pending && fresh.length === 0) return plan;
  const items = pending ? mergedItems(pending, fresh, plan, source.scope) : fresh;
  const undo = snapshotSheetPlan(undoSheetPlace(source.outline), source.header, items, previous?.state === "complete");
  return {
    ...plan,
    sheets: [...plan.sheets, undo.sheet],
    names: [...plan.names, undo.name],
    touches: undo.sheet.create ? plan.touches : [...(plan.touches ?? []), undo.sheet.name],
    journal: { sheet: undo.sheet.name, name: undo.name.name },
  };
}

/**
 * withSnapshot, reading first whatever the operation's reads missed (never, for the operations' own plans) and the
 * whole of a pending snapshot (only after a failed write), in one request.
 */
export async function snapshotPlan(host: Host, plan: WorkbookPlan, source: SnapshotSource): Promise<WorkbookPlan> {
  const undo = undoRequestNeeded(source.outline, source.reads);
  const missing = [...missingRequests(plan, source.reads, source.scope), ...(undo ? [undo] : [])];
  const reads = missing.length > 0 ? [...source.reads, ...(await host.read(missing))] : source.reads;
  return withSnapshot(plan, { ...source, reads });
}
