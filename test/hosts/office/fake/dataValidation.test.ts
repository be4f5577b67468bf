// Data validation in the fake: stored rules, prompts and alerts, regions split by writes and clears, and `valid`.

import { createFakeExcel } from "../../../fakes/excel/createFakeExcel";

function setup() {
  const created = createFakeExcel({ sheets: ["Tự chấm"] });
  const run = (body: (sheet: Excel.Worksheet) => void) =>
    created.Excel.run(async (context) => {
      body(context.workbook.worksheets.getItem("Tự chấm"));
      await context.sync();
    });
  const load = (address: string, props: string) =>
    created.Excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Tự chấm").getRange(address).dataValidation;
      dv.load(props);
      await context.sync();
      return dv;
    });
  return { ...created, run, load };
}

const decimal0to10: Excel.DataValidationRule = { decimal: { formula1: 0, formula2: 10, operator: "Between" } };

describe("data validation", () => {
  it("stores the rule, error alert, prompt and blank handling of a range", async () => {
    const { run, load, fake } = setup();
    await run((sheet) => {
      const dv = sheet.getRange("B3:K20").dataValidation;
      dv.rule = decimal0to10;
      dv.errorAlert = { showAlert: true, style: "Stop", title: "Điểm", message: "Từ 0 đến 10" };
      dv.prompt = { showPrompt: true, title: "Điểm", message: "Nhập điểm" };
      dv.ignoreBlanks = true;
    });
    const dv = await load("C4:D5", "rule, errorAlert, prompt, ignoreBlanks, type");
    expect(dv.type).toBe("Decimal");
    expect(dv.rule).toEqual(decimal0to10);
    expect(dv.errorAlert).toEqual({ showAlert: true, style: "Stop", title: "Điểm", message: "Từ 0 đến 10" });
    expect(dv.prompt).toEqual({ showPrompt: true, title: "Điểm", message: "Nhập điểm" });
    expect(fake.validations("Tự chấm")).toEqual([
      {
        address: "B3:K20",
        rule: decimal0to10,
        errorAlert: { showAlert: true, style: "Stop", title: "Điểm", message: "Từ 0 đến 10" },
        prompt: { showPrompt: true, title: "Điểm", message: "Nhập điểm" },
        ignoreBlanks: true,
      },
    ]);
  });

  it("reads None without validation and Inconsistent across different rules", async () => {
    const { run, load } = setup();
    await run((sheet) => {
      sheet.getRange("A1").dataValidation.rule = decimal0to10;
    });
    expect((await load("B1", "type")).type).toBe("None");
    expect((await load("A1:B1", "type")).type).toBe("Inconsistent");
  });

  it("computes valid for decimal bounds, skipping blanks", async () => {
    const { run, load } = setup();
    await run((sheet) => {
      const range = sheet.getRange("A1:A3");
      range.dataValidation.rule = decimal0to10;
      range.values = [[5], [12], [""]];
    });
    expect((await load("A1:A3", "valid")).valid).toBe(false);
    await run((sheet) => {
      sheet.getRange("A2").values = [[10]];
    });
    expect((await load("A1:A3", "valid")).valid).toBe(true);
  });

  it("counts blanks as invalid when blanks are not ignored", async () => {
    const { run, load } = setup();
    await run((sheet) => {
      const dv = sheet.getRange("A1:A2").dataValidation;
      dv.rule = decimal0to10;
      dv.ignoreBlanks = false;
      sheet.getRange("A1").values = [[3]];
    });
    expect((await load("A1:A2", "valid")).valid).toBe(false);
  });

  it("refuses text and fractions under a whole-number rule", async () => {
    const { run, load } = setup();
    await run((sheet) => {
      sheet.getRange("A1:A3").dataValidation.rule = {
        wholeNumber: { formula1: 1, operator: "GreaterThanOrEqualTo" },
      };
      sheet.getRange("A1:A3").values = [[2], [2.5], ["hai"]];
    });
    expect((await load("A1", "valid")).valid).toBe(true);
    expect((await load("A2", "valid")).valid).toBe(false);
    expect((await load("A3", "valid")).valid).toBe(false);
  });

  it("checks list entries case-insensitively, from text or from cells", async () => {
    const { run, load } = setup();
    await run((sheet) => {
      sheet.getRange("A1:A2").dataValidation.rule = { list: { inCellDropDown: true, source: "Đạt, Không đạt" } };
      sheet.getRange("A1:A2").values = [["đạt"], ["Khá"]];
      sheet.getRange("H1:H2").values = [["Đạt"], ["Không đạt"]];
      sheet.getRange("B1").dataValidation.rule = {
        list: { inCellDropDown: true, source: sheet.getRange("H1:H2") },
      };
      sheet.getRange("B1").values = [["Không đạt"]];
    });
    expect((await load("A1", "valid")).valid).toBe(true);
    expect((await load("A2", "valid")).valid).toBe(false);
    const fromCells = await load("B1", "valid, rule");
    expect(fromCells.valid).toBe(true);
    // A Range given as the source is kept as an absolute reference.
    expect(fromCells.rule.list?.source).toBe("='Tự chấm'!$H$1:$H$2");
  });

  it("reads a bound given as a cell reference", async () => {
    const { run, load } = setup();
    await run((sheet) => {
      sheet.getRange("D1").values = [[4]];
      sheet.getRange("A1").dataValidation.rule = { decimal: { formula1: 0, formula2: "=$D$1", operator: "Between" } };
      sheet.getRange("A1").values = [[4.5]];
    });
    // 4.5 > 4 = D1.
    expect((await load("A1", "valid")).valid).toBe(false);
  });

  it("refuses a rule with two types or a Between without formula2", async () => {
    const { run } = setup();
    await expect(
      run((sheet) => {
        sheet.getRange("A1").dataValidation.rule = { ...decimal0to10, list: { inCellDropDown: true, source: "a" } };
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      run((sheet) => {
        sheet.getRange("A1").dataValidation.rule = { decimal: { formula1: 0, operator: "Between" } };
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("clears validation only where the cleared range overlaps", async () => {
    const { run, fake } = setup();
    await run((sheet) => {
      sheet.getRange("A1:A10").dataValidation.rule = decimal0to10;
      sheet.getRange("A5:A6").dataValidation.clear();
    });
    expect(fake.validations("Tự chấm").map((v) => v.address)).toEqual(["A1:A4,A7:A10"]);
  });

  it("refuses a rule over a range that partly overlaps a validation with a prompt (office-js#2594)", async () => {
    const { run, fake } = setup();
    await run((sheet) => {
      sheet.getRange("A1:A10").dataValidation.prompt = { showPrompt: true, title: "", message: "Nhập" };
    });
    await expect(
      run((sheet) => {
        sheet.getRange("A5:A15").dataValidation.rule = decimal0to10;
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await run((sheet) => {
      sheet.getRange("A1:A15").dataValidation.clear();
      sheet.getRange("A5:A15").dataValidation.rule = decimal0to10;
    });
    expect(fake.validations("Tự chấm").map((v) => v.address)).toEqual(["A5:A15"]);
  });

  it("refuses validation changes on a protected sheet", async () => {
    const { run } = setup();
    await run((sheet) => sheet.protection.protect());
    await expect(
      run((sheet) => {
        sheet.getRange("A1").dataValidation.rule = decimal0to10;
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
