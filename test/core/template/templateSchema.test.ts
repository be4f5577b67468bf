import fc from "fast-check";
import { BUILTIN_TEMPLATES } from "../../../src/core/template/builtinTemplates";
import { MAX_CRITERIA_DEPTH, validateTemplate } from "../../../src/core/template/templateSchema";
import type { CriterionNode, Template } from "../../../src/core/template/templateTypes";
import type { Finding } from "../../../src/core/findings/findingTypes";

/** A small valid template: content group I (6 + 4 = 10), bonus section B (cap 5), deduction section D. */
function sample(): Template {
  return {
    id: "mau-thu",
    version: "1.0.0",
    title: { vi: "Mẫu thử", en: "Sample" },
    scale: 10,
    bonusCap: 5,
    periodKind: "year",
    legalBasis: [{ number: "Luật số 06/2022/QH15", title: { vi: "Luật Thi đua, khen thưởng" }, date: "2022-06-15" }],
    criteria: [
      {
        code: "I",
        title: { vi: "Nhóm một" },
        kind: "group",
        max: 10,
        children: [
          { code: "I.1", title: { vi: "Chấm điểm" }, kind: "manual", max: 6 },
          { code: "I.2", title: { vi: "Đạt hay không" }, kind: "qual", max: 4 },
        ],
      },
      {
        code: "B",
        title: { vi: "Điểm thưởng" },
        kind: "group",
        max: 5,
        children: [{ code: "B.1", title: { vi: "Cờ thi đua" }, kind: "bonus", max: 5 }],
      },
      {
        code: "D",
        title: { vi: "Điểm trừ" },
        kind: "group",
        max: 0,
        children: [{ code: "D.1", title: { vi: "Chậm báo cáo" }, kind: "deduction", max: 2 }],
      },
    ],
  };
}

/** The sample with one node replaced (found by code) by what `edit` returns. */
function withNode(code: string, edit: (node: CriterionNode) => unknown): unknown {
  const t = sample();
  const visit = (nodes: CriterionNode[]): unknown[] =>
    nodes.map((n) =>
      n.code === code ? edit({ ...n }) : { ...n, ...(n.children ? { children: visit(n.children) } : {}) },
    );
  return { ...t, criteria: visit(t.criteria) };
}

function only(findings: Finding[], rule: string): Finding {
  const matching = findings.filter((f) => f.rule === rule);
  expect(matching).toHaveLength(1);
  return matching[0];
}

const ZOD_PHRASES =
  /Invalid input|Invalid option|Unrecognized key|Too small|Too big|expected (string|number|boolean|array|object)/;

describe("validateTemplate", () => {
  it("accepts the sample template with no findings and returns it unchanged", () => {
    const { template, findings } = validateTemplate(sample());
    expect(findings).toEqual([]);
    expect(template).toStrictEqual(sample());
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))("accepts the built-in %s with no findings", (_, t) => {
    const { template, findings } = validateTemplate(t);
    expect(findings).toEqual([]);
    expect(template).toStrictEqual(t);
  });

  it("reports an unknown kind against the criterion and its kind field", () => {
    const { template, findings } = validateTemplate(withNode("I.1", (n) => ({ ...n, kind: "tự do" })));
    const f = only(findings, "template.unknown-kind");
    expect(template).toBeNull();
    expect(f.severity).toBe("error");
    expect(f.location).toEqual({ area: "criteria", criterion: "I.1", field: "kind" });
    expect(f.message.vi).toContain("I.1");
    expect(f.message.en).toContain("I.1");
  });

  it.each([
    ["missing", undefined],
    ["negative", -1],
    ["infinite", Infinity],
    ["not a number", NaN],
    ["text", "10"],
  ])("reports a %s max against the criterion", (_, max) => {
    const { template, findings } = validateTemplate(withNode("I.2", (n) => ({ ...n, max })));
    const f = only(findings, "template.invalid-max");
    expect(template).toBeNull();
    expect(f.location).toEqual({ area: "criteria", criterion: "I.2", field: "max" });
    expect(f.message.vi).toContain("I.2");
  });

  it("reports the second use of a code as a duplicate", () => {
    const { findings } = validateTemplate(withNode("I.2", (n) => ({ ...n, code: "I.1" })));
    const f = only(findings, "template.duplicate-code");
    expect(f.severity).toBe("error");
    expect(f.location.criterion).toBe("I.1");
  });

  it("reports a group without children", () => {
    const { template, findings } = validateTemplate(withNode("I", (n) => ({ ...n, children: [] })));
    const f = only(findings, "template.group-without-children");
    expect(template).toBeNull();
    expect(f.location).toEqual({ area: "criteria", criterion: "I", field: "children" });
  });

  it("reports a leaf that has children", () => {
    const child = { code: "I.1.a", title: { vi: "Con" }, kind: "manual", max: 1 };
    const { findings } = validateTemplate(withNode("I.1", (n) => ({ ...n, children: [child] })));
    expect(only(findings, "template.leaf-with-children").location.criterion).toBe("I.1");
  });

  it("reports a direction other than up or down", () => {
    const { findings } = validateTemplate(withNode("I.1", (n) => ({ ...n, kind: "quant_prop", direction: "ngang" })));
    const f = only(findings, "template.invalid-direction");
    expect(f.location).toEqual({ area: "criteria", criterion: "I.1", field: "direction" });
    expect(f.message.en).toContain("ngang");
  });

  it.each([
    ["no points each", undefined],
    ["zero points each", 0],
    ["negative points each", -1],
  ])("reports a per-unit criterion with %s", (_, pointsEach) => {
    const { template, findings } = validateTemplate(withNode("I.1", (n) => ({ ...n, kind: "per_unit", pointsEach })));
    expect(template).toBeNull();
    expect(only(findings, "template.per-unit-without-points").location).toEqual({
      area: "criteria",
      criterion: "I.1",
      field: "pointsEach",
    });
  });

  it.each([0, -0.25])("reports a manual step of %p", (step) => {
    const { findings } = validateTemplate(withNode("I.1", (n) => ({ ...n, step })));
    expect(only(findings, "template.invalid-step").location).toEqual({
      area: "criteria",
      criterion: "I.1",
      field: "step",
    });
  });

  it("reports a manual max that is not a multiple of its step (6 / 4 = 1.5 steps)", () => {
    const { findings } = validateTemplate(withNode("I.1", (n) => ({ ...n, step: 4 })));
    const f = only(findings, "template.max-off-step");
    expect(f.location.criterion).toBe("I.1");
    expect(f.data).toEqual({ max: 6, step: 4 });
  });

  it("accepts a max on the step grid despite binary fractions (0.3 = 3 × 0.1)", () => {
    const t = withNode("I.1", (n) => ({ ...n, max: 0.3, step: 0.1 }));
    expect(validateTemplate(t).findings.filter((f) => f.rule === "template.max-off-step")).toEqual([]);
  });

  it("warns, without refusing, when a group's max is above the sum of its children's max (12 > 6 + 4)", () => {
    const { template, findings } = validateTemplate(withNode("I", (n) => ({ ...n, max: 12 })));
    const f = only(findings, "template.group-max-unreachable");
    expect(f.severity).toBe("warning");
    expect(f.location.criterion).toBe("I");
    expect(f.data).toEqual({ max: 12, sum: 10 });
    expect(template).not.toBeNull();
  });

  it("refuses a section that mixes a bonus line with scored criteria", () => {
    const { template, findings } = validateTemplate(withNode("I.2", (n) => ({ ...n, kind: "bonus" })));
    const f = only(findings, "template.section-mixed");
    expect(template).toBeNull();
    expect(f.severity).toBe("error");
    expect(f.location.criterion).toBe("I");
    expect(f.message.vi).toContain("I.2");
  });

  it("refuses bonus lines when the bonus cap is 0", () => {
    const { template, findings } = validateTemplate({ ...sample(), bonusCap: 0 });
    expect(template).toBeNull();
    expect(only(findings, "template.bonus-without-cap").location.criterion).toBe("B.1");
    expect(findings.filter((f) => f.rule === "template.bonus-section-max")).toEqual([]);
  });

  it("warns when the bonus section's max differs from the bonus cap", () => {
    const { template, findings } = validateTemplate({ ...sample(), bonusCap: 4 });
    const f = only(findings, "template.bonus-section-max");
    expect(f.severity).toBe("warning");
    expect(f.location.criterion).toBe("B");
    expect(template).not.toBeNull();
  });

  it("refuses a template with no scored content", () => {
    const t = sample();
    const { findings } = validateTemplate({ ...t, criteria: t.criteria.slice(1) });
    expect(only(findings, "template.no-content").severity).toBe("error");
  });

  it("takes a template whose subjects are persons, with or without individual titles", () => {
    expect(validateTemplate({ ...sample(), subject: "person" }).template?.subject).toBe("person");
    const titled = validateTemplate({ ...sample(), subject: "person", individualAwards: true }).template;
    expect(titled?.individualAwards).toBe(true);
    const message = validateTemplate({ ...sample(), subject: "people" }).findings[0].message.vi;
    expect(message).toBe(
      'Đối tượng đánh giá (subject) phải là “unit” (đơn vị) hoặc “person” (cá nhân) (đang là "people").',
    );
  });

  it("warns when the template states no legal basis", () => {
    const { template, findings } = validateTemplate({ ...sample(), legalBasis: [] });
    expect(only(findings, "template.no-legal-basis").severity).toBe("warning");
    expect(template).not.toBeNull();
  });

  it.each([
    ["id", "Mẫu Thử", "template.invalid-id"],
    ["id", "mau--thu", "template.invalid-id"],
    ["version", "1.0", "template.invalid-version"],
    ["scale", 0, "template.invalid-scale"],
    ["bonusCap", -5, "template.invalid-bonus-cap"],
    ["periodKind", "week", "template.invalid-period-kind"],
    ["subject", "people", "template.invalid-subject"],
    ["individualAwards", "yes", "template.invalid-subject"],
  ])("reports metadata field %s = %p", (field, value, rule) => {
    const { template, findings } = validateTemplate({ ...sample(), [field]: value });
    expect(template).toBeNull();
    expect(only(findings, rule).location).toEqual({ area: "criteria", field });
  });

  it.each([
    ["a blank number", { number: " ", title: { vi: "Luật" } }],
    ["an impossible date", { number: "Luật số 06/2022/QH15", title: { vi: "Luật" }, date: "2022-02-30" }],
    ["a missing title", { number: "Luật số 06/2022/QH15" }],
  ])("reports a legal basis entry with %s", (_, entry) => {
    const { findings } = validateTemplate({ ...sample(), legalBasis: [entry] });
    expect(only(findings, "template.invalid-legal-basis").location.field).toMatch(/^legalBasis\.0/);
  });

  it("reports template settings whose grade threshold is not a share between 0 and 1", () => {
    const settings = { grades: { thresholds: { HTXSNV: 90, HTTNV: 0.7, HTNV: 0.5 } } };
    const { template, findings } = validateTemplate({ ...sample(), settings });
    expect(template).toBeNull();
    expect(only(findings, "template.invalid-settings").location).toEqual({
      area: "criteria",
      field: "settings.grades.thresholds.HTXSNV",
    });
  });

  it("reports an unsupported field on a criterion by name", () => {
    const { findings } = validateTemplate(withNode("I.1", (n) => ({ ...n, pointEach: 1 })));
    expect(only(findings, "template.unknown-field").location).toEqual({
      area: "criteria",
      criterion: "I.1",
      field: "pointEach",
    });
  });

  it("names a criterion without a code by its position (second child of the first group = #1.2)", () => {
    const { findings } = validateTemplate(withNode("I.2", (n) => ({ ...n, code: undefined })));
    const f = only(findings, "template.invalid-code");
    expect(f.location.criterion).toBe("#1.2");
    expect(f.message.vi).toContain("#1.2");
  });

  it("reports input that is not an object", () => {
    expect(only(validateTemplate(42).findings, "template.not-an-object").severity).toBe("error");
    expect(only(validateTemplate(null).findings, "template.not-an-object").severity).toBe("error");
  });

  it(`refuses a tree deeper than ${MAX_CRITERIA_DEPTH} levels without recursing into it`, () => {
    let node: CriterionNode = { code: "L", title: { vi: "Lá" }, kind: "manual", max: 1 };
    for (let depth = 0; depth < 5000; depth++) {
      node = { code: `G${depth}`, title: { vi: "Nhóm" }, kind: "group", max: 1, children: [node] };
    }
    const { template, findings } = validateTemplate({ ...sample(), criteria: [node] });
    expect(template).toBeNull();
    // The top node G4999 is level 1, so level k holds G(5000 − k); the first level too deep is MAX + 1.
    expect(only(findings, "template.too-deep").location.criterion).toBe(`G${5000 - (MAX_CRITERIA_DEPTH + 1)}`);
  });

  it("never throws on any input, and every finding is bilingual with no zod wording", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const { template, findings } = validateTemplate(input);
        expect(template).toBeNull();
        for (const f of findings) {
          expect(typeof f.message.vi).toBe("string");
          expect(typeof f.message.en).toBe("string");
          expect(f.message.en).not.toMatch(ZOD_PHRASES);
          expect(f.location.area).toBe("criteria");
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never throws when any field of any criterion of a built-in is replaced by anything", () => {
    const fields = ["code", "title", "kind", "max", "step", "direction", "pointsEach", "children", "guide", "extra"];
    fc.assert(
      fc.property(
        fc.constantFrom(...BUILTIN_TEMPLATES),
        fc.nat(),
        fc.constantFrom(...fields),
        fc.anything(),
        (t, pick, field, value) => {
          const copy = structuredClone(t) as unknown as { criteria: Record<string, unknown>[] };
          const nodes: Record<string, unknown>[] = [];
          const walk = (list: Record<string, unknown>[]) =>
            list.forEach((n) => {
              nodes.push(n);
              walk((n.children as Record<string, unknown>[] | undefined) ?? []);
            });
          walk(copy.criteria);
          nodes[pick % nodes.length][field] = value;
          const { template, findings } = validateTemplate(copy);
          if (template === null) expect(findings.some((f) => f.severity === "error")).toBe(true);
          for (const f of findings) expect(f.message.en).not.toMatch(ZOD_PHRASES);
        },
      ),
      { numRuns: 500 },
    );
  });
});
