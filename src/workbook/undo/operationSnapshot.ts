// The two steps every undoable operation takes: read its usual batch plus the snapshot's extra ranges (one round
// trip), and, once planned, apply its plan with the snapshot of what it changes in the same write.

import type { Host, OutlineRead, RangeRead, RangeRequest, WorkbookOutline } from "../host/hostTypes";
import type { WorkbookPlan } from "../plan/planTypes";
import type { ParsedWorkbook } from "../read/parseWorkbook";
import { outlineAndRead } from "../read/outlineAndRead";
import { readPlan } from "../read/readPlan";
import { snapshotPlan } from "./attachSnapshot";
import type { SnapshotScope } from "./snapshotOf";
import { undoHeaderRequest } from "./readUndoInfo";
import { snapshotRequests, type SnapshotSheets } from "./snapshotReads";
import type { UndoHeader } from "./undoSheet";

/**
 * readPlan's ranges (first, in readPlan order, as parseWorkbook expects), the snapshot's, and the header row of the
 * last snapshot (a pending one is kept: attachSnapshot).
 */
export function snapshotReadPlan(outline: WorkbookOutline, sheets: SnapshotSheets): RangeRequest[] {
  const requests = readPlan(outline);
  const header = undoHeaderRequest(outline.names);
  return [...requests, ...snapshotRequests(outline, sheets, requests), ...(header ? [header] : [])];
}

/** The outline and snapshotReadPlan's reads of it, in as few round trips as the host can. */
export function readForSnapshot(host: Host, sheets: SnapshotSheets): Promise<OutlineRead> {
  return outlineAndRead(host, (outline) => snapshotReadPlan(outline, sheets));
}

/** Log entries are left out of a snapshot: the log is append-only. */
export function snapshotScope(parsed: Pick<ParsedWorkbook, "layout" | "logTable">): SnapshotScope {
  return parsed.layout && parsed.logTable
    ? { log: { sheet: parsed.layout.log.sheet, headerRow: parsed.logTable.row } }
    : {};
}

/** The plan to apply: the operation's plan and its snapshot. */
export function undoablePlan(
  host: Host,
  plan: WorkbookPlan,
  read: { outline: WorkbookOutline; reads: readonly RangeRead[]; parsed: Pick<ParsedWorkbook, "layout" | "logTable"> },
  header: UndoHeader,
): Promise<WorkbookPlan> {
  return snapshotPlan(host, plan, {
    outline: read.outline,
    reads: read.reads,
    scope: snapshotScope(read.parsed),
    header,
  });
}
