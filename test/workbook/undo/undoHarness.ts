// Test harness for undo: a MemoryHost that keeps what each operation read and applied, a dump of every cell and
// name of a workbook, and the comparison "equal but the log's appended rows and the undo sheet".

import type { RangeRead, RangeRequest, WorkbookOutline } from "../../../src/workbook/host/hostTypes";
import { DEFINED_NAMES } from "../../../src/workbook/layout/definedNames";
import type { CellValue, WorkbookPlan } from "../../../src/workbook/plan/planTypes";
import { parseWorkbook } from "../../../src/workbook/read/parseWorkbook";
import { snapshotScope } from "../../../src/workbook/undo/operationSnapshot";
import { uncovered, type WrittenCell } from "../../../src/workbook/undo/snapshotOf";
import { UNDO_SHEET } from "../../../src/workbook/undo/undoSheet";
import { MemoryHost } from "../memoryHost";

/** Remembers the outline, reads and plans since `reset`. */
export class RecordingHost extends MemoryHost {
  outlines: WorkbookOutline[] = [];
  reads: RangeRead[] = [];
  plans: WorkbookPlan[] = [];

  reset(): void {
    this.outlines = [];
    this.reads = [];
    this.plans = [];
    this.calls.length = 0;
  }

  override async outline(): Promise<WorkbookOutline> {
    const outline = await super.outline();
    this.outlines.push(outline);
    return outline;
  }

  override async read(requests: RangeRequest[]): Promise<RangeRead[]> {
    const reads = await super.read(requests);
    this.reads.push(...reads);
    return reads;
  }

  override async apply(plan: WorkbookPlan): Promise<void> {
    this.plans.push(plan);
    await super.apply(plan);
  }

  /**
   * The last applied plan's written cells that none of the operation's reads covered (`source`: what it planned from
   * when it read nothing itself, as fixes do from their validation).
   */
  uncoveredCells(source?: { outline: WorkbookOutline; reads: readonly RangeRead[] }): WrittenCell[] {
    const outline = source?.outline ?? this.outlines[0];
    const reads = source?.reads ?? this.reads;
    const plan = this.plans[this.plans.length - 1];
    const scope = snapshotScope(parseWorkbook(reads, outline));
    return uncovered(plan, reads, scope);
  }
}

/** What a cell holds: its formula, else its value; blanks are left out. */
type Content = { f: string } | { v: CellValue };

export interface WorkbookDump {
  cells: Map<string, Map<string, Content>>;
  names: Map<string, string>;
}

export function dump(host: MemoryHost): WorkbookDump {
  const cells = new Map<string, Map<string, Content>>();
  for (const sheet of host.sheets.values()) {
    const contents = new Map<string, Content>();
    for (const [address, cell] of sheet.cells) {
      if (cell.f !== undefined) contents.set(address, { f: cell.f });
      else if (cell.v !== null && cell.v !== undefined) contents.set(address, { v: cell.v });
    }
    cells.set(sheet.name, contents);
  }
  const names = new Map([...host.names.values()].map((n) => [n.name, `${n.sheet}!${n.range}`]));
  return { cells, names };
}

/** The dump without the undo sheet and name, and without the log sheet's rows from `logRow` down. */
export function withoutUndoAndLog(d: WorkbookDump, logSheet: string, logRow: number): WorkbookDump {
  const cells = new Map<string, Map<string, Content>>();
  for (const [sheet, contents] of d.cells) {
    if (sheet === UNDO_SHEET) continue;
    if (sheet !== logSheet) {
      cells.set(sheet, contents);
      continue;
    }
    const kept = new Map([...contents].filter(([address]) => Number(/\d+$/.exec(address)![0]) < logRow));
    cells.set(sheet, kept);
  }
  const names = new Map([...d.names].filter(([n]) => n !== DEFINED_NAMES.undo && n !== DEFINED_NAMES.log));
  return { cells, names };
}

/** The log sheet's rows from `from` on, as arrays of their six cells' values. */
export function logRows(host: MemoryHost, sheet: string, from: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let row = from; host.cell(sheet, `A${row}`)?.v != null; row++) {
    rows.push(["A", "B", "C", "D", "E", "F"].map((c) => host.cell(sheet, `${c}${row}`)?.v ?? null));
  }
  return rows;
}
