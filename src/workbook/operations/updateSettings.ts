// Changes the open workbook's settings: outline, read (as validation does), then one apply re-planning every formula,
// label and settings cell with the new settings (the office host's budget is 3 syncs). Refuses, writing nothing, when
// the workbook is not a usable Thi đua workbook or the new settings are unusable. Entries are never touched; earlier
// results stay but become stale (the stored input hash no longer matches, as settings are part of it).

import type { Finding } from "../../core/findings/findingTypes";
import { contentHash } from "../../core/integrity/contentHash";
import { render } from "../../core/messages/messageTypes";
import { resolveSettings } from "../../core/settings/defaultSettings";
import type { Settings, SettingsOverrides } from "../../core/settings/settingsTypes";
import type { Host, ProgressFn } from "../host/hostTypes";
import { FIRST_CHAIN } from "../log/logChain";
import { logMessages } from "../messages/logMessages";
import { WORKBOOK_RULES, workbookFindingMessages as W } from "../messages/workbookFindingMessages";
import type { WorkbookPlan } from "../plan/planTypes";
import { parseWorkbook } from "../read/parseWorkbook";
import { checkPlannableSettings } from "../settings/checkPlannableSettings";
import { checkSettingsValues } from "../settings/checkSettingsValues";
import { changedSettings, movedNames, planSettingsUpdate } from "../settings/planSettingsUpdate";
import { beforeUnfinished, unfinishedOperation } from "../undo/attachSnapshot";
import { readForSnapshot, undoablePlan } from "../undo/operationSnapshot";
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
  const outline = await host.outline();
  // A settings update rewrites labels and formulas on every sheet: the batch covers them all for the undo snapshot.
  const reads = await readForSnapshot(host, outline, "all");
  const parsed = parseWorkbook(reads, outline);
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
  // settings update was cut off before its log entry counted (TD_Log not grown over it): it is planned again, whole,
  // from the workbook as it was before it (its pending undo snapshot tells), so that it logs what it changed.
  const sheetEdited = parsed.findings.some((f) => f.rule === WORKBOOK_RULES.settingsChanged);
  const last = parsed.log?.rows[parsed.log.rows.length - 1];
  const logged =
    last !== undefined &&
    last.action === logMessages.settingsChanged[settings.lang]() &&
    last.hash === contentHash(settings) &&
    last.file === (options.fileName ?? "");
  const unfinished = unfinishedOperation(outline, reads) === "settings" && !logged;
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

  const before = unfinished ? await beforeUnfinished(host, outline, reads) : null;
  const origin = before ? parseWorkbook(before.reads, before.outline) : parsed;
  const { plan, changes } = planSettingsUpdate(
    {
      meta: origin.meta ?? meta,
      layout,
      logTable,
      previousChain: parsed.log?.lastChain ?? FIRST_CHAIN,
      metaCells: origin.meta ? origin.metaCells : parsed.metaCells,
    },
    settings,
    {
      now: options.now,
      fileName: options.fileName,
    },
  );
  const summary = changes.map((c) => c.key).join(", ");
  const header = { operation: "settings" as const, time: options.now, summary };
  await host.apply(await undoablePlan(host, plan, { outline, reads, parsed }, header), options.progress);
  return { applied: true, findings: [], plan, settings };
}
