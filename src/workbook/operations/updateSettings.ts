// Changes the open workbook's settings: outline and a first read (metadata, settings, criteria, log), the workbook
// re-planned with the new settings, a second read of just the cells that plan changes (for the undo snapshot), then
// one apply writing those cells (the office host's budget is 4 requests). Refuses, writing nothing, when the workbook
// is not a usable Thi đua workbook or the new settings are unusable. Entries are never touched; earlier results stay
// but become stale (the stored input hash no longer matches, as settings are part of it).

import type { Finding } from "../../core/findings/findingTypes";
import { contentHash } from "../../core/integrity/contentHash";
import { render } from "../../core/messages/messageTypes";
import { resolveSettings } from "../../core/settings/defaultSettings";
import type { Settings, SettingsOverrides } from "../../core/settings/settingsTypes";
import type { Host, ProgressFn, RangeRead, WorkbookOutline } from "../host/hostTypes";
import { FIRST_CHAIN } from "../log/logChain";
import { logMessages } from "../messages/logMessages";
import { WORKBOOK_RULES, workbookFindingMessages as W } from "../messages/workbookFindingMessages";
import type { SheetPlan, WorkbookPlan } from "../plan/planTypes";
import { parseWorkbook } from "../read/parseWorkbook";
import { checkPlannableSettings } from "../settings/checkPlannableSettings";
import { checkSettingsValues } from "../settings/checkSettingsValues";
import { changedSettings, movedNames, planSettingsUpdate } from "../settings/planSettingsUpdate";
import { beforeUnfinished, unfinishedOperation } from "../undo/attachSnapshot";
import { snapshotScope, undoablePlan } from "../undo/operationSnapshot";
import { cellBoxes } from "../undo/cellBoxes";
import { writtenCells } from "../undo/snapshotOf";
import { undoHeaderRequest } from "../undo/readUndoInfo";
import { outlineAndRead } from "../read/outlineAndRead";
import { alignedReads, partialReadPlan } from "../read/readPlan";
import { DEFINED_NAMES } from "../layout/definedNames";
import { changedCells } from "../settings/changedCells";
import { locateAll, type LocatedFinding } from "./locatedFinding";

export interface UpdateSettingsOptions {
  /** ISO time for the log entry. */
  now: string;
  fileName?: string;
  progress?: ProgressFn;
}

export interface SettingsUpdate {
  /** True when the plan was written. */
  applied: boolean;
  findings: LocatedFinding[];
  /** The plan applied, null when nothing was written. */
  plan: WorkbookPlan | null;
  /** The settings as they now stand in the workbook (the new ones once applied), null when unreadable. */
  settings: Settings | null;
}

export async function updateSettings(
  host: Host,
  overrides: SettingsOverrides,
  options: UpdateSettingsOptions,
): Promise<SettingsUpdate> {
  // What decides whether and how to re-plan; the cells the new plan changes are read once it is known.
  const { outline, reads: first } = await outlineAndRead(host, (found) => {
    const header = undoHeaderRequest(found.names);
    return [...partialReadPlan(found, FIRST_READ), ...(header ? [header] : [])];
  });
  const read = partialReadPlan(outline, FIRST_READ).length;
  // parseWorkbook takes readPlan's order: the names not read stand in as empty reads.
  const aligned = (found: WorkbookOutline, reads: readonly RangeRead[]) => [
    ...alignedReads(found, FIRST_READ, reads.slice(0, read)),
    ...reads.slice(read),
  ];
  const parsed = parseWorkbook(aligned(outline, first), outline, { formulaChecks: false });
  const { meta, layout, logTable } = parsed;
  const refuse = (findings: Finding[]): SettingsUpdate => ({
    applied: false,
    findings: locateAll(findings, layout),
    plan: null,
    settings: meta?.settings ?? null,
  });

  // Structural damage (names, metadata, criteria table): the layout cannot be trusted to write by.
  const errors = parsed.findings.filter((f) => f.severity === "error");
  if (!meta || !layout || !logTable || errors.length > 0) {
    const refusal: Finding = {
      rule: WORKBOOK_RULES.settingsRefused,
      severity: "error",
      location: { area: "metadata" },
      message: render(W.settingsWorkbookUnusable, { errors: Math.max(errors.length, 1) }),
    };
    return refuse([refusal, ...errors]);
  }
  const moved = movedNames(layout, outline);
  if (moved.length > 0) {
    return refuse([
      {
        rule: WORKBOOK_RULES.settingsRefused,
        severity: "error",
        location: { area: "metadata", field: moved[0] },
        message: render(W.settingsLayoutMoved, { name: moved[0] }),
      },
    ]);
  }

  // The workbook's language is a setting too; the metadata keeps the two equal.
  const settings = resolveSettings(meta.settings, overrides);
  const unusable = checkPlannableSettings(settings);
  const invalid = unusable.length > 0 ? unusable : checkSettingsValues(settings);
  if (invalid.length > 0) return refuse(invalid);

  // Same settings and a settings sheet that still shows them: nothing to write, nothing to log; unless the last
  // settings update was cut off before its log entry counted (TD_Log not grown over it): it is planned again
  // from the workbook as it was before it (its pending undo snapshot tells), so that it logs what it changed.
  const sheetEdited = parsed.findings.some((f) => f.rule === WORKBOOK_RULES.settingsChanged);
  const last = parsed.log?.rows[parsed.log.rows.length - 1];
  const logged =
    last !== undefined &&
    last.action === logMessages.settingsChanged[settings.lang]() &&
    last.hash === contentHash(settings) &&
    last.file === (options.fileName ?? "");
  const unfinished = unfinishedOperation(outline, first) === "settings" && !logged;
  if (changedSettings(meta.settings, settings).length === 0 && !sheetEdited && !unfinished) {
    return {
      applied: false,
      findings: locateAll(
        [
          {
            rule: WORKBOOK_RULES.settingsUnchanged,
            severity: "info",
            location: { area: "settings" },
            message: render(W.settingsUnchanged, {}),
          },
        ],
        layout,
      ),
      plan: null,
      settings,
    };
  }

  const before = unfinished ? await beforeUnfinished(host, outline, first) : null;
  const origin = before
    ? parseWorkbook(aligned(before.outline, before.reads), before.outline, { formulaChecks: false })
    : parsed;
  const source = {
    meta: origin.meta ?? meta,
    layout,
    logTable,
    previousChain: parsed.log?.lastChain ?? FIRST_CHAIN,
    metaCells: origin.meta ? origin.metaCells : parsed.metaCells,
  };
  const when = { now: options.now, fileName: options.fileName };
  const { plan: whole, changes } = planSettingsUpdate(source, settings, when);
  // The cells the old settings planned the same are left as they are. After a write cut off part-way the old
  // settings are those before it (source), so every cell it may have reached is among the changed ones.
  const plan = changedCells(whole, planSettingsUpdate(source, source.meta.settings, when).plan, isWhole);
  const written = writtenCells(plan, snapshotScope(parsed));
  const current = await host.read(cellBoxes(written).map((box) => ({ ...box, formulas: true })));
  const summary = changes.map((c) => c.key).join(", ");
  const header = { operation: "settings" as const, time: options.now, summary };
  const reads = [...first, ...current];
  await host.apply(await undoablePlan(host, plan, { outline, reads, parsed }, header), options.progress);
  return { applied: true, findings: [], plan, settings };
}

/** What a settings update reads first: enough to refuse a damaged workbook and to plan (parseWorkbook's checks of the
 * metadata, settings sheet, criteria table, log and analysis table). */
const FIRST_READ = [
  DEFINED_NAMES.meta,
  DEFINED_NAMES.settings,
  DEFINED_NAMES.criteria,
  DEFINED_NAMES.log,
  DEFINED_NAMES.analysis,
];

/** Sheets a settings update writes whole: its own table (which a person may have edited), the metadata, the log. */
const isWhole = (sheet: SheetPlan) => sheet.key === "settings" || sheet.key === "meta" || sheet.key === "log";
