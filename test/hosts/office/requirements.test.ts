// Requirement sets: ExcelApi 1.8 is needed; 1.9, 1.12 and 1.13 are extras reported as supported or not.

import { checkRequirements } from "../../../src/hosts/office/requirements";
import { createOfficeJsExcel } from "../../fakes/officejs/createOfficeJsExcel";

describe("what this Excel supports", () => {
  it("refuses Excel 2019 (ExcelApi 1.7) and says what is missing in both languages", () => {
    const { Office } = createOfficeJsExcel({ maxApiVersion: "1.7" });
    const check = checkRequirements(Office);
    expect(check.ok).toBe(false);
    expect(check.missing).toEqual(["ExcelApi 1.8"]);
    expect(check.message?.vi).toContain("thiếu ExcelApi 1.8");
    expect(check.message?.en).toContain("lacks ExcelApi 1.8");
    expect(check.optional.every((o) => !o.supported)).toBe(true);
  });

  it("accepts ExcelApi 1.13 with every extra", () => {
    const { Office } = createOfficeJsExcel({ maxApiVersion: "1.13" });
    expect(checkRequirements(Office)).toEqual({
      ok: true,
      missing: [],
      optional: [
        { name: "ExcelApi 1.9", supported: true },
        { name: "ExcelApi 1.12", supported: true },
        { name: "ExcelApi 1.13", supported: true },
      ],
      message: null,
    });
  });

  it("accepts ExcelApi 1.9 and reports the newer extras as missing", () => {
    const { Office } = createOfficeJsExcel({ maxApiVersion: "1.9" });
    const check = checkRequirements(Office);
    expect(check.ok).toBe(true);
    expect(check.optional.map((o) => o.supported)).toEqual([true, false, false]);
  });

  it("supports nothing outside Office", () => {
    expect(checkRequirements(undefined).missing).toEqual(["ExcelApi 1.8"]);
  });
});
