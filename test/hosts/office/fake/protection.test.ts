// Sheet and workbook protection in the fake: locked cells, unlocked input cells, passwords, structure.

import { createFakeExcel } from "../../../fakes/excel/createFakeExcel";

type Run = (sheet: Excel.Worksheet, context: Excel.RequestContext) => void | Promise<void>;

function setup() {
  const created = createFakeExcel({ sheets: ["Tự chấm"] });
  const run = (body: Run) =>
    created.Excel.run(async (context) => {
      await body(context.workbook.worksheets.getItem("Tự chấm"), context);
      await context.sync();
    });
  return { ...created, run };
}

describe("sheet protection", () => {
  it("refuses values in locked cells with AccessDenied (cells are locked by default)", async () => {
    const { run, fake } = setup();
    await run((sheet) => sheet.protection.protect());
    await expect(
      run((sheet) => {
        sheet.getRange("B3").values = [[9]];
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.cell("Tự chấm", "B3").value).toBe("");
  });

  it("accepts values in cells unlocked before protecting", async () => {
    const { run, fake } = setup();
    await run((sheet) => {
      sheet.getRange("B3:C4").format.protection.locked = false;
      sheet.protection.protect({ allowFormatCells: false });
    });
    await run((sheet) => {
      sheet.getRange("B3:C4").values = [
        [1, 2],
        [3, 4],
      ];
    });
    expect(fake.values("Tự chấm", "B3:C4")).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(fake.cell("Tự chấm", "B3").locked).toBe(false);
    expect(fake.cell("Tự chấm", "D4").locked).toBe(true);
  });

  it("refuses a write that reaches one locked cell, and writes none of it", async () => {
    const { run, fake } = setup();
    await run((sheet) => {
      sheet.getRange("B3").format.protection.locked = false;
      sheet.protection.protect();
    });
    await expect(
      run((sheet) => {
        sheet.getRange("B3:C3").values = [[1, 2]];
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.cell("Tự chấm", "B3").value).toBe("");
  });

  it("refuses formats on locked cells unless the protection allows formatting cells", async () => {
    const { run, fake } = setup();
    await run((sheet) => sheet.protection.protect());
    await expect(
      run((sheet) => {
        sheet.getRange("A1").format.fill.color = "#FFFF00";
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await run((sheet) => sheet.protection.unprotect());
    await run((sheet) => sheet.protection.protect({ allowFormatCells: true }));
    await run((sheet) => {
      sheet.getRange("A1").format.fill.color = "#FFFF00";
    });
    expect(fake.cell("Tự chấm", "A1").fill).toBe("#FFFF00");
  });

  it("refuses column widths unless the protection allows formatting columns", async () => {
    const { run } = setup();
    await run((sheet) => sheet.protection.protect({ allowFormatColumns: false }));
    await expect(
      run((sheet) => {
        sheet.getRange("A:A").format.columnWidth = 100;
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("does not let the locked flag change while the sheet is protected", async () => {
    const { run, fake } = setup();
    await run((sheet) => sheet.protection.protect());
    await expect(
      run((sheet) => {
        sheet.getRange("B3").format.protection.locked = false;
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.cell("Tự chấm", "B3").locked).toBe(true);
  });

  it("needs the same password to unprotect, and InvalidArgument answers a wrong one", async () => {
    const { run, fake } = setup();
    await run((sheet) => sheet.protection.protect({}, "bí mật"));
    await expect(run((sheet) => sheet.protection.unprotect())).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(run((sheet) => sheet.protection.unprotect("sai"))).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.sheet("Tự chấm").protection.protected).toBe(true);
    await run((sheet) => sheet.protection.unprotect("bí mật"));
    expect(fake.sheet("Tự chấm").protection.protected).toBe(false);
  });

  it("unprotects a sheet protected without password with no password", async () => {
    const { run, fake } = setup();
    await run((sheet) => sheet.protection.protect());
    await run((sheet) => sheet.protection.unprotect());
    expect(fake.sheet("Tự chấm").protection.protected).toBe(false);
  });

  it("leaves an already protected sheet as it was when protected again", async () => {
    const { run } = setup();
    await run((sheet) => sheet.protection.protect({ allowSort: true }, "one"));
    await run((sheet) => sheet.protection.protect({ allowSort: false }, "two"));
    await expect(run((sheet) => sheet.protection.unprotect("two"))).rejects.toMatchObject({ code: "InvalidArgument" });
    await run((sheet) => sheet.protection.unprotect("one"));
  });

  it("reports protected and the options with Excel's defaults filled in", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Tự chấm").protection;
      protection.protect({ allowFormatColumns: true });
      protection.load("protected, options");
      await context.sync();
      expect(protection.protected).toBe(true);
      expect(protection.options.allowFormatColumns).toBe(true);
      expect(protection.options.allowInsertRows).toBe(false);
      expect(protection.options.selectionMode).toBe("Normal");
    });
  });
});

describe("workbook protection", () => {
  it("blocks adding and renaming sheets until unprotected with the password", async () => {
    const { Excel, fake } = setup();
    await Excel.run(async (context) => {
      context.workbook.protection.protect("khóa");
      await context.sync();
      context.workbook.worksheets.add("Mới");
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      context.workbook.worksheets.getItem("Tự chấm").name = "Khác";
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      context.workbook.protection.unprotect("sai");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      context.workbook.protection.unprotect("khóa");
      context.workbook.worksheets.add("Mới");
      await context.sync();
    });
    expect(fake.sheetNames()).toEqual(["Tự chấm", "Mới"]);
  });
});
