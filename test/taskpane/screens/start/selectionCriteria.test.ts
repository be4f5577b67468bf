// A criteria table read from the selection: the core's reading with the scale and bonus cap the table implies, and
// findings placed on the cells of the selection's sheet.
import { BUILTIN_TEMPLATES } from "../../../../src/core/template/builtinTemplates";
import { CRITERIA_TABLE_COLUMNS, criteriaTableHeader } from "../../../../src/core/template/criteriaTableColumns";
import { flattenTemplate } from "../../../../src/core/template/flattenTemplate";
import { templateToCriteriaTable } from "../../../../src/core/template/templateToCriteriaTable";
import { criteriaFromSelection, OWN_TEMPLATE_ID } from "../../../../src/taskpane/screens/start/selectionCriteria";
import type { RangeRead } from "../../../../src/workbook/host/hostTypes";
import type { CellValue } from "../../../../src/workbook/plan/planTypes";

const TITLE = { vi: "Bảng tiêu chí riêng", en: "Own criteria table" };

function row(cells: Partial<Record<(typeof CRITERIA_TABLE_COLUMNS)[number], CellValue>>): CellValue[] {
  return CRITERIA_TABLE_COLUMNS.map((id) => cells[id] ?? null);
}

/** Group I (6 + 4 = 10 points), a bonus section B of 5, a deduction section D. */
function ownRows(): CellValue[][] {
  return [
    criteriaTableHeader("vi"),
    row({ level: 1, code: "I", titleVi: "Công tác chuyên môn", kind: "Nhóm", max: 10 }),
    row({ level: 2, code: "I.1", titleVi: "Kế hoạch năm", kind: "Chấm điểm", max: 6 }),
    row({ level: 2, code: "I.2", titleVi: "Báo cáo đúng hạn", kind: "Đạt/Không đạt", max: 4 }),
    row({ level: 1, code: "B", titleVi: "Điểm thưởng", kind: "Nhóm", max: 5 }),
    row({ level: 2, code: "B.1", titleVi: "Cờ thi đua", kind: "Điểm thưởng", max: 5, evidenceRequired: "x" }),
    row({ level: 1, code: "D", titleVi: "Điểm trừ", kind: "Nhóm", max: 0 }),
    row({ level: 2, code: "D.1", titleVi: "Chậm báo cáo", kind: "Điểm trừ", max: 2, evidenceRequired: "x" }),
  ];
}

const read = (values: CellValue[][], range: string, sheet = "Bảng của tôi"): RangeRead => ({
  sheet,
  range,
  values,
  formulas: [],
});

describe("criteriaFromSelection", () => {
  it("reads a table with its header into a template whose scale is its content and cap its bonus section", () => {
    const result = criteriaFromSelection(read(ownRows(), "B3:N10"), TITLE);
    expect(result).toMatchObject({ findings: [], source: "'Bảng của tôi'!B3:N10" });
    if ("problem" in result) throw new Error("read as a problem");
    const template = result.template!;
    expect(template).toMatchObject({ id: OWN_TEMPLATE_ID, title: TITLE, scale: 10, bonusCap: 5, legalBasis: [] });
    expect(template.criteria.map((c) => [c.code, c.kind, c.max, c.children?.map((k) => k.code)])).toEqual([
      ["I", "group", 10, ["I.1", "I.2"]],
      ["B", "group", 5, ["B.1"]],
      ["D", "group", 0, ["D.1"]],
    ]);
  });

  it("reads a built-in's table as copied from an injected Tiêu chí sheet back into the same criteria", () => {
    const builtin = BUILTIN_TEMPLATES[0];
    const rows = [criteriaTableHeader("vi"), ...templateToCriteriaTable(flattenTemplate(builtin), "vi")];
    const result = criteriaFromSelection(read(rows as CellValue[][], `A1:M${rows.length}`), TITLE);
    if ("problem" in result) throw new Error("read as a problem");
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.template!.criteria).toEqual(builtin.criteria);
    expect(result.template!.scale).toBe(flattenTemplate(builtin).contentMax);
  });

  it("places each finding on its cell of the selection's sheet and gives no template", () => {
    const rows = ownRows();
    rows[2][4] = "Không rõ"; // I.1's kind, sheet row 3 + 2 = 5, column B + 4 = F
    rows[3][0] = 5; // I.2 jumps from level 2 to 5: sheet row 6, column B (level)
    const result = criteriaFromSelection(read(rows, "B3:N10"), TITLE);
    if ("problem" in result) throw new Error("read as a problem");
    expect(result.template).toBeNull();
    const placed = result.findings.map((f) => [f.rule, f.cell, f.at]);
    expect(placed).toEqual(
      expect.arrayContaining([
        ["criteria-table.kind-unknown", "'Bảng của tôi'!F5", { sheet: "Bảng của tôi", cell: "F5" }],
        ["criteria-table.level-jump", "'Bảng của tôi'!B6", { sheet: "Bảng của tôi", cell: "B6" }],
      ]),
    );
    expect(result.findings.every((f) => f.severity !== "error" || f.cell !== null)).toBe(true);
  });

  it("places a finding about the tree on the code cell of the row it names", () => {
    const rows = ownRows().slice(0, 4);
    rows[3][1] = "I.1"; // a second I.1: sheet row 1 + 3 = 4, column A + 1 = B
    const result = criteriaFromSelection(read(rows, "A1:M4", "Sheet1"), TITLE);
    if ("problem" in result) throw new Error("read as a problem");
    const duplicate = result.findings.find((f) => f.rule === "template.duplicate-code");
    expect(duplicate?.cell).toBe("Sheet1!B4");
  });

  it("calls an empty selection and a single cell what they are", () => {
    expect(criteriaFromSelection(read([], "C3"), TITLE)).toEqual({ problem: "empty" });
    expect(criteriaFromSelection(read([["Cấp"]], "C3"), TITLE)).toEqual({ problem: "single-cell" });
  });
});
