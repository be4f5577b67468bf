import { checkFormulas } from "../../../src/core/validation/checkFormulas";
import { normaliseFormula } from "../../../src/core/validation/normaliseFormula";

const location = { area: "self" as const, unit: "SNV", criterion: "I" };
const place = () => ({ location, cell: "'Tự chấm'!D5" });
/** A cell that holds a formula (as a host reads it: with or without "="). */
const checkFormula = (expected: string, formula: string) =>
  checkFormulas([{ row: 5, column: 3, place, expected, formula, value: null }]);
/** A cell that holds a constant. */
const check = (expected: string, value: unknown) =>
  checkFormulas([{ row: 5, column: 3, place, expected, formula: null, value }]);

describe("normaliseFormula", () => {
  it.each([
    ["=SUM(D6:D9)", "SUM(D6:D9)"],
    ["= sum( D6 : D9 )", "SUM(D6:D9)"],
    ["=_xlfn.RANK.EQ(A1,A:A)", "RANK.EQ(A1,A:A)"],
    ['=IF(D5="Đạt", 5, 0)', 'IF(D5="Đạt",5,0)'],
    ["='Tự chấm'!d5", "TỰ CHẤM!D5"],
  ])("reduces %j to %j", (formula, expected) => {
    expect(normaliseFormula(formula)).toBe(expected);
  });

  it("treats a sheet name with and without the quotes Excel may drop as the same reference", () => {
    expect(normaliseFormula("='Self'!E5+1")).toBe(normaliseFormula("=Self!E5+1"));
    expect(normaliseFormula("='Tự chấm'!E5")).not.toBe(normaliseFormula("='Tự chấm (2)'!E5"));
  });

  it("keeps spaces and case inside string literals", () => {
    expect(normaliseFormula('=IF(A1="Không đạt",0,1)')).not.toBe(normaliseFormula('=IF(A1="khôngđạt",0,1)'));
    expect(normaliseFormula('=A1&"say ""hi"" "')).toBe('A1&"say ""hi"" "');
  });
});

describe("checkFormulas", () => {
  it("accepts the same formula written differently", () => {
    expect(checkFormula("SUM(D6:D9)", "=sum(D6:D9)")).toEqual([]);
    expect(checkFormula("SUM(D6:D9)", "sum( D6:D9 )")).toEqual([]);
    expect(checkFormula("=_xlfn.RANK.EQ(D5,D:D)", "=RANK.EQ(D5, D:D)")).toEqual([]);
    expect(check("SUM(D6:D9)", { formula: "SUM(D6:D9)", result: 12 })).toEqual([]);
    // Text typed with a leading "=" is taken for the formula it spells.
    expect(check("SUM(D6:D9)", " =SUM(D6:D9)")).toEqual([]);
  });

  it("reports a formula cell overwritten by a number, with a fix that restores it", () => {
    const [f, ...rest] = check("SUM(D6:D9)", 42);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "formula.overwritten",
      severity: "error",
      location,
      fix: { kind: "replace-value", value: "=SUM(D6:D9)" },
      data: { cell: "'Tự chấm'!D5", expected: "=SUM(D6:D9)", found: "42" },
    });
    expect(f.message.vi).toBe(
      "Ô 'Tự chấm'!D5 (bảng tự chấm, đơn vị SNV, tiêu chí I) lẽ ra là công thức nhưng đã bị ghi đè bằng “42”; hãy khôi phục công thức.",
    );
  });

  it("reports a cleared formula cell as overwritten", () => {
    const [f] = check("SUM(D6:D9)", null);
    expect(f).toMatchObject({ rule: "formula.overwritten", data: { found: null } });
    expect(f.message.vi).toContain("đã bị xoá trắng");
  });

  it("reports text that only looks like a formula result as overwritten", () => {
    expect(check("SUM(D6:D9)", "SUM(D6:D9)")[0].rule).toBe("formula.overwritten");
  });

  it("reports a different formula as altered", () => {
    const [f] = checkFormula("SUM(D6:D9)", "SUM(D6:D8)+5");
    expect(f).toMatchObject({
      rule: "formula.altered",
      severity: "error",
      data: { expected: "=SUM(D6:D9)", found: "=SUM(D6:D8)+5" },
    });
    expect(f.message.en).toBe(
      "The formula in cell 'Tự chấm'!D5 (self-scores, unit SNV, criterion I) was changed: expected “=SUM(D6:D9)”, found “=SUM(D6:D8)+5”.",
    );
  });

  it("names only the cells it reports, at their own row and column", () => {
    const asked: [number, number][] = [];
    const where = (row: number, column: number) => {
      asked.push([row, column]);
      return { location, cell: `'Tự chấm'!R${row}C${column + 1}` };
    };
    const findings = checkFormulas([
      { row: 5, column: 4, place: where, expected: "SUM(E6:E9)", formula: "SUM(E6:E9)", value: null },
      { row: 5, column: 5, place: where, expected: "SUM(F6:F9)", formula: "sum( F6:F9 )", value: null },
      { row: 5, column: 6, place: where, expected: "SUM(G6:G9)", formula: null, value: 7 },
    ]);
    expect(asked).toEqual([[5, 6]]);
    expect(findings.map((f) => f.data?.cell)).toEqual(["'Tự chấm'!R5C7"]);
  });

  it("accepts the formula text with or without its leading = on either side", () => {
    expect(checkFormula("=SUM(D6:D9)", "=SUM(D6:D9)")).toEqual([]);
    expect(checkFormula("=SUM(D6:D9)", "SUM(D6:D9)")).toEqual([]);
    expect(checkFormula(" SUM(D6:D9) ", "=SUM(D6:D9)")).toEqual([]);
    expect(checkFormula("SUM(D6:D9)", "SUM(D6:D9)")).toEqual([]);
    expect(checkFormula("SUM(D6:D9)", "SUM(D6:D9)+0")[0].rule).toBe("formula.altered");
  });

  it("reports a formula emptied to nothing as a cleared cell", () => {
    const [f] = checkFormulas([{ row: 5, column: 3, place, expected: "SUM(D6:D9)", formula: "", value: null }]);
    expect(f).toMatchObject({ rule: "formula.overwritten", data: { found: null } });
  });

  it("treats a change inside a string literal as altered", () => {
    expect(checkFormula('IF(D5="Đạt",5,0)', '=IF(D5="Dat",5,0)')[0].rule).toBe("formula.altered");
  });
});
