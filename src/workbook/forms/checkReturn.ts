// Checks one returned form against the master before anything is written: identity (a form, of this cluster,
// period and template version, with a form id the master issued for that unit and kind), integrity (criteria table
// and hash unchanged, every grid in its shape) and the values (the core's validation; any error refuses the form,
// a decimal comma included: the finding names the cell and carries the core's fix, and the unit sends it again;
// blank cells are warnings only, see BLANK_RULES).

import type { Finding } from "../../core/findings/findingTypes";
import { render } from "../../core/messages/messageTypes";
import type { FlatTemplate } from "../../core/template/flattenTemplate";
import { checkCriteriaUnchanged } from "../../core/validation/checkCriteriaUnchanged";
import type { RawInputs } from "../../core/validation/rawInputTypes";
import { validateInputs } from "../../core/validation/validateInputs";
import { VALIDATION_RULES } from "../../core/validation/validationRules";
import { DEFINED_NAMES } from "../layout/definedNames";
import { FORM_RULES, formMessages as F } from "../messages/formMessages";
import type { FormKind, WorkbookMeta } from "../meta/workbookMeta";
import { locateAll, type LocatedFinding } from "../operations/locatedFinding";
import type { CellValue } from "../plan/planTypes";
import { formCells, type FormCell } from "./formCells";
import { formKey } from "./formIdentity";
import type { ReadForm } from "./readForm";
import type { RuleId } from "../../core/findings/ruleId";

/** A finding about a returned form: the file it is in, and the sheet and cell in that file. */
export interface FormFinding extends LocatedFinding {
  file: string;
}

export interface CheckedReturn {
  file: string;
  accepted: boolean;
  kind: FormKind | null;
  /** Unit code (the rater of a peer form), when the form says. */
  unit: string | null;
  formId: string | null;
  /** The master cells the form carries (formCells), and the value returned for each; empty when refused. */
  cells: FormCell[];
  values: CellValue[];
  findings: FormFinding[];
}

export interface MasterView {
  meta: WorkbookMeta;
  flat: FlatTemplate;
}

const SELF_AREAS = new Set(["self", "target", "actual", "evidence"]);

/**
 * Blank cells a ranking needs: a form may come back unfinished (data sent later), so these are told as warnings
 * and do not refuse the form; the master's own validation still reports them as errors until they are filled.
 */
const BLANK_RULES = new Set<string>([
  VALIDATION_RULES.dataMissing,
  VALIDATION_RULES.dataCountMissing,
  VALIDATION_RULES.scoreBlankRequired,
]);

function identityFinding(rule: RuleId, message: Finding["message"], field?: string): Finding {
  return { rule, severity: "error", location: field ? { area: "metadata", field } : { area: "metadata" }, message };
}

export function checkReturn(master: MasterView, file: string, form: ReadForm): CheckedReturn {
  const located: LocatedFinding[] = [];
  const refuse = (kind: FormKind | null = null, unit: string | null = null, formId: string | null = null) => {
    const errors = Math.max(1, located.filter((f) => f.severity === "error").length);
    const refusal: LocatedFinding = {
      rule: FORM_RULES.refused,
      severity: "error",
      location: {},
      message: render(F.refused, { file, errors }),
      sheet: null,
      cell: null,
    };
    return {
      file,
      accepted: false,
      kind,
      unit,
      formId,
      cells: [],
      values: [],
      findings: [...located, refusal].map((f) => ({ ...f, file })),
    };
  };
  const addIdentity = (finding: Finding) => located.push({ ...finding, sheet: null, cell: null });

  const { meta, layout, grids } = form;
  located.push(...locateAll(form.findings, layout));
  if (!meta || !layout) return refuse();
  const identity = meta.form;
  if (!identity) {
    addIdentity(identityFinding(FORM_RULES.notForm, render(F.notForm, { file }), "form"));
    return refuse();
  }
  const { kind, unit: code, id } = identity;
  const m = master.meta;

  const cluster = { found: meta.clusterTitle ?? "", expected: m.clusterTitle ?? "" };
  if (cluster.found !== cluster.expected)
    addIdentity(identityFinding(FORM_RULES.wrongCluster, render(F.wrongCluster, { file, ...cluster }), "clusterTitle"));
  if (meta.period !== m.period) {
    const p = { file, found: meta.period, expected: m.period };
    addIdentity(identityFinding(FORM_RULES.wrongPeriod, render(F.wrongPeriod, p), "period"));
  }
  const version = (t: WorkbookMeta["template"]) => `${t.id} ${t.version}`;
  if (version(meta.template) !== version(m.template)) {
    const p = { file, found: version(meta.template), expected: version(m.template) };
    addIdentity(identityFinding(FORM_RULES.wrongTemplate, render(F.wrongTemplate, p), "template"));
  }
  const unitIndex = m.units.findIndex((u) => u.code === code);
  if (unitIndex < 0) {
    addIdentity(identityFinding(FORM_RULES.unknownUnit, render(F.unknownUnit, { file, unit: code }), "units"));
  } else if (m.formIds[formKey(kind, code)] !== id) {
    addIdentity(identityFinding(FORM_RULES.unknownForm, render(F.unknownForm, { file, id }), "form"));
  }

  // Integrity: the hashes the form carries, then the criteria table as it stands, cell by cell.
  const criteriaFindings = grids.criteria ? checkCriteriaUnchanged(master.flat, grids.criteria) : [];
  if (
    identity.masterCriteriaHash !== m.criteriaHash ||
    meta.criteriaHash !== m.criteriaHash ||
    criteriaFindings.length > 0
  ) {
    addIdentity(identityFinding(FORM_RULES.criteriaChanged, render(F.criteriaChanged, { file }), "criteriaHash"));
    located.push(...locateAll(criteriaFindings, layout));
  }
  const expectedUnits = kind === "self" ? [code] : m.units.map((u) => u.code);
  const unitsMatch = meta.units.map((u) => u.code).join("\n") === expectedUnits.join("\n");
  const unreadable = [...form.unreadable, ...(unitsMatch ? [] : [DEFINED_NAMES.units])];
  for (const name of unreadable) {
    addIdentity(identityFinding(FORM_RULES.shapeChanged, render(F.shapeChanged, { file, name }), name));
  }
  if (located.some((f) => f.severity === "error") || unitIndex < 0) return refuse(kind, code, id);

  // Values: the core's validation of exactly what the form carries, read against the master's template.
  const units = kind === "self" ? [m.units[unitIndex]] : m.units;
  const raw: RawInputs =
    kind === "self"
      ? {
          flat: master.flat,
          units,
          settings: m.settings,
          target: grids.target!,
          actual: grids.actual!,
          self: grids.self!,
          evidence: grids.evidence!,
        }
      : {
          flat: master.flat,
          units,
          settings: m.settings,
          target: [],
          actual: [],
          self: [],
          peers: [{ rater: code, grid: grids.peer! }],
        };
  const valueFindings = validateInputs(raw)
    .findings.filter((f) => (kind === "self" ? SELF_AREAS.has(f.location.area ?? "") : f.location.area === "peer"))
    .map((f) => (BLANK_RULES.has(f.rule) && f.severity === "error" ? { ...f, severity: "warning" as const } : f));
  located.push(...locateAll(valueFindings, layout));
  if (located.some((f) => f.severity === "error")) return refuse(kind, code, id);

  const cells = formCells(master.flat, kind, unitIndex, m.units.length);
  const values = cells.map(({ layer, row, unit }) => {
    const grid = layer === "peer" ? grids.peer! : grids[layer]!;
    const value = grid[row]?.[kind === "self" ? 0 : unit];
    return value === undefined || value === "" ? null : value;
  });
  return {
    file,
    accepted: true,
    kind,
    unit: code,
    formId: id,
    cells,
    values,
    findings: located.map((f) => ({ ...f, file })),
  };
}
