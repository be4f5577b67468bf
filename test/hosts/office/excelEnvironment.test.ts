// What the self-test's report says about the Excel it ran in: Office's own diagnostics and requirement-set answers,
// and "unknown" rather than a crash where Office is missing or says nothing.

import { excelEnvironment } from "../../../src/hosts/office/excelEnvironment";
import { createFakeExcel } from "../../fakes/excel/createFakeExcel";

describe("the Excel a self-test ran in", () => {
  it("names Office's host, platform, build and language, and each ExcelApi set from 1.1 to 1.17", () => {
    const { Office } = createFakeExcel({ maxApiVersion: "1.9", platform: "PC", displayLanguage: "vi-VN" });
    const environment = excelEnvironment(Office);
    expect(environment).toMatchObject({ host: "Excel", platform: "PC", version: "16.0.0.0", language: "vi-VN" });
    expect(environment.excelApi.map((s) => s.version)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "1.5",
      "1.6",
      "1.7",
      "1.8",
      "1.9",
      "1.10",
      "1.11",
      "1.12",
      "1.13",
      "1.14",
      "1.15",
      "1.16",
      "1.17",
    ]);
    // 1.10 is newer than 1.9: compared as versions, not as decimals.
    expect(environment.excelApi.filter((s) => s.supported).map((s) => s.version)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "1.5",
      "1.6",
      "1.7",
      "1.8",
      "1.9",
    ]);
  });

  it("says nothing is known outside Office", () => {
    const environment = excelEnvironment(undefined);
    expect(environment).toMatchObject({ host: null, platform: null, version: null, language: null });
    expect(environment.excelApi.some((s) => s.supported)).toBe(false);
  });

  it("reads an Office whose diagnostics throw as unknown, keeping what it can tell", () => {
    const office = {
      context: {
        platform: "Mac",
        get diagnostics(): never {
          throw new Error("not in this build");
        },
        requirements: { isSetSupported: (_: string, version?: string) => version === "1.1" },
      },
    } as unknown as typeof Office;
    const environment = excelEnvironment(office);
    expect(environment).toMatchObject({ host: null, platform: "Mac", version: null });
    expect(environment.excelApi.filter((s) => s.supported).map((s) => s.version)).toEqual(["1.1"]);
  });
});
