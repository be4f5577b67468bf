// Entry point of the Office.js harness: Microsoft's Excel client (excel-web-16.00.js) in front of the in-memory Excel,
// with the same `{ Excel, Office, fake }` shape as createFakeExcel, so that a test moves over by changing its import.

import { createControl, type FakeExcelControl } from "../excel/fakeControl";
import { type FakeExcelOptions, createState } from "../excel/fakeExcelState";
import { createFakeOffice } from "../excel/fakeOffice";
import { loadExcelRuntime } from "./excelRuntime";
import { type RequestRecord, RichApiServer } from "./richApiServer";

export type { RequestRecord } from "./richApiServer";

export interface OfficeJsOptions extends FakeExcelOptions {
  /** Keep every request and response body in `fake.requests` (harness-level tests read them; large workbooks should not). */
  keepBodies?: boolean;
}

export interface OfficeJsControl extends FakeExcelControl {
  /** Every request the client sent since the last resetCounters(), with its real size and its answer's. */
  readonly requests: readonly RequestRecord[];
  /** The largest response body, in bytes. */
  readonly maxResponse: number;
}

export interface OfficeJsExcel {
  Excel: typeof Excel;
  Office: typeof Office;
  fake: OfficeJsControl;
}

export function createOfficeJsExcel(options: OfficeJsOptions = {}): OfficeJsExcel {
  const state = createState(options);
  const server = new RichApiServer(state, { keepBodies: options.keepBodies });
  const office = createFakeOffice(state) as unknown as typeof Office;
  const runtime = loadExcelRuntime(server.handle, office);
  const base = createControl(state);
  const fake = Object.create(base) as OfficeJsControl;
  Object.defineProperties(fake, {
    requests: { get: () => server.requests },
    maxResponse: { get: () => Math.max(0, ...state.responsePayloads) },
    resetCounters: {
      value: () => {
        base.resetCounters();
        server.requests.length = 0;
      },
    },
  });
  return { Excel: runtime.Excel, Office: office, fake };
}
