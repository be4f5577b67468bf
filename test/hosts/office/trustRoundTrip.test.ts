// Issue #11 with the master open in Excel (the office host on the fake runtime): a cross-scored master of the tiny
// template with the secretariat's targets, forms made and saved as .xlsx, filled in another spreadsheet and read back
// through the xlsx host. A lowered target, a blank resubmission, a foreign and a tampered form are refused and logged
// in at most 3 requests; peers of two clusters come in with no blank warning outside their cluster; the log reads
// local time and its check chain holds.

import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import type { FormPlan } from "../../../src/workbook/forms/planForm";
import { FORM_RULES } from "../../../src/workbook/messages/formMessages";
import { collectForms } from "../../../src/workbook/operations/collectForms";
import { injectTemplate } from "../../../src/workbook/operations/injectTemplate";
import { makeForms } from "../../../src/workbook/operations/makeForms";
import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import { createOfficeJsExcel } from "../../fakes/officejs/createOfficeJsExcel";
import { TINY_TEMPLATE, TINY_UNITS } from "../../workbook/fixtures/tinyTemplate";
import { fillFormFile } from "../../workbook/forms/fillFormFile";
import {
  A1_BLANK,
  A1_FIRST,
  A1_LOWER_TARGET,
  B1_CHANGED_MAX,
  FIRST_COLLECT_AT,
  FORMS_AT,
  INJECTED_AT,
  MASTER_OPTIONS,
  SECOND_COLLECT_AT,
  type Typing,
} from "../../workbook/forms/formFixtures";
import { enterTargets } from "../../workbook/forms/secretariatTargets";

jest.setTimeout(60_000);

async function savedForm(form: FormPlan, typing: Typing): Promise<XlsxHost> {
  const file = XlsxHost.create();
  await file.apply(form.plan);
  return XlsxHost.load(await fillFormFile(await file.save(), typing));
}

async function excelMaster(clusterTitle = MASTER_OPTIONS.clusterTitle) {
  const { Excel, Office, fake } = createOfficeJsExcel();
  const host = new OfficeHost(Excel, Office);
  await injectTemplate(host, TINY_TEMPLATE, TINY_UNITS, undefined, {
    ...MASTER_OPTIONS,
    mode: "cross",
    clusterTitle,
    now: INJECTED_AT,
  });
  await enterTargets(host);
  fake.resetCounters();
  const { forms } = await makeForms(host, { now: FORMS_AT, fileName: MASTER_OPTIONS.fileName });
  expect(fake.syncCount).toBeLessThanOrEqual(3);
  const of = (kind: "self" | "peer", unit: string) => forms.find((f) => f.kind === kind && f.unit.code === unit)!;
  return { host, fake, of };
}

describe("returns a cluster can trust, collected into an open workbook", () => {
  it("refuses and logs every bad return, takes the good ones, and keeps peers inside their cluster", async () => {
    const { host, fake, of } = await excelMaster();
    const other = await excelMaster("Cụm thi đua số 2");
    const returned = [
      { fileName: "A1 chỉ tiêu.xlsx", host: await savedForm(of("self", "A1"), A1_LOWER_TARGET) },
      { fileName: "A1.xlsx", host: await savedForm(of("self", "A1"), A1_FIRST) },
      { fileName: "B1 sửa.xlsx", host: await savedForm(of("self", "B1"), B1_CHANGED_MAX) },
      { fileName: "Cụm 2 - A1.xlsx", host: await savedForm(other.of("self", "A1"), A1_FIRST) },
      {
        fileName: "CC A1.xlsx",
        host: await savedForm(of("peer", "A1"), [
          { sheet: "CC A1", cell: "F6", value: 7 },
          { sheet: "CC A1", cell: "F7", value: "Đạt" },
        ]),
      },
      {
        fileName: "CC A2.xlsx",
        host: await savedForm(of("peer", "A2"), [
          { sheet: "CC A2", cell: "E6", value: 9 },
          { sheet: "CC A2", cell: "E7", value: "Đạt" },
        ]),
      },
    ];
    fake.resetCounters();
    const result = await collectForms(host, returned, { now: FIRST_COLLECT_AT });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(result.forms.map((f) => [f.file, f.accepted, f.changed])).toEqual([
      ["A1 chỉ tiêu.xlsx", false, 0],
      ["A1.xlsx", true, 10],
      ["B1 sửa.xlsx", false, 0],
      ["Cụm 2 - A1.xlsx", false, 0],
      ["CC A1.xlsx", true, 2],
      ["CC A2.xlsx", true, 2],
    ]);
    const target = result.forms[0].findings.find((f) => f.rule === FORM_RULES.targetChanged)!;
    expect([target.file, target.sheet, target.cell]).toEqual(["A1 chỉ tiêu.xlsx", "Số liệu", "E9"]);
    // The master kept the secretariat's target; A1's own entries landed.
    expect(fake.cell("Số liệu", "E9").value).toBe(100);
    expect(fake.cell("Tự chấm", "E6").value).toBe(8);

    // A blank resubmission: refused, the 8 stays.
    fake.resetCounters();
    const blank = await collectForms(
      host,
      [{ fileName: "A1 lần 2.xlsx", host: await savedForm(of("self", "A1"), A1_BLANK) }],
      { now: SECOND_COLLECT_AT },
    );
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(blank.forms[0].accepted).toBe(false);
    expect(fake.cell("Tự chấm", "E6").value).toBe(8);

    const validation = await validateWorkbook(host);
    const rules = validation.findings.map((f) => f.rule);
    expect(rules).not.toContain("workbook.log-edited");
    expect(rules).not.toContain("peer.incomplete");
    const log = validation.parsed.log!.rows;
    expect(log.slice(2).map((r) => [r.action, r.file, r.time])).toEqual([
      ["Từ chối phiếu tự chấm A1", "A1 chỉ tiêu.xlsx", "16 giờ 00, ngày 20/03/2026"],
      ["Nhận phiếu tự chấm A1", "A1.xlsx", "16 giờ 00, ngày 20/03/2026"],
      ["Từ chối phiếu tự chấm B1", "B1 sửa.xlsx", "16 giờ 00, ngày 20/03/2026"],
      ["Từ chối phiếu tự chấm A1", "Cụm 2 - A1.xlsx", "16 giờ 00, ngày 20/03/2026"],
      ["Nhận phiếu chấm chéo A1", "CC A1.xlsx", "16 giờ 00, ngày 20/03/2026"],
      ["Nhận phiếu chấm chéo A2", "CC A2.xlsx", "16 giờ 00, ngày 20/03/2026"],
      ["Từ chối phiếu tự chấm A1", "A1 lần 2.xlsx", "17 giờ 30, ngày 25/03/2026"],
    ]);
    // Excel holds the peer scores only where the raters may score: B1's columns (G) stay empty and locked.
    expect([fake.cell("CC A1", "F6").value, fake.cell("CC A2", "E6").value]).toEqual([7, 9]);
    // (Excel reads an empty cell as "".)
    expect([fake.cell("CC A1", "G6").value, fake.cell("CC A1", "G6").locked]).toEqual(["", true]);
  });
});
