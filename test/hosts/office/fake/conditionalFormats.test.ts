// Conditional formats in the fake: Custom and CellValue rules with their formats, priorities, clearing.

import { createFakeExcel } from "../../../fakes/excel/createFakeExcel";

function setup() {
  const created = createFakeExcel({ sheets: ["Xếp hạng"] });
  const run = (body: (sheet: Excel.Worksheet, context: Excel.RequestContext) => void | Promise<void>) =>
    created.Excel.run(async (context) => {
      await body(context.workbook.worksheets.getItem("Xếp hạng"), context);
      await context.sync();
    });
  return { ...created, run };
}

describe("conditional formats", () => {
  it("stores a custom rule's formula, fill and font", async () => {
    const { run, fake, Excel: excel } = setup();
    await run((sheet) => {
      const cf = sheet.getRange("B2:B20").conditionalFormats.add(excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = "=$N2>0";
      cf.custom.format.fill.color = "#FFC7CE";
      cf.custom.format.font.color = "#9c0006";
      cf.custom.format.font.bold = true;
    });
    expect(fake.conditionalFormats("Xếp hạng")).toEqual([
      {
        id: "1",
        address: "B2:B20",
        type: "Custom",
        priority: 0,
        stopIfTrue: false,
        rule: { formula: "=$N2>0" },
        format: { "fill.color": "#FFC7CE", "font.color": "#9C0006", "font.bold": true },
      },
    ]);
  });

  it("stores a cell-value rule and reads it back through the collection", async () => {
    const { run } = setup();
    await run(async (sheet, context) => {
      const range = sheet.getRange("C2:C9");
      const cf = range.conditionalFormats.add("CellValue");
      cf.cellValue.rule = { formula1: "=5", operator: "LessThan" };
      cf.cellValue.format.fill.color = "#FFEB9C";
      const items = range.conditionalFormats.load("items/type, items/priority");
      await context.sync();
      expect(items.items.map((i) => [i.type, i.priority])).toEqual([["CellValue", 0]]);
      const rule = items.items[0].cellValue.load("rule");
      const fill = items.items[0].cellValue.format.fill.load("color");
      await context.sync();
      expect(rule.rule).toEqual({ formula1: "=5", operator: "LessThan" });
      expect(fill.color).toBe("#FFEB9C");
    });
  });

  it("puts the newest rule first", async () => {
    const { run, fake } = setup();
    await run((sheet) => {
      sheet.getRange("A1:A5").conditionalFormats.add("Custom").custom.rule.formula = "=A1>1";
      sheet.getRange("A1:A5").conditionalFormats.add("Custom").custom.rule.formula = "=A1>2";
    });
    expect(
      fake.conditionalFormats("Xếp hạng").map((cf) => [cf.priority, (cf.rule as { formula: string }).formula]),
    ).toEqual([
      [0, "=A1>2"],
      [1, "=A1>1"],
    ]);
  });

  it("clears rules only on the cleared cells", async () => {
    const { run, fake } = setup();
    await run((sheet) => {
      sheet.getRange("A1:A10").conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
      sheet.getRange("A1:A3").conditionalFormats.clearAll();
    });
    expect(fake.conditionalFormats("Xếp hạng").map((cf) => cf.address)).toEqual(["A4:A10"]);
    await run((sheet) => sheet.getRange("A:A").conditionalFormats.clearAll());
    expect(fake.conditionalFormats("Xếp hạng")).toEqual([]);
  });

  it("fails at sync when the custom part of a cell-value rule is used", async () => {
    const { run } = setup();
    await expect(
      run((sheet) => {
        sheet.getRange("A1").conditionalFormats.add("CellValue").custom.rule.formula = "=1";
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("has no data bars in the fake", async () => {
    const { run } = setup();
    await run((sheet) => {
      const cf = sheet.getRange("A1").conditionalFormats.add("DataBar") as unknown as Record<string, unknown>;
      expect(() => cf.dataBar).toThrow("not implemented in the fake: ConditionalFormat.dataBar");
    });
  });

  it("refuses new rules on a protected sheet", async () => {
    const { run } = setup();
    await run((sheet) => sheet.protection.protect());
    await expect(
      run((sheet) => {
        sheet.getRange("A1").conditionalFormats.add("Custom");
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
