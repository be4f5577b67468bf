// Makes the forms of a master workbook (one outline, one read, one apply on the master): per unit a self form, and
// in cross mode a peer form too, each a plan for a new workbook, prefilled with the unit's current entries. A form
// made before keeps its id, so copies already emailed stay acceptable; `newIds` issues new ones (a new round: the
// earlier forms are then refused). The master records the ids in its metadata and logs the run.

import type { Finding } from "../../core/findings/findingTypes";
import { render } from "../../core/messages/messageTypes";
import type { CellGrid } from "../../core/model/gridTypes";
import type { Host, ProgressFn } from "../host/hostTypes";
import { formKey } from "../forms/formIdentity";
import { masterState, masterUpdate } from "../forms/masterUpdate";
import { planForm, type FormPlan } from "../forms/planForm";
import { formMessages as F } from "../messages/formMessages";
import { WORKBOOK_RULES, workbookFindingMessages as W } from "../messages/workbookFindingMessages";
import type { WorkbookMeta } from "../meta/workbookMeta";
import type { CellValue, WorkbookPlan } from "../plan/planTypes";
import { WORKBOOK_STYLES } from "../plan/workbookStyles";
import { contentHash } from "../../core/integrity/contentHash";
import { parseWorkbook } from "../read/parseWorkbook";
import { plainGrid, plainValue } from "../read/plainGrid";
import { DEFINED_NAMES } from "../layout/definedNames";
import { logTime } from "../log/logTime";
import { readForSnapshot, undoablePlan } from "../undo/operationSnapshot";
import { locateAll, type LocatedFinding } from "./locatedFinding";

export interface MakeFormsOptions {
  /** ISO time: the forms' issue time (part of their ids) and the log entry's. */
  now: string;
  /** The master's file name, for the log. */
  fileName?: string;
  /** Issue new ids to every form: forms sent out earlier are no longer accepted back. Default: keep the ids. */
  newIds?: boolean;
  progress?: ProgressFn;
}

export interface MadeForms {
  /** Self forms in units order, then (cross mode) peer forms in units order; empty when the master is unusable. */
  forms: FormPlan[];
  findings: LocatedFinding[];
  /** The plan applied to the master, null when nothing was written. */
  plan: WorkbookPlan | null;
}

/** Column c of a grid as a rows × 1 grid. */
function column(grid: CellGrid | undefined, rows: number, c: number): CellValue[][] {
  return Array.from({ length: rows }, (_, r) => [plainValue(grid?.[r]?.[c])]);
}

export async function makeForms(host: Host, options: MakeFormsOptions): Promise<MadeForms> {
  const { outline, reads } = await readForSnapshot(host, [DEFINED_NAMES.meta]);
  const parsed = parseWorkbook(reads, outline);
  const { meta, layout, raw } = parsed;
  if (!meta || !layout || !raw) {
    const errors = parsed.findings.filter((f) => f.severity === "error");
    const findings: Finding[] =
      errors.length > 0
        ? errors
        : [{ rule: WORKBOOK_RULES.metaMissing, severity: "error", location: {}, message: render(W.metaMissing, {}) }];
    return { forms: [], findings: locateAll(findings, layout), plan: null };
  }
  if (meta.form) {
    const finding: Finding = {
      rule: WORKBOOK_RULES.metaInvalid,
      severity: "error",
      location: { area: "metadata", field: "form" },
      message: render(W.metaInvalid, { field: "form" }),
    };
    return { forms: [], findings: locateAll([finding], layout), plan: null };
  }

  const rows = layout.flat.rows.length;
  const u = meta.units.length;
  const kinds = meta.mode === "cross" ? (["self", "peer"] as const) : (["self"] as const);
  const forms: FormPlan[] = [];
  const findings: Finding[] = [];
  const total = kinds.length * u;
  for (const kind of kinds) {
    for (let i = 0; i < u; i++) {
      options.progress?.({ fraction: forms.length / total, step: render(F.logForms, {}) });
      const prefill =
        kind === "self"
          ? {
              target: column(raw.target, rows, i),
              actual: column(raw.actual, rows, i),
              self: column(raw.self, rows, i),
              evidence: column(raw.evidence, rows, i),
            }
          : {
              target: plainGrid(raw.target, rows, u),
              actual: plainGrid(raw.actual, rows, u),
              peers: [
                {
                  rater: meta.units[i].code,
                  grid: plainGrid(raw.peers?.find((p) => p.rater === meta.units[i].code)?.grid, rows, u),
                },
              ],
            };
      const earlier = options.newIds ? undefined : meta.formIds[formKey(kind, meta.units[i].code)];
      const planned = planForm(meta, { kind, unitIndex: i, issued: options.now, prefill, id: earlier });
      findings.push(...planned.findings);
      if (planned.form) forms.push(planned.form);
    }
  }
  if (forms.length !== total) return { forms: [], findings: locateAll(findings, layout), plan: null };

  const formIds: Record<string, string> = {};
  for (const form of forms) formIds[formKey(form.kind, form.unit.code)] = form.id;
  const newMeta: WorkbookMeta = { ...meta, formIds };
  const selfCount = forms.filter((f) => f.kind === "self").length;
  const update = masterUpdate(masterState(parsed, layout), newMeta, [
    {
      time: logTime(options.now, meta.settings),
      action: F.logForms[meta.lang](),
      file: options.fileName ?? "",
      hash: contentHash(formIds),
      summary: F.logFormsSummary[meta.lang]({
        self: selfCount,
        peer: forms.length - selfCount,
        kept: forms.filter((f) => meta.formIds[formKey(f.kind, f.unit.code)] === f.id).length,
      }),
    },
  ]);
  const plan: WorkbookPlan = {
    styles: WORKBOOK_STYLES,
    sheets: update.sheets,
    names: update.names,
    touches: update.sheets.map((s) => s.name),
  };
  const logged = update.sheets.find((s) => s.key === "log")?.blocks[0]?.cells[0]?.[4]?.v;
  const header = { operation: "forms" as const, time: options.now, summary: typeof logged === "string" ? logged : "" };
  await host.apply(await undoablePlan(host, plan, { outline, reads, parsed }, header), options.progress);
  return { forms, findings: locateAll(findings, layout), plan };
}
