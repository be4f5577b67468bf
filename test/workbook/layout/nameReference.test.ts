// Defined-name text: read into a sheet and a range, written with quotes and anchors as Excel writes them.

import { formatNameReference, formatTitleRows, parseNameReference } from "../../../src/workbook/layout/nameReference";

describe("parseNameReference", () => {
  it.each([
    ["'Tự chấm'!$D$6:$M$40", { sheet: "Tự chấm", range: "D6:M40" }],
    ["Data!$A$1", { sheet: "Data", range: "A1" }],
    ["'CC O''Brien'!$B$2:$C$2", { sheet: "CC O'Brien", range: "B2:C2" }],
    ["='Số liệu'!B3:C4", { sheet: "Số liệu", range: "B3:C4" }],
    ["'Tự chấm'!$a:$c", { sheet: "Tự chấm", range: "A:C" }],
    ["Data!$1:$4", { sheet: "Data", range: "1:4" }],
  ])("reads %s as one sheet and range", (text, expected) => {
    expect(parseNameReference(text)).toEqual(expected);
  });

  it.each([
    ["#REF!"],
    ["'Tự chấm'!#REF!"],
    ["=#REF!$A$1"],
    ["'Tự chấm'!$A$1,'Tự chấm'!$C$3"],
    ["Sheet1:Sheet3!$A$1"],
    ["[1]Data!$A$1"],
    ["0.5"],
    ["SUM(Data!$A$1:$A$3)"],
    [""],
  ])("reads %s as broken", (text) => {
    expect(parseNameReference(text)).toBeNull();
  });
});

describe("formatNameReference", () => {
  it("anchors the range and quotes sheet names that need it", () => {
    expect(formatNameReference("Tự chấm", "D6:M40")).toBe("'Tự chấm'!$D$6:$M$40");
    expect(formatNameReference("CC O'Brien", "$B$2:$C$2")).toBe("'CC O''Brien'!$B$2:$C$2");
    expect(formatNameReference("Data", "A1:A1")).toBe("Data!$A$1");
    expect(formatNameReference("AB1", "A1")).toBe("'AB1'!$A$1");
  });

  it("reads back what it writes", () => {
    const text = formatNameReference("Xếp hạng (2)", "C5:C64");
    expect(parseNameReference(text)).toEqual({ sheet: "Xếp hạng (2)", range: "C5:C64" });
  });
});

describe("formatTitleRows", () => {
  it("anchors a row span, and takes one row for a single number", () => {
    expect(formatTitleRows("Tự chấm", "1:4")).toBe("'Tự chấm'!$1:$4");
    expect(formatTitleRows("Data", "3")).toBe("Data!$3:$3");
  });
});
