import { CRITERIA_COLUMN_INDEX as COL, criteriaTableHeader } from "../../../src/core/template/criteriaTableColumns";
import { templateToCriteriaTable } from "../../../src/core/template/templateToCriteriaTable";
import { checkCriteriaUnchanged } from "../../../src/core/validation/checkCriteriaUnchanged";
import { sampleFlat } from "./fixtures/validationFixtures";

const flat = sampleFlat();
// Rows: 0 I · 1 1.1 manual 10 · 2 1.2 qual · 3 1.3 quant_prop ↑ · 4 1.4 per_unit (2 each) · 5 1.5 · 6 1.6 step 4 ·
// 7 T.1 · 8 T.2 · 9 D.1 · 10 D.2
const table = () => templateToCriteriaTable(flat, "vi") as unknown[][];

function tamper(rowIndex: number, column: keyof typeof COL, value: unknown) {
  const t = table();
  t[rowIndex][COL[column]] = value;
  return checkCriteriaUnchanged(flat, t);
}

describe("checkCriteriaUnchanged", () => {
  it("finds nothing in the table as injected, in either language, with or without its header", () => {
    expect(checkCriteriaUnchanged(flat, table())).toEqual([]);
    expect(checkCriteriaUnchanged(flat, templateToCriteriaTable(flat, "en") as unknown[][])).toEqual([]);
    expect(checkCriteriaUnchanged(flat, [criteriaTableHeader("vi"), ...table()])).toEqual([]);
  });

  it("accepts kind and direction written as ids, and edited titles, guides and flags", () => {
    const t = table();
    t[1][COL.kind] = "manual";
    t[3][COL.direction] = "up";
    t[1][COL.titleVi] = "Tên mới";
    t[1][COL.evidenceRequired] = "x";
    expect(checkCriteriaUnchanged(flat, t)).toEqual([]);
  });

  it.each<[string, number, keyof typeof COL, unknown, string | number]>([
    ["a changed code", 1, "code", "1.1a", "1.1"],
    ["a changed level (moved under another node)", 2, "level", 3, 2],
    ["a changed kind", 1, "kind", "Điểm thưởng", "manual"],
    ["a raised max", 1, "max", 20, 10],
    ["a blanked max", 1, "max", null, 10],
    ["a changed step", 6, "step", 1, 4],
    ["a flipped direction", 3, "direction", "↓", "up"],
    ["a changed points each", 4, "pointsEach", 5, 2],
  ])("reports %s with row, field, expected and found", (_name, rowIndex, field, value, expected) => {
    const findings = tamper(rowIndex, field, value);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "criteria.tampered",
      severity: "error",
      location: { area: "criteria", row: rowIndex, criterion: flat.rows[rowIndex].code, field },
      data: { field, expected },
    });
  });

  it("words the finding for the secretariat", () => {
    const [f] = tamper(1, "max", 20);
    expect(f.message.vi).toBe(
      "Bảng tiêu chí đã bị sửa ở dòng 2 (tiêu chí 1.1), cột điểm tối đa: lẽ ra “10”, nay là “20”.",
    );
    expect(f.message.en).toBe(
      "The criteria table was changed at row 2 (criterion 1.1), max points: expected “10”, found “20”.",
    );
  });

  it("reads a blank step as the default 0.25 on a manual row", () => {
    // 1.1 has the default step 0.25: a blank cell is the same; 1.6 has step 4: a blank cell is not.
    expect(tamper(1, "step", null)).toEqual([]);
    expect(tamper(6, "step", null)).toHaveLength(1);
  });

  it("reports a changed row count", () => {
    const t = table();
    t.pop();
    expect(checkCriteriaUnchanged(flat, t)).toEqual([
      expect.objectContaining({
        rule: "criteria.tampered",
        location: { area: "criteria", field: "rows" },
        data: { field: "rows", expected: 11, found: 10 },
      }),
    ]);
  });

  it("reports swapped rows as reordered", () => {
    const t = table();
    [t[1], t[2]] = [t[2], t[1]];
    const findings = checkCriteriaUnchanged(flat, t);
    expect(findings.map((f) => [f.location.row, f.location.field, f.location.criterion])).toEqual([
      [1, "order", "1.2"],
      [2, "order", "1.1"],
    ]);
    expect(findings[0].message.vi).toBe("Bảng tiêu chí đã bị đổi thứ tự: tiêu chí 1.2 nằm ở dòng 2, lẽ ra ở dòng 3.");
  });
});
