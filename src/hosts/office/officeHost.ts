// The Host over the open workbook through Office.js (Excel.run): a fixed, small number of context.sync() calls
// whatever the workbook's size (outline 1, read 1 per answer under 4.5 MiB, select 1, readSelection 1, apply 1 per
// request under 4.5 MiB as the client serialises it), and Excel's refusals turned into HostError values with a next
// step.

import { render } from "../../core/messages/messageTypes";
import type {
  Host,
  NameInfo,
  ProgressFn,
  OutlineRead,
  RangeRead,
  RangeRequest,
  SheetInfo,
  WorkbookOutline,
} from "../../workbook/host/hostTypes";
import { HostError } from "../../workbook/host/hostTypes";
import type { WorkbookPlan } from "../../workbook/plan/planTypes";
import { formatNameReference, parseNameReference } from "../../workbook/layout/nameReference";
import { recoverFailedApply } from "./applyRecovery";
import { createApplyEnv } from "./applyStep";
import { chunkSteps, type RequestFrame } from "./chunkSteps";
import { officeHostMessages as M } from "./officeHostMessages";
import { isOfficeFailure, toHostError } from "./officeFailure";
import { PAYLOAD_CEILING, utf8Length } from "./payloadSize";
import { planSteps } from "./planSteps";
import { CONTRACT_PROTECTION, protectionChanges } from "./protectionChanges";
import {
  assembleReads,
  partBytes,
  queueParts,
  readParts,
  readRanges,
  type LoadedPart,
  type ReadPart,
} from "./readRanges";
import { readSelection } from "./readSelection";
import { removeParts } from "./removeParts";
import { supportsExcelApi } from "./requirements";
import { findKnownSheet, snapshotAfterApply, type KnownSheet, type WorkbookSnapshot } from "./workbookSnapshot";

const VISIBILITY: Record<string, SheetInfo["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

type OfficeNamespace = Pick<typeof Office, "context"> | undefined;

export interface OfficeHostOptions {
  /** Request size an apply's parts stay under (default PAYLOAD_CEILING); tests lower it to spread an apply. */
  chunkLimit?: number;
  /** Modelled size of Excel's answers a read's requests stay under (default PAYLOAD_CEILING). */
  readLimit?: number;
  /** Diagnostics (tests, the bench): the request sizes an apply will send, as the client will serialise them. */
  onApplyChunks?: (bytes: readonly number[]) => void;
}

export class OfficeHost implements Host {
  /** Sheets and their protection as the last outline (or this host's own applies) left them. */
  private snapshot: WorkbookSnapshot | null = null;
  /** Upper-cased defined names as the last outline saw them: a failed apply deletes only names it added. */
  private names: ReadonlySet<string> | null = null;
  /** The defined names with their ranges, as the last outline saw them and this host's applies moved them. */
  private nameRanges: NameInfo[] | null = null;

  /** `excel` and `office` default to the globals Office.js defines; tests pass the fake's. */
  constructor(
    private readonly excel: typeof Excel = globalThis.Excel,
    private readonly office: OfficeNamespace = globalThis.Office,
    private readonly options: OfficeHostOptions = {},
  ) {}

  async outline(): Promise<WorkbookOutline> {
    const found = await this.run(async (context) => {
      const collect = queueOutline(context);
      await context.sync();
      return collect();
    });
    return this.saw(found);
  }

  /**
   * The outline, and the reads `plan` makes of it. When this host has seen the workbook before (its last outline,
   * updated by its own applies since), the reads planned from that go in the outline's request, as many as Excel's
   * answer allows; those whose request the fresh outline plans again are kept (they were read together with it), the
   * rest are read after. A structure changed meanwhile (by a co-author, or by hand) costs only the reads it changed.
   */
  async outlineAndRead(plan: (outline: WorkbookOutline) => RangeRequest[]): Promise<OutlineRead> {
    const guess = this.seen();
    if (!guess) return this.outlineThenRead(plan);
    const guessed = plan(guess);
    const limit = this.options.readLimit ?? PAYLOAD_CEILING;
    const early = firstRequestParts(readParts(guessed), limit - outlineAnswerBytes(guess));
    let found: FoundOutline;
    let loaded: LoadedPart[];
    try {
      [found, loaded] = await this.excel.run(async (context) => {
        const outline = queueOutline(context);
        const parts = queueParts(context, early);
        await context.sync();
        return [outline(), parts()] as const;
      });
    } catch (error) {
      // The model fell short of what Excel answered: the outline alone, then the reads as usual.
      if (isOfficeFailure(error) && error.code === "ResponsePayloadSizeLimitExceeded")
        return this.outlineThenRead(plan);
      throw toHostError(error);
    }
    const outline = this.saw(found);
    const requests = plan(outline);
    const earlyReads = assembleReads(guessed, loaded);
    const kept = new Map<string, RangeRead>();
    for (const part of early) kept.set(requestKey(guessed[part.index]), earlyReads[part.index]);
    const rest = requests.filter((r) => !kept.has(requestKey(r)));
    const later = rest.length > 0 ? await this.read(rest) : [];
    const laterByKey = new Map(rest.map((r, i) => [requestKey(r), later[i]]));
    return { outline, reads: requests.map((r) => kept.get(requestKey(r)) ?? laterByKey.get(requestKey(r))!) };
  }

  private async outlineThenRead(plan: (outline: WorkbookOutline) => RangeRequest[]): Promise<OutlineRead> {
    const outline = await this.outline();
    const requests = plan(outline);
    return { outline, reads: requests.length > 0 ? await this.read(requests) : [] };
  }

  /** Records an outline as the one this host last saw. */
  private saw({ sheets, names }: FoundOutline): WorkbookOutline {
    this.snapshot = { sheets };
    this.names = new Set(names.map((n) => n.name.toUpperCase()));
    this.nameRanges = names;
    return { sheets: sheets.map((s) => ({ name: s.name, visibility: s.visibility })), names };
  }

  /** The workbook's outline as this host last saw or left it; null when not known for sure. */
  private seen(): WorkbookOutline | null {
    if (!this.snapshot || !this.nameRanges) return null;
    return {
      sheets: this.snapshot.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
      names: this.nameRanges,
    };
  }

  /**
   * Values (and formulas when asked) of every range in one request; missing sheets and bad ranges read empty. Should
   * the answer be larger than Excel on the web sends at once, the ranges are read in halves, then in halves of rows.
   */
  async read(requests: RangeRequest[]): Promise<RangeRead[]> {
    try {
      return await readRanges(this.excel, requests, this.options.readLimit);
    } catch (error) {
      throw toHostError(error);
    }
  }

  /**
   * Writes the plan in as few requests as its size allows (each under 4.5 MiB). Sheets to create must be new and sheets
   * to write into must exist: checked before anything is written when an outline came first.
   */
  async apply(plan: WorkbookPlan, progress?: ProgressFn): Promise<void> {
    const snapshot = this.snapshot;
    if (snapshot) this.checkPlan(plan, snapshot);
    const changes = protectionChanges(plan, snapshot);
    const steps = planSteps(plan, changes, {
      pageLayout: supportsExcelApi("1.9", this.office),
      existingNames: this.names,
    });
    const chunks = chunkSteps(steps, this.options.chunkLimit ?? PAYLOAD_CEILING, CALCULATION_FRAME);
    this.options.onApplyChunks?.(chunks.map((c) => c.bytes));
    // Until this apply is through, what the workbook looks like is not known for sure.
    this.snapshot = null;
    const nameRanges = this.nameRanges;
    this.nameRanges = null;
    let sent = 0;
    try {
      await this.excel.run(async (context) => {
        const env = createApplyEnv(context);
        for (const [index, chunk] of chunks.entries()) {
          CALCULATION_FRAME.prologue(context);
          for (const step of chunk.steps) step.run(env);
          if (index === chunks.length - 1) CALCULATION_FRAME.epilogue(context);
          await context.sync();
          env.endRequest();
          sent += 1;
          progress?.({
            fraction: sent / chunks.length,
            step: render(M.writingPart, { part: sent, parts: chunks.length }),
          });
        }
      });
    } catch (error) {
      // Names and sheets are read again by the next outline; what is left is told in the error.
      const namesBefore = this.names;
      this.names = null;
      const outcome = await recoverFailedApply(this.excel, error, { plan, changes, sent, namesBefore });
      const refused = outcome.kind === "unchanged" && outcome.refused ? [outcome.refused] : null;
      throw toHostError(error, refused ?? (sent === 0 ? changes.unprotect : []), outcome);
    }
    if (snapshot) this.snapshot = snapshotAfterApply(snapshot, createdSheets(plan), changes.protect);
    if (this.names) this.names = new Set([...this.names, ...plan.names.map((n) => n.name.toUpperCase())]);
    if (snapshot && nameRanges) this.nameRanges = namesAfterApply(nameRanges, plan);
  }

  /** Activates the sheet and selects the cell, so the user sees it (one request). */
  async select(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  /** The used part of the user's selection, values only, in one request; refused when too large to read. */
  async readSelection(): Promise<RangeRead | null> {
    try {
      return await readSelection(this.excel);
    } catch (error) {
      throw toHostError(error);
    }
  }

  /** Deletes sheets and defined names in one request (the self-test's clean-up); the next outline reads afresh. */
  async removeParts(parts: { sheets: readonly string[]; names: readonly string[] }): Promise<void> {
    this.snapshot = null;
    this.names = null;
    try {
      await removeParts(this.excel, parts);
    } catch (error) {
      throw toHostError(error);
    }
  }

  private async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.excel.run(batch);
    } catch (error) {
      throw toHostError(error);
    }
  }

  private checkPlan(plan: WorkbookPlan, snapshot: WorkbookSnapshot): void {
    const creating = new Set<string>();
    for (const sheet of plan.sheets) {
      const key = sheet.name.toLocaleUpperCase();
      const exists = findKnownSheet(snapshot, sheet.name) !== undefined;
      if (!sheet.create && !exists && !creating.has(key)) {
        throw new HostError("not-found", render(M.sheetMissing, { sheet: sheet.name }));
      }
      if (sheet.create && (exists || creating.has(key))) {
        throw new HostError("general", render(M.sheetExists, { sheet: sheet.name }));
      }
      if (sheet.create) creating.add(key);
    }
  }
}

/**
 * Each request of an apply pauses Excel's recalculation until it is written whole; formulas written meanwhile are then
 * the add-in's to recalculate (Application.suspendApiCalculationUntilNextSync, learn.microsoft.com), so the last
 * request ends with a recalculation of every cell Excel marked dirty.
 */
const CALCULATION_FRAME: RequestFrame = {
  prologue: (context) => context.application.suspendApiCalculationUntilNextSync(),
  epilogue: (context) => context.application.calculate("Recalculate"),
};

function createdSheets(plan: WorkbookPlan): KnownSheet[] {
  return plan.sheets
    .filter((s) => s.create)
    .map((s) => ({
      name: s.name,
      visibility: s.visibility ?? "visible",
      protected: s.protect === true,
      options: s.protect ? CONTRACT_PROTECTION : null,
    }));
}

/** What one outline request found: sheets with their protection, and defined names. */
interface FoundOutline {
  sheets: KnownSheet[];
  names: NameInfo[];
}

/** Queues the outline's loads on `context`; the function returned gives what was found, after the sync. */
function queueOutline(context: Excel.RequestContext): () => FoundOutline {
  const sheetItems = context.workbook.worksheets.load(
    "items/name,items/visibility,items/protection/protected,items/protection/options",
  );
  const nameItems = context.workbook.names.load("items/name,items/formula");
  return () => ({
    sheets: sheetItems.items.map((s) => ({
      name: s.name,
      visibility: VISIBILITY[s.visibility] ?? "visible",
      protected: s.protection.protected,
      options: s.protection.protected ? s.protection.options : null,
    })),
    names: nameItems.items.map((n) => {
      // "=#REF!$A$1" (its sheet deleted) would otherwise read as a sheet named "#REF".
      const target = /#REF!/i.test(n.formula) ? null : parseNameReference(n.formula);
      return { name: n.name, sheet: target?.sheet ?? null, range: target?.range ?? null };
    }),
  });
}

/**
 * The modelled size of an outline's answer, from the outline expected: a sheet's item carries its name, visibility
 * and protection options (about 400 bytes in the Office.js harness), a name's its name and formula.
 */
function outlineAnswerBytes(outline: WorkbookOutline): number {
  const sheets = outline.sheets.reduce((n, s) => n + 640 + 2 * utf8Length(s.name), 0);
  const names = outline.names.reduce(
    (n, info) => n + 160 + utf8Length(info.name) + 2 * utf8Length(info.sheet ?? "") + (info.range?.length ?? 0) * 2,
    0,
  );
  return 1024 + sheets + names;
}

/** Whole requests (never bands of one) that fit one answer of `limit` bytes besides the outline, first fit. */
function firstRequestParts(parts: readonly ReadPart[], limit: number): ReadPart[] {
  const early: ReadPart[] = [];
  let bytes = 0;
  for (const part of parts) {
    const size = partBytes(part);
    if (bytes + size > limit) continue;
    early.push(part);
    bytes += size;
  }
  return early;
}

const requestKey = (r: RangeRequest) =>
  `${r.sheet.toLocaleUpperCase()}|${r.range.toUpperCase()}|${r.formulas === true ? "f" : "v"}`;

/** The names after an apply: each name the plan set points where the plan put it, as an outline would read it. */
function namesAfterApply(names: readonly NameInfo[], plan: WorkbookPlan): NameInfo[] {
  const next = names.map((n) => ({ ...n }));
  for (const planned of plan.names) {
    const target = parseNameReference(formatNameReference(planned.sheet, planned.range));
    const info: NameInfo = { name: planned.name, sheet: target?.sheet ?? null, range: target?.range ?? null };
    const at = next.findIndex((n) => n.name.toUpperCase() === planned.name.toUpperCase());
    if (at >= 0) next[at] = { ...info, name: next[at].name };
    else next.push(info);
  }
  return next;
}
