// Takes returned forms back into the master: reads the master once (outline, read), reads and checks every
// returned form through its own host (checkReturn: identity, integrity, targets, values), then ONE apply to the
// master with the accepted forms' values in their cells, the metadata's record of returns, and one log row per
// returned file: accepted (file, hash of the values, what changed, what it replaces) or refused (file, hash of what
// it held, form id when readable, the reasons), so that the log shows every file a unit sent. A refused form
// changes no entry. The office host's budget on the master is 3 syncs whatever the number of forms. A file already
// collected and logged with the same content (a retried run) is not written or logged again.

import type { Finding } from "../../core/findings/findingTypes";
import { contentHash } from "../../core/integrity/contentHash";
import { formatNumber, render, type Bilingual } from "../../core/messages/messageTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import { checkReturn, type CheckedReturn, type FormFinding } from "../forms/checkReturn";
import type { FormCell, FormLayer } from "../forms/formCells";
import { masterState, masterUpdate } from "../forms/masterUpdate";
import { readForm } from "../forms/readForm";
import type { Host, ProgressFn } from "../host/hostTypes";
import { cellAddress, type RangeBox } from "../layout/cellAddress";
import type { WorkbookLayout } from "../layout/workbookLayout";
import { FORM_RULES, formMessages as F } from "../messages/formMessages";
import { WORKBOOK_RULES, workbookFindingMessages as W } from "../messages/workbookFindingMessages";
import type { FormReturn, WorkbookMeta } from "../meta/workbookMeta";
import type { LogEntry } from "../plan/logEntry";
import { planInputs, type WorkbookInputs } from "../plan/planInputs";
import type { CellValue, WorkbookPlan } from "../plan/planTypes";
import { parseWorkbook } from "../read/parseWorkbook";
import { plainGrid } from "../read/plainGrid";
import { DEFINED_NAMES } from "../layout/definedNames";
import { logTime } from "../log/logTime";
import { readForSnapshot, undoablePlan } from "../undo/operationSnapshot";
import { locateAll, type LocatedFinding } from "./locatedFinding";
import { unreadableReturn } from "./unreadableReturn";

/**
 * A returned file: opened as a workbook (`host`), or not openable at all (`host` null, with the reason). `hash`: a
 * fingerprint of the file's bytes (contentHash), logged for a refused file; without it the log takes the hash of
 * what the form held.
 */
export type ReturnedFile =
  { fileName: string; host: Host; hash?: string } | { fileName: string; host: null; reason: Bilingual; hash?: string };

export interface CollectOptions {
  /** ISO time of this run: the record of returns keeps it, the log shows it as local time. */
  now: string;
  progress?: ProgressFn;
}

export interface CollectedForm {
  file: string;
  accepted: boolean;
  kind: CheckedReturn["kind"];
  unit: string | null;
  formId: string | null;
  /** Master cells this return changed (0 when refused). */
  changed: number;
  /** The return of the same form this one replaced, when there was one. */
  replaces: FormReturn | null;
  findings: FormFinding[];
}

export interface CollectResult {
  /** false when the master itself cannot be used (nothing was read from the forms, nothing written). */
  usable: boolean;
  /** Findings about the master. */
  findings: LocatedFinding[];
  /** One per returned file, in the order given. */
  forms: CollectedForm[];
  /** The plan applied to the master; null when nothing was written. */
  plan: WorkbookPlan | null;
}

/** How many changed cells a log row names before "… and N more". */
const LISTED_CELLS = 5;
/** How many reasons a refused file's log row gives before "and N more". */
const LISTED_REASONS = 3;

function shown(value: CellValue, lang: Lang): string {
  if (value === null) return F.blankValue[lang]();
  return typeof value === "number" ? formatNumber(value, lang, 6) : String(value);
}

/** A refused file's log summary: its form id when readable, then the reasons (the first few errors). */
function refusalSummary(form: CollectedForm, lang: Lang): string {
  const reasons = form.findings.filter((f) => f.severity === "error" && f.rule !== FORM_RULES.refused);
  const listed = reasons.slice(0, LISTED_REASONS).map((f) => {
    const place = f.sheet && f.cell ? `${f.sheet}!${f.cell}: ` : "";
    return place + f.message[lang];
  });
  const more =
    reasons.length > LISTED_REASONS ? F.logMoreReasons[lang]({ count: reasons.length - LISTED_REASONS }) : "";
  return F.logRefusedSummary[lang]({ id: form.formId ?? "", reasons: [...listed, more].filter(Boolean).join(" ") });
}

/** Where a form cell sits in the master. */
function masterCell(layout: WorkbookLayout, cell: FormCell, rater: number): { sheet: string; box: RangeBox } {
  switch (cell.layer) {
    case "actual":
      return { sheet: layout.data.sheet, box: layout.data.actual };
    case "self":
      return { sheet: layout.self.sheet, box: layout.self.grid };
    case "evidence":
      return { sheet: layout.evidence.sheet, box: layout.evidence.grid };
    case "peer":
      return { sheet: layout.peers[rater].sheet, box: layout.peers[rater].grid };
  }
}

export async function collectForms(
  master: Host,
  returned: readonly ReturnedFile[],
  options: CollectOptions,
): Promise<CollectResult> {
  // Entries land inside the grids readPlan reads; the metadata's new record of returns may need a row more.
  const { outline, reads } = await readForSnapshot(master, [DEFINED_NAMES.meta]);
  const parsed = parseWorkbook(reads, outline);
  const { meta, layout, raw } = parsed;
  if (!meta || !layout || !raw || meta.form) {
    const errors = parsed.findings.filter((f) => f.severity === "error");
    const findings: Finding[] =
      errors.length > 0 || !meta
        ? errors
        : [
            {
              rule: WORKBOOK_RULES.metaInvalid,
              severity: "error",
              location: { area: "metadata", field: "form" },
              message: render(W.metaInvalid, { field: "form" }),
            },
          ];
    return { usable: false, findings: locateAll(findings, layout), forms: [], plan: null };
  }
  const lang = meta.lang;
  const masterFindings: Finding[] = [];
  if (Object.keys(meta.formIds).length === 0) {
    masterFindings.push({
      rule: FORM_RULES.noForms,
      severity: "warning",
      location: { area: "metadata", field: "formIds" },
      message: render(F.noForms, {}),
    });
  }

  // Working copies of the master's grids: accepted forms land here in order, so a second return of the same form
  // in one run is compared with the first.
  const rows = layout.flat.rows.length;
  const u = meta.units.length;
  const grids: Record<Exclude<FormLayer, "peer">, CellValue[][]> = {
    actual: plainGrid(raw.actual, rows, u),
    self: plainGrid(raw.self, rows, u),
    evidence: plainGrid(raw.evidence, rows, u),
  };
  const peerGrids = layout.peers.map((p) => plainGrid(raw.peers?.find((g) => g.rater === p.rater)?.grid, rows, u));
  const written = {
    actual: new Set<string>(),
    self: new Set<string>(),
    evidence: new Set<string>(),
  };
  const writtenPeers = layout.peers.map(() => new Set<string>());
  const gridOf = (layer: FormLayer, rater: number) => (layer === "peer" ? peerGrids[rater] : grids[layer]);
  const marks = (layer: FormLayer, rater: number) => (layer === "peer" ? writtenPeers[rater] : written[layer]);

  const returns: Record<string, FormReturn> = { ...(meta.returns ?? {}) };
  const entries: LogEntry[] = [];
  const forms: CollectedForm[] = [];
  const view = { meta, flat: layout.flat, targets: plainGrid(raw.target, rows, u) };
  const time = logTime(options.now, meta.settings);
  let recordedAny = false;
  const loggedRow = (file: string, hash: string, action: string) =>
    (parsed.log?.rows.some((r) => r.file === file && r.hash === hash && r.action === action) ?? false) ||
    entries.some((e) => e.file === file && e.hash === hash && e.action === action);
  const refusal = (form: CollectedForm, hash: string) => {
    const action = F.logRefused[lang]({
      kind: form.kind === "self" ? F.kindSelf[lang]() : form.kind === "peer" ? F.kindPeer[lang]() : "",
      unit: form.unit ?? "",
    });
    // The same file refused before with the same content (a retried run): its row is already there.
    if (loggedRow(form.file, hash, action)) return;
    entries.push({ time, action, file: form.file, hash, summary: refusalSummary(form, lang) });
  };
  for (const [i, file] of returned.entries()) {
    options.progress?.({
      fraction: i / Math.max(1, returned.length),
      step: render(F.progressCollect, { file: file.fileName }),
    });
    if (file.host === null) {
      const unreadable = unreadableReturn(file.fileName, file.reason);
      forms.push(unreadable);
      refusal(unreadable, file.hash ?? "");
      continue;
    }
    const read = await readForm(file.host);
    const checked = checkReturn(view, file.fileName, read);
    if (!checked.accepted || !checked.formId || !checked.unit || !checked.kind) {
      const form = { ...checked, changed: 0, replaces: null, findings: checked.findings };
      forms.push(form);
      refusal(form, file.hash ?? contentHash({ meta: read.meta, grids: read.grids }));
      continue;
    }
    const recorded = returns[checked.formId];
    const sameHash = contentHash(checked.values);
    const logged = parsed.log?.rows.some((r) => r.file === file.fileName && r.hash === sameHash) ?? false;
    if (logged && recorded && recorded.file === file.fileName && recorded.hash === sameHash) {
      // Already collected and logged, the very same file (a retry after Excel lost its answer): nothing to write.
      forms.push({ ...checked, changed: 0, replaces: null, findings: checked.findings });
      continue;
    }
    const rater = meta.units.findIndex((x) => x.code === checked.unit);
    const changes: string[] = [];
    checked.cells.forEach((cell, k) => {
      const grid = gridOf(cell.layer, rater);
      const before = grid[cell.row][cell.unit];
      const after = checked.values[k];
      marks(cell.layer, rater).add(`${cell.row},${cell.unit}`);
      if (before === after) return;
      grid[cell.row][cell.unit] = after;
      const place = masterCell(layout, cell, rater);
      const address = cellAddress(place.box.row + cell.row, place.box.column + cell.unit);
      changes.push(`${place.sheet}!${address}: ${shown(before, lang)} → ${shown(after, lang)}`);
    });
    const hash = contentHash(checked.values);
    const replaces = returns[checked.formId] ?? null;
    const listed = changes.slice(0, LISTED_CELLS).join("; ");
    const more =
      changes.length > LISTED_CELLS ? ` ${F.logMoreCells[lang]({ count: changes.length - LISTED_CELLS })}` : "";
    entries.push({
      time,
      action: F.logCollect[lang]({
        kind: checked.kind === "self" ? F.kindSelf[lang]() : F.kindPeer[lang](),
        unit: checked.unit,
      }),
      file: file.fileName,
      hash,
      summary:
        (replaces ? F.logReplaces[lang]({ time: logTime(replaces.time, meta.settings), file: replaces.file }) : "") +
        F.logCollectSummary[lang]({ changed: changes.length, cells: listed + more }),
    });
    returns[checked.formId] = { time: options.now, file: file.fileName, hash };
    recordedAny = true;
    forms.push({ ...checked, changed: changes.length, replaces, findings: checked.findings });
  }

  if (entries.length === 0) {
    return { usable: true, findings: locateAll(masterFindings, layout), forms, plan: null };
  }

  // Only the cells accepted forms carry; every other cell stays undefined, which planInputs leaves untouched.
  const only = (grid: CellValue[][], marked: Set<string>) =>
    grid.map((row, r) => {
      const out = new Array<CellValue | undefined>(u);
      row.forEach((v, c) => {
        if (marked.has(`${r},${c}`)) out[c] = v;
      });
      return out as CellValue[];
    });
  const inputs: WorkbookInputs = {
    actual: only(grids.actual, written.actual),
    self: only(grids.self, written.self),
    evidence: only(grids.evidence, written.evidence),
    peers: layout.peers
      .map((p, i) => ({ rater: p.rater, grid: only(peerGrids[i], writtenPeers[i]) }))
      .filter((_, i) => writtenPeers[i].size > 0),
  };
  const values = planInputs(layout, inputs);
  // Only refusals to log: the record of returns stays as it was.
  const newMeta: WorkbookMeta = recordedAny ? { ...meta, returns } : meta;
  const update = masterUpdate(masterState(parsed, layout), newMeta, entries);
  const sheets = [...values.sheets, ...update.sheets];
  const plan: WorkbookPlan = {
    styles: values.styles,
    sheets,
    names: update.names,
    touches: [...new Set(sheets.map((s) => s.name))],
  };
  const summary = forms.map((f) => f.file).join(", ");
  const header = { operation: "collect" as const, time: options.now, summary };
  await master.apply(await undoablePlan(master, plan, { outline, reads, parsed }, header), options.progress);
  return { usable: true, findings: locateAll(masterFindings, layout), forms, plan };
}
