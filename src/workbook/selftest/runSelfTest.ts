// Tự kiểm tra: the whole cycle on the built-in cluster in the open (blank) workbook, through the same operations a
// user runs (injectTemplate, validateWorkbook, applyFixes, rankWorkbook, updateSettings, undoLast, makeForms,
// collectForms), comparing after each writing step every total, rank and grade Excel's formulas show with the core's
// computeResults; then it removes every sheet and name it added. A failed operation stops the run (the clean-up still
// runs); a comparison that fails is reported and the run goes on, so the report shows every step it could reach.

import { formatNumber, render, type Bilingual } from "../../core/messages/messageTypes";
import type { RankingResult } from "../../core/model/scoringTypes";
import { computeResults } from "../../core/ranking/computeResults";
import type { Lang, Settings } from "../../core/settings/settingsTypes";
import { validateInputs } from "../../core/validation/validateInputs";
import { HostError, type Host, type ProgressFn, type WorkbookOutline } from "../host/hostTypes";
import { cellAddress, rangeAddress } from "../layout/cellAddress";
import type { WorkbookLayout } from "../layout/workbookLayout";
import { selfTestMessages as M } from "../messages/selfTestMessages";
import { applyFixes, isFixable } from "../operations/applyFixes";
import { collectForms } from "../operations/collectForms";
import { injectTemplate } from "../operations/injectTemplate";
import type { LocatedFinding } from "../operations/locatedFinding";
import { makeForms } from "../operations/makeForms";
import { rankWorkbook } from "../operations/rankWorkbook";
import { undoLast } from "../operations/undoLast";
import { updateSettings } from "../operations/updateSettings";
import { validateWorkbook } from "../operations/validateWorkbook";
import { unitRows } from "../plan/planInject";
import { planInputs } from "../plan/planInputs";
import type { CellValue, WorkbookPlan } from "../plan/planTypes";
import {
  compareComputed,
  computedCells,
  computedReads,
  NUMBER_TOLERANCE,
  type ComputedMismatch,
} from "./computedCells";
import {
  fixedSelf,
  selfTestCluster,
  SELF_TEST_CLUSTER_TITLE,
  SELF_TEST_MODE,
  SELF_TEST_PERIOD,
  SELF_TEST_SETTINGS_CHANGE,
  type SelfTestCluster,
} from "./selfTestCluster";
import {
  line,
  SELF_TEST_STEPS,
  stepProgress,
  type SelfTestResult,
  type SelfTestStep,
  type SelfTestStepId,
} from "./selfTestReport";
import { addedParts, outlineChanges, thiDuaMark } from "./workbookParts";

/** .xlsx files in memory (the .xlsx host in the task pane): how a form goes out and comes back without a new Excel window. */
export interface FormFiles {
  /** The form's plan written to .xlsx bytes. */
  write(plan: WorkbookPlan): Promise<Uint8Array>;
  /** .xlsx bytes opened as a workbook that can be edited and saved again. */
  open(bytes: Uint8Array): Promise<{ host: Host; save(): Promise<Uint8Array> }>;
}

export interface SelfTestOptions {
  /** ISO time for the operations' log entries and the report. */
  now: () => string;
  /** The language of the workbook the self-test creates (sheet names, labels). */
  lang: Lang;
  /** Without them the forms step is skipped as not available here. */
  files?: FormFiles | null;
  progress?: ProgressFn;
}

/** Findings and mismatches listed in a step's details before "… and N more". */
const LISTED = 10;

type Outcome = { status: "pass" | "fail" | "skip"; details: Bilingual[]; stop?: boolean };

const pass = (...details: Bilingual[]): Outcome => ({ status: "pass", details });
const fail = (details: Bilingual[], stop = true): Outcome => ({ status: "fail", details, stop });

function shown(value: CellValue | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === "") return M.blankValue[lang]();
  return typeof value === "number" ? formatNumber(value, lang, 6) : String(value);
}

const bilingual = (text: (lang: Lang) => string): Bilingual => ({ vi: text("vi"), en: text("en") });

function findingLines(findings: readonly LocatedFinding[]): Bilingual[] {
  const lines = findings
    .slice(0, LISTED)
    .map((f) =>
      bilingual((lang) =>
        M.finding[lang]({ place: f.sheet && f.cell ? `${f.sheet}!${f.cell}: ` : "", message: f.message[lang] }),
      ),
    );
  if (findings.length > LISTED) lines.push(render(M.moreMismatches, { count: findings.length - LISTED }));
  return lines;
}

function whatOf(m: ComputedMismatch, lang: Lang): string {
  const code = m.criterion ?? "";
  switch (m.kind) {
    case "group":
      return M.whatGroup[lang]({ code });
    case "points":
      return M.whatPoints[lang]({ code });
    case "bonus":
      return M.whatBonus[lang]();
    case "deduction":
      return M.whatDeduction[lang]();
    case "self":
      return M.whatSelf[lang]();
    case "peer":
      return M.whatPeer[lang]();
    case "review":
      return M.whatReview[lang]();
    case "final":
      return M.whatFinal[lang]();
    case "rank":
      return M.whatRank[lang]();
    case "grade":
      return M.whatGrade[lang]();
  }
}

function mismatchLines(mismatches: readonly ComputedMismatch[], cells: number): Bilingual[] {
  const lines = [render(M.mismatches, { count: mismatches.length, cells })];
  for (const m of mismatches.slice(0, LISTED)) {
    lines.push(
      bilingual((lang) =>
        M.mismatch[lang]({
          cell: `${m.sheet}!${m.address}`,
          unit: m.unit,
          what: whatOf(m, lang),
          found: shown(m.found, lang),
          expected: shown(m.expected, lang),
        }),
      ),
    );
  }
  if (mismatches.length > LISTED) lines.push(render(M.moreMismatches, { count: mismatches.length - LISTED }));
  return lines;
}

function failureDetail(error: unknown): Bilingual {
  // Excel's refusals reach here as the host's explanation with its next step; anything else is the add-in's bug.
  if (error instanceof HostError) return bilingual((lang) => M.excelFailed[lang]({ message: error.detail[lang] }));
  const message = error instanceof Error ? error.message : String(error);
  return render(M.unexpectedError, { message });
}

/** What the core computes for the cluster's entries as they stand, under these settings. */
function expectedResults(
  cluster: SelfTestCluster,
  layout: WorkbookLayout,
  settings: Settings,
  self: readonly (readonly CellValue[])[],
): RankingResult {
  const { inputs } = cluster;
  const checked = validateInputs({
    flat: layout.flat,
    units: layout.units,
    settings,
    target: inputs.target,
    actual: inputs.actual,
    self,
    review: inputs.review,
    reviewNotes: inputs.reviewNotes,
    evidence: inputs.evidence,
    peers: inputs.peers.map((p) => ({ rater: p.rater, grid: p.grid })),
  });
  return computeResults(checked.input);
}

export async function runSelfTest(host: Host, options: SelfTestOptions): Promise<SelfTestResult> {
  const { lang, now } = options;
  const started = now();
  const cluster = selfTestCluster();
  const steps: SelfTestStep[] = [];
  let stopped = false;

  const step = async (id: SelfTestStepId, body: () => Promise<Outcome>): Promise<void> => {
    if (stopped) {
      steps.push({ id, status: "not-run", details: [line(M.notRun)] });
      return;
    }
    options.progress?.({ fraction: SELF_TEST_STEPS.indexOf(id) / SELF_TEST_STEPS.length, step: stepProgress(id) });
    let outcome: Outcome;
    try {
      outcome = await body();
    } catch (error) {
      outcome = fail([failureDetail(error)]);
    }
    steps.push({ id, status: outcome.status, details: outcome.details });
    if (outcome.status === "fail" && outcome.stop) stopped = true;
  };

  // What the steps hand on to the next.
  let before: WorkbookOutline | null = null;
  let layout: WorkbookLayout | null = null;
  let settings: Settings | null = null;
  let self = fixedSelf(cluster);
  let commaFinding: LocatedFinding | null = null;
  let validation: Awaited<ReturnType<typeof validateWorkbook>> | null = null;
  const need = <T>(value: T | null): T => {
    if (value === null) throw new Error("self-test step ran without what an earlier step provides");
    return value;
  };
  const selfCell = (row: number, unit: number) => {
    const l = need(layout);
    return `${l.self.sheet}!${cellAddress(l.self.grid.row + row, l.self.grid.column + unit)}`;
  };
  const compare = async (expected: RankingResult): Promise<Outcome> => {
    const l = need(layout);
    const cells = computedCells(l, expected);
    const mismatches = compareComputed(cells, await host.read(computedReads(l)));
    return mismatches.length === 0
      ? pass(render(M.compared, { count: cells.length }))
      : fail(mismatchLines(mismatches, cells.length), false);
  };

  await step("blank", async () => {
    if (!host.removeParts) return fail([line(M.cannotRemove)]);
    const outline = await host.outline();
    const mark = thiDuaMark(outline);
    if (mark) return fail([render(M.notBlank, { mark })]);
    before = outline;
    return pass(render(M.blankOk, { sheets: outline.sheets.length, names: outline.names.length }));
  });

  await step("inject", async () => {
    const planned = await injectTemplate(host, cluster.template, cluster.units, undefined, {
      mode: SELF_TEST_MODE,
      period: SELF_TEST_PERIOD,
      clusterTitle: SELF_TEST_CLUSTER_TITLE,
      lang,
      now: now(),
    });
    if (!planned.plan || !planned.layout || !planned.meta) {
      return fail([
        line(M.injectRefused),
        ...findingLines(planned.findings.map((f) => ({ ...f, sheet: null, cell: null }))),
      ]);
    }
    layout = planned.layout;
    settings = planned.meta.settings;
    // Unit names are text and must stay text: read back exactly as written, whatever Excel makes of typed input.
    const table = layout.unitsTable.table;
    const [read] = await host.read([{ sheet: layout.unitsTable.sheet, range: rangeAddress(table) }]);
    const written = unitRows(cluster.units);
    for (const [r, row] of written.entries()) {
      for (const [c, value] of row.entries()) {
        const got = read?.values[r]?.[c] ?? null;
        if ((got ?? "") !== (value ?? "")) {
          const cell = `${layout.unitsTable.sheet}!${cellAddress(table.row + r, table.column + c)}`;
          return fail([render(M.unitsReadBack, { cell, written: value ?? "", read: String(got ?? "") })]);
        }
      }
    }
    const added = addedParts(need(before), await host.outline());
    return pass(
      bilingual((l) =>
        M.injected[l]({
          template: cluster.template.title[l] ?? cluster.template.title.vi,
          units: cluster.units.length,
          clusters: new Set(cluster.units.map((u) => u.cluster)).size,
          sheets: added.sheets.length,
          names: added.names.length,
        }),
      ),
    );
  });

  await step("enter", async () => {
    const plan = planInputs(need(layout), cluster.inputs);
    await host.apply(plan);
    const count = plan.sheets.reduce(
      (n, s) => n + s.blocks.reduce((m, b) => m + b.cells.length * b.cells[0].length, 0),
      0,
    );
    const { row, unit, typed } = cluster.commaEntry;
    return pass(render(M.entered, { count, cell: selfCell(row, unit), typed }));
  });

  await step("validate", async () => {
    const l = need(layout);
    const { row, unit, typed, value } = cluster.commaEntry;
    const address = cellAddress(l.self.grid.row + row, l.self.grid.column + unit);
    validation = await validateWorkbook(host);
    const found = validation.findings.find(
      (f) => f.severity === "error" && f.sheet === l.self.sheet && f.cell === address && isFixable(f),
    );
    const others = validation.findings.filter((f) => f !== found && f.severity !== "info");
    if (!found || found.fix?.value !== value) {
      return fail([
        render(M.commaMissed, { cell: selfCell(row, unit), typed }),
        ...(others.length > 0 ? [render(M.unexpectedFindings, { count: others.length }), ...findingLines(others)] : []),
      ]);
    }
    commaFinding = found;
    if (others.length > 0) {
      const errors = others.some((f) => f.severity === "error");
      return fail([render(M.unexpectedFindings, { count: others.length }), ...findingLines(others)], errors);
    }
    return pass(
      bilingual((lang) => M.validated[lang]({ cell: selfCell(row, unit), typed, value: formatNumber(value, lang, 6) })),
    );
  });

  await step("fix", async () => {
    const checked = need(validation);
    const count = await applyFixes(host, [need(commaFinding)], checked.parsed.layout, {
      parsed: checked.parsed,
      now: now(),
    });
    if (count !== 1) return fail([render(M.fixCount, { count })]);
    const again = await validateWorkbook(host);
    const left = again.findings.filter((f) => f.severity !== "info");
    if (left.length > 0) {
      const errors = left.some((f) => f.severity === "error");
      return fail([render(M.unexpectedFindings, { count: left.length }), ...findingLines(left)], errors);
    }
    const { row, unit, value } = cluster.commaEntry;
    return pass(bilingual((lang) => M.fixed[lang]({ cell: selfCell(row, unit), value: formatNumber(value, lang, 6) })));
  });

  await step("rank", async () => {
    const ranking = await rankWorkbook(host, { now: now() });
    if (!ranking.result) {
      const errors = ranking.findings.filter((f) => f.severity === "error");
      return fail([line(M.rankRefused), ...findingLines(errors)]);
    }
    // The core over what the add-in read back must give what the core gives over what was entered.
    const expected = expectedResults(cluster, need(layout), need(settings), self);
    const differing = expected.units.flatMap((u, k) => {
      const read = ranking.result!.units[k]?.final;
      if (read !== undefined && Math.abs(read - u.final) <= NUMBER_TOLERANCE) return [];
      return [
        bilingual((lang) =>
          M.readBackDiffers[lang]({
            unit: u.unit.code,
            read: shown(read ?? null, lang),
            entered: shown(u.final, lang),
          }),
        ),
      ];
    });
    if (differing.length > 0) return fail(differing);
    return pass(render(M.ranked, { count: expected.units.length }));
  });

  await step("compare-rank", () => compare(expectedResults(cluster, need(layout), need(settings), self)));

  let changed: Settings | null = null;
  await step("settings", async () => {
    const update = await updateSettings(host, SELF_TEST_SETTINGS_CHANGE, { now: now() });
    if (!update.applied || !update.settings) return fail([line(M.settingsRefused), ...findingLines(update.findings)]);
    changed = update.settings;
    return pass(line(M.settingsChanged));
  });

  await step("compare-settings", () => compare(expectedResults(cluster, need(layout), need(changed), self)));

  await step("undo", async () => {
    const undo = await undoLast(host, { now: now() });
    if (!undo.undone || undo.operation?.operation !== "settings") {
      return fail([
        render(M.undoWrong, { operation: undo.operation?.operation ?? "–" }),
        ...findingLines(undo.findings.filter((f) => f.severity !== "info")),
      ]);
    }
    return pass(render(M.undone, { count: undo.restored }));
  });

  await step("compare-undo", () => compare(expectedResults(cluster, need(layout), need(settings), self)));

  const files = options.files ?? null;
  await step("forms", async () => {
    if (!files) return { status: "skip", details: [line(M.formsUnavailable)] };
    const made = await makeForms(host, { now: now() });
    const { row, unit, value } = cluster.formEdit;
    const form = made.forms.find((f) => f.kind === "self" && f.unit.code === cluster.units[unit].code);
    if (!made.plan || !form) return fail([line(M.formsRefused), ...findingLines(made.findings)]);
    // The unit opens its form, changes one score and saves it; the secretariat opens the file it got back.
    const out = await files.open(await files.write(form.plan));
    const edit = form.layout.flat.rows.map((_, r) => (r === row ? [value] : []));
    await out.host.apply(planInputs(form.layout, { self: edit }));
    const back = await files.open(await out.save());
    const collected = await collectForms(host, [{ fileName: form.fileName, host: back.host }], { now: now() });
    const got = collected.forms[0];
    if (!collected.usable || !got?.accepted || got.changed !== 1) {
      return fail([
        render(M.formRefused, { changed: got?.changed ?? 0 }),
        ...findingLines([...collected.findings, ...(got?.findings ?? [])]),
      ]);
    }
    self = self.map((cells, r) => (r === row ? cells.map((v, c) => (c === unit ? value : v)) : cells));
    const inForm = cellAddress(form.layout.self.grid.row + row, form.layout.self.grid.column);
    return pass(
      render(M.formsDone, {
        count: made.forms.length,
        unit: form.unit.code,
        cell: `${form.layout.self.sheet}!${inForm}`,
      }),
    );
  });

  await step("compare-forms", async () => {
    if (!files) return { status: "skip", details: [line(M.formsUnavailable)] };
    return compare(expectedResults(cluster, need(layout), need(settings), self));
  });

  // The clean-up runs whatever happened before, once the workbook's starting outline is known.
  stopped = before === null;
  await step("cleanup", async () => {
    const start = need(before);
    const added = addedParts(start, await host.outline());
    let refused: Bilingual | null = null;
    try {
      if (added.sheets.length > 0 || added.names.length > 0) await host.removeParts!(added);
    } catch (error) {
      refused = failureDetail(error);
    }
    const changes = outlineChanges(start, await host.outline());
    const parts = [
      ...(changes.sheets.length > 0 ? [render(M.partSheetsAdded, { list: changes.sheets.join(", ") })] : []),
      ...(changes.names.length > 0 ? [render(M.partNamesAdded, { list: changes.names.join(", ") })] : []),
      ...(changes.gone.sheets.length + changes.gone.names.length > 0
        ? [render(M.partGone, { list: [...changes.gone.sheets, ...changes.gone.names].join(", ") })]
        : []),
      ...(changes.changed.length > 0 ? [render(M.partChanged, { list: changes.changed.join(", ") })] : []),
    ];
    if (parts.length > 0) {
      const left = bilingual((lang) => M.leftBehind[lang]({ parts: parts.map((p) => p[lang]).join("; ") }));
      return fail(refused ? [left, refused] : [left]);
    }
    return pass(render(M.cleaned, { sheets: added.sheets.length, names: added.names.length }));
  });

  return { started, steps, units: cluster.units.length };
}
