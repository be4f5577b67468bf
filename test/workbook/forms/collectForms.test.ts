// The email round trip on the in-memory host: forms made from a master whose secretariat entered A1's targets, filled
// as units would (one careful, one with a decimal comma, one with a changed criteria maximum, one returned twice, one
// from another cluster), collected, and exactly which values landed, which files were refused with which findings,
// and the log rows (every returned file has one). trustRoundTrip.test.ts has the trust cases of issue #11.

import { TINY_TEMPLATE, TINY_UNITS } from "../fixtures/tinyTemplate";
import { VALIDATION_RULES } from "../../../src/core/validation/validationRules";
import { formKey } from "../../../src/workbook/forms/formIdentity";
import type { FormPlan } from "../../../src/workbook/forms/planForm";
import { FORM_RULES } from "../../../src/workbook/messages/formMessages";
import { collectForms } from "../../../src/workbook/operations/collectForms";
import { injectTemplate } from "../../../src/workbook/operations/injectTemplate";
import { makeForms } from "../../../src/workbook/operations/makeForms";
import { logChainFindings } from "../../../src/workbook/log/parseLog";
import { parseWorkbook } from "../../../src/workbook/read/parseWorkbook";
import { readPlan } from "../../../src/workbook/read/readPlan";
import { MemoryHost } from "../memoryHost";
import {
  A1_FIRST,
  A1_TARGETS,
  A1_SECOND,
  A2_COMMA,
  B1_CHANGED_MAX,
  FIRST_COLLECT_AT,
  FORMS_AT,
  INJECTED_AT,
  MASTER_OPTIONS,
  SECOND_COLLECT_AT,
  type Typing,
} from "./formFixtures";

async function masterWith(clusterTitle = MASTER_OPTIONS.clusterTitle) {
  const host = new MemoryHost();
  await injectTemplate(host, TINY_TEMPLATE, TINY_UNITS, undefined, {
    ...MASTER_OPTIONS,
    clusterTitle,
    now: INJECTED_AT,
  });
  for (const t of A1_TARGETS) host.type(t.sheet, t.cell, t.value);
  const made = await makeForms(host, { now: FORMS_AT, fileName: MASTER_OPTIONS.fileName });
  return { host, forms: made.forms, made };
}

async function filledForm(form: FormPlan, typing: Typing): Promise<MemoryHost> {
  const host = new MemoryHost();
  await host.apply(form.plan);
  for (const t of typing) host.type(t.sheet, t.cell, t.value);
  return host;
}

async function parsedMaster(host: MemoryHost) {
  const outline = await host.outline();
  return parseWorkbook(await host.read(readPlan(outline)), outline);
}

const formOf = (forms: FormPlan[], unit: string) => forms.find((f) => f.unit.code === unit && f.kind === "self")!;
const errors = (findings: { severity: string; rule: string; sheet: string | null; cell: string | null }[]) =>
  findings.filter((f) => f.severity === "error").map((f) => ({ rule: f.rule, sheet: f.sheet, cell: f.cell }));

describe("makeForms", () => {
  it("makes one self form per unit, records their ids in the master and logs the run", async () => {
    const { host, forms, made } = await masterWith();
    expect(forms.map((f) => [f.kind, f.unit.code, f.fileName])).toEqual([
      ["self", "A1", "2026 - A1 Phường A1 - Tự chấm.xlsx"],
      ["self", "A2", "2026 - A2 Phường A2 - Tự chấm.xlsx"],
      ["self", "B1", "2026 - B1 Xã B1 - Tự chấm.xlsx"],
    ]);
    expect(new Set(forms.map((f) => f.id)).size).toBe(3);
    expect(forms[0].id).toMatch(/^TC-A1-[0-9a-f]{10}$/);
    const parsed = await parsedMaster(host);
    expect(parsed.meta!.formIds).toEqual({ A1: forms[0].id, A2: forms[1].id, B1: forms[2].id });
    expect(parsed.log!.rows.map((r) => [r.action, r.file, r.summary])).toEqual([
      expect.arrayContaining(["Tạo bảng chấm điểm"]),
      [
        "Lập phiếu gửi đơn vị",
        "Tong hop.xlsx",
        "3 phiếu tự chấm; mã phiếu mới: phiếu lập trước đó (nếu có) không còn được nhận.",
      ],
    ]);
    expect(made.plan!.sheets.map((s) => s.key).sort()).toEqual(["log", "meta"]);
  });

  it("keeps the ids when forms are made again, so copies already sent are still taken back", async () => {
    const { host: master, forms } = await masterWith();
    const again = await makeForms(master, { now: "2026-03-05T08:00:00.000Z" });
    expect(again.forms.map((f) => f.id)).toEqual(forms.map((f) => f.id));
    const parsed = await parsedMaster(master);
    expect(parsed.log!.rows.at(-1)!.summary).toBe("3 phiếu tự chấm; giữ mã phiếu đã lập, bản đã gửi vẫn được nhận.");
    // The copy emailed after the first run is accepted.
    const result = await collectForms(
      master,
      [{ fileName: "A1.xlsx", host: await filledForm(formOf(forms, "A1"), A1_FIRST) }],
      {
        now: FIRST_COLLECT_AT,
      },
    );
    expect(result.forms.map((f) => errors(f.findings))).toEqual([[]]);
  });

  it("gives a self form only its unit's sheets and names, and its identity", async () => {
    const { forms } = await masterWith();
    const form = formOf(forms, "B1");
    expect(form.plan.sheets.map((s) => s.name)).toEqual([
      "Hướng dẫn",
      "Tiêu chí",
      "Đơn vị",
      "Số liệu",
      "Tự chấm",
      "Minh chứng",
      "_thidua",
    ]);
    expect(form.plan.names.map((n) => n.name).sort()).toEqual(
      ["TD_Actual", "TD_Criteria", "TD_Evidence", "TD_Meta", "TD_Self", "TD_Target", "TD_Units"].sort(),
    );
    const self = form.plan.names.find((n) => n.name === "TD_Self")!;
    expect(self.range).toBe("$E$5:$E$18");
    expect(form.meta.units.map((u) => u.code)).toEqual(["B1"]);
    expect(form.meta.form).toEqual({
      id: form.id,
      kind: "self",
      unit: "B1",
      masterCriteriaHash: form.meta.criteriaHash,
      issued: FORMS_AT,
    });
    const host = new MemoryHost();
    await host.apply(form.plan);
    // Live totals stay formulas; the guide names the form id.
    expect(host.cell("Tự chấm", "E22")!.f).toBe("E19+E20+E21");
    const guide = [...host.sheets.get("hướng dẫn")!.cells.values()].map((c) => c.v);
    // 08:00 UTC of 2 March is 15:00 in Vietnam.
    expect(guide).toContain(`Mã phiếu: ${form.id} (lập lúc 15 giờ 00, ngày 02/03/2026)`);
    expect(FORMS_AT).toBe("2026-03-02T08:00:00.000Z");
  });
});

describe("collectForms", () => {
  it("takes good returns in, refuses bad ones whole, and a second return replaces the first", async () => {
    const { host: master, forms } = await masterWith();
    const other = await masterWith("Cụm thi đua số 2");
    const returned = [
      { fileName: "A1.xlsx", host: await filledForm(formOf(forms, "A1"), A1_FIRST) },
      { fileName: "A2.xlsx", host: await filledForm(formOf(forms, "A2"), A2_COMMA) },
      { fileName: "B1.xlsx", host: await filledForm(formOf(forms, "B1"), B1_CHANGED_MAX) },
      { fileName: "Cum 2 - A1.xlsx", host: await filledForm(formOf(other.forms, "A1"), A1_FIRST) },
    ];
    master.calls.length = 0;
    const first = await collectForms(master, returned, { now: FIRST_COLLECT_AT });
    expect(master.calls).toEqual(["outline", "read", "apply"]);
    expect(first.usable).toBe(true);
    expect(first.forms.map((f) => [f.file, f.accepted, f.changed])).toEqual([
      ["A1.xlsx", true, 10],
      ["A2.xlsx", false, 0],
      ["B1.xlsx", false, 0],
      ["Cum 2 - A1.xlsx", false, 0],
    ]);
    expect(errors(first.forms[0].findings)).toEqual([]);
    expect(errors(first.forms[1].findings)).toEqual([
      { rule: VALIDATION_RULES.cellText, sheet: "Tự chấm", cell: "E6" },
      { rule: FORM_RULES.refused, sheet: null, cell: null },
    ]);
    const comma = first.forms[1].findings.find((f) => f.rule === VALIDATION_RULES.cellText)!;
    expect(comma.fix?.value).toBe(8.5);
    expect(comma.file).toBe("A2.xlsx");
    expect(errors(first.forms[2].findings)).toEqual([
      { rule: FORM_RULES.criteriaChanged, sheet: null, cell: null },
      { rule: VALIDATION_RULES.criteriaTampered, sheet: "Tiêu chí", cell: "F4" },
      { rule: FORM_RULES.refused, sheet: null, cell: null },
    ]);
    expect(errors(first.forms[3].findings)).toEqual([
      { rule: FORM_RULES.wrongCluster, sheet: null, cell: null },
      { rule: FORM_RULES.unknownForm, sheet: null, cell: null },
      { rule: FORM_RULES.refused, sheet: null, cell: null },
    ]);
    expect(first.forms[3].findings[0].message.vi).toBe(
      "Cum 2 - A1.xlsx: phiếu của cụm/khối “Cụm thi đua số 2”, không phải “Cụm thi đua số 1” của bảng tổng hợp này.",
    );

    // A1's column (E) took every value (its targets were the secretariat's already); A2 (F) and B1 (G) stay blank:
    // refused files change nothing.
    const v = (sheet: string, cell: string) => master.cell(sheet, cell)?.v ?? null;
    expect(["E6", "E7", "E14", "E17"].map((c) => v("Tự chấm", c))).toEqual([8, "Đạt", 1, -1]);
    expect(["E9", "E10", "E12", "E24", "E25", "E27", "E28"].map((c) => v("Số liệu", c))).toEqual([
      100, 10, 50, 90, 5, 60, 3,
    ]);
    expect(v("Minh chứng", "E14")).toBe("QĐ 12/QĐ-UBND");
    for (const column of ["F", "G"]) {
      for (let row = 5; row <= 18; row++) expect(v("Tự chấm", `${column}${row}`)).toBeNull();
      for (let row = 6; row <= 34; row++) expect(v("Số liệu", `${column}${row}`)).toBeNull();
    }

    const second = await collectForms(
      master,
      [{ fileName: "A1 lần 2.xlsx", host: await filledForm(formOf(forms, "A1"), A1_SECOND) }],
      { now: SECOND_COLLECT_AT },
    );
    expect(second.forms.map((f) => [f.accepted, f.changed, f.replaces])).toEqual([
      [true, 2, { time: FIRST_COLLECT_AT, file: "A1.xlsx", hash: expect.stringMatching(/^[0-9a-f]{16}$/) }],
    ]);
    expect(v("Tự chấm", "E6")).toBe(9);
    // Text that looks like a formula lands as text, never as a formula.
    expect(master.cell("Minh chứng", "E14")).toEqual({ v: '=HYPERLINK("http://x")', s: "inputText", input: true });

    const parsed = await parsedMaster(master);
    const rows = parsed.log!.rows;
    // Every returned file has its row, in the order given: the accepted one, then each refusal.
    expect(rows.map((r) => [r.action, r.file])).toEqual([
      ["Tạo bảng chấm điểm", "Tong hop.xlsx"],
      ["Lập phiếu gửi đơn vị", "Tong hop.xlsx"],
      ["Nhận phiếu tự chấm A1", "A1.xlsx"],
      ["Từ chối phiếu tự chấm A2", "A2.xlsx"],
      ["Từ chối phiếu tự chấm B1", "B1.xlsx"],
      ["Từ chối phiếu tự chấm A1", "Cum 2 - A1.xlsx"],
      ["Nhận phiếu tự chấm A1", "A1 lần 2.xlsx"],
    ]);
    // Local time of Vietnam: 09:00 UTC is 16:00, 10:30 UTC is 17:30.
    expect(rows.slice(2).map((r) => r.time)).toEqual([
      ...new Array(4).fill("16 giờ 00, ngày 20/03/2026"),
      "17 giờ 30, ngày 25/03/2026",
    ]);
    // Cells in criterion order (flat rows), and within a row actuals, scores, evidence.
    expect(rows[2].summary).toBe(
      "10 ô thay đổi: Tự chấm!E6: (trống) → 8; Tự chấm!E7: (trống) → Đạt; Số liệu!E24: (trống) → 90; " +
        "Số liệu!E25: (trống) → 5; Số liệu!E27: (trống) → 60 … và 5 ô khác.",
    );
    expect(rows[3].summary).toBe(
      `Mã phiếu ${formOf(forms, "A2").id}. Không tiếp nhận, bảng tổng hợp giữ nguyên số liệu. Lý do: Tự chấm!E6: ` +
        first.forms[1].findings[0].message.vi,
    );
    expect(rows[6].summary).toBe(
      "Thay bản nộp lúc 16 giờ 00, ngày 20/03/2026 (A1.xlsx). 2 ô thay đổi: Tự chấm!E6: 8 → 9; " +
        'Minh chứng!E14: QĐ 12/QĐ-UBND → =HYPERLINK("http://x").',
    );
    expect(rows[6].hash).not.toBe(rows[2].hash);
    // The metadata keeps ISO time.
    expect(parsed.meta!.returns).toEqual({
      [formOf(forms, "A1").id]: { time: SECOND_COLLECT_AT, file: "A1 lần 2.xlsx", hash: rows[6].hash },
    });
    expect(logChainFindings(parsed.log!)).toEqual([]);
    expect(parsed.meta!.formIds[formKey("self", "A1")]).toBe(formOf(forms, "A1").id);
  });

  it("writes no entry when every return is refused, only the refusal's log row, and logs it once", async () => {
    const { host: master, forms } = await masterWith();
    const returned = [{ fileName: "A2.xlsx", host: await filledForm(formOf(forms, "A2"), A2_COMMA) }];
    master.calls.length = 0;
    const result = await collectForms(master, returned, { now: FIRST_COLLECT_AT });
    expect(master.calls).toEqual(["outline", "read", "apply"]);
    expect(result.plan!.sheets.map((s) => s.key).sort()).toEqual(["log", "meta"]);
    expect((await parsedMaster(master)).raw!.self[1]).toEqual([null, null, null]);
    // The same file again (a retried run): already logged, nothing to write.
    master.calls.length = 0;
    const again = await collectForms(master, returned, { now: SECOND_COLLECT_AT });
    expect(master.calls).toEqual(["outline", "read"]);
    expect(again.plan).toBeNull();
    expect((await parsedMaster(master)).log!.rows.map((r) => r.action)).toEqual([
      "Tạo bảng chấm điểm",
      "Lập phiếu gửi đơn vị",
      "Từ chối phiếu tự chấm A2",
    ]);
  });

  it("refuses a master workbook given as a returned form, and forms of an older issue", async () => {
    const { host: master, forms } = await masterWith();
    const oldForm = formOf(forms, "A1");
    await makeForms(master, { now: "2026-03-05T08:00:00.000Z", newIds: true });
    const result = await collectForms(
      master,
      [
        { fileName: "old A1.xlsx", host: await filledForm(oldForm, A1_FIRST) },
        { fileName: "master copy.xlsx", host: master },
      ],
      { now: FIRST_COLLECT_AT },
    );
    expect(result.forms.map((f) => errors(f.findings).map((e) => e.rule))).toEqual([
      [FORM_RULES.unknownForm, FORM_RULES.refused],
      [FORM_RULES.notForm, FORM_RULES.refused],
    ]);
  });

  it("reports an unusable master without reading any form", async () => {
    const empty = new MemoryHost(["Sheet1"]);
    const form = new MemoryHost();
    const result = await collectForms(empty, [{ fileName: "x.xlsx", host: form }], { now: FIRST_COLLECT_AT });
    expect(result.usable).toBe(false);
    expect(form.calls).toEqual([]);
    expect(result.findings.map((f) => f.rule)).toEqual(["workbook.meta-missing"]);
  });
});

describe("peer forms (cross mode)", () => {
  it("makes a self and a peer form per unit, and collects a rater's scores into its CC sheet only", async () => {
    const master = new MemoryHost();
    await injectTemplate(master, TINY_TEMPLATE, TINY_UNITS, undefined, {
      ...MASTER_OPTIONS,
      mode: "cross",
      now: INJECTED_AT,
    });
    const { forms } = await makeForms(master, { now: FORMS_AT });
    expect(forms.map((f) => `${f.kind} ${f.unit.code}`)).toEqual([
      "self A1",
      "self A2",
      "self B1",
      "peer A1",
      "peer A2",
      "peer B1",
    ]);
    const peer = forms.find((f) => f.kind === "peer" && f.unit.code === "A2")!;
    expect(peer.fileName).toBe("2026 - A2 Phường A2 - Chấm chéo.xlsx");
    expect(peer.plan.sheets.map((s) => s.name)).toEqual([
      "Hướng dẫn",
      "Tiêu chí",
      "Đơn vị",
      "Số liệu",
      "CC A2",
      "_thidua",
    ]);
    // The data sheet is there for the quantitative rows' points, locked: no input cell, no validation.
    const data = peer.plan.sheets.find((s) => s.name === "Số liệu")!;
    expect(data.blocks.some((b) => b.cells.some((row) => row.some((c) => c.input || c.s === "input")))).toBe(false);
    expect(data.validations).toEqual([]);

    const form = await filledForm(peer, [
      { sheet: "CC A2", cell: "E6", value: 7 }, // A2 scores A1 on 1.1
      { sheet: "CC A2", cell: "E7", value: "Đạt" }, // and 1.2
      { sheet: "CC A2", cell: "G6", value: 6.5 }, // B1 is of Cụm 2, its column locked: never collected
      { sheet: "CC A2", cell: "F6", value: 10 }, // its own column, locked: never collected
    ]);
    const result = await collectForms(master, [{ fileName: "CC A2.xlsx", host: form }], { now: FIRST_COLLECT_AT });
    expect(result.forms.map((f) => [f.accepted, f.kind, f.changed])).toEqual([[true, "peer", 2]]);
    expect(result.forms[0].findings.map((f) => [f.rule, f.severity])).toEqual([
      ["peer.self-rating", "warning"],
      ["peer.other-cluster", "warning"],
    ]);
    expect(master.cell("CC A2", "E6")!.v).toBe(7);
    expect(master.cell("CC A2", "E7")!.v).toBe("Đạt");
    expect(master.cell("CC A2", "G6")).toEqual({ v: null, s: "notApplicable" });
    expect(master.cell("CC A2", "F6")!.v ?? null).toBeNull();
    expect(master.cell("Tự chấm", "E6")!.v ?? null).toBeNull();
  });
});
