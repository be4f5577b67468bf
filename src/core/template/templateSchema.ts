// The template schema (zod) plus the semantic rules a well-formed tree must also meet; problems become findings.
// Zod's own messages never reach users: each issue is mapped to a catalogue message naming the criterion.

import { z } from "zod";
import type { Finding, FindingLocation, Severity } from "../findings/findingTypes";
import { render, type Bilingual } from "../messages/messageTypes";
import { templateMessages as m } from "../messages/templateMessages";
import { DEFAULT_STEP, flattenTemplate } from "./flattenTemplate";
import { CRITERION_KINDS, type CriterionNode, type Template } from "./templateTypes";
import { TEMPLATE_RULES } from "./templateRules";
import type { RuleId } from "../findings/ruleId";

// No code generation: zod otherwise probes `new Function("")` for its faster parsers, which the task pane's
// Content-Security-Policy refuses (a reported violation even though zod falls back). SECURITY.md: no eval.
z.config({ jitless: true });

/** Deeper trees are refused before parsing, so that no input can exhaust the stack. Practice uses 3–4 levels. */
export const MAX_CRITERIA_DEPTH = 8;

const EPSILON = 1e-9;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEMVER = /^\d+\.\d+\.\d+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TRIMMED = /^\S(?:[\s\S]*\S)?$/;

const nonBlank = z.string().refine((s) => s.trim().length > 0);
const localizedText = z.strictObject({ vi: nonBlank, en: z.string().optional() });

function isCalendarDate(s: string): boolean {
  const match = ISO_DATE.exec(s);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

const legalDocument = z.strictObject({
  number: nonBlank,
  title: localizedText,
  date: z.string().refine(isCalendarDate).optional(),
});

const share = z.number().min(0).max(1);
const gradeShares = z.strictObject({ HTXSNV: share, HTTNV: share, HTNV: share });
/** Only the grade part is checked here: that is what templates bring; the settings sheet has its own validator. */
const settingsOverrides = z.looseObject({
  grades: z
    .strictObject({
      thresholds: gradeShares.optional(),
      floors: gradeShares.nullable().optional(),
      excellentShareOfGood: share.nullable().optional(),
    })
    .optional(),
});

const criterionNode = z.strictObject({
  code: z.string().regex(TRIMMED),
  title: localizedText,
  kind: z.enum(CRITERION_KINDS as readonly [string, ...string[]]),
  max: z.number().min(0),
  step: z.number().positive().optional(),
  direction: z.enum(["up", "down"]).optional(),
  pointsEach: z.number().optional(),
  evidenceRequired: z.boolean().optional(),
  floorExempt: z.boolean().optional(),
  guide: localizedText.optional(),
  get children(): z.ZodOptional<z.ZodArray<typeof criterionNode>> {
    return z.array(criterionNode).optional();
  },
});

/** The structural schema of a template (field types, enums, ranges); semantic rules are in validateTemplate. */
export const templateSchema = z.strictObject({
  id: z.string().regex(SLUG),
  version: z.string().regex(SEMVER),
  title: localizedText,
  description: localizedText.optional(),
  scale: z.number().positive(),
  bonusCap: z.number().min(0),
  periodKind: z.enum(["year", "school-year", "quarter", "month"]),
  subject: z.enum(["unit", "person"]).optional(),
  individualAwards: z.boolean().optional(),
  legalBasis: z.array(legalDocument),
  criteria: z.array(criterionNode).min(1),
  settings: settingsOverrides.optional(),
});

function finding(
  rule: RuleId,
  severity: Severity,
  location: Omit<FindingLocation, "area">,
  message: Bilingual,
  data?: Finding["data"],
): Finding {
  return { rule, severity, location: { area: "criteria", ...location }, message, ...(data ? { data } : {}) };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading raw input without trusting it.

function isRecord(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === "object" && value !== null;
}

function own(value: unknown, key: PropertyKey): unknown {
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

/** A raw value as messages quote it; undefined stays undefined (the field is missing). */
function describeValue(value: unknown): string | number | undefined {
  switch (typeof value) {
    case "undefined":
      return undefined;
    case "number":
      return Number.isFinite(value) ? value : String(value);
    case "string":
      return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
    case "boolean":
    case "bigint":
      return String(value);
    case "symbol":
      return value.toString();
    case "function":
      return "function";
    default:
      return value === null ? "null" : Array.isArray(value) ? "[…]" : "{…}";
  }
}

/** A node's name in messages: its code when it has one, else its position (#2.3 = third child of the second). */
function nodeLabel(raw: unknown, positions: number[]): string {
  const code = own(raw, "code");
  return typeof code === "string" && code.trim() !== "" ? code : "#" + positions.join(".");
}

/** Refuses trees deeper than MAX_CRITERIA_DEPTH, walking iteratively. */
function depthFindings(input: unknown): Finding[] {
  const criteria = own(input, "criteria");
  if (!Array.isArray(criteria)) return [];
  const stack: { raw: unknown; positions: number[] }[] = criteria.map((raw, i) => ({ raw, positions: [i + 1] }));
  while (stack.length > 0) {
    const { raw, positions } = stack.pop()!;
    if (positions.length > MAX_CRITERIA_DEPTH) {
      const node = nodeLabel(raw, positions);
      return [
        finding(
          TEMPLATE_RULES.tooDeep,
          "error",
          { criterion: node },
          render(m.tooDeep, { node, depth: positions.length }),
        ),
      ];
    }
    const children = own(raw, "children");
    if (Array.isArray(children)) children.forEach((c, i) => stack.push({ raw: c, positions: [...positions, i + 1] }));
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------------------
// Zod issues → findings.

type Issue = z.core.$ZodIssue;

function nodeIssueFinding(issue: Issue, input: unknown): Finding[] {
  const path = issue.path;
  const first = path[1] as number;
  let raw = own(own(input, "criteria"), first);
  const positions = [first + 1];
  let i = 2;
  while (path[i] === "children" && typeof path[i + 1] === "number") {
    const index = path[i + 1] as number;
    raw = own(own(raw, "children"), index);
    positions.push(index + 1);
    i += 2;
  }
  const node = nodeLabel(raw, positions);
  const rest = path.slice(i).map(String);
  const field = rest.join(".");
  const at = (rule: RuleId, message: Bilingual, fieldName = field): Finding =>
    finding(rule, "error", { criterion: node, ...(fieldName ? { field: fieldName } : {}) }, message);

  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) =>
      at(TEMPLATE_RULES.unknownField, render(m.unknownField, { node, field: [...rest, key].join(".") }), key),
    );
  }
  if (rest.length === 0) return [at(TEMPLATE_RULES.invalidNode, render(m.invalidNode, { node }))];

  const value = describeValue(own(raw, rest[0]));
  const byField: Record<string, [RuleId, Bilingual]> = {
    code: [TEMPLATE_RULES.invalidCode, render(m.invalidCode, { node, value: value ?? "" })],
    title: [TEMPLATE_RULES.invalidTitle, render(m.invalidTitle, { node, field })],
    guide: [TEMPLATE_RULES.invalidTitle, render(m.invalidTitle, { node, field })],
    kind: [TEMPLATE_RULES.unknownKind, render(m.unknownKind, { node, value: value ?? "" })],
    max: [TEMPLATE_RULES.invalidMax, render(m.invalidMax, { node, value: value ?? "" })],
    step: [TEMPLATE_RULES.invalidStep, render(m.invalidStep, { node, value: value ?? "" })],
    direction: [TEMPLATE_RULES.invalidDirection, render(m.invalidDirection, { node, value: value ?? "" })],
    pointsEach: [TEMPLATE_RULES.invalidPointsEach, render(m.invalidPointsEach, { node, value: value ?? "" })],
    evidenceRequired: [TEMPLATE_RULES.invalidFlag, render(m.invalidFlag, { node, field })],
    floorExempt: [TEMPLATE_RULES.invalidFlag, render(m.invalidFlag, { node, field })],
    children: [TEMPLATE_RULES.invalidChildren, render(m.invalidChildren, { node })],
  };
  const entry = byField[rest[0]];
  if (!entry) return [at(TEMPLATE_RULES.unknownField, render(m.unknownField, { node, field }))];
  const [rule, message] = entry;
  const missing = value === undefined && rest.length === 1;
  return [at(rule, missing ? render(m.missingField, { node, field }) : message)];
}

function metadataIssueFinding(issue: Issue, input: unknown): Finding[] {
  const path = issue.path.map(String);
  if (path.length === 0 && issue.code === "unrecognized_keys") {
    return issue.keys.map((key) =>
      finding(TEMPLATE_RULES.unknownField, "error", { field: key }, render(m.invalidTemplateField, { field: key })),
    );
  }
  if (path.length === 0) return [finding(TEMPLATE_RULES.notAnObject, "error", {}, render(m.notAnObject, {}))];
  const field = path.join(".");
  const value = describeValue(own(input, path[0])) ?? "—";
  const at = (rule: RuleId, message: Bilingual) => [finding(rule, "error", { field }, message)];
  switch (path[0]) {
    case "id":
      return at(TEMPLATE_RULES.invalidId, render(m.invalidId, { value }));
    case "version":
      return at(TEMPLATE_RULES.invalidVersion, render(m.invalidVersion, { value }));
    case "scale":
      return at(TEMPLATE_RULES.invalidScale, render(m.invalidScale, { value }));
    case "bonusCap":
      return at(TEMPLATE_RULES.invalidBonusCap, render(m.invalidBonusCap, { value }));
    case "periodKind":
      return at(TEMPLATE_RULES.invalidPeriodKind, render(m.invalidPeriodKind, { value }));
    case "subject":
    case "individualAwards":
      return at(TEMPLATE_RULES.invalidSubject, render(m.invalidSubject, { field, value }));
    case "legalBasis":
      return at(TEMPLATE_RULES.invalidLegalBasis, render(m.invalidLegalBasis, { field }));
    case "title":
    case "description":
      return at(TEMPLATE_RULES.invalidText, render(m.invalidTemplateText, { field }));
    case "settings":
      return at(TEMPLATE_RULES.invalidSettings, render(m.invalidSettings, { field }));
    case "criteria":
      return at(TEMPLATE_RULES.invalidCriteria, render(m.invalidCriteriaList, {}));
    default:
      return at(TEMPLATE_RULES.unknownField, render(m.invalidTemplateField, { field }));
  }
}

function issueFindings(issue: Issue, input: unknown): Finding[] {
  const nodeIssue = issue.path[0] === "criteria" && typeof issue.path[1] === "number";
  return nodeIssue ? nodeIssueFinding(issue, input) : metadataIssueFinding(issue, input);
}

// ---------------------------------------------------------------------------------------------------------------
// Semantic rules over a structurally valid template.

type LineClass = "content" | "bonus" | "deduction";
const lineClass = (n: CriterionNode): LineClass =>
  n.kind === "bonus" ? "bonus" : n.kind === "deduction" ? "deduction" : "content";

function leavesOf(node: CriterionNode): CriterionNode[] {
  return node.children?.length ? node.children.flatMap(leavesOf) : [node];
}

function nodeFindings(template: Template): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const visit = (node: CriterionNode, inDeductionSection: boolean) => {
    const node_ = node.code;
    const at = (rule: RuleId, severity: Severity, field: string, message: Bilingual, data?: Finding["data"]) =>
      out.push(finding(rule, severity, { criterion: node_, field }, message, data));
    if (seen.has(node_)) at(TEMPLATE_RULES.duplicateCode, "error", "code", render(m.duplicateCode, { node: node_ }));
    seen.add(node_);
    const children = node.children ?? [];
    if (node.kind === "group" && children.length === 0) {
      at(TEMPLATE_RULES.groupWithoutChildren, "error", "children", render(m.groupWithoutChildren, { node: node_ }));
    }
    if (node.kind !== "group" && children.length > 0) {
      at(TEMPLATE_RULES.leafWithChildren, "error", "children", render(m.leafWithChildren, { node: node_ }));
    }
    if (node.kind === "per_unit" && !((node.pointsEach ?? 0) > 0)) {
      at(TEMPLATE_RULES.perUnitWithoutPoints, "error", "pointsEach", render(m.perUnitWithoutPoints, { node: node_ }));
    }
    if (node.kind === "manual") {
      const step = node.step ?? DEFAULT_STEP;
      const ratio = node.max / step;
      if (Math.abs(ratio - Math.round(ratio)) > EPSILON * Math.max(1, ratio)) {
        at(TEMPLATE_RULES.maxOffStep, "error", "max", render(m.maxOffStep, { node: node_, max: node.max, step }), {
          max: node.max,
          step,
        });
      }
    }
    if (node.kind === "group" && children.length > 0 && !inDeductionSection) {
      const sum = children.reduce((s, c) => s + c.max, 0);
      if (node.max > sum + EPSILON) {
        at(
          TEMPLATE_RULES.groupMaxUnreachable,
          "warning",
          "max",
          render(m.groupMaxUnreachable, { node: node_, max: node.max, sum }),
          { max: node.max, sum },
        );
      }
    }
    for (const child of children) visit(child, inDeductionSection);
  };
  for (const top of template.criteria) {
    const leaves = leavesOf(top);
    visit(
      top,
      leaves.every((l) => l.kind === "deduction"),
    );
  }
  return out;
}

function sectionFindings(template: Template): Finding[] {
  const out: Finding[] = [];
  for (const top of template.criteria) {
    if (top.kind !== "group" || !top.children?.length) continue;
    const leaves = leavesOf(top);
    const first = lineClass(leaves[0]);
    const other = leaves.find((l) => lineClass(l) !== first);
    if (other) {
      out.push(
        finding(
          TEMPLATE_RULES.sectionMixed,
          "error",
          { criterion: top.code, field: "kind" },
          render(m.sectionMixed, { node: top.code, other: other.code }),
        ),
      );
    } else if (first === "bonus" && template.bonusCap > 0 && Math.abs(top.max - template.bonusCap) > EPSILON) {
      out.push(
        finding(
          TEMPLATE_RULES.bonusSectionMax,
          "warning",
          { criterion: top.code, field: "max" },
          render(m.bonusSectionMax, { node: top.code, max: top.max, cap: template.bonusCap }),
          { max: top.max, bonusCap: template.bonusCap },
        ),
      );
    }
  }
  if (template.bonusCap === 0) {
    for (const leaf of template.criteria.flatMap(leavesOf).filter((l) => l.kind === "bonus")) {
      out.push(
        finding(
          TEMPLATE_RULES.bonusWithoutCap,
          "error",
          { criterion: leaf.code, field: "kind" },
          render(m.bonusWithoutCap, { node: leaf.code }),
        ),
      );
    }
  }
  return out;
}

function templateFindings(template: Template): Finding[] {
  const out: Finding[] = [];
  if (!(flattenTemplate(template).contentMax > 0)) {
    out.push(finding(TEMPLATE_RULES.noContent, "error", { field: "criteria" }, render(m.noContent, {})));
  }
  if (template.legalBasis.length === 0) {
    out.push(finding(TEMPLATE_RULES.noLegalBasis, "warning", { field: "legalBasis" }, render(m.noLegalBasis, {})));
  }
  return out;
}

/**
 * Checks anything (parsed JSON, a template built from a criteria table) against the schema and the semantic rules.
 * Never throws. The template is returned (as parsed) when no finding is an error; warnings do not block it.
 */
export function validateTemplate(input: unknown): { template: Template | null; findings: Finding[] } {
  const tooDeep = depthFindings(input);
  if (tooDeep.length > 0) return { template: null, findings: tooDeep };
  const parsed = templateSchema.safeParse(input);
  if (!parsed.success) {
    return { template: null, findings: parsed.error.issues.flatMap((issue) => issueFindings(issue, input)) };
  }
  const template = parsed.data as Template;
  const findings = [...nodeFindings(template), ...sectionFindings(template), ...templateFindings(template)];
  return { template: findings.some((f) => f.severity === "error") ? null : template, findings };
}
