// Workbook-wide parts and the harness around the fake: snapshots, seeding, application calls, custom properties,
// Office.onReady, requirement sets and installation on a global object.

import { createFakeExcel, installFakeExcel } from "../../../fakes/excel/createFakeExcel";

describe("snapshots", () => {
  it("equals itself across a batch that only reads", async () => {
    const { Excel, fake } = createFakeExcel({ sheets: ["Tự chấm", "Cài đặt"] });
    fake.seed("Tự chấm", "A1", [
      ["Mã", "Điểm"],
      ["DV01", 8.5],
    ]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Tự chấm");
      sheet.getRange("B2").dataValidation.rule = { decimal: { formula1: 0, formula2: 10, operator: "Between" } };
      sheet.getRange("A1:B1").format.font.bold = true;
      context.workbook.names.add("TD_Self", sheet.getRange("B2"));
      sheet.protection.protect();
      await context.sync();
    });
    const before = fake.snapshot();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Tự chấm").getRange("A1:B2");
      range.load("values, formulas, text, format/font/bold");
      context.workbook.names.load("items/formula");
      context.workbook.worksheets.getItemOrNullObject("Thiếu");
      await context.sync();
    });
    expect(fake.snapshot()).toEqual(before);
  });

  it("tells a changed workbook from the one before", async () => {
    const { Excel, fake } = createFakeExcel();
    const before = fake.snapshot();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[""]];
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").format.font.italic = true;
      await context.sync();
    });
    expect(fake.snapshot()).not.toEqual(before);
  });

  it("is plain data that later changes do not reach", async () => {
    const { Excel, fake } = createFakeExcel();
    fake.seed("Sheet1", "A1", [[1]]);
    const before = fake.snapshot() as { sheets: { cells: Record<string, unknown> }[] };
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[2]];
      await context.sync();
    });
    expect(before.sheets[0].cells.A1).toEqual({ value: 1 });
  });

  it("forgets a cell that was written and then cleared", async () => {
    const { Excel, fake } = createFakeExcel();
    const before = fake.snapshot();
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      cell.values = [["tạm"]];
      cell.clear();
      await context.sync();
    });
    expect(fake.snapshot()).toEqual(before);
  });
});

describe("seeding", () => {
  it("creates the sheet and types the values without a sync", () => {
    const { fake } = createFakeExcel();
    fake.seed("Minh chứng", "B2", [["'=cmd", "=1+1", 3]]);
    expect(fake.sheetNames()).toEqual(["Sheet1", "Minh chứng"]);
    expect(fake.cell("Minh chứng", "B2").value).toBe("=cmd");
    expect(fake.cell("Minh chứng", "C2").formula).toBe("=1+1");
    expect(fake.syncCount).toBe(0);
  });
});

describe("application", () => {
  it("records calculation suspension and recalculation with the request that carried them", async () => {
    const { Excel, fake } = createFakeExcel();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
      await context.sync();
      context.workbook.application.calculate(Excel.CalculationType.full);
    });
    expect(fake.applicationCalls).toEqual([
      { sync: 2, call: "suspendApiCalculationUntilNextSync" },
      { sync: 2, call: "suspendScreenUpdatingUntilNextSync" },
      { sync: 3, call: "calculate(Full)" },
    ]);
  });

  it("records Excel.createWorkbook calls", async () => {
    const { Excel, fake } = createFakeExcel();
    await Excel.createWorkbook("UEsDBA==");
    await Excel.createWorkbook();
    expect(fake.createdWorkbooks).toEqual(["UEsDBA==", null]);
  });
});

describe("document custom properties", () => {
  it("adds, updates case-insensitively and finds properties", async () => {
    const { Excel, fake } = createFakeExcel();
    await Excel.run(async (context) => {
      const custom = context.workbook.properties.custom;
      custom.add("ThiDuaContract", "1");
      custom.add("thiduacontract", "2");
      const found = custom.getItemOrNullObject("THIDUACONTRACT").load("key, value, type");
      const missing = custom.getItemOrNullObject("Other");
      await context.sync();
      expect([found.key, found.value, found.type]).toEqual(["ThiDuaContract", "2", "String"]);
      expect(missing.isNullObject).toBe(true);
    });
    expect(fake.customProperties()).toEqual({ ThiDuaContract: "2" });
  });

  it("trims values to 255 characters, as desktop Excel does", async () => {
    const { Excel, fake } = createFakeExcel();
    await Excel.run(async (context) => {
      context.workbook.properties.custom.add("Hash", "a".repeat(300));
      await context.sync();
    });
    expect((fake.customProperties().Hash as string).length).toBe(255);
  });
});

describe("Office namespace and requirement sets", () => {
  it("answers isSetSupported up to the configured ExcelApi version, comparing versions not decimals", () => {
    const { Office } = createFakeExcel({ maxApiVersion: "1.12" });
    const req = Office.context.requirements;
    expect(req.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(req.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(req.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(req.isSetSupported("ExcelApiOnline", "1.1")).toBe(false);
  });

  it("throws ApiNotFound for members above the configured version", async () => {
    const { Excel } = createFakeExcel({ maxApiVersion: "1.7" });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.dataValidation).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => range.dataValidation).toThrow(
        "The method or property Range.dataValidation is part of the ExcelApi 1.8 requirement set, which is not available in your version of Excel.",
      );
      await context.sync();
    });
  });

  it("resolves Office.onReady with Excel as the host", async () => {
    const { Office } = createFakeExcel({ platform: "PC" });
    const seen: unknown[] = [];
    const info = await Office.onReady((i) => seen.push(i));
    expect(info).toEqual({ host: "Excel", platform: "PC" });
    expect(seen).toEqual([info]);
  });

  it("installs Excel and Office on a global object", async () => {
    const globalObject: { Excel?: typeof Excel; Office?: typeof Office } = {};
    const { fake } = installFakeExcel(globalObject);
    await globalObject.Excel!.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["cài đặt"]];
      await context.sync();
    });
    expect(fake.cell("Sheet1", "A1").value).toBe("cài đặt");
    expect(globalObject.Office!.context.host).toBe("Excel");
  });

  it("fails loudly on enum members the fake lacks", () => {
    const { Excel } = createFakeExcel();
    expect(Excel.SheetVisibility.veryHidden).toBe("VeryHidden");
    expect(() => (Excel.PaperType as unknown as Record<string, string>).envelope9).toThrow(
      "not implemented in the fake: Excel.PaperType.envelope9",
    );
  });
});
