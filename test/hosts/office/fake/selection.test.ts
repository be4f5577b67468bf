// The user's selection in the fake: set by the test as a click would, read through workbook.getSelectedRange() with
// Office.js load/sync semantics, narrowed by Range.getUsedRangeOrNullObject and Range.getIntersectionOrNullObject.

import { createFakeExcel } from "../../../fakes/excel/createFakeExcel";

describe("the selection", () => {
  it("reads the range the user selected, on the sheet they selected it on, once synced", async () => {
    const { Excel, fake } = createFakeExcel({ sheets: ["Sheet1", "Đơn vị"] });
    fake.seed("Đơn vị", "B2:C3", [
      ["X1", "Xã Một"],
      ["X2", "Xã Hai"],
    ]);
    fake.select("Đơn vị", "B2:C3");
    expect(fake.selection()).toEqual({ sheet: "Đơn vị", address: "'Đơn vị'!B2:C3" });
    await Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address,values");
      const sheet = selected.worksheet.load("name");
      expect(() => selected.values).toThrow(/not available/);
      await context.sync();
      expect(selected.address).toBe("'Đơn vị'!B2:C3");
      expect(sheet.name).toBe("Đơn vị");
      expect(selected.values).toEqual([
        ["X1", "Xã Một"],
        ["X2", "Xã Hai"],
      ]);
    });
    expect(fake.syncCount).toBe(1);
  });

  it("starts at A1 of the first sheet, a single cell", async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address,rowCount,columnCount");
      await context.sync();
      expect([selected.address, selected.rowCount, selected.columnCount]).toEqual(["Sheet1!A1", 1, 1]);
    });
  });

  it("gives the used part of whole selected columns, and a null object for a blank selection", async () => {
    const { Excel, fake } = createFakeExcel();
    fake.seed("Sheet1", "B4:C5", [
      ["X1", "Xã Một"],
      ["X2", null],
    ]);
    // A value outside the selection does not widen its used part.
    fake.seed("Sheet1", "F1", [["ngoài"]]);
    fake.select("Sheet1", "A:C");
    await Excel.run(async (context) => {
      const used = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true).load("address,values");
      const blank = context.workbook.worksheets.getItem("Sheet1").getRange("D1:E9").getUsedRangeOrNullObject(true);
      blank.load("address");
      await context.sync();
      expect(used.isNullObject).toBe(false);
      expect(used.address).toBe("Sheet1!B4:C5");
      expect(used.values).toEqual([
        ["X1", "Xã Một"],
        ["X2", ""],
      ]);
      expect(blank.isNullObject).toBe(true);
      expect(blank.address).toBeUndefined();
    });
  });

  it("counts a formatted blank cell as used unless asked for values only", async () => {
    const { Excel, fake } = createFakeExcel();
    fake.seed("Sheet1", "A1", [["Mã"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").format.fill.color = "#FFFF00";
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:D4");
      const all = range.getUsedRangeOrNullObject().load("address");
      const values = range.getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      expect([all.address, values.address]).toEqual(["Sheet1!A1:C3", "Sheet1!A1"]);
    });
    expect(fake.cell("Sheet1", "C3").fill).toBe("#FFFF00");
  });

  it("intersects ranges given as proxies or addresses, a null object when they don't meet", async () => {
    const { Excel } = createFakeExcel({ sheets: ["Sheet1", "Sheet2"] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getRange("B2:E9");
      const byProxy = range.getIntersectionOrNullObject(sheet.getRange("D1:F3")).load("address");
      const byAddress = range.getIntersectionOrNullObject("A8:B20").load("address");
      const apart = range.getIntersectionOrNullObject("G1:H2").load("address");
      await context.sync();
      expect(byProxy.address).toBe("Sheet1!D2:E3");
      expect(byAddress.address).toBe("Sheet1!B8:B9");
      expect(apart.isNullObject).toBe(true);
    });
    await expect(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
        range.getIntersectionOrNullObject(context.workbook.worksheets.getItem("Sheet2").getRange("A1")).load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("skips what is derived from a null object instead of failing the batch", async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const used = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true).load("rowCount");
      const part = used.getIntersectionOrNullObject(used.getCell(0, 0).getResizedRange(9, 2)).load("values");
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(part.isNullObject).toBe(true);
      expect(part.values).toBeUndefined();
    });
  });

  it("refuses Range.getUsedRangeOrNullObject and getIntersectionOrNullObject below ExcelApi 1.4", async () => {
    const { Excel } = createFakeExcel({ maxApiVersion: "1.3" });
    await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      expect(() => range.getUsedRangeOrNullObject()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => range.getIntersectionOrNullObject("A1")).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
  });
});
