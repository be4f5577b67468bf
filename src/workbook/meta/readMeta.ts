// Reads the metadata back from the cells of TD_Meta: joins the chunks, parses the JSON and checks every field,
// so that a damaged or foreign metadata sheet becomes a clear finding, never a crash.

import type { Finding } from "../../core/findings/findingTypes";
import { render } from "../../core/messages/messageTypes";
import type { Unit } from "../../core/model/unitTypes";
import { resolveSettings } from "../../core/settings/defaultSettings";
import type { SettingsOverrides } from "../../core/settings/settingsTypes";
import { validateTemplate } from "../../core/template/templateSchema";
import { WORKBOOK_MODES, type WorkbookMode } from "../layout/workbookLayout";
import { WORKBOOK_RULES, workbookFindingMessages as W } from "../messages/workbookFindingMessages";
import { checkPlannableSettings } from "../settings/checkPlannableSettings";
import { hasSettingsShape } from "./settingsShape";
import { CONTRACT_VERSION, type FormIdentity, type FormReturn, type WorkbookMeta } from "./workbookMeta";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function invalid(field: string): Finding {
  return {
    rule: WORKBOOK_RULES.metaInvalid,
    severity: "error",
    location: { area: "metadata", field },
    message: render(W.metaInvalid, { field }),
  };
}

function readUnits(value: unknown): Unit[] | null {
  if (!Array.isArray(value)) return null;
  const units: Unit[] = [];
  for (const u of value) {
    if (!isRecord(u) || typeof u.code !== "string" || typeof u.name !== "string" || typeof u.cluster !== "string") {
      return null;
    }
    units.push({
      code: u.code,
      name: u.name,
      cluster: u.cluster,
      priority: u.priority === true,
      disqualified: u.disqualified === true,
    });
  }
  return units;
}

/** `cells`: column A of TD_Meta, top to bottom (blank cells end the JSON). */
export function readMeta(cells: readonly unknown[]): { meta: WorkbookMeta | null; findings: Finding[] } {
  const text = cells.filter((c): c is string => typeof c === "string").join("");
  const fail = (finding: Finding) => ({ meta: null, findings: [finding] });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail({
      rule: WORKBOOK_RULES.metaUnreadable,
      severity: "error",
      location: { area: "metadata" },
      message: render(W.metaUnreadable, { reason }),
    });
  }
  if (!isRecord(parsed)) return fail(invalid("contract"));
  if (parsed.contract !== CONTRACT_VERSION) {
    return fail({
      rule: WORKBOOK_RULES.metaVersion,
      severity: "error",
      location: { area: "metadata", field: "contract" },
      message: render(W.metaVersion, { found: String(parsed.contract), expected: CONTRACT_VERSION }),
    });
  }
  const checked = validateTemplate(parsed.template);
  if (!checked.template) return { meta: null, findings: [invalid("template"), ...checked.findings] };
  const units = readUnits(parsed.units);
  if (!units) return fail(invalid("units"));
  if (!WORKBOOK_MODES.includes(parsed.mode as WorkbookMode)) return fail(invalid("mode"));
  if (parsed.lang !== "vi" && parsed.lang !== "en") return fail(invalid("lang"));
  if (!isRecord(parsed.settings)) return fail(invalid("settings"));
  const formIds: Record<string, string> = {};
  if (isRecord(parsed.formIds)) {
    for (const [k, v] of Object.entries(parsed.formIds)) if (typeof v === "string") formIds[k] = v;
  }
  // Settings written by an older add-in may lack newer keys: the defaults fill them in. Wrong types are damage.
  const settings = resolveSettings(parsed.settings as SettingsOverrides, { lang: parsed.lang });
  if (!hasSettingsShape(settings) || checkPlannableSettings(settings).length > 0) return fail(invalid("settings"));
  const meta: WorkbookMeta = {
    contract: CONTRACT_VERSION,
    template: checked.template,
    units,
    settings,
    mode: parsed.mode as WorkbookMode,
    period: typeof parsed.period === "string" ? parsed.period : "",
    clusterTitle: typeof parsed.clusterTitle === "string" ? parsed.clusterTitle : null,
    lang: parsed.lang,
    formIds,
    criteriaHash: typeof parsed.criteriaHash === "string" ? parsed.criteriaHash : "",
    inputHash: typeof parsed.inputHash === "string" ? parsed.inputHash : null,
  };
  // Older metadata has neither: a master without returns, a workbook that is not a form.
  const form = readFormIdentity(parsed.form);
  if (form) meta.form = form;
  const returns = readReturns(parsed.returns);
  if (returns) meta.returns = returns;
  return { meta, findings: checked.findings };
}

function readFormIdentity(value: unknown): FormIdentity | null {
  if (!isRecord(value)) return null;
  const { id, kind, unit, rater, masterCriteriaHash, issued } = value;
  if (typeof id !== "string" || (kind !== "self" && kind !== "peer") || typeof unit !== "string") return null;
  const form: FormIdentity = {
    id,
    kind,
    unit,
    masterCriteriaHash: typeof masterCriteriaHash === "string" ? masterCriteriaHash : "",
    issued: typeof issued === "string" ? issued : "",
  };
  if (typeof rater === "string") form.rater = rater;
  return form;
}

function readReturns(value: unknown): Record<string, FormReturn> | null {
  if (!isRecord(value)) return null;
  const returns: Record<string, FormReturn> = {};
  for (const [id, r] of Object.entries(value)) {
    if (isRecord(r) && typeof r.time === "string" && typeof r.file === "string" && typeof r.hash === "string") {
      returns[id] = { time: r.time, file: r.file, hash: r.hash };
    }
  }
  return returns;
}
