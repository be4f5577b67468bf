import { documentPeriod } from "../../../src/core/periods/documentPeriod";

describe("the period as documents write it", () => {
  it.each([
    ["2026", "NĂM 2026", "YEAR 2026"],
    ["năm 2026", "NĂM 2026", "YEAR 2026"],
    ["2026-Q1", "QUÝ I NĂM 2026", "Q1 2026"],
    ["Quý IV/2026", "QUÝ IV NĂM 2026", "Q4 2026"],
    ["2026-03", "THÁNG 3 NĂM 2026", "MARCH 2026"],
    ["Tháng 11/2026", "THÁNG 11 NĂM 2026", "NOVEMBER 2026"],
    ["2025-2026", "NĂM HỌC 2025 - 2026", "SCHOOL YEAR 2025–2026"],
    ["Năm học 2025 – 2026", "NĂM HỌC 2025 - 2026", "SCHOOL YEAR 2025–2026"],
  ])("writes %s as %s", (period, vi, en) => {
    expect(documentPeriod(period, "vi")).toBe(vi);
    expect(documentPeriod(period, "en")).toBe(en);
  });

  it("keeps the secretariat's own wording, in capitals, when it is no single year, quarter or month", () => {
    expect(documentPeriod("6 tháng đầu năm 2026", "vi")).toBe("6 THÁNG ĐẦU NĂM 2026");
  });

  it("does not read two years that do not follow each other as a school year", () => {
    expect(documentPeriod("2024-2026", "vi")).toBe("2024-2026");
  });
});
