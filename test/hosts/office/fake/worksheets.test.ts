// Worksheets in the fake: adding, renaming, moving, hiding, deleting, used ranges, frozen panes and page layout.

import { createFakeExcel } from "../../../fakes/excel/createFakeExcel";

describe("worksheets", () => {
  it("adds sheets at the end without activating them, and names unnamed ones SheetN", async () => {
    const { Excel, fake } = createFakeExcel();
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Tự chấm");
      const unnamed = context.workbook.worksheets.add().load("name, position");
      await context.sync();
      // Two sheets before it: Sheet1 and Tự chấm, so the next free number is 3.
      expect([unnamed.name, unnamed.position]).toEqual(["Sheet3", 2]);
    });
    expect(fake.sheetNames()).toEqual(["Sheet1", "Tự chấm", "Sheet3"]);
    expect(fake.activeSheet()).toBe("Sheet1");
  });

  it("refuses duplicate names in any case and names Excel forbids", async () => {
    const { Excel } = createFakeExcel({ sheets: ["Đơn vị"] });
    const attempt = (name: string) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      });
    await expect(attempt("ĐƠN VỊ")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    for (const bad of ["a/b", "x".repeat(32), "'quoted'", "History", ""]) {
      await expect(attempt(bad)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("finds sheets by name or id, and gives a null object for a missing one", async () => {
    const { Excel } = createFakeExcel({ sheets: ["Cài đặt"] });
    await Excel.run(async (context) => {
      const byName = context.workbook.worksheets.getItem("cài đặt").load("id");
      const missing = context.workbook.worksheets.getItemOrNullObject("Nowhere");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(byName.isNullObject).toBe(false);
      const byId = context.workbook.worksheets.getItem(byName.id).load("name");
      await context.sync();
      expect(byId.name).toBe("Cài đặt");
    });
  });

  it("ignores commands on a null object and reads its properties as undefined", async () => {
    const { Excel, fake } = createFakeExcel();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nowhere");
      expect(() => missing.isNullObject).toThrow(/not available/);
      missing.getRange("A1").values = [[1]];
      missing.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
    });
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
  });

  it("renames, moves and recolours a sheet", async () => {
    const { Excel, fake } = createFakeExcel({ sheets: ["A", "B", "C"] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("C");
      sheet.name = "Thẩm định";
      sheet.position = 0;
      sheet.tabColor = "#00b050";
      await context.sync();
    });
    expect(fake.sheetNames()).toEqual(["Thẩm định", "A", "B"]);
    expect(fake.sheet("Thẩm định").tabColor).toBe("#00B050");
  });

  it("hides a sheet very hidden but keeps one sheet visible", async () => {
    const { Excel, fake } = createFakeExcel({ sheets: ["Tự chấm", "_thidua"] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("_thidua").visibility = Excel.SheetVisibility.veryHidden;
      await context.sync();
      context.workbook.worksheets.getItem("Tự chấm").visibility = "Hidden";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      const visible = context.workbook.worksheets.getCount(true);
      await context.sync();
      expect(visible.value).toBe(1);
    });
    expect(fake.sheet("_thidua").visibility).toBe("VeryHidden");
  });

  it("activates the next visible sheet when the active one is deleted, and forgets the deleted one", async () => {
    const { Excel, fake } = createFakeExcel({ sheets: ["A", "B", "C"] });
    await Excel.run(async (context) => {
      const b = context.workbook.worksheets.getItem("B");
      b.activate();
      await context.sync();
      b.delete();
      await context.sync();
      expect(fake.activeSheet()).toBe("C");
      b.load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(fake.sheetNames()).toEqual(["A", "C"]);
  });

  it("gives the used range, or a null object on an empty sheet", async () => {
    const { Excel, fake } = createFakeExcel({ sheets: ["Số liệu", "Trống"] });
    fake.seed("Số liệu", "C3", [
      [1, null],
      [null, 2],
    ]);
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Số liệu").getUsedRangeOrNullObject(true).load("address");
      const empty = context.workbook.worksheets.getItem("Trống").getUsedRangeOrNullObject();
      await context.sync();
      expect(used.address).toBe("'Số liệu'!C3:D4");
      expect(empty.isNullObject).toBe(true);
    });
  });

  it("freezes rows and columns and reports the frozen area", async () => {
    const { Excel, fake } = createFakeExcel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.freezePanes.freezeAt(sheet.getRange("A1:B3"));
      const location = sheet.freezePanes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(location.address).toBe("Sheet1!A1:B3");
    });
    expect(fake.sheet("Sheet1").freeze).toEqual({ rows: 3, columns: 2 });
  });

  it("stores the page layout a print plan sets", async () => {
    const { Excel, fake } = createFakeExcel();
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.orientation = Excel.PageOrientation.landscape;
      layout.paperSize = "A4";
      layout.centerHorizontally = true;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows("$1:$3");
      layout.setPrintArea("A1:K40");
      layout.setPrintMargins("Centimeters", { left: 2.54 });
      await context.sync();
    });
    expect(fake.sheet("Sheet1").pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$3",
      printArea: "$A$1:$K$40",
      leftMargin: 72, // 2.54 cm is one inch, 72 points
    });
  });
});
