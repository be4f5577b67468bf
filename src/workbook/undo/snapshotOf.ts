// The undo snapshot of a plan, taken from reads the operation already made: the old content of every existing cell
// the plan writes (log entry rows and the undo sheet itself left out), and the cells no read covers, so a test can
// prove that an operation's reads cover everything it writes.

import type { RangeRead } from "../host/hostTypes";
import { cellAddress, parseRange, type RangeBox } from "../layout/cellAddress";
import type { WorkbookPlan } from "../plan/planTypes";
import { contentOfRead, contentOfSpec, sameContent, type CellContent } from "./cellContent";
import { cellInBox } from "../layout/boxGeometry";

/** What the snapshot leaves out: the log's entry rows (the log is append-only: an undo adds a row, never removes). */
export interface SnapshotScope {
  /** The log sheet and TD_Log's header row: cells below it on that sheet are entries. */
  log?: { sheet: string; headerRow: number } | null;
}

export interface WrittenCell {
  sheet: string;
  /** A1 without sheet. */
  address: string;
  row: number;
  column: number;
  /** What the plan writes (the last write when a plan writes a cell twice). */
  after: CellContent;
  /** Written as an input cell (unlocked): the restore keeps it so. */
  input: boolean;
}

export interface SnapshotCell extends WrittenCell {
  /** The cell's content before the operation, as read. */
  before: CellContent;
}

const key = (sheet: string, address: string) => `${sheet.toUpperCase()}!${address}`;

/** Every cell the plan writes into sheets that already exist, but the log's entries and the undo sheet. */
export function writtenCells(plan: WorkbookPlan, scope: SnapshotScope = {}): WrittenCell[] {
  const cells = new Map<string, WrittenCell>();
  const log = scope.log;
  for (const sheet of plan.sheets) {
    // A sheet the operation creates did not exist before: there is nothing of it to restore.
    if (sheet.create || sheet.key === "undo") continue;
    const isLog = !!log && sheet.name.toUpperCase() === log.sheet.toUpperCase();
    for (const block of sheet.blocks) {
      const origin = parseRange(block.at);
      if (!origin) continue;
      block.cells.forEach((cellRow, i) =>
        cellRow.forEach((spec, j) => {
          const row = origin.row + i;
          const column = origin.column + j;
          if (isLog && row > log.headerRow) return;
          const address = cellAddress(row, column);
          cells.set(key(sheet.name, address), {
            sheet: sheet.name,
            address,
            row,
            column,
            after: contentOfSpec(spec),
            input: spec.input === true,
          });
        }),
      );
    }
  }
  return [...cells.values()];
}

interface PlacedRead {
  read: RangeRead;
  box: RangeBox;
}

function readsBySheet(reads: readonly RangeRead[]): Map<string, PlacedRead[]> {
  const out = new Map<string, PlacedRead[]>();
  for (const read of reads) {
    const box = parseRange(read.range);
    if (!box) continue;
    const sheet = read.sheet.toUpperCase();
    out.set(sheet, [...(out.get(sheet) ?? []), { read, box }]);
  }
  return out;
}

/** The cell as read, preferring a read that saw its formula (some reads take values only); null when none covers it. */
function contentAt(placed: PlacedRead[] | undefined, row: number, column: number): CellContent | null {
  let found: CellContent | null = null;
  for (const { read, box } of placed ?? []) {
    if (!cellInBox(box, row, column)) continue;
    const content = contentOfRead(read, row - box.row, column - box.column);
    if (content.kind === "f") return content;
    found ??= content;
  }
  return found;
}

/**
 * The old content of every written cell whose content the plan changes, from the reads. Cells the plan rewrites with
 * what they already hold are left out (a settings update rewrites thousands of unchanged formulas); cells no read
 * covers are left out too: `uncovered` lists them.
 */
export function snapshotOf(plan: WorkbookPlan, reads: readonly RangeRead[], scope: SnapshotScope = {}): SnapshotCell[] {
  const placed = readsBySheet(reads);
  const out: SnapshotCell[] = [];
  for (const cell of writtenCells(plan, scope)) {
    const before = contentAt(placed.get(cell.sheet.toUpperCase()), cell.row, cell.column);
    if (before && !sameContent(before, cell.after)) out.push({ ...cell, before });
  }
  return out;
}

/** Written cells that no read covers: their old content is unknown. */
export function uncovered(plan: WorkbookPlan, reads: readonly RangeRead[], scope: SnapshotScope = {}): WrittenCell[] {
  const placed = readsBySheet(reads);
  return writtenCells(plan, scope).filter((cell) => {
    const sheetReads = placed.get(cell.sheet.toUpperCase()) ?? [];
    return !sheetReads.some(({ box }) => cellInBox(box, cell.row, cell.column));
  });
}
