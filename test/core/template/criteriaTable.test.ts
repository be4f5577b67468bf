import { BUILTIN_TEMPLATES } from "../../../src/core/template/builtinTemplates";
import {
  CRITERIA_COLUMN_INDEX,
  CRITERIA_TABLE_COLUMNS,
  criteriaTableHeader,
  KIND_LABELS,
} from "../../../src/core/template/criteriaTableColumns";
import { flattenTemplate } from "../../../src/core/template/flattenTemplate";
import {
  templateFromCriteriaTable,
  type CriteriaTableMeta,
} from "../../../src/core/template/templateFromCriteriaTable";
import { templateToCriteriaTable } from "../../../src/core/template/templateToCriteriaTable";
import type { Template } from "../../../src/core/template/templateTypes";
import type { Finding } from "../../../src/core/findings/findingTypes";

const metaOf = (t: Template): CriteriaTableMeta => {
  const { criteria: _criteria, ...meta } = t;
  return meta;
};

const META: CriteriaTableMeta = {
  id: "mau-cua-cum",
  version: "1.0.0",
  title: { vi: "Mẫu của cụm" },
  scale: 100,
  bonusCap: 5,
  periodKind: "year",
  legalBasis: [{ number: "Luật số 06/2022/QH15", title: { vi: "Luật Thi đua, khen thưởng" } }],
};

/** A table row from named cells; unnamed columns are blank. */
function row(cells: Partial<Record<(typeof CRITERIA_TABLE_COLUMNS)[number], unknown>>): unknown[] {
  return CRITERIA_TABLE_COLUMNS.map((id) => cells[id] ?? null);
}

/** A valid small table: group I (6 + 4 = 10), bonus section B, deduction section D. */
function validRows(): unknown[][] {
  return [
    row({ level: 1, code: "I", titleVi: "Nhóm một", kind: "Nhóm", max: 10 }),
    row({ level: 2, code: "I.1", titleVi: "Chấm điểm", kind: "Chấm điểm", max: 6 }),
    row({ level: 2, code: "I.2", titleVi: "Đạt hay không", kind: "Đạt/Không đạt", max: 4 }),
    row({ level: 1, code: "B", titleVi: "Điểm thưởng", kind: "Nhóm", max: 5 }),
    row({ level: 2, code: "B.1", titleVi: "Cờ thi đua", kind: "Điểm thưởng", max: 5, evidenceRequired: "x" }),
    row({ level: 1, code: "D", titleVi: "Điểm trừ", kind: "Nhóm", max: 0 }),
    row({ level: 2, code: "D.1", titleVi: "Chậm báo cáo", kind: "Điểm trừ", max: 2, evidenceRequired: "x" }),
  ];
}

function only(findings: Finding[], rule: string): Finding {
  const matching = findings.filter((f) => f.rule === rule);
  expect(matching).toHaveLength(1);
  return matching[0];
}

describe("criteria table columns", () => {
  it("has thirteen columns in sheet order with headers in both languages", () => {
    expect(CRITERIA_TABLE_COLUMNS).toEqual([
      "level",
      "code",
      "titleVi",
      "titleEn",
      "kind",
      "max",
      "step",
      "direction",
      "pointsEach",
      "evidenceRequired",
      "floorExempt",
      "guideVi",
      "guideEn",
    ]);
    expect(criteriaTableHeader("vi").slice(0, 6)).toEqual([
      "Cấp",
      "Mã",
      "Tên tiêu chí",
      "Tên tiêu chí (tiếng Anh)",
      "Loại",
      "Điểm tối đa",
    ]);
    expect(criteriaTableHeader("en")[5]).toBe("Max points");
  });
});

describe("templateToCriteriaTable", () => {
  const t = BUILTIN_TEMPLATES.find((x) => x.id === "cum-xa-phuong")!;
  const cell = (rows: unknown[][], code: string, column: keyof typeof CRITERIA_COLUMN_INDEX) =>
    rows.find((r) => r[CRITERIA_COLUMN_INDEX.code] === code)![CRITERIA_COLUMN_INDEX[column]];

  it("writes one row per node in template order, level 1 at the top", () => {
    const rows = templateToCriteriaTable(flattenTemplate(t), "vi");
    expect(rows).toHaveLength(flattenTemplate(t).rows.length);
    expect(rows[0]).toEqual([
      1,
      "I",
      "Thực hiện các chỉ tiêu phát triển kinh tế – xã hội được giao",
      "Socio-economic development targets assigned",
      "Nhóm",
      400,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(rows[1].slice(0, 2)).toEqual([2, "I.1"]);
  });

  it("writes kinds as labels in the language, directions as arrows, flags as x and unused fields blank", () => {
    const vi = templateToCriteriaTable(flattenTemplate(t), "vi");
    const en = templateToCriteriaTable(flattenTemplate(t), "en");
    expect(cell(vi, "I.1", "kind")).toBe("Định lượng (so với dẫn đầu)");
    expect(cell(en, "I.1", "kind")).toBe("Quantitative (vs leader)");
    expect(cell(vi, "I.1", "floorExempt")).toBe("x");
    expect(cell(vi, "I.3", "direction")).toBe("↓");
    expect(cell(vi, "I.2", "direction")).toBe("↑");
    expect(cell(vi, "II.1", "step")).toBe(0.5);
    expect(cell(vi, "II.1", "direction")).toBeNull();
    expect(cell(vi, "II.3", "pointsEach")).toBe(5);
    expect(cell(vi, "II.3", "step")).toBeNull();
    expect(cell(vi, "VI.1", "kind")).toBe("Đạt/Không đạt");
    expect(cell(vi, "VI.1", "evidenceRequired")).toBe("x");
    expect(cell(vi, "II.1", "evidenceRequired")).toBeNull();
    // Bonus and deduction lines always require evidence (flattenTemplate's default).
    expect(cell(en, "B.1", "evidenceRequired")).toBe("x");
    expect(cell(en, "D.1", "kind")).toBe("Deduction");
    expect(cell(vi, "D.1", "guideVi")).toBe("Trừ 8 điểm.");
    expect(cell(vi, "D.1", "guideEn")).toBe("Deduct 8 points.");
  });
});

describe("templateFromCriteriaTable", () => {
  it.each(BUILTIN_TEMPLATES.flatMap((t) => (["vi", "en"] as const).map((lang) => [t.id, lang, t] as const)))(
    "reads back %s written in %s as the same template",
    (_, lang, t) => {
      const rows = templateToCriteriaTable(flattenTemplate(t), lang);
      const { template, findings } = templateFromCriteriaTable(rows, metaOf(t));
      expect(findings).toEqual([]);
      expect(template).toStrictEqual(t);
    },
  );

  it("reads Vietnamese labels, words for directions and numbers written with a decimal comma", () => {
    const rows = [
      row({ level: "1", code: "I", titleVi: "Nhóm một", kind: "nhóm", max: "10" }),
      row({ level: 2, code: "I.1", titleVi: "Chấm điểm", kind: "Chấm điểm", max: "4,5", step: "0,5" }),
      row({ level: 2, code: "I.2", titleVi: "Đạt hay không", kind: "Đạt / Không đạt", max: 1 }),
      row({ level: 2, code: "I.3", titleVi: "Tỷ lệ hộ nghèo", kind: "Định lượng (tỷ lệ)", max: 2, direction: "giảm" }),
      row({ level: 2, code: "I.4", titleVi: "Mô hình mới", kind: "Theo số lượng", max: "2,5", pointsEach: "0,5" }),
      row({ level: 1, code: "B", titleVi: "Điểm thưởng", kind: "Nhóm", max: 5 }),
      row({ level: 2, code: "B.1", titleVi: "Cờ thi đua", kind: "Điểm thưởng", max: 5, evidenceRequired: "X" }),
    ];
    const { template, findings } = templateFromCriteriaTable(rows, META);
    expect(findings).toEqual([]);
    const group = template!.criteria[0];
    // 4.5 + 1 + 2 + 2.5 = 10
    expect(group.children).toEqual([
      { code: "I.1", title: { vi: "Chấm điểm" }, kind: "manual", max: 4.5, step: 0.5 },
      { code: "I.2", title: { vi: "Đạt hay không" }, kind: "qual", max: 1 },
      { code: "I.3", title: { vi: "Tỷ lệ hộ nghèo" }, kind: "quant_prop", max: 2, direction: "down" },
      { code: "I.4", title: { vi: "Mô hình mới" }, kind: "per_unit", max: 2.5, pointsEach: 0.5 },
    ]);
    expect(template!.criteria[1].children![0]).toEqual({
      code: "B.1",
      title: { vi: "Cờ thi đua" },
      kind: "bonus",
      max: 5,
    });
  });

  it("reads kinds given by id or English label, and directions as up/down or arrows", () => {
    const rows = [
      row({ level: 1, code: "I", titleVi: "Nhóm một", kind: "group", max: 10 }),
      row({ level: 2, code: "I.1", titleVi: "Doanh thu", kind: "quant_leader", max: 4 }),
      row({
        level: 2,
        code: "I.2",
        titleVi: "Tai nạn",
        kind: "Quantitative (proportional)",
        max: 3,
        direction: "Down",
      }),
      row({ level: 2, code: "I.3", titleVi: "Giao ước", kind: "pass/fail", max: 3, direction: "↑" }),
    ];
    const { template, findings } = templateFromCriteriaTable(rows, META);
    expect(findings).toEqual([]);
    expect(template!.criteria[0].children!.map((c) => [c.kind, c.direction])).toEqual([
      ["quant_leader", undefined],
      ["quant_prop", "down"],
      ["qual", undefined],
    ]);
  });

  it("reads numbers typed as text with units or spaces, and refuses 1.000, which reads two ways", () => {
    const rows = validRows();
    rows[1][CRITERIA_COLUMN_INDEX.max] = "6 điểm";
    rows[2][CRITERIA_COLUMN_INDEX.max] = " 4 ";
    expect(templateFromCriteriaTable(rows, META).template!.criteria[0].children!.map((c) => c.max)).toEqual([6, 4]);

    rows[0][CRITERIA_COLUMN_INDEX.max] = "1.000";
    const { template, findings } = templateFromCriteriaTable(rows, META);
    expect(template).toBeNull();
    const f = only(findings, "criteria-table.number-ambiguous");
    expect(f.location).toMatchObject({ row: 0, field: "max", criterion: "I" });
    expect(f.message.vi).toContain("1.000 hoặc 1");
    expect(f.message.en).toContain("1,000 or 1");
  });

  it("skips a leading header row and blank rows", () => {
    const rows = [criteriaTableHeader("vi"), row({}), ...validRows(), ["", "  ", null]];
    const { template, findings } = templateFromCriteriaTable(rows, META);
    expect(findings).toEqual([]);
    expect(template!.criteria.map((n) => n.code)).toEqual(["I", "B", "D"]);
  });

  it("refuses an empty table", () => {
    const { template, findings } = templateFromCriteriaTable([row({})], META);
    expect(template).toBeNull();
    expect(only(findings, "criteria-table.empty").severity).toBe("error");
  });

  it.each([
    ["a level that is not a whole number", 1, { level: "hai" }, "criteria-table.level-invalid", "level"],
    ["a level that skips one", 1, { level: 3 }, "criteria-table.level-jump", "level"],
    ["a blank code", 2, { code: "" }, "criteria-table.code-missing", "code"],
    ["a blank title", 2, { titleVi: " " }, "criteria-table.title-missing", "titleVi"],
    ["an unknown kind", 1, { kind: "Tự do" }, "criteria-table.kind-unknown", "kind"],
    ["a max that is not a number", 1, { max: "sáu" }, "criteria-table.number-invalid", "max"],
    ["a blank max", 1, { max: null }, "criteria-table.number-missing", "max"],
    ["a step that is not a number", 1, { step: "0,5đ/lần" }, "criteria-table.number-invalid", "step"],
    ["an unknown direction", 1, { direction: "ngang" }, "criteria-table.direction-unknown", "direction"],
    ["a flag other than x", 1, { floorExempt: "có lẽ" }, "criteria-table.flag-invalid", "floorExempt"],
    [
      "an English guide without a Vietnamese one",
      1,
      { guideEn: "Score it" },
      "criteria-table.guide-without-vietnamese",
      "guideVi",
    ],
  ])("reports %s against its row", (_, index, change, rule, field) => {
    const rows = validRows();
    for (const [column, value] of Object.entries(change)) {
      rows[index][CRITERIA_COLUMN_INDEX[column as keyof typeof CRITERIA_COLUMN_INDEX]] = value;
    }
    const { template, findings } = templateFromCriteriaTable(rows, META);
    expect(template).toBeNull();
    const f = only(findings, rule);
    expect(f.severity).toBe("error");
    expect(f.location).toMatchObject({ area: "criteria", row: index, field });
    // Rows are counted from 1 in messages.
    expect(f.message.vi).toContain(`Dòng ${index + 1}`);
    expect(f.message.en).toContain(`Row ${index + 1}`);
  });

  it("reports a row's problem once, not again through the schema", () => {
    const rows = validRows();
    rows[1][CRITERIA_COLUMN_INDEX.kind] = "Tự do";
    const { findings } = templateFromCriteriaTable(rows, META);
    expect(findings.map((f) => f.rule)).toEqual(["criteria-table.kind-unknown"]);
  });

  it("gives the schema's findings the row of the criterion they name", () => {
    const rows = validRows();
    rows[1][CRITERIA_COLUMN_INDEX.max] = "-6";
    const { template, findings } = templateFromCriteriaTable(rows, META);
    expect(template).toBeNull();
    expect(only(findings, "template.invalid-max").location).toMatchObject({ criterion: "I.1", row: 1 });
  });

  it("reports a duplicate code against the second row that uses it", () => {
    const rows = validRows();
    rows[2][CRITERIA_COLUMN_INDEX.code] = "I.1";
    const { template, findings } = templateFromCriteriaTable(rows, META);
    expect(template).toBeNull();
    expect(only(findings, "template.duplicate-code").location).toMatchObject({ criterion: "I.1", row: 2 });
  });

  it("keeps warnings from the schema without refusing the template", () => {
    const rows = validRows();
    rows[0][CRITERIA_COLUMN_INDEX.max] = 12;
    const { template, findings } = templateFromCriteriaTable(rows, META);
    expect(template).not.toBeNull();
    expect(only(findings, "template.group-max-unreachable").location).toMatchObject({ criterion: "I", row: 0 });
  });

  it("labels every kind in both languages distinctly, so that each label reads back as its kind", () => {
    for (const lang of ["vi", "en"] as const) {
      const labels = Object.values(KIND_LABELS).map((l) => l[lang]);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});
