// What values and formulas writes store, and what values, formulas, text and valueTypes read back.

import { createFakeExcel } from "../../../fakes/excel/createFakeExcel";

async function write(
  setup: (range: Excel.Range) => void,
  address = "A1",
  options: Parameters<typeof createFakeExcel>[0] = {},
) {
  const created = createFakeExcel(options);
  await created.Excel.run(async (context) => {
    setup(context.workbook.worksheets.getItem("Sheet1").getRange(address));
    await context.sync();
  });
  return created;
}

async function read(created: ReturnType<typeof createFakeExcel>, address: string) {
  return created.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
    range.load("values, formulas, text, valueTypes, numberFormat");
    await context.sync();
    return { values: range.values, formulas: range.formulas, text: range.text, valueTypes: range.valueTypes };
  });
}

describe("formulas and values", () => {
  it("stores a formula written through formulas; values shows the evaluator's result", async () => {
    const created = await write((r) => {
      r.formulas = [["=SUM(B1:B3)"]];
    });
    created.fake.setEvaluator((formula, at) => (formula === "=SUM(B1:B3)" && at.address === "A1" ? 6 : undefined));
    expect(await read(created, "A1")).toEqual({
      values: [[6]],
      formulas: [["=SUM(B1:B3)"]],
      text: [["6"]],
      valueTypes: [["Double"]],
    });
  });

  it("reads a formula's value as null without an evaluator", async () => {
    const created = await write((r) => {
      r.formulas = [["=1+1"]];
    });
    expect((await read(created, "A1")).values).toEqual([[null]]);
  });

  it("turns a string starting with = written through values into a formula, as Excel does", async () => {
    const created = await write((r) => {
      r.values = [['=HYPERLINK("x")']];
    });
    expect(created.fake.cell("Sheet1", "A1").formula).toBe('=HYPERLINK("x")');
  });

  it("keeps a string starting with = as text when the cell's format is Text (@)", async () => {
    const created = await write((r) => {
      r.numberFormat = [["@"]];
      r.values = [['=HYPERLINK("x")']];
    });
    const cell = created.fake.cell("Sheet1", "A1");
    expect(cell.formula).toBeNull();
    expect(cell.value).toBe('=HYPERLINK("x")');
  });

  it("stores an apostrophe-prefixed string as text: values and formulas both drop the apostrophe", async () => {
    const created = await write((r) => {
      r.values = [["'=x"]];
    });
    expect(await read(created, "A1")).toEqual({
      values: [["=x"]],
      formulas: [["=x"]],
      text: [["=x"]],
      valueTypes: [["String"]],
    });
    expect(created.fake.cell("Sheet1", "A1").quotePrefix).toBe(true);
  });

  it("keeps leading zeros only behind an apostrophe or under the Text format", async () => {
    const created = await write((r) => {
      r.numberFormat = [["General", "General", "@"]];
      r.values = [["001", "'001", "001"]];
    }, "A1:C1");
    expect(created.fake.values("Sheet1", "A1:C1")).toEqual([[1, "001", "001"]]);
  });

  it("parses typed input: booleans, grouped numbers, percentages, error values, +/- formulas", async () => {
    const created = await write((r) => {
      r.values = [["TRUE", "1,250", "50%", "#N/A", "-abc"]];
    }, "A1:E1");
    const { fake } = created;
    expect(fake.values("Sheet1", "A1:D1")).toEqual([[true, 1250, 0.5, "#N/A"]]);
    expect(fake.cell("Sheet1", "B1").numberFormat).toBe("#,##0");
    expect(fake.cell("Sheet1", "C1").numberFormat).toBe("0%");
    expect(fake.cell("Sheet1", "D1").valueType).toBe("Error");
    expect(fake.cell("Sheet1", "E1").formula).toBe("=-abc");
  });

  it("leaves a cell unchanged for null in a 2-D array and clears it for an empty string", async () => {
    const created = createFakeExcel();
    created.fake.seed("Sheet1", "A1", [["keep", "drop"]]);
    await created.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, ""]];
      await context.sync();
    });
    expect(created.fake.values("Sheet1", "A1:B1")).toEqual([["keep", ""]]);
  });

  it("refuses an array whose shape differs from the range", async () => {
    const attempt = write((r) => {
      r.values = [[1, 2, 3]];
    }, "A1:B2");
    await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt).rejects.toThrow(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  });

  it("applies a single non-array value to every cell of the range, as Excel does at run time", async () => {
    const created = await write((r) => {
      (r as unknown as { values: unknown }).values = 5;
    }, "A1:B2");
    expect(created.fake.values("Sheet1", "A1:B2")).toEqual([
      [5, 5],
      [5, 5],
    ]);
  });

  it("refuses null as the whole values property", async () => {
    await expect(
      write((r) => {
        (r as unknown as { values: unknown }).values = null;
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("changes no cell when one entry of the array is invalid", async () => {
    const created = createFakeExcel();
    await expect(
      created.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1, { bad: true }]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(created.fake.cell("Sheet1", "A1").value).toBe("");
  });

  it("formats text with the cell's number format", async () => {
    const created = await write((r) => {
      r.numberFormat = [["0.00", "#,##0", "0%", "General"]];
      r.values = [[2.5, 1234567.8, 0.256, 0.1 + 0.2]];
    }, "A1:D1");
    // 1234567.8 rounds to 1,234,568; 0.256 is 25.6 % rounded to 26%; 0.1 + 0.2 shows as 0.3 in General.
    expect((await read(created, "A1:D1")).text).toEqual([["2.50", "1,234,568", "26%", "0.3"]]);
  });

  it("reports empty cells as '' in values and 'Empty' in valueTypes", async () => {
    const created = createFakeExcel();
    expect(await read(created, "A1")).toEqual({
      values: [[""]],
      formulas: [[""]],
      text: [[""]],
      valueTypes: [["Empty"]],
    });
  });

  it("handles a 5,000 × 100 block in one write and one read", async () => {
    const created = createFakeExcel();
    const rows = Array.from({ length: 5000 }, (_, i) => Array.from({ length: 100 }, (_, j) => i * 100 + j));
    await created.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 5000, 100);
      range.values = rows;
      await context.sync();
      range.load("values");
      await context.sync();
      // Last cell: row 4999, column 99 → 4999·100 + 99.
      expect(range.values[4999][99]).toBe(499999);
    });
    expect(created.fake.cell("Sheet1", "CV5000").value).toBe(499999);
  });
});
