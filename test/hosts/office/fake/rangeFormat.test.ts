// Range formats in the fake: fill, font, alignment, borders, sizes (also on whole columns), merge, clear, select.

import { createFakeExcel } from "../../../fakes/excel/createFakeExcel";

function setup() {
  const created = createFakeExcel();
  const run = (body: (sheet: Excel.Worksheet, context: Excel.RequestContext) => void | Promise<void>) =>
    created.Excel.run(async (context) => {
      await body(context.workbook.worksheets.getItem("Sheet1"), context);
      await context.sync();
    });
  return { ...created, run };
}

describe("range formats", () => {
  it("applies fill, font, alignment and wrapping to every cell of the range", async () => {
    const { run, fake } = setup();
    await run((sheet) => {
      const format = sheet.getRange("A1:B2").format;
      format.fill.color = "#DDEBF7";
      format.font.bold = true;
      format.font.name = "Times New Roman";
      format.font.size = 13;
      format.horizontalAlignment = "Center";
      format.verticalAlignment = "Top";
      format.wrapText = true;
    });
    const cell = fake.cell("Sheet1", "B2");
    expect([cell.fill, cell.font.bold, cell.font.name, cell.font.size]).toEqual([
      "#DDEBF7",
      true,
      "Times New Roman",
      13,
    ]);
    expect([cell.horizontalAlignment, cell.verticalAlignment, cell.wrapText]).toEqual(["Center", "Top", true]);
    expect(fake.cell("Sheet1", "C3").fill).toBeNull();
  });

  it("reads null for a format that differs across the range", async () => {
    const { run } = setup();
    await run(async (sheet, context) => {
      sheet.getRange("A1").format.font.bold = true;
      const font = sheet.getRange("A1:A2").format.font.load("bold, italic");
      await context.sync();
      expect(font.bold).toBeNull();
      expect(font.italic).toBe(false);
    });
  });

  it("puts edge borders on the outer cells and inside borders between cells", async () => {
    const { run, fake } = setup();
    await run((sheet) => {
      const borders = sheet.getRange("B2:C3").format.borders;
      const top = borders.getItem("EdgeTop");
      top.style = "Continuous";
      top.weight = "Medium";
      borders.getItem("InsideHorizontal").style = "Dash";
    });
    expect(fake.cell("Sheet1", "B2").borders.top).toEqual({ style: "Continuous", color: "#000000", weight: "Medium" });
    expect(fake.cell("Sheet1", "B3").borders.top.style).toBe("Dash");
    expect(fake.cell("Sheet1", "B2").borders.bottom.style).toBe("Dash");
    expect(fake.cell("Sheet1", "B3").borders.bottom.style).toBe("None");
  });

  it("sets widths on whole columns and heights on rows cheaply, and reads them back", async () => {
    const { run, fake } = setup();
    await run(async (sheet, context) => {
      sheet.getRange("A:C").format.columnWidth = 120;
      sheet.getRange("2:2").format.rowHeight = 30;
      sheet.getRange("A:A").format.protection.locked = false;
      const widths = sheet.getRange("B1:D1").format.load("columnWidth");
      await context.sync();
      // Column D keeps the standard width (48 points), so B:D is mixed.
      expect(widths.columnWidth).toBeNull();
    });
    expect(fake.cell("Sheet1", "C9").columnWidth).toBe(120);
    expect(fake.cell("Sheet1", "Z2").rowHeight).toBe(30);
    expect(fake.cell("Sheet1", "A1048576").locked).toBe(false);
    expect(fake.cell("Sheet1", "B1").locked).toBe(true);
  });

  it("lets a cell format win over the column format it was set after", async () => {
    const { run, fake } = setup();
    await run((sheet) => {
      sheet.getRange("A:A").format.fill.color = "#FF0000";
      sheet.getRange("A5").format.fill.color = "#00FF00";
      sheet.getRange("3:3").format.fill.color = "#0000FF";
    });
    expect(fake.cell("Sheet1", "A1").fill).toBe("#FF0000");
    expect(fake.cell("Sheet1", "A5").fill).toBe("#00FF00");
    expect(fake.cell("Sheet1", "A3").fill).toBe("#0000FF");
  });

  it("autofits columns to their longest text", async () => {
    const { run, fake } = setup();
    fake.seed("Sheet1", "A1", [["Phòng Tổ chức cán bộ"], ["ngắn"]]);
    await run((sheet) => sheet.getRange("A1:A2").format.autofitColumns());
    // 20 characters at 7 px plus 10 px padding = 150 px = 112.5 points.
    expect(fake.cell("Sheet1", "A1").columnWidth).toBe(112.5);
  });

  it("merges a block keeping only its top-left content, and unmerges it", async () => {
    const { run, fake } = setup();
    fake.seed("Sheet1", "A1", [
      ["Tiêu đề", "x"],
      ["y", "z"],
    ]);
    await run((sheet) => sheet.getRange("A1:B2").merge());
    expect(fake.merges("Sheet1")).toEqual(["A1:B2"]);
    expect(fake.values("Sheet1", "A1:B2")).toEqual([
      ["Tiêu đề", ""],
      ["", ""],
    ]);
    await run((sheet) => sheet.getRange("B2").unmerge());
    expect(fake.merges("Sheet1")).toEqual([]);
  });

  it("merges each row separately when merging across", async () => {
    const { run, fake } = setup();
    await run((sheet) => sheet.getRange("A1:C2").merge(true));
    expect(fake.merges("Sheet1")).toEqual(["A1:C1", "A2:C2"]);
  });

  it("clears contents, formats or both", async () => {
    const { run, fake } = setup();
    fake.seed("Sheet1", "A1", [[1, 2, 3]]);
    await run((sheet) => {
      sheet.getRange("A1:C1").format.font.italic = true;
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("B1").clear("Formats");
      sheet.getRange("C1").clear();
    });
    expect([fake.cell("Sheet1", "A1").value, fake.cell("Sheet1", "A1").font.italic]).toEqual(["", true]);
    expect([fake.cell("Sheet1", "B1").value, fake.cell("Sheet1", "B1").font.italic]).toEqual([2, false]);
    expect([fake.cell("Sheet1", "C1").value, fake.cell("Sheet1", "C1").font.italic]).toEqual(["", false]);
  });

  it("selects a range on its sheet and returns it as the selected range", async () => {
    const { Excel, fake } = createFakeExcel({ sheets: ["A", "Tự chấm"] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Tự chấm").getRange("C7").select();
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("'Tự chấm'!C7");
    });
    expect(fake.selection()).toEqual({ sheet: "Tự chấm", address: "'Tự chấm'!C7" });
  });

  it("refuses colours it cannot read", async () => {
    const { run } = setup();
    await expect(
      run((sheet) => {
        sheet.getRange("A1").format.fill.color = "#12345";
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
