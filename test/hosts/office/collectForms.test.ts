// The email round trip with the master open in Excel (the office host on the fake runtime): forms made from it
// (≤ 3 requests), saved as .xlsx the way the task pane will hand them out, filled in another spreadsheet, read back
// through the xlsx host and collected into the master in at most 3 requests, with the same outcome as on files.

import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import type { FormPlan } from "../../../src/workbook/forms/planForm";
import { FORM_RULES } from "../../../src/workbook/messages/formMessages";
import { collectForms } from "../../../src/workbook/operations/collectForms";
import { injectTemplate } from "../../../src/workbook/operations/injectTemplate";
import { makeForms } from "../../../src/workbook/operations/makeForms";
import { parseWorkbook } from "../../../src/workbook/read/parseWorkbook";
import { readPlan } from "../../../src/workbook/read/readPlan";
import { createOfficeJsExcel } from "../../fakes/officejs/createOfficeJsExcel";
import { TINY_TEMPLATE, TINY_UNITS } from "../../workbook/fixtures/tinyTemplate";
import { fillFormFile } from "../../workbook/forms/fillFormFile";
import {
  A1_FIRST,
  A1_SECOND,
  A2_COMMA,
  B1_CHANGED_MAX,
  FIRST_COLLECT_AT,
  FORMS_AT,
  INJECTED_AT,
  MASTER_OPTIONS,
  type Typing,
} from "../../workbook/forms/formFixtures";

async function savedForm(form: FormPlan, typing: Typing): Promise<XlsxHost> {
  const file = XlsxHost.create();
  await file.apply(form.plan);
  return XlsxHost.load(await fillFormFile(await file.save(), typing));
}

describe("collectForms through the office host", () => {
  it("makes forms and collects returns into an open workbook in at most 3 requests each", async () => {
    const { Excel, Office, fake } = createOfficeJsExcel();
    const master = new OfficeHost(Excel, Office);
    await injectTemplate(master, TINY_TEMPLATE, TINY_UNITS, undefined, { ...MASTER_OPTIONS, now: INJECTED_AT });

    fake.resetCounters();
    const { forms } = await makeForms(master, { now: FORMS_AT, fileName: MASTER_OPTIONS.fileName });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    const self = (code: string) => forms.find((f) => f.unit.code === code)!;

    const returned = [
      { fileName: "A1.xlsx", host: await savedForm(self("A1"), A1_FIRST) },
      { fileName: "A2.xlsx", host: await savedForm(self("A2"), A2_COMMA) },
      { fileName: "B1.xlsx", host: await savedForm(self("B1"), B1_CHANGED_MAX) },
      { fileName: "A1 lần 2.xlsx", host: await savedForm(self("A1"), A1_SECOND) },
    ];
    fake.resetCounters();
    const result = await collectForms(master, returned, { now: FIRST_COLLECT_AT });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(result.forms.map((f) => [f.file, f.accepted, f.changed])).toEqual([
      ["A1.xlsx", true, 10],
      ["A2.xlsx", false, 0],
      ["B1.xlsx", false, 0],
      ["A1 lần 2.xlsx", true, 2],
    ]);
    expect(result.forms[1].findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual([
      "cell.text",
      FORM_RULES.refused,
    ]);

    const outline = await master.outline();
    const parsed = parseWorkbook(await master.read(readPlan(outline)), outline);
    const selfGrid = parsed.raw!.self;
    expect([selfGrid[1][0], selfGrid[2][0], selfGrid[9][0], selfGrid[12][0]]).toEqual([9, "Đạt", 1, -1]);
    expect([selfGrid[1][1], selfGrid[1][2]]).toEqual([null, null]);
    expect(parsed.raw!.actual[3][0]).toBe(90);
    expect(parsed.raw!.evidence![9][0]).toBe('=HYPERLINK("http://x")');
    // Every returned file has its log row, refused ones too (issue #11).
    expect(parsed.log!.rows.slice(2).map((r) => [r.action, r.file])).toEqual([
      ["Nhận phiếu tự chấm A1", "A1.xlsx"],
      ["Từ chối phiếu tự chấm A2", "A2.xlsx"],
      ["Từ chối phiếu tự chấm B1", "B1.xlsx"],
      ["Nhận phiếu tự chấm A1", "A1 lần 2.xlsx"],
    ]);
    expect(parsed.log!.rows[5].summary).toBe(
      `Thay bản nộp lúc 16 giờ 00, ngày 20/03/2026 (A1.xlsx). 2 ô thay đổi: Tự chấm!E6: 8 → 9; ` +
        'Minh chứng!E14: QĐ 12/QĐ-UBND → =HYPERLINK("http://x").',
    );
    // The evidence that looks like a formula is text in Excel too.
    const evidence = fake.cell("Minh chứng", "E14");
    expect([evidence.formula, evidence.value, evidence.locked]).toEqual([null, '=HYPERLINK("http://x")', false]);
  });
});
