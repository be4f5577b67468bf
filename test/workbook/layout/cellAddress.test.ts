import {
  columnIndex,
  columnLetter,
  parseRange,
  quoteSheetName,
  rangeAddress,
  rowRuns,
  sheetReference,
} from "../../../src/workbook/layout/cellAddress";

describe("A1 addresses", () => {
  it("spells columns past Z with two and three letters", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
    expect(["A", "z", "AA", "ZZ", "AAA"].map(columnIndex)).toEqual([0, 25, 26, 701, 702]);
    expect(columnIndex("A1")).toBe(-1);
  });

  it("reads ranges with or without anchors and refuses anything else", () => {
    expect(parseRange("$E$7:$N$40")).toEqual({ row: 7, column: 4, rows: 34, columns: 10 });
    expect(parseRange("B3")).toEqual({ row: 3, column: 1, rows: 1, columns: 1 });
    expect(parseRange("#REF!")).toBeNull();
    expect(parseRange("A0")).toBeNull();
    expect(rangeAddress({ row: 5, column: 4, rows: 2, columns: 3 })).toBe("E5:G6");
  });

  it("quotes sheet names the way Excel needs them", () => {
    expect(quoteSheetName("Self")).toBe("Self");
    expect(quoteSheetName("Tự chấm")).toBe("'Tự chấm'");
    expect(quoteSheetName("AB12")).toBe("'AB12'");
    expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
    expect(sheetReference("Số liệu", "E7")).toBe("'Số liệu'!E7");
  });

  it("joins consecutive columns of a row into ranges", () => {
    // columns 4, 5, 6 are E:G, 9 is J
    expect(rowRuns(30, [9, 4, 6, 5])).toEqual(["E30:G30", "J30"]);
  });
});
