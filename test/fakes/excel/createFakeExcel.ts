// Entry point: an in-memory Excel JavaScript API (Excel, Office) for tests, plus the `fake` handle to inspect it.
// Plain TypeScript without Node APIs, so the task pane's browser test can bundle it in place of Office.js.

import { requireApi } from "./apiSets";
import { FakeClientObject, guarded } from "./clientObject";
import { createControl, type FakeExcelControl } from "./fakeControl";
import { fakeEnums } from "./fakeEnums";
import { officeError } from "./fakeError";
import { type FakeExcelOptions, type FakeExcelState, createState } from "./fakeExcelState";
import { createFakeOffice } from "./fakeOffice";
import { ContextState } from "./requestContext";

export type { FakeExcelOptions } from "./fakeExcelState";
export type { FakeExcelControl, CellInspection, NameInspection } from "./fakeControl";

export interface FakeExcel {
  Excel: typeof Excel;
  Office: typeof Office;
  fake: FakeExcelControl;
}

type Batch = (context: unknown) => unknown;

/** The context to reuse for Excel.run(object | objects | context | { previousObjects }, batch). */
function previousContext(state: FakeExcelState, first: unknown): ContextState | null {
  if (first === undefined) return null;
  const fromObject = (o: unknown): ContextState | null => (o instanceof FakeClientObject ? o._ctx : null);
  if (Array.isArray(first)) {
    const contexts = [...new Set(first.map(fromObject))];
    if (contexts.length !== 1 || contexts[0] === null) throw officeError("InvalidRequestContext");
    return contexts[0];
  }
  const direct = fromObject(first);
  if (direct) return direct;
  if (typeof first === "object" && first !== null) {
    const ctx = (first as { _state?: ContextState })._state;
    if (ctx instanceof ContextState && ctx.state === state) return ctx;
    const previous = (first as { previousObjects?: unknown }).previousObjects;
    if (previous !== undefined) return previousContext(state, previous);
    return null;
  }
  throw officeError("InvalidArgument", "Excel.run takes a batch function, optionally after objects or options.");
}

/**
 * Excel.run as Office.js implements it (ClientRequestContext._runCommon): the batch must return a promise, and once
 * it resolves whatever is still queued goes out in a closing sync.
 */
function makeRun(state: FakeExcelState) {
  return async (...args: unknown[]): Promise<unknown> => {
    const batch = args[args.length - 1] as Batch;
    if (typeof batch !== "function") throw officeError("InvalidArgument", "Excel.run needs a batch function.");
    const ctx = previousContext(state, args.length > 1 ? args[0] : undefined) ?? new ContextState(state);
    const result = batch(ctx.publicContext);
    if (result === null || typeof result !== "object" || typeof (result as { then?: unknown }).then !== "function") {
      throw officeError("RunMustReturnPromise");
    }
    const value = await result;
    await ctx.publicContext.sync();
    return value;
  };
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const state = createState(options);
  const excel = guarded(
    {
      ...Object.fromEntries(
        Object.entries(fakeEnums).map(([name, values]) => [name, guarded({ ...values }, `Excel.${name}`)]),
      ),
      run: makeRun(state),
      createWorkbook: async (base64?: string) => {
        requireApi(state.maxApiVersion, "Excel.createWorkbook", "1.8");
        state.createdWorkbooks.push(base64 ?? null);
      },
    },
    "Excel",
  );
  return {
    Excel: excel as unknown as typeof Excel,
    Office: createFakeOffice(state) as unknown as typeof Office,
    fake: createControl(state),
  };
}

/** Puts the fake's Excel and Office on a global object (globalThis in jest, window in the browser test). */
export function installFakeExcel(globalObject: object, options: FakeExcelOptions = {}): FakeExcel {
  const created = createFakeExcel(options);
  Object.assign(globalObject, { Excel: created.Excel, Office: created.Office });
  return created;
}
