// Takes returned forms back into the master: reads the master once (outline, read), reads and checks every
// returned form through its own host (checkReturn: identity, integrity, values), then ONE apply to the master with
// the accepted forms' values in their cells, one log row per accepted form (file, hash of the values, what changed,
// what it replaces) and the metadata's record of returns. A refused form changes nothing; with no accepted form
// nothing is written. The office host's budget on the master is 3 syncs whatever the number of forms. A file already
// collected and logged with the same values (a retried run) is accepted without writing or logging it again.

import type { Finding } from "../../core/findings/findingTypes";
import { contentHash } from "../../core/integrity/contentHash";
import { formatNumber, render } from "../../core/messages/messageTypes";
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
import { readForSnapshot, undoablePlan } from "../undo/operationSnapshot";
import { locateAll, type LocatedFinding } from "./locatedFinding";

export interface ReturnedFile {
  fileName: string;
  host: Host;
}

export interface CollectOptions {
  /** ISO time of this run, for the log and the record of returns. */
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

function shown(value: CellValue, lang: Lang): string {
  if (value === null) return F.blankValue[lang]();
  return typeof value === "number" ? formatNumber(value, lang, 6) : String(value);
}

/** Where a form cell sits in the master. */
function masterCell(layout: WorkbookLayout, cell: FormCell, rater: number): { sheet: string; box: RangeBox } {
  switch (cell.layer) {
    case "target":
      return { sheet: layout.data.sheet, box: layout.data.target };
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
  const outline = await master.outline();
  // Entries land inside the grids readPlan reads; the metadata's new record of returns may need a row more.
  const reads = await readForSnapshot(master, outline, [DEFINED_NAMES.meta]);
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
    target: plainGrid(raw.target, rows, u),
    actual: plainGrid(raw.actual, rows, u),
    self: plainGrid(raw.self, rows, u),
    evidence: plainGrid(raw.evidence, rows, u),
  };
  const peerGrids = layout.peers.map((p) => plainGrid(raw.peers?.find((g) => g.rater === p.rater)?.grid, rows, u));
  const written = {
    target: new Set<string>(),
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
  const view = { meta, flat: layout.flat };
  for (const [i, file] of returned.entries()) {
    options.progress?.({
      fraction: i / Math.max(1, returned.length),
      step: render(F.progressCollect, { file: file.fileName }),
    });
    const checked = checkReturn(view, file.fileName, await readForm(file.host));
    if (!checked.accepted || !checked.formId || !checked.unit || !checked.kind) {
      forms.push({ ...checked, changed: 0, replaces: null, findings: checked.findings });
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
      time: options.now,
      action: F.logCollect[lang]({
        kind: checked.kind === "self" ? F.kindSelf[lang]() : F.kindPeer[lang](),
        unit: checked.unit,
      }),
      file: file.fileName,
      hash,
      summary:
        (replaces ? F.logReplaces[lang]({ time: replaces.time, file: replaces.file }) : "") +
        F.logCollectSummary[lang]({ changed: changes.length, cells: listed + more }),
    });
    returns[checked.formId] = { time: options.now, file: file.fileName, hash };
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
    target: only(grids.target, written.target),
    actual: only(grids.actual, written.actual),
    self: only(grids.self, written.self),
    evidence: only(grids.evidence, written.evidence),
    peers: layout.peers
      .map((p, i) => ({ rater: p.rater, grid: only(peerGrids[i], writtenPeers[i]) }))
      .filter((_, i) => writtenPeers[i].size > 0),
  };
  const values = planInputs(layout, inputs);
  const newMeta: WorkbookMeta = { ...meta, returns };
  const update = masterUpdate(masterState(parsed, layout), newMeta, entries);
  const sheets = [...values.sheets, ...update.sheets];
  const plan: WorkbookPlan = {
    styles: values.styles,
    sheets,
    names: update.names,
    touches: [...new Set(sheets.map((s) => s.name))],
  };
  const summary = forms
    .filter((f) => f.accepted)
    .map((f) => f.file)
    .join(", ");
  const header = { operation: "collect" as const, time: options.now, summary };
  await master.apply(await undoablePlan(master, plan, { outline, reads, parsed }, header), options.progress);
  return { usable: true, findings: locateAll(masterFindings, layout), forms, plan };
}
