// Defined names in the fake: adding from a Range or a formula, formula text, lookups, null objects, sheet changes.

import { createFakeExcel } from "../../../fakes/excel/createFakeExcel";

function setup(sheets = ["Tự chấm", "Đơn vị"]) {
  return createFakeExcel({ sheets });
}

describe("defined names", () => {
  it("adds a name for a Range and reports Excel's absolute, quoted formula", async () => {
    const { Excel, fake } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Tự chấm").getRange("B3:K20");
      const item = context.workbook.names.add("TD_Self", range, "self scores");
      item.load("name, formula, type, value, visible, comment");
      await context.sync();
      expect(item.formula).toBe("='Tự chấm'!$B$3:$K$20");
      expect(item.type).toBe("Range");
      expect(item.value).toBe("'Tự chấm'!$B$3:$K$20");
      expect([item.name, item.visible, item.comment]).toEqual(["TD_Self", true, "self scores"]);
    });
    expect(fake.names()).toEqual([
      {
        name: "TD_Self",
        scope: null,
        formula: "='Tự chấm'!$B$3:$K$20",
        type: "Range",
        comment: "self scores",
        visible: true,
      },
    ]);
  });

  it("adds a name from reference text, keeping the anchors as written", async () => {
    const { Excel, fake } = setup(["O'Neil data"]);
    await Excel.run(async (context) => {
      context.workbook.names.add("TD_Units", "='O''Neil data'!$A$2:$E$9");
      context.workbook.names.add("TD_Loose", "'O''Neil data'!A1");
      await context.sync();
    });
    expect(fake.names().map((n) => n.formula)).toEqual(["='O''Neil data'!$A$2:$E$9", "='O''Neil data'!A1"]);
  });

  it("finds names case-insensitively and returns their range", async () => {
    const { Excel, fake } = setup();
    await Excel.run(async (context) => {
      context.workbook.names.add("TD_Units", "='Đơn vị'!$A$2:$B$3");
      const range = context.workbook.names.getItem("td_units").getRange();
      range.values = [
        ["DV01", "Phòng A"],
        ["DV02", "Phòng B"],
      ];
      range.load("address");
      await context.sync();
      expect(range.address).toBe("'Đơn vị'!A2:B3");
    });
    expect(fake.cell("Đơn vị", "B3").value).toBe("Phòng B");
  });

  it("fails with ItemNotFound for a missing name and gives a null object with getItemOrNullObject", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const missing = context.workbook.names.getItemOrNullObject("TD_None");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.workbook.names.getItem("TD_None").load("formula");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("refuses a second name with the same spelling in any case", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      context.workbook.names.add("TD_Self", "='Tự chấm'!$A$1");
      context.workbook.names.add("td_self", "='Tự chấm'!$A$2");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    });
  });

  it("refuses names that are not valid Excel names", async () => {
    const { Excel } = setup();
    for (const bad of ["A1", "has space", "1abc", "R1C1", ""]) {
      await expect(
        Excel.run(async (context) => {
          context.workbook.names.add(bad, "='Tự chấm'!$A$1");
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("stores constants with their type; they have no range", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const rate = context.workbook.names.add("TD_Rate", "=0.5").load("type, value, formula");
      const label = context.workbook.names.add("TD_Label", '="Đạt"').load("type, value");
      const noRange = rate.getRangeOrNullObject();
      await context.sync();
      expect([rate.type, rate.value, rate.formula]).toEqual(["Double", 0.5, "=0.5"]);
      expect([label.type, label.value]).toEqual(["String", "Đạt"]);
      expect(noRange.isNullObject).toBe(true);
      rate.getRange().load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("follows a renamed sheet and turns into #REF! when the sheet is deleted", async () => {
    const { Excel, fake } = setup();
    await Excel.run(async (context) => {
      context.workbook.names.add("TD_Units", context.workbook.worksheets.getItem("Đơn vị").getRange("A2:E9"));
      context.workbook.worksheets.getItem("Đơn vị").name = "Units";
      await context.sync();
      expect(fake.names()[0].formula).toBe("=Units!$A$2:$E$9");
      context.workbook.worksheets.getItem("Units").delete();
      await context.sync();
      expect(fake.names()[0]).toMatchObject({ formula: "=#REF!$A$2:$E$9", type: "Error" });
      context.workbook.names.getItem("TD_Units").getRange().load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidReference" });
    });
  });

  it("keeps sheet-scoped names apart from workbook names", async () => {
    const { Excel, fake } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Tự chấm");
      sheet.names.add("Local", sheet.getRange("A1"));
      const workbookNames = context.workbook.names.load("items/name");
      const sheetNames = sheet.names.load("name");
      await context.sync();
      expect(workbookNames.items).toHaveLength(0);
      expect(sheetNames.items.map((n) => n.name)).toEqual(["Local"]);
    });
    expect(fake.names()[0].scope).toBe("Tự chấm");
  });

  it("deletes a name, after which its proxy fails with ItemNotFound", async () => {
    const { Excel, fake } = setup();
    await Excel.run(async (context) => {
      const item = context.workbook.names.add("TD_Gone", "='Tự chấm'!$A$1");
      item.delete();
      await context.sync();
      expect(fake.names()).toEqual([]);
      item.load("formula");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });
});
