// What a plan cell becomes in the formulas array Office.js writes: formulas with "=" and bare function names,
// numbers and booleans as they are, blanks as "", and text Excel would reinterpret behind an apostrophe.

import { cellInput, needsQuotePrefix } from "../../../src/hosts/office/cellInput";
import { officeFormula } from "../../../src/hosts/office/officeFormula";

describe("text Excel would read as something else", () => {
  it.each([
    '=HYPERLINK("x")',
    "+1",
    "-2",
    "@SUM(A1)",
    "'quoted",
    "1.1",
    "2026",
    " 12",
    ".5",
    "(5)",
    "#N/A",
    "50%",
    "$5",
    "TRUE",
    "false",
    "Sai",
    "Jan 5",
    "March-2026",
  ])("protects %j", (text) => {
    expect(needsQuotePrefix(text)).toBe(true);
  });

  it.each(["Mã", "Đạt", "Không đạt", "Phường Đông", "Xã số 1", "U1", "Tổng", "Biên bản 12/BB", "Mayor's office"])(
    "leaves %j as it is",
    (text) => {
      expect(needsQuotePrefix(text)).toBe(false);
    },
  );
});

describe("a plan cell as an entry of the formulas array", () => {
  it("writes a formula with its leading = and without the _xlfn. prefix", () => {
    expect(cellInput({ f: "_xlfn.RANK.EQ(B4,B4:C4)" }, false)).toBe("=RANK.EQ(B4,B4:C4)");
  });

  it("writes numbers and booleans as they are and a blank as an empty string", () => {
    expect(cellInput({ v: 8.5 }, false)).toBe(8.5);
    expect(cellInput({ v: false }, false)).toBe(false);
    expect(cellInput({ v: null }, false)).toBe("");
    expect(cellInput({ s: "text" }, false)).toBe("");
  });

  it("puts an apostrophe before text Excel would parse, and doubles one the text starts with", () => {
    expect(cellInput({ v: "=1+1" }, false)).toBe("'=1+1");
    expect(cellInput({ v: "'quoted" }, false)).toBe("''quoted");
    expect(cellInput({ v: "Đạt" }, false)).toBe("Đạt");
  });

  it("writes text verbatim into a cell with the Text format, where Excel parses nothing", () => {
    expect(cellInput({ v: "=1+1" }, true)).toBe("=1+1");
  });

  it("refuses a number Excel can't hold, as a bug in the plan", () => {
    expect(() => cellInput({ v: Number.NaN }, false)).toThrow(/non-finite/);
  });
});

describe("formulas for Office.js", () => {
  it("drops _xlfn. and _xlws. prefixes, also when stacked", () => {
    expect(officeFormula("_xlfn._xlws.SORT(A1:A3)")).toBe("=SORT(A1:A3)");
    expect(officeFormula("=IFERROR(_xlfn.STDEV.S(A1:A3),0)")).toBe("=IFERROR(STDEV.S(A1:A3),0)");
  });

  it("keeps text in quotes and quoted sheet names untouched", () => {
    expect(officeFormula("IF(A1=\"_xlfn.X\",'_xlfn.Sheet'!A1,0)")).toBe("=IF(A1=\"_xlfn.X\",'_xlfn.Sheet'!A1,0)");
  });

  it("leaves names that only end like a prefix alone", () => {
    expect(officeFormula("TD_xlfn.A+1")).toBe("=TD_xlfn.A+1");
  });
});
