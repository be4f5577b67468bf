// Checks one returned form against the master before anything is written: identity (a form, of this cluster,
// period and template version, with a form id the master issued for that unit and kind), integrity (criteria table
// and hash unchanged, every grid in its shape, the targets the master assigned), and the values (the core's
// validation, with the same severities as ranking: any error refuses the form whole, a decimal comma or a required
// score left blank included; the finding names the cell, and the unit sends the form again).

import type { Finding } from "../../core/findings/findingTypes";
import { render } from "../../core/messages/messageTypes";
import type { FlatTemplate } from "../../core/template/flattenTemplate";
import { checkCriteriaUnchanged } from "../../core/validation/checkCriteriaUnchanged";
import type { RawInputs } from "../../core/validation/rawInputTypes";
import { validateInputs } from "../../core/validation/validateInputs";
import { DEFINED_NAMES } from "../layout/definedNames";
import { FORM_RULES, formMessages as F } from "../messages/formMessages";
import type { FormKind, WorkbookMeta } from "../meta/workbookMeta";
import { locateAll, type LocatedFinding } from "../operations/locatedFinding";
import type { CellValue } from "../plan/planTypes";
import { formCells, isQuantRow, type FormCell } from "./formCells";
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
  /** The master's TD_Target as it stands, rows × master units: what every self form must carry unchanged. */
  targets: readonly (readonly CellValue[])[];
}

/** What a self form reports: targets are the master's (compared, never validated here as the unit's entries). */
const SELF_AREAS = new Set(["self", "actual", "evidence"]);

/** Two target cells hold the same target: equal numbers, or equal text once trimmed (blank = blank). */
function sameTarget(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const plain = (v: CellValue | undefined) =>
    v === undefined || v === null ? "" : typeof v === "string" ? v.trim() : v;
  return plain(a) === plain(b);
}

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

  // Targets belong to the secretariat: a self form carries its unit's targets locked, and one that comes back
  // with another target (unprotected and typed over) is refused whole, each changed cell named.
  if (kind === "self") {
    for (const row of master.flat.rows) {
      if (!isQuantRow(row.kind)) continue;
      const found = grids.target![row.index]?.[0] ?? null;
      const expected = master.targets[row.index]?.[unitIndex] ?? null;
      if (sameTarget(found, expected)) continue;
      const shown = (v: CellValue) => (v === null || v === "" ? F.blankValue[m.lang]() : String(v));
      const place = { area: "target" as const, unit: code, criterion: row.code };
      const [finding] = locateAll(
        [
          {
            rule: FORM_RULES.targetChanged,
            severity: "error",
            location: place,
            message: { vi: "", en: "" },
          },
        ],
        layout,
      );
      const params = {
        file,
        cell: finding.sheet && finding.cell ? `${finding.sheet}!${finding.cell}` : row.code,
        criterion: row.code,
        found: shown(found),
        expected: shown(expected),
      };
      located.push({ ...finding, message: render(F.targetChanged, params), data: { found, expected } });
    }
    if (located.some((f) => f.severity === "error")) return refuse(kind, code, id);
  }

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
  const valueFindings = validateInputs(raw).findings.filter((f) =>
    kind === "self" ? SELF_AREAS.has(f.location.area ?? "") : f.location.area === "peer",
  );
  located.push(...locateAll(valueFindings, layout));
  if (located.some((f) => f.severity === "error")) return refuse(kind, code, id);

  const cells = formCells(master.flat, kind, unitIndex, m.units);
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
