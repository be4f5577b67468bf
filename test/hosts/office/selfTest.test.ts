// Tự kiểm tra on the harness: Microsoft's Office.js client in front of the in-memory Excel, whose formulas an evaluator
// answers as a correct Excel would (test/fakes/resultsEvaluator.ts). This proves the self-test's own logic, its
// comparison and its clean-up; only a real Excel can prove Excel's formula results (the LibreOffice suites prove the
// formulas themselves in files).

import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { xlsxFormFiles } from "../../../src/taskpane/screens/selftest/selfTestFiles";
import { runSelfTest } from "../../../src/workbook/selftest/runSelfTest";
import { selfTestCluster } from "../../../src/workbook/selftest/selfTestCluster";
import { selfTestPassed, SELF_TEST_STEPS, type SelfTestResult } from "../../../src/workbook/selftest/selfTestReport";
import { createOfficeJsExcel, type OfficeJsExcel } from "../../fakes/officejs/createOfficeJsExcel";
import { resultsEvaluator, type Tamper } from "../../fakes/resultsEvaluator";

jest.setTimeout(120_000);

const NOW = "2026-03-01T08:00:00.000Z";

/** A workbook someone already uses for other things: the self-test must leave its sheet and name alone. */
function usedWorkbook(tamper?: Tamper): OfficeJsExcel {
  const excel = createOfficeJsExcel({ sheets: ["Sheet1", "Ghi chú"] });
  excel.fake.seed("Ghi chú", "A1", [["Danh sách cần gọi"], [12.5]]);
  excel.fake.setEvaluator(resultsEvaluator(excel.fake, tamper));
  return excel;
}

async function selfTest(excel: OfficeJsExcel, files = xlsxFormFiles): Promise<SelfTestResult> {
  return runSelfTest(new OfficeHost(excel.Excel, excel.Office), { now: () => NOW, lang: "vi", files });
}

const status = (result: SelfTestResult) => Object.fromEntries(result.steps.map((s) => [s.id, s.status]));

describe("the self-test on Microsoft's Office.js client", () => {
  let excel: OfficeJsExcel;
  let result: SelfTestResult;
  let before: unknown;

  beforeAll(async () => {
    excel = usedWorkbook();
    before = excel.fake.snapshot();
    result = await selfTest(excel);
  });

  it("passes every step, in order, when Excel computes what the core computes", () => {
    expect(result.steps.map((s) => s.id)).toEqual(SELF_TEST_STEPS);
    expect(result.steps.filter((s) => s.status !== "pass")).toEqual([]);
    expect(selfTestPassed(result)).toBe(true);
  });

  it("catches the decimal comma typed into X01's first manual score and fixes it to a number", () => {
    const { commaEntry } = selfTestCluster();
    // X01 is the fourth unit: column H on Tự chấm (units from E); II.1 is the eighth criterion: row 5 + 7.
    expect(commaEntry).toMatchObject({ unit: 3, row: 7, typed: "26,5", value: 26.5 });
    const validate = result.steps.find((s) => s.id === "validate")!;
    expect(validate.details[0].vi).toBe(
      "Phát hiện đúng lỗi ở ô Tự chấm!H12 (“26,5”) và đề xuất sửa thành 26,5; không có phát hiện nào khác.",
    );
  });

  it("compares every checked cell: 5 units × 14 result columns and 44 criteria × 5 units of final points", () => {
    // cum-xa-phuong has 6 content groups: 6 + bonus, deduction, self, peer, review, final, rank, grade = 14.
    const compare = result.steps.find((s) => s.id === "compare-rank")!;
    expect(compare.details[0].vi).toMatch(/^290 ô do công thức của Excel tính/);
  });

  it("leaves the workbook as it found it: the same sheets, names and cells", () => {
    const after = excel.fake.snapshot() as { sheets: unknown[]; names: unknown[] };
    const start = before as { sheets: unknown[]; names: unknown[] };
    expect(excel.fake.sheetNames()).toEqual(["Sheet1", "Ghi chú"]);
    expect(after.names).toEqual(start.names);
    expect(after.sheets).toEqual(start.sheets);
  });
});

describe("the self-test when Excel computes one total wrong", () => {
  let excel: OfficeJsExcel;
  let result: SelfTestResult;

  beforeAll(async () => {
    // P03's final score shows one point too many: the third unit is row 6 of Xếp hạng (header row 3), and its final
    // score is column O (A code, B name, C cluster, D–I the six groups, J bonus, K deductions, L self, M peer,
    // N review, O final).
    excel = usedWorkbook((at, correct) =>
      at.sheet === "Xếp hạng" && at.address === "O6" && typeof correct === "number" ? correct + 1 : correct,
    );
    result = await selfTest(excel);
  });

  it("fails at each comparison, naming the unit and the cell, and still runs the other steps", () => {
    expect(status(result)).toMatchObject({
      rank: "pass",
      "compare-rank": "fail",
      settings: "pass",
      "compare-settings": "fail",
      undo: "pass",
      "compare-undo": "fail",
      forms: "pass",
      "compare-forms": "fail",
      cleanup: "pass",
    });
    const compare = result.steps.find((s) => s.id === "compare-rank")!;
    expect(compare.details.map((d) => d.vi)).toEqual([
      "1 trong 290 ô do Excel tính khác với phần lõi:",
      expect.stringMatching(/^Xếp hạng!O6 \(đơn vị P03, điểm cuối cùng\): Excel tính [\d,.]+, phần lõi tính [\d,.]+$/),
    ]);
    expect(selfTestPassed(result)).toBe(false);
  });

  it("leaves the workbook as it found it", () => {
    expect(excel.fake.sheetNames()).toEqual(["Sheet1", "Ghi chú"]);
    expect(excel.fake.names()).toEqual([]);
    expect(excel.fake.values("Ghi chú", "A1:A2")).toEqual([["Danh sách cần gọi"], [12.5]]);
  });
});

describe("the self-test when Excel refuses a request part-way", () => {
  it("stops at the failing step, says what Excel reported, and still removes everything it added", async () => {
    const excel = usedWorkbook();
    // The ranking's write is refused as too large (Excel on the web's 5 MB limit).
    const host = new OfficeHost(excel.Excel, excel.Office);
    const rank = host.apply.bind(host);
    let applies = 0;
    host.apply = (plan, progress) => {
      applies += 1;
      // Inject, enter, fix: the fourth apply is the ranking's.
      if (applies === 4) excel.fake.failSync(1, { code: "RequestPayloadSizeLimitExceeded" });
      return rank(plan, progress);
    };
    const result = await runSelfTest(host, { now: () => NOW, lang: "en", files: xlsxFormFiles });
    expect(status(result)).toMatchObject({
      fix: "pass",
      rank: "fail",
      "compare-rank": "not-run",
      forms: "not-run",
      cleanup: "pass",
    });
    expect(result.steps.find((s) => s.id === "rank")!.details[0].en).toMatch(/^Excel reported an error: /);
    expect(excel.fake.sheetNames()).toEqual(["Sheet1", "Ghi chú"]);
    expect(excel.fake.names()).toEqual([]);
  });
});

describe("the self-test in a workbook that already holds a scoring table", () => {
  it("refuses at once and writes nothing", async () => {
    const excel = usedWorkbook();
    // A secretariat's table starts with its units: one cell and the contract's name for it is enough to tell.
    excel.fake.seed("Sheet1", "A1", [["Mã"]]);
    await excel.Excel.run(async (context) => {
      context.workbook.names.add("TD_Units", context.workbook.worksheets.getItem("Sheet1").getRange("A1"));
      await context.sync();
    });
    const before = excel.fake.snapshot();
    const result = await selfTest(excel);
    expect(status(result)).toMatchObject({ blank: "fail", inject: "not-run", cleanup: "not-run" });
    expect(result.steps[0].details[0].vi).toMatch(/^Sổ tính này đã có bảng chấm điểm Thi đua \(có “TD_Units”\)/);
    expect(excel.fake.snapshot()).toEqual(before);
  });
});

describe("the self-test where .xlsx files cannot be made", () => {
  it("skips the forms round trip (a skip, not a pass) and passes the rest", async () => {
    const excel = usedWorkbook();
    const result = await runSelfTest(new OfficeHost(excel.Excel, excel.Office), { now: () => NOW, lang: "vi" });
    expect(status(result)).toMatchObject({ forms: "skip", "compare-forms": "skip", cleanup: "pass" });
    expect(result.steps.filter((s) => s.status === "fail")).toEqual([]);
  });
});
