// Runs a writing operation through the Office host (Microsoft's Office.js client in front of the in-memory Excel) with
// one failure injected at a chosen request, and gives what the failure tests compare: a full dump of the workbook
// (cells, styles, names, sheets, protection, validations; sheet and rule ids left out, as a re-created sheet gets a
// new one) before, after the failure, after a second run without failure, and after a run that never failed.

import { OfficeHost } from "../../../../src/hosts/office/officeHost";
import { HostError } from "../../../../src/workbook/host/hostTypes";
import { parseRange } from "../../../../src/workbook/layout/cellAddress";
import type { CellValue } from "../../../../src/workbook/plan/planTypes";
import { parseUndoRows, UNDO_COLUMNS, UNDO_SHEET } from "../../../../src/workbook/undo/undoSheet";
import { createOfficeJsExcel } from "../../../fakes/officejs/createOfficeJsExcel";
import type { FakeExcelControl } from "../../../fakes/excel/fakeControl";
import type { InjectedFailure } from "../../../fakes/excel/fakeExcelState";

/** Small enough that a 5-unit workbook's apply takes several requests (first, middle and last differ). */
export const SMALL_CHUNKS = 32 * 1024;

export interface Workbook {
  fake: FakeExcelControl;
  /** A new host on the same workbook, as the task pane makes for each command. */
  host(): OfficeHost;
}

export interface Operation {
  name: string;
  /** Builds the workbook the operation runs on (fresh each call, deterministic). */
  setup(): Promise<Workbook>;
  /** The operation, as the task pane runs it. */
  run(host: OfficeHost): Promise<void>;
  /**
   * A documented limit: after a partial write, what a second run may leave different from a run that never failed
   * (the dump without it). Absent: the second run must leave exactly the same workbook.
   */
  partialLimit?: { why: string; without(dump: unknown): unknown };
}

type SheetDump = { name: string; cells: Record<string, { value?: unknown }> };

/** The dump without the log sheet's cells in `columns` on rows whose time (column A) is `time` or blank, nor TD_Log. */
export function withoutLogEntry(sheet: string, time: string, columns: string): (dump: unknown) => unknown {
  return (value) => {
    const full = value as { sheets: SheetDump[]; names: { name: string }[] };
    const sheets = full.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const rows = new Set(
        Object.entries(s.cells)
          .filter(([address, cell]) => /^A\d+$/.test(address) && (cell.value === time || cell.value === undefined))
          .map(([address]) => address.slice(1)),
      );
      const cells = Object.fromEntries(
        Object.entries(s.cells).filter(([address]) => {
          const m = /^([A-Z]+)(\d+)$/.exec(address);
          return !m || !rows.has(m[2]) || !columns.includes(m[1]);
        }),
      );
      return { ...s, cells };
    });
    return { ...full, sheets, names: full.names.filter((n) => n.name !== "TD_Log") };
  };
}

/** A fake Excel with its own hosts writing in small parts. */
export function newWorkbook(sheets?: string[]): Workbook {
  const { Excel, Office, fake } = createOfficeJsExcel(sheets ? { sheets } : {});
  return { fake, host: () => new OfficeHost(Excel, Office, { chunkLimit: SMALL_CHUNKS }) };
}

function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "id")
      .map(([key, v]) => [key, withoutIds(v)]),
  );
}

/** Everything the fake workbook holds, comparable across workbooks built the same way. */
export function dump(fake: FakeExcelControl): unknown {
  const snapshot = withoutIds(fake.snapshot()) as { names: { name: string }[] };
  return { ...snapshot, names: [...snapshot.names].sort((a, b) => a.name.localeCompare(b.name)) };
}

/**
 * The dump with the undo sheet's cells replaced by the snapshot they hold: its header, state, and its rows as a set
 * (sorted). Only for comparing a retried run with a clean one: a retry writes the snapshot into the undo sheet the
 * failed run left (kept, as it holds the true "before"), where the clean run created it, and a write into an existing
 * sheet sets each cell's whole style (Excel's defaults spelled out); a pending snapshot also keeps its own row order
 * for the rows it recorded. What undo reads is the same. The sheet's visibility and protection, TD_Undo and every
 * other sheet are still compared as they are.
 */
export function withParsedUndoSheet(value: unknown): unknown {
  const full = value as { sheets: SheetDump[] };
  const sheets = full.sheets.map((s) => {
    if (s.name !== UNDO_SHEET) return s;
    const grid: CellValue[][] = [];
    for (const [address, cell] of Object.entries(s.cells)) {
      const box = parseRange(address);
      if (!box) continue;
      grid[box.row - 1] ??= [];
      grid[box.row - 1][box.column] = (cell.value ?? null) as CellValue;
    }
    const rows = Array.from({ length: grid.length }, (_, i) =>
      Array.from({ length: UNDO_COLUMNS }, (_, j) => grid[i]?.[j] ?? null),
    );
    const parsed = parseUndoRows(rows);
    const sorted = parsed && {
      header: parsed.header,
      state: parsed.state,
      items: parsed.items.map((item) => JSON.stringify(item)).sort(),
    };
    return { ...s, cells: { snapshot: sorted } };
  });
  return { ...full, sheets };
}

/** Requests of a clean run: how many in all, and the number (from 1) of the apply's first request. */
export interface RunShape {
  requests: number;
  applyStart: number;
}

/** Runs the operation, recording where its apply starts. */
export async function runRecorded(operation: Operation, workbook: Workbook): Promise<RunShape> {
  const host = workbook.host();
  const { fake } = workbook;
  fake.resetCounters();
  let applyStart = 0;
  const apply = host.apply.bind(host);
  host.apply = (plan, progress) => {
    if (applyStart === 0) applyStart = fake.syncCount + 1;
    return apply(plan, progress);
  };
  await operation.run(host);
  return { requests: fake.syncCount, applyStart };
}

export interface Reference {
  shape: RunShape;
  before: unknown;
  after: unknown;
}

/** A run that never failed: the workbook before and after, and the requests it took. */
export async function reference(operation: Operation): Promise<Reference> {
  const workbook = await operation.setup();
  const before = dump(workbook.fake);
  const shape = await runRecorded(operation, workbook);
  return { shape, before, after: dump(workbook.fake) };
}

/**
 * The requests where a failure is injected: the first of the operation, the apply's first, middle and last (the same
 * request when the apply takes one).
 */
export function positions(shape: RunShape): { label: string; request: number }[] {
  const { requests, applyStart } = shape;
  // Rounded up: the first write requests carry the undo snapshot, the middle one should write the workbook itself.
  const middle = Math.ceil((applyStart + requests) / 2);
  return [
    { label: "first request (outline)", request: 1 },
    { label: "first write request", request: applyStart },
    { label: "middle write request", request: middle },
    { label: "last write request", request: requests },
  ];
}

export interface FailedRun {
  error: HostError;
  after: unknown;
  rerun: unknown;
}

/** Sets the workbook up, fails request `request` of the operation, then runs the operation again on a new host. */
export async function failAndRerun(
  operation: Operation,
  request: number,
  failure: InjectedFailure,
): Promise<FailedRun> {
  const workbook = await operation.setup();
  workbook.fake.resetCounters();
  workbook.fake.failSync(request, failure);
  const error = await operation.run(workbook.host()).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof HostError)) throw new Error(`expected a HostError, got ${String(error)}`);
  const after = dump(workbook.fake);
  await operation.run(workbook.host());
  return { error, after, rerun: dump(workbook.fake) };
}

/** The failures a sync can meet, as Excel reports them. */
export const FAILURES: { label: string; failure: InjectedFailure; code: HostError["code"]; cause: RegExp }[] = [
  {
    label: "a timeout before Excel applied anything",
    failure: { code: "Timeout" },
    code: "busy",
    cause: /did not answer in time/,
  },
  {
    label: "a timeout after Excel applied the whole request",
    failure: { code: "Timeout", afterCommands: Number.MAX_SAFE_INTEGER },
    code: "busy",
    cause: /did not answer in time/,
  },
  {
    label: "a request aborted half-way",
    failure: { code: "RequestAborted", afterCommands: 6 },
    code: "busy",
    cause: /did not answer in time/,
  },
  {
    label: "a request payload over Excel's limit",
    failure: { code: "RequestPayloadSizeLimitExceeded" },
    code: "payload-too-large",
    cause: /too large/,
  },
  {
    label: "a response payload over Excel's limit (request applied)",
    failure: { code: "ResponsePayloadSizeLimitExceeded", afterCommands: Number.MAX_SAFE_INTEGER },
    code: "payload-too-large",
    cause: /exceeds what Excel on the web sends at once/,
  },
  {
    label: "an item not found half-way (a sheet deleted by a co-author)",
    failure: { code: "ItemNotFound", afterCommands: 4 },
    code: "not-found",
    cause: /could not find a sheet or defined name/,
  },
];

/** The outcome sentence of a failed write, in English, and its Vietnamese twin. */
export const OUTCOMES = {
  unchanged: { en: "Nothing in the workbook was changed.", vi: "Sổ tính chưa bị thay đổi gì." },
  undone: {
    en: "What had been written was taken back; the workbook is as it was before.",
    vi: "Phần đã ghi dở đã được gỡ bỏ; sổ tính trở lại như trước.",
  },
  partial: { en: "Part of the change may have been written", vi: "Có thể một phần đã được ghi" },
} as const;

/** Which outcome the error tells, checking it is told in both languages. */
export function toldOutcome(error: HostError): keyof typeof OUTCOMES | null {
  for (const [kind, text] of Object.entries(OUTCOMES)) {
    if (error.detail.en.includes(text.en)) {
      if (!error.detail.vi.includes(text.vi)) throw new Error(`the Vietnamese text lacks the ${kind} outcome`);
      return kind as keyof typeof OUTCOMES;
    }
  }
  return null;
}
