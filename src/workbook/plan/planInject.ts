// Injection: template + units + settings → the whole workbook as a plan (sheets, live formulas, validation,
// protection, defined names, metadata, first log entry), after the core has validated the template and units.
// Refuses with findings, and no plan, when they have errors or when the workbook already holds a Thi đua table.

import type { Finding } from "../../core/findings/findingTypes";
import { contentHash } from "../../core/integrity/contentHash";
import { render } from "../../core/messages/messageTypes";
import type { Unit } from "../../core/model/unitTypes";
import { resolveSettings } from "../../core/settings/defaultSettings";
import type { Lang, Settings, SettingsOverrides } from "../../core/settings/settingsTypes";
import { FLAG_MARK } from "../../core/template/criteriaTableColumns";
import { flattenTemplate } from "../../core/template/flattenTemplate";
import { templateToCriteriaTable } from "../../core/template/templateToCriteriaTable";
import type { Template } from "../../core/template/templateTypes";
import { validateTemplate } from "../../core/template/templateSchema";
import { validateUnits } from "../../core/validation/validateUnits";
import type { WorkbookOutline } from "../host/hostTypes";
import { absoluteRange } from "../layout/cellAddress";
import { CONTRACT_NAME_PREFIX, DEFINED_NAMES } from "../layout/definedNames";
import { allocateSheetNames } from "../layout/sheetNameAllocation";
import type { WorkbookLayout, WorkbookMode } from "../layout/workbookLayout";
import { logMessages } from "../messages/logMessages";
import { subjectOf } from "../messages/personLabelMessages";
import { WORKBOOK_RULES, workbookFindingMessages as W } from "../messages/workbookFindingMessages";
import { checkPlannableSettings } from "../settings/checkPlannableSettings";
import { modeSettings } from "../settings/modeSettings";
import { CONTRACT_VERSION, metaChunks, type WorkbookMeta } from "../meta/workbookMeta";
import { FIRST_CHAIN } from "../log/logChain";
import { logTime } from "../log/logTime";
import { logEntryBlock } from "./logEntry";
import { metaSheet } from "./inject/metaSheet";
import { contextLayout, contractNames, workbookSheets, type WorkbookContext } from "./inject/workbookSheets";
import type { WorkbookPlan } from "./planTypes";
import { WORKBOOK_STYLES } from "./workbookStyles";
import { fitPlanRowHeights } from "./fitRowHeights";

export interface InjectOptions {
  mode: WorkbookMode;
  /** The period the workbook holds ("2026", "Quý I/2026"). */
  period: string;
  clusterTitle?: string;
  lang: Lang;
  /** ISO time of the injection, for the log entry only. */
  now: string;
  /** The workbook as it is: its sheet names are never reused. */
  existing: WorkbookOutline;
  /** File name for the log, when known. */
  fileName?: string;
}

export interface InjectPlan {
  plan: WorkbookPlan | null;
  findings: Finding[];
  layout: WorkbookLayout | null;
  meta: WorkbookMeta | null;
}

/** Units as the rows of the units table, so that the core's unit checks run on exactly what will be written. */
export function unitRows(units: readonly Unit[]): (string | null)[][] {
  return units.map((u) => [
    u.code,
    u.name,
    u.cluster,
    u.priority ? FLAG_MARK : null,
    u.disqualified ? FLAG_MARK : null,
  ]);
}

/**
 * `settings` are the cluster's overrides, merged over the defaults, the template's own settings (a template such as
 * ca-nhan-thang brings its grade thresholds) and the mode's (cross mode: the weighted rule, modeSettings.ts); the
 * workbook's language is `options.lang`.
 */
export function planInject(
  template: Template,
  units: readonly Unit[],
  settings: SettingsOverrides | undefined,
  options: InjectOptions,
): InjectPlan {
  const refused = (findings: Finding[]): InjectPlan => ({ plan: null, findings, layout: null, meta: null });
  const checked = validateTemplate(template);
  const findings = [...checked.findings];
  const unitCheck = validateUnits(unitRows(units));
  findings.push(...unitCheck.findings);
  if (units.length === 0) {
    findings.push({
      rule: WORKBOOK_RULES.noUnits,
      severity: "error",
      location: { area: "units" },
      message: render(W.noUnits, {}),
    });
  }
  const taken = options.existing.names.find((n) => n.name.toUpperCase().startsWith(CONTRACT_NAME_PREFIX));
  if (taken) {
    findings.push({
      rule: WORKBOOK_RULES.alreadyInjected,
      severity: "error",
      location: { area: "metadata" },
      message: render(W.alreadyInjected, { name: taken.name }),
    });
  }
  if (!checked.template || findings.some((f) => f.severity === "error")) return refused(findings);

  const flat = flattenTemplate(checked.template);
  const resolved: Settings = resolveSettings(checked.template.settings, modeSettings(options.mode), settings, {
    lang: options.lang,
  });
  const settingFindings = checkPlannableSettings(resolved);
  if (settingFindings.length > 0) return refused([...findings, ...settingFindings]);
  const ctx: WorkbookContext = {
    flat,
    units: units.map((u) => ({ ...u })),
    settings: resolved,
    mode: options.mode,
    lang: options.lang,
    period: options.period,
    clusterTitle: options.clusterTitle?.trim() ? options.clusterTitle.trim() : null,
    names: allocateSheetNames(
      options.lang,
      options.mode,
      units.map((u) => u.code),
      options.existing.sheets.map((s) => s.name),
    ),
    logEntries: 0,
  };
  const layout = contextLayout(ctx);
  const sheets = workbookSheets(ctx, layout);
  const criteriaHash = contentHash(templateToCriteriaTable(flat, options.lang));
  const meta: WorkbookMeta = {
    contract: CONTRACT_VERSION,
    template: checked.template,
    units: ctx.units,
    settings: resolved,
    mode: ctx.mode,
    period: ctx.period,
    clusterTitle: ctx.clusterTitle,
    lang: ctx.lang,
    formIds: {},
    criteriaHash,
    inputHash: null,
  };

  const names = contractNames(layout);
  const logSheet = sheets.find((s) => s.key === "log")!;
  const clusters = new Set(ctx.units.map((u) => u.cluster)).size;
  const modeLabel = { self: logMessages.modeSelf, review: logMessages.modeReview, cross: logMessages.modeCross }[
    ctx.mode
  ];
  const entry = logEntryBlock(
    layout.log.sheet,
    layout.log.table,
    {
      time: logTime(options.now, resolved),
      action: logMessages.inject[ctx.lang](),
      file: options.fileName ?? "",
      hash: criteriaHash,
      summary: logMessages.injectSummary[ctx.lang]({
        template: flat.template.id,
        version: flat.template.version,
        units: ctx.units.length,
        clusters,
        mode: modeLabel[ctx.lang](),
        who: subjectOf(flat),
      }),
    },
    FIRST_CHAIN,
  );
  logSheet.blocks.push(entry.block);
  const logName = names.findIndex((n) => n.name === DEFINED_NAMES.log);
  names[logName] = entry.name;

  const chunks = metaChunks(meta).length;
  sheets.push(metaSheet(layout.meta.sheet, meta, true));
  names.push({
    name: DEFINED_NAMES.meta,
    sheet: layout.meta.sheet,
    range: absoluteRange({ row: 1, column: 0, rows: chunks, columns: 1 }),
  });

  return { plan: fitPlanRowHeights({ styles: WORKBOOK_STYLES, sheets, names }), findings, layout, meta };
}
