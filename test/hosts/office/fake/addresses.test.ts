// A1 addressing in the fake: parsing edge cases, whole rows and columns, and sheet names quoted as Excel quotes them.

import { columnIndex, columnName, formatArea, parseReference, quoteSheetName } from "../../../fakes/excel/a1Address";
import { createFakeExcel } from "../../../fakes/excel/createFakeExcel";

describe("A1 references", () => {
  it("numbers columns A=0, Z=25, AA=26, XFD=16383", () => {
    // AA = 1·26 + 1 = 27th column; XFD = 24·676 + 6·26 + 4 = 16384th column.
    expect([columnIndex("A"), columnIndex("Z"), columnIndex("AA"), columnIndex("XFD")]).toEqual([0, 25, 26, 16383]);
    expect([columnName(0), columnName(25), columnName(26), columnName(16383)]).toEqual(["A", "Z", "AA", "XFD"]);
  });

  it("reads AA10 as row 9, column 26", () => {
    expect(parseReference("AA10")?.rect).toEqual({ row: 9, col: 26, rows: 1, cols: 1 });
  });

  it("reads $ anchors and keeps them apart from the cells", () => {
    const parsed = parseReference("$B$2:D$10");
    expect(parsed?.rect).toEqual({ row: 1, col: 1, rows: 9, cols: 3 });
    expect(parsed?.anchors).toEqual({ startCol: true, startRow: true, endCol: false, endRow: true });
  });

  it("reads whole columns and whole rows", () => {
    expect(parseReference("A:C")?.rect).toEqual({ row: 0, col: 0, rows: 1048576, cols: 3 });
    expect(parseReference("2:5")?.rect).toEqual({ row: 1, col: 0, rows: 4, cols: 16384 });
  });

  it("puts reversed corners in order", () => {
    expect(parseReference("D10:B2")?.rect).toEqual({ row: 1, col: 1, rows: 9, cols: 3 });
  });

  it("reads a quoted Vietnamese sheet name with a doubled apostrophe", () => {
    const parsed = parseReference("'Tự chấm của ''Đơn vị'''!$B$3:$K$20");
    expect(parsed?.sheet).toBe("Tự chấm của 'Đơn vị'");
    expect(parsed?.rect).toEqual({ row: 2, col: 1, rows: 18, cols: 10 });
  });

  it("refuses malformed references", () => {
    for (const bad of ["", "A", "A0", "XFE1", "A1048577", "A1:B", "Tự chấm!A1", "'Open!A1", "A1:B2:C3"]) {
      expect(parseReference(bad)).toBeNull();
    }
  });

  it("writes whole columns, whole rows and the whole sheet the short way", () => {
    expect(formatArea({ row: 0, col: 0, rows: 1048576, cols: 3 })).toBe("A:C");
    expect(formatArea({ row: 1, col: 0, rows: 4, cols: 16384 })).toBe("2:5");
    expect(formatArea({ row: 0, col: 0, rows: 1048576, cols: 16384 })).toBe("1:1048576");
  });

  it("quotes sheet names with spaces, punctuation, a leading digit or a cell-like name", () => {
    expect(quoteSheetName("Tự chấm")).toBe("'Tự chấm'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
    expect(quoteSheetName("Sheet-1")).toBe("'Sheet-1'");
    expect(quoteSheetName("2026")).toBe("'2026'");
    expect(quoteSheetName("AB12")).toBe("'AB12'");
    expect(quoteSheetName("R1C1")).toBe("'R1C1'");
  });

  it("leaves names of word characters unquoted, non-ASCII letters included (XlsxWriter#1078 observations)", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("_thidua")).toBe("_thidua");
    expect(quoteSheetName("Đánh_giá")).toBe("Đánh_giá");
  });
});

describe("range addresses through the API", () => {
  it("reports sheet-qualified addresses, quoting as Excel does", async () => {
    const { Excel } = createFakeExcel({ sheets: ["Tự chấm", "Sheet1"] });
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const block = sheets.getItem("Tự chấm").getRange("$a$1:c3").load("address");
      const column = sheets.getItem("Sheet1").getRange("B:B").load("address");
      const byIndexes = sheets.getItem("Sheet1").getRangeByIndexes(9, 26, 2, 2).load("address");
      await context.sync();
      expect(block.address).toBe("'Tự chấm'!A1:C3");
      expect(column.address).toBe("Sheet1!B:B");
      // Row 9, column 26 is AA10; two by two reaches AB11.
      expect(byIndexes.address).toBe("Sheet1!AA10:AB11");
    });
  });

  it("derives cells, resized, offset, row, column and entire ranges", async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Sheet1").getRange("B2:D4");
      const derived = [
        base.getCell(1, 2),
        base.getResizedRange(1, -1),
        base.getOffsetRange(2, 1),
        base.getRow(2),
        base.getColumn(0),
        base.getEntireColumn(),
        base.getEntireRow(),
      ].map((r) => r.load("address"));
      await context.sync();
      expect(derived.map((r) => r.address)).toEqual([
        "Sheet1!D3",
        "Sheet1!B2:C5",
        "Sheet1!C4:E6",
        "Sheet1!B4:D4",
        "Sheet1!B2:B4",
        "Sheet1!B:D",
        "Sheet1!2:4",
      ]);
    });
  });

  it("fails with InvalidArgument when a derived range would leave the grid", async () => {
    const { Excel } = createFakeExcel();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").getOffsetRange(-1, 0).load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("finds a defined name through getRange", async () => {
    const { Excel } = createFakeExcel({ sheets: ["Đơn vị"] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Đơn vị");
      context.workbook.names.add("TD_Units", "='Đơn vị'!$A$2:$E$9");
      const units = sheet.getRange("TD_Units").load("address");
      await context.sync();
      expect(units.address).toBe("'Đơn vị'!A2:E9");
    });
  });
});
