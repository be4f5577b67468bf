// Everything one fake Excel instance shares across request contexts: the workbook, options, counters, injected faults.

import type { FormulaEvaluator } from "./cellContent";
import { type WorkbookModel, newWorkbook } from "./workbookModel";

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the fake host supports (default "1.17"). */
  maxApiVersion?: string;
  /** Request payload limit in bytes (default 5 MB, Excel on the web's limit). */
  payloadLimit?: number;
  /** Response payload limit in bytes (default 5 MB, Excel on the web's limit). */
  responseLimit?: number;
  /** Sheets of the workbook at start (default ["Sheet1"]). */
  sheets?: string[];
  /** Office.context.platform (default "OfficeOnline", where the payload limits apply). */
  platform?: string;
  /** Office.context.displayLanguage (default "en-US"). */
  displayLanguage?: string;
  /**
   * Protecting a protected sheet or unprotecting an unprotected one fails with AccessDenied, as Excel builds of June
   * 2026 did (office-js#6784); default false, the long-standing no-op.
   */
  strictProtection?: boolean;
}

export interface InjectedFailure {
  code: string;
  message?: string;
  /** How many commands of the failing batch are applied before it fails (default 0). */
  afterCommands?: number;
}

export interface FakeExcelState {
  model: WorkbookModel;
  maxApiVersion: string;
  payloadLimit: number;
  responseLimit: number;
  platform: string;
  displayLanguage: string;
  strictProtection: boolean;
  evaluator: FormulaEvaluator | null;
  /** Requests sent to "Excel": syncs that carried at least one command. */
  syncCount: number;
  /** Number of the request being applied, for records such as applicationCalls. */
  currentSync: number;
  /** Every context.sync() call, including empty ones and Excel.run's closing sync. */
  syncCalls: number;
  payloads: number[];
  responsePayloads: number[];
  failures: Map<number, InjectedFailure>;
  /** Edits by someone else (a co-author), made just before the request of that number is applied. */
  edits: Map<number, () => void>;
  applicationCalls: { sync: number; call: string }[];
  /** Application.suspendApiCalculationUntilNextSync was called in the request being applied. */
  calculationSuspended: boolean;
  /** The request being applied wrote cell content (values or formulas). */
  contentWritten: boolean;
  /**
   * Formula cells written while calculation was suspended and not recalculated since ("sheetId:cellKey"): Excel's
   * automatic calculation resumes after the request, but recalculating what was written is the add-in's job
   * (suspendApiCalculationUntilNextSync, learn.microsoft.com).
   */
  staleFormulas: Set<string>;
  createdWorkbooks: (string | null)[];
  /** Serialises in-flight syncs so that batches apply in the order they were sent. */
  chain: Promise<void>;
}

/**
 * After each request: one that wrote cells without suspending calculation sets off Excel's automatic recalculation
 * of every dirty cell (assumed to cover cells left dirty by earlier suspended requests); the suspension ends with the
 * request.
 */
export function endRequest(state: FakeExcelState): void {
  if (!state.calculationSuspended && state.contentWritten) state.staleFormulas.clear();
  state.calculationSuspended = false;
  state.contentWritten = false;
}

export function createState(options: FakeExcelOptions = {}): FakeExcelState {
  const limit = 5 * 1024 * 1024;
  return {
    model: newWorkbook(options.sheets ?? ["Sheet1"]),
    maxApiVersion: options.maxApiVersion ?? "1.17",
    payloadLimit: options.payloadLimit ?? limit,
    responseLimit: options.responseLimit ?? limit,
    platform: options.platform ?? "OfficeOnline",
    displayLanguage: options.displayLanguage ?? "en-US",
    strictProtection: options.strictProtection ?? false,
    evaluator: null,
    syncCount: 0,
    currentSync: 0,
    syncCalls: 0,
    payloads: [],
    responsePayloads: [],
    failures: new Map(),
    edits: new Map(),
    applicationCalls: [],
    calculationSuspended: false,
    contentWritten: false,
    staleFormulas: new Set(),
    createdWorkbooks: [],
    chain: Promise.resolve(),
  };
}
