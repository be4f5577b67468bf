// The one Host interface: what the workbook operations need from a spreadsheet, implemented over Office.js
// (src/hosts/office) and over .xlsx files (src/hosts/xlsx). Operations never touch Excel or files directly.

import type { CellValue, WorkbookPlan } from "../plan/planTypes";

/** A defined name as found in the workbook. */
export interface NameInfo {
  name: string;
  /** Sheet name, null when the name doesn't point at a single range (e.g. #REF!). */
  sheet: string | null;
  /** A1 range without sheet, e.g. "D6:M40"; null when broken. */
  range: string | null;
}

export interface SheetInfo {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
}

/** What a host found about the workbook's structure: one round trip. */
export interface WorkbookOutline {
  sheets: SheetInfo[];
  names: NameInfo[];
}

/** Values and formulas of one range as read. */
export interface RangeRead {
  sheet: string;
  /** A1 range without sheet, as read. */
  range: string;
  /** Values: numbers, strings, booleans, null for blank; error values as their text ("#REF!"). */
  values: CellValue[][];
  /** Formulas in English syntax without "=", or null for a constant cell. */
  formulas: (string | null)[][];
}

export interface RangeRequest {
  sheet: string;
  range: string;
  /** Read formulas too (costs payload); default false. */
  formulas?: boolean;
  /**
   * What the workbook layer expects the answer to weigh per cell, in bytes of Excel's JSON (values and, when asked,
   * formulas): the Office host groups its reads by it. Absent: the host's own, safe model.
   */
  cellBytes?: number;
}

/** An outline and the reads planned from it. */
export interface OutlineRead {
  outline: WorkbookOutline;
  /** In the order the plan gave the requests. */
  reads: RangeRead[];
}

export interface ProgressReport {
  /** 0..1 */
  fraction: number;
  /** Short bilingual step label. */
  step: { vi: string; en: string };
}

export type ProgressFn = (p: ProgressReport) => void;

export interface Host {
  /** Sheets and defined names. */
  outline(): Promise<WorkbookOutline>;
  /** Reads ranges in one batch, in request order. Missing sheets or bad ranges yield empty reads, not throws. */
  read(requests: RangeRequest[]): Promise<RangeRead[]>;
  /**
   * outline(), then read(plan(outline)), in as few round trips as the host can: the Office host sends the first
   * reads along with the outline when it has seen the workbook before, and keeps those whose request the fresh
   * outline plans again. Optional (src/workbook/read/outlineAndRead.ts does the two steps for hosts without it).
   */
  outlineAndRead?(plan: (outline: WorkbookOutline) => RangeRequest[]): Promise<OutlineRead>;
  /** Applies a plan: creates sheets, writes blocks, styles, validations, names, protection. */
  apply(plan: WorkbookPlan, progress?: ProgressFn): Promise<void>;
  /** Selects (and scrolls to) a cell so the user sees a finding. No-op where there is no screen. */
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Values of the user's current selection (its used part: blank edges trimmed), with its sheet and address;
   * formulas are not read (empty). A blank selection reads with no values. Null where there is no screen (files).
   * A selection too large to read throws a HostError ("payload-too-large") instead of reading it.
   */
  readSelection(): Promise<RangeRead | null>;
  /**
   * Deletes these sheets and workbook-scoped defined names (those already gone are skipped). Only the self-test uses
   * it, to take away what it added; a host without it cannot run the self-test.
   */
  removeParts?(parts: { sheets: readonly string[]; names: readonly string[] }): Promise<void>;
}

/** An error a host raises for a failure the user can act on (protected sheet, payload too large, missing sheet). */
export class HostError extends Error {
  constructor(
    readonly code:
      "protected" | "payload-too-large" | "not-found" | "unsupported" | "busy" | "file-unreadable" | "general",
    readonly detail: { vi: string; en: string },
  ) {
    super(detail.en);
    this.name = "HostError";
  }
}
