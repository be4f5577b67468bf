// Undoes the last writing operation (Hoàn tác): outline with a first read (the snapshot in TD_Undo, the metadata and
// the log), a second read of just the cells the snapshot names (the office host's budget is 4 requests in all), then
// one apply putting back each recorded cell exactly
// (formulas as formulas, values as values, blanks as blanks) and each moved name, clearing the snapshot, and
// appending a log row (the log is append-only: the operation's own row stays). Cells edited after the operation are
// restored too, and reported as warnings. A pending snapshot (the operation's write was cut off part-way, and maybe
// retried) is undone all the same: it holds what every cell was before the operation, so the workbook goes back to
// that state; cells the cut-off write never reached are already as they were and are not reported.

import { contentHash } from "../../core/integrity/contentHash";
import { render } from "../../core/messages/messageTypes";
import type { Host, ProgressFn, RangeRead, RangeRequest, WorkbookOutline } from "../host/hostTypes";
import { absoluteRange, parseRange, sheetReference } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import { FIRST_CHAIN } from "../log/logChain";
import { operationName, UNDO_RULES, undoMessages as U } from "../messages/undoMessages";
import { formatLocalTime, DEFAULT_TIME_ZONE } from "../../core/time/localTime";
import { logTime } from "../log/logTime";
import { logEntryBlock } from "../plan/logEntry";
import type { CellBlock, NamePlan, SheetPlan, WorkbookPlan } from "../plan/planTypes";
import { WORKBOOK_STYLES } from "../plan/workbookStyles";
import { parseWorkbook } from "../read/parseWorkbook";
import { outlineAndRead } from "../read/outlineAndRead";
import { alignedReads, partialReadPlan } from "../read/readPlan";
import { undoSheetPlace } from "../undo/attachSnapshot";
import { contentFingerprint, contentOfRead, sameContent, specOf, type CellContent } from "../undo/cellContent";
import { cellBoxes } from "../undo/cellBoxes";
import { parseUndoRows, undoSheetPlan, UNDO_COLUMNS, type UndoHeader } from "../undo/undoSheet";
import type { LocatedFinding } from "./locatedFinding";
import { cellInBox } from "../layout/boxGeometry";

export interface UndoOptions {
  /** ISO time for the log entry. */
  now: string;
  fileName?: string;
  progress?: ProgressFn;
}

export interface UndoResult {
  /** True when the snapshot was restored. */
  undone: boolean;
  /** The operation undone, null when there was nothing to undo. */
  operation: UndoHeader | null;
  /** Cells put back. */
  restored: number;
  /** "Nothing to undo", or a warning per cell edited since the operation (restored all the same). */
  findings: LocatedFinding[];
  /** The plan applied, null when nothing was written. */
  plan: WorkbookPlan | null;
}

function nothing(): UndoResult {
  const finding: LocatedFinding = {
    rule: UNDO_RULES.nothing,
    severity: "info",
    location: {},
    message: render(U.nothing, {}),
    sheet: null,
    cell: null,
  };
  return { undone: false, operation: null, restored: 0, findings: [finding], plan: null };
}

/** The cell's content now, null when no read covers it. */
function currentContent(reads: readonly RangeRead[], sheet: string, address: string): CellContent | null {
  const cell = parseRange(address);
  if (!cell) return null;
  let found: CellContent | null = null;
  for (const read of reads) {
    const box = read.sheet.toUpperCase() === sheet.toUpperCase() ? parseRange(read.range) : null;
    if (!box || !cellInBox(box, cell.row, cell.column)) continue;
    const content = contentOfRead(read, cell.row - box.row, cell.column - box.column);
    if (content.kind === "f") return content;
    found ??= content;
  }
  return found;
}

/** The snapshot's whole range on TD_Undo's sheet, null when the workbook has none. */
function undoRequest(outline: WorkbookOutline): RangeRequest | null {
  const undoInfo = outline.names.find((n) => n.name.toUpperCase() === DEFINED_NAMES.undo.toUpperCase());
  const undoBox = undoInfo?.range ? parseRange(undoInfo.range) : null;
  if (!undoInfo?.sheet || !undoBox) return null;
  return {
    sheet: undoInfo.sheet,
    range: absoluteRange({ row: 1, column: 0, rows: undoBox.row + undoBox.rows - 1, columns: UNDO_COLUMNS }),
  };
}

/** Answer bytes a recorded cell is modelled at (a tie-break note naming many units runs to a few hundred). */
const RECORDED_CELL_BYTES = 512;

/** What an undo reads first: the metadata and the log (for its log row), and the snapshot. */
const FIRST_READ = [DEFINED_NAMES.meta, DEFINED_NAMES.log];

export async function undoLast(host: Host, options: UndoOptions): Promise<UndoResult> {
  const { outline, reads: first } = await outlineAndRead(host, (found) => {
    const undo = undoRequest(found);
    return undo ? [...partialReadPlan(found, FIRST_READ), undo] : [];
  });
  if (!undoRequest(outline)) return nothing();
  const read = partialReadPlan(outline, FIRST_READ).length;
  const snapshot = parseUndoRows(first[read]?.values ?? []);
  if (!snapshot) return nothing();
  const parsed = parseWorkbook(alignedReads(outline, FIRST_READ, first.slice(0, read)), outline, {
    formulaChecks: false,
  });
  // Then the very cells the snapshot names, as they are now (one more request), to tell which were edited since.
  const present = new Map(outline.sheets.map((s) => [s.name.toUpperCase(), s.name]));
  const recorded = snapshot.cells.flatMap((c) => {
    const sheet = present.get(c.sheet.toUpperCase());
    return sheet ? [{ sheet, address: c.address }] : [];
  });
  const metaSheet = parsed.layout?.meta.sheet.toUpperCase();
  const reads = await host.read(
    cellBoxes(recorded).map((box) => ({
      ...box,
      formulas: true,
      // Cells an operation writes hold formulas, numbers, codes and notes; the metadata's chunks are long.
      ...(box.sheet.toUpperCase() === metaSheet ? {} : { cellBytes: RECORDED_CELL_BYTES }),
    })),
  );
  const lang = parsed.meta?.lang ?? "vi";
  // Times as people read them: the workbook's time zone (Vietnam's when the metadata cannot be read).
  const clock = { timeZone: parsed.meta?.settings.timeZone ?? DEFAULT_TIME_ZONE, lang };
  const operation = operationName(snapshot.header.operation)[lang]();
  options.progress?.({ fraction: 0.5, step: render(U.logAction, {}) });

  const findings: LocatedFinding[] = [];
  const bySheet = new Map<string, CellBlock[]>();
  const missingSheets = new Set<string>();
  let restored = 0;
  for (const row of snapshot.cells) {
    const sheet = present.get(row.sheet.toUpperCase());
    if (!sheet || !parseRange(row.address)) {
      missingSheets.add(row.sheet);
      continue;
    }
    const now = currentContent(reads, sheet, row.address);
    if (now && contentFingerprint(now) !== row.written && !sameContent(now, row.before)) {
      findings.push({
        rule: UNDO_RULES.cellChanged,
        severity: "warning",
        location: {},
        message: render(U.cellChanged, {
          cell: sheetReference(sheet, row.address),
          operation: operation.toLowerCase(),
        }),
        sheet,
        cell: row.address,
      });
    }
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), { at: row.address, cells: [[specOf(row.before, row.input)]] }]);
    restored++;
  }
  if (snapshot.state === "pending") {
    findings.push({
      rule: UNDO_RULES.unfinished,
      severity: "info",
      location: {},
      message: render(U.unfinished, {
        operation: operation.toLowerCase(),
        time: formatLocalTime(snapshot.header.time, clock.timeZone, lang),
      }),
      sheet: null,
      cell: null,
    });
  }
  for (const sheet of missingSheets) {
    findings.push({
      rule: UNDO_RULES.cellChanged,
      severity: "warning",
      location: {},
      message: render(U.sheetMissing, { sheet }),
      sheet: null,
      cell: null,
    });
  }

  const sheets: SheetPlan[] = [...bySheet].map(([name, blocks]) => ({ key: "self", name, create: false, blocks }));
  const names: NamePlan[] = [];
  for (const n of snapshot.names) {
    const box = parseRange(n.range);
    if (box && present.has(n.sheet.toUpperCase()))
      names.push({ name: n.name, sheet: n.sheet, range: absoluteRange(box) });
  }
  const cleared = undoSheetPlan(undoSheetPlace(outline), null);
  sheets.push(cleared.sheet);
  names.push(cleared.name);
  if (parsed.layout && parsed.logTable) {
    const entry = logEntryBlock(
      parsed.layout.log.sheet,
      parsed.logTable,
      {
        time: logTime(options.now, clock),
        action: U.logAction[lang](),
        file: options.fileName ?? "",
        hash: contentHash(snapshot),
        summary: U.logSummary[lang]({ operation, time: logTime(snapshot.header.time, clock), cells: restored }),
      },
      parsed.log?.lastChain ?? FIRST_CHAIN,
    );
    const log = sheets.find((s) => s.name.toUpperCase() === parsed.layout!.log.sheet.toUpperCase());
    if (log) log.blocks.push(entry.block);
    else sheets.push({ key: "log", name: parsed.layout.log.sheet, create: false, blocks: [entry.block] });
    names.push(entry.name);
  }
  const plan: WorkbookPlan = {
    styles: WORKBOOK_STYLES,
    sheets,
    names,
    touches: [...new Set(sheets.map((s) => s.name))],
  };
  await host.apply(plan, options.progress);
  return { undone: true, operation: snapshot.header, restored, findings, plan };
}
