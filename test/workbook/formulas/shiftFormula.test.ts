// Shared formulas: each follower cell's text is the origin's formula moved as Excel moves it when filling.

import fc from "fast-check";
import { shiftFormula } from "../../../src/workbook/formulas/shiftFormula";
import { columnLetter } from "../../../src/workbook/layout/cellAddress";

describe("shiftFormula", () => {
  it("moves relative references and keeps anchored parts", () => {
    expect(shiftFormula("A1+$B1+C$1+$D$1", 2, 1)).toBe("B3+$B3+D$1+$D$1");
  });

  it("moves both ends of a range, whole-column and whole-row ranges included", () => {
    expect(shiftFormula("SUM(D6:M6)+SUM(A:B)+SUM(3:4)+SUM($A:A)", 1, 2)).toBe("SUM(F7:O7)+SUM(C:D)+SUM(4:5)+SUM($A:C)");
  });

  it("leaves text in quotes alone, even when it looks like a reference", () => {
    expect(shiftFormula('IF(A1="B2","A1 ""C3""",A1)', 1, 0)).toBe('IF(A2="B2","A1 ""C3""",A2)');
  });

  it("moves references on other sheets, quoted or not, but not the sheet names", () => {
    expect(shiftFormula("'Tự chấm'!D6+Data!B2+'O''Brien A1'!C3+AB1!A1", 1, 1)).toBe(
      "'Tự chấm'!E7+Data!C3+'O''Brien A1'!D4+AB1!B2",
    );
  });

  it("leaves functions, defined names, numbers and booleans alone", () => {
    expect(shiftFormula("LOG10(A1)+ATAN2(B1,1.5E+3)+SUM(TD_Self)+TRUE+_xlfn.RANK.EQ(A1,A$1:A$9)", 1, 0)).toBe(
      "LOG10(A2)+ATAN2(B2,1.5E+3)+SUM(TD_Self)+TRUE+_xlfn.RANK.EQ(A2,A$1:A$9)",
    );
  });

  it("leaves structured references in brackets alone", () => {
    expect(shiftFormula("SUM(Table1[[#This Row],[A1]])+A1", 1, 0)).toBe("SUM(Table1[[#This Row],[A1]])+A2");
  });

  it("gives #REF! for a reference moved off the sheet", () => {
    expect(shiftFormula("A1+XFD1", 0, 1)).toBe("B1+#REF!");
    expect(shiftFormula("A1048576", 1, 0)).toBe("#REF!");
  });

  it("moving there and back gives the formula again while nothing falls off the sheet", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 20 }),
        fc.boolean(),
        fc.boolean(),
        (row, column, absRow, absColumn) => {
          const ref = `${absColumn ? "$" : ""}${columnLetter(1 + column)}${absRow ? "$" : ""}${row + 2}`;
          const formula = `SUM(${ref}:Z99)*2+"${ref}"`;
          expect(shiftFormula(shiftFormula(formula, 1, 1), -1, -1)).toBe(formula);
        },
      ),
    );
  });
});
