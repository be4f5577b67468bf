// The report a user copies into an email: verdict, time, this Excel, the requirement sets, and each step's lines.

import {
  selfTestPassed,
  selfTestReportText,
  versionRuns,
  type ExcelEnvironment,
  type SelfTestResult,
} from "../../../src/workbook/selftest/selfTestReport";

const environment: ExcelEnvironment = {
  host: "Excel",
  platform: "PC",
  version: "16.0.18526.20168",
  language: "vi-VN",
  excelApi: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13"].map(
    (version) => ({ version, supported: version !== "1.13" }),
  ),
};

const result: SelfTestResult = {
  started: "2026-03-01T08:00:00.000Z",
  units: 5,
  steps: [
    { id: "blank", status: "pass", details: [{ vi: "Sổ tính trống.", en: "Blank." }] },
    {
      id: "compare-rank",
      status: "fail",
      details: [
        { vi: "1 trong 290 ô khác:", en: "1 of 290 cells differ:" },
        { vi: "Xếp hạng!O6 …", en: "Xếp hạng!O6 …" },
      ],
    },
    { id: "forms", status: "skip", details: [{ vi: "Không thực hiện được.", en: "Not available." }] },
    { id: "cleanup", status: "not-run", details: [] },
  ],
};

describe("the self-test's report", () => {
  it("joins consecutive versions into runs", () => {
    expect(versionRuns(["1.1", "1.2", "1.3", "1.5", "1.7", "1.8"])).toBe("1.1–1.3, 1.5, 1.7–1.8");
    expect(versionRuns(["1.9", "1.10", "1.11"])).toBe("1.9–1.11");
    expect(versionRuns([])).toBe("");
  });

  it("passes only when every step passed or was skipped for this Excel", () => {
    expect(selfTestPassed(result)).toBe(false);
    const skipped: SelfTestResult = { ...result, steps: [result.steps[0], result.steps[2]] };
    expect(selfTestPassed(skipped)).toBe(true);
  });

  it("reads, in Vietnamese, as a verdict, the time in Vietnam, this Excel and every step with its lines", () => {
    expect(selfTestReportText(result, environment, "vi").split("\n")).toEqual([
      "Thi đua – Tự kiểm tra",
      "Kết quả: KHÔNG ĐẠT (2 trong 4 bước không đạt).",
      "Thời gian: 15 giờ 00, ngày 01/03/2026",
      "Excel: Excel, nền tảng PC, phiên bản 16.0.18526.20168, ngôn ngữ vi-VN",
      "Bộ yêu cầu ExcelApi được hỗ trợ: 1.1–1.12",
      "Bộ yêu cầu ExcelApi không được hỗ trợ: 1.13",
      "Cụm tự kiểm tra: mẫu cum-xa-phuong, 5 đơn vị, 2 cụm, chấm chéo.",
      "",
      "Các bước:",
      "1. [ĐẠT] Sổ tính trống: Sổ tính trống.",
      "2. [KHÔNG ĐẠT] So sánh kết quả Excel tính với phần lõi (sau xếp hạng): 1 trong 290 ô khác:",
      "   - Xếp hạng!O6 …",
      "3. [BỎ QUA] Phiếu gửi đi và nhận về: Không thực hiện được.",
      "4. [CHƯA CHẠY] Dọn dẹp",
    ]);
  });

  it("says in English what Office did not tell, and names no supported set when there is none", () => {
    const unknown: ExcelEnvironment = {
      host: null,
      platform: null,
      version: null,
      language: null,
      excelApi: [{ version: "1.1", supported: false }],
    };
    const lines = selfTestReportText({ ...result, steps: [result.steps[0]] }, unknown, "en").split("\n");
    expect(lines.slice(1, 6)).toEqual([
      "Result: PASS (1 steps passed).",
      "Time: 15:00 on 1 March 2026",
      "Excel: unknown, platform unknown, version unknown, language unknown",
      "ExcelApi requirement sets supported: none",
      "ExcelApi requirement sets not supported: 1.1",
    ]);
  });
});
