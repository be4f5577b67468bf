// Issue #11 on the in-memory host: forms and cross scoring a cluster can trust. A master of the tiny template (A1,
// A2 in Cụm 1, B1 alone in Cụm 2; A2 has the priority flag, B1 is not eligible), its targets entered by the
// secretariat, forms out and back: a unit lowering its target, a blank resubmission, a foreign and a tampered form
// are refused and logged with an intact check chain; peer forms carry no flag of any unit and no input outside the
// rater's cluster; no time a person reads is ISO.

import { VALIDATION_RULES } from "../../../src/core/validation/validationRules";
import type { FormPlan } from "../../../src/workbook/forms/planForm";
import { logChain } from "../../../src/workbook/log/logChain";
import { logChainFindings } from "../../../src/workbook/log/parseLog";
import { FORM_RULES } from "../../../src/workbook/messages/formMessages";
import { collectForms } from "../../../src/workbook/operations/collectForms";
import { injectTemplate } from "../../../src/workbook/operations/injectTemplate";
import { makeForms } from "../../../src/workbook/operations/makeForms";
import { undoLast } from "../../../src/workbook/operations/undoLast";
import { updateSettings } from "../../../src/workbook/operations/updateSettings";
import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import { parseWorkbook } from "../../../src/workbook/read/parseWorkbook";
import { readPlan } from "../../../src/workbook/read/readPlan";
import { TINY_TEMPLATE, TINY_UNITS } from "../fixtures/tinyTemplate";
import { MemoryHost } from "../memoryHost";
import {
  A1_BLANK,
  A1_FIRST,
  A1_LOWER_TARGET,
  A1_TARGETS,
  B1_CHANGED_MAX,
  FIRST_COLLECT_AT,
  FORMS_AT,
  INJECTED_AT,
  MASTER_OPTIONS,
  SECOND_COLLECT_AT,
  type Typing,
} from "./formFixtures";

/** An ISO instant as machines write it ("2026-03-20T09:00"), which no sheet a person reads may show. */
const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

async function master(
  mode: "review" | "cross" = "review",
  clusterTitle = MASTER_OPTIONS.clusterTitle,
  beforeForms: (host: MemoryHost) => Promise<void> = async () => {},
) {
  const host = new MemoryHost();
  await injectTemplate(host, TINY_TEMPLATE, TINY_UNITS, undefined, {
    ...MASTER_OPTIONS,
    mode,
    clusterTitle,
    now: INJECTED_AT,
  });
  for (const t of A1_TARGETS) host.type(t.sheet, t.cell, t.value);
  await beforeForms(host);
  const { forms } = await makeForms(host, { now: FORMS_AT, fileName: MASTER_OPTIONS.fileName });
  return { host, forms };
}

async function filled(form: FormPlan, typing: Typing): Promise<MemoryHost> {
  const host = new MemoryHost();
  await host.apply(form.plan);
  for (const t of typing) host.type(t.sheet, t.cell, t.value);
  return host;
}

async function parsed(host: MemoryHost) {
  const outline = await host.outline();
  return parseWorkbook(await host.read(readPlan(outline)), outline);
}

const selfForm = (forms: FormPlan[], unit: string) => forms.find((f) => f.kind === "self" && f.unit.code === unit)!;
const peerForm = (forms: FormPlan[], unit: string) => forms.find((f) => f.kind === "peer" && f.unit.code === unit)!;
const errorsOf = (findings: { severity: string; rule: string; sheet: string | null; cell: string | null }[]) =>
  findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.sheet && `${f.sheet}!${f.cell}`]);

/** Every cell value of every sheet, visible, hidden and very hidden alike, as text. */
function everyCell(host: MemoryHost): { sheet: string; address: string; text: string }[] {
  return [...host.sheets.values()].flatMap((sheet) =>
    [...sheet.cells].map(([address, cell]) => ({ sheet: sheet.name, address, text: String(cell.v ?? "") })),
  );
}

describe("targets belong to the secretariat", () => {
  it("writes the master's targets into a self form as locked values, with no validation over them", async () => {
    const { forms } = await master();
    const form = await filled(selfForm(forms, "A1"), []);
    // Form rows: targets 6–19 (1.3 on 9, 1.4 on 10, 2.1 on 12), actuals 21–34.
    expect(["E9", "E10", "E12"].map((a) => form.cell("Số liệu", a))).toEqual([
      { v: 100, s: "points" },
      { v: 10, s: "points" },
      { v: 50, s: "points" },
    ]);
    expect(form.cell("Số liệu", "E24")).toMatchObject({ input: true });
    const data = selfForm(forms, "A1").plan.sheets.find((s) => s.key === "data")!;
    expect(data.validations!.map((v) => v.range)).toEqual(["E24:E24", "E25:E25", "E27:E27", "E28:E28"]);
    expect(form.cell("Số liệu", "A5")!.v).toBe("CHỈ TIÊU DO THƯỜNG TRỰC CỤM/KHỐI GIAO (đã khóa, đơn vị không sửa)");
  });

  it("refuses a return whose target differs from the master's, naming file, sheet and cell, and logs it", async () => {
    const { host, forms } = await master();
    const result = await collectForms(
      host,
      [{ fileName: "A1 sửa chỉ tiêu.xlsx", host: await filled(selfForm(forms, "A1"), A1_LOWER_TARGET) }],
      { now: FIRST_COLLECT_AT },
    );
    const [form] = result.forms;
    expect([form.accepted, form.changed]).toEqual([false, 0]);
    expect(errorsOf(form.findings)).toEqual([
      [FORM_RULES.targetChanged, "Số liệu!E9"],
      [FORM_RULES.refused, null],
    ]);
    expect(form.findings[0].file).toBe("A1 sửa chỉ tiêu.xlsx");
    expect(form.findings[0].message.vi).toBe(
      "A1 sửa chỉ tiêu.xlsx, Số liệu!E9: chỉ tiêu của tiêu chí 1.3 là 60, khác chỉ tiêu 100 do Thường trực cụm/khối " +
        "giao trong bảng tổng hợp. Chỉ tiêu không do đơn vị sửa; đơn vị chỉ báo cáo số thực hiện. Phiếu không được tiếp nhận.",
    );
    // The master is as it was: target 100, no actual, no score.
    const after = await parsed(host);
    expect(after.raw!.target[3][0]).toBe(100);
    expect(after.raw!.actual[3][0]).toBeNull();
    expect(after.raw!.self[1][0]).toBeNull();
    const row = after.log!.rows.at(-1)!;
    expect([row.action, row.file]).toEqual(["Từ chối phiếu tự chấm A1", "A1 sửa chỉ tiêu.xlsx"]);
    expect(row.summary).toContain(
      "Lý do: Số liệu!E9: A1 sửa chỉ tiêu.xlsx, Số liệu!E9: chỉ tiêu của tiêu chí 1.3 là 60",
    );
    expect(row.summary).toContain(`Mã phiếu ${selfForm(forms, "A1").id}.`);
  });
});

describe("a return never silently erases data", () => {
  it("refuses a resubmission that leaves a required score blank, and the master keeps its value", async () => {
    const { host, forms } = await master();
    const form = selfForm(forms, "A1");
    await collectForms(host, [{ fileName: "A1.xlsx", host: await filled(form, A1_FIRST) }], { now: FIRST_COLLECT_AT });
    expect((await parsed(host)).raw!.self[1][0]).toBe(8);

    const blank = await collectForms(host, [{ fileName: "A1 lần 2.xlsx", host: await filled(form, A1_BLANK) }], {
      now: SECOND_COLLECT_AT,
    });
    expect(blank.forms[0].accepted).toBe(false);
    expect(errorsOf(blank.forms[0].findings)).toEqual([
      [VALIDATION_RULES.scoreBlankRequired, "Tự chấm!E6"],
      [FORM_RULES.refused, null],
    ]);
    const after = await parsed(host);
    expect(after.raw!.self[1][0]).toBe(8);
    expect(after.log!.rows.at(-1)!.action).toBe("Từ chối phiếu tự chấm A1");

    // The same rule is an error in the master's own validation too, with the same sentence: A2 never returned.
    const validation = await validateWorkbook(host);
    const masterBlank = validation.findings.find(
      (f) =>
        f.rule === VALIDATION_RULES.scoreBlankRequired && f.location.unit === "A2" && f.location.criterion === "1.1",
    )!;
    expect(masterBlank.severity).toBe("error");
    const formBlank = blank.forms[0].findings.find((f) => f.rule === VALIDATION_RULES.scoreBlankRequired)!;
    expect(formBlank.message.vi.replace("A1", "A2")).toBe(masterBlank.message.vi);
  });
});

describe("every submission leaves a trace", () => {
  it("logs a foreign and a tampered form with their reasons, and the check chain holds", async () => {
    const { host, forms } = await master();
    const other = await master("review", "Cụm thi đua số 2");
    const foreign = await filled(selfForm(other.forms, "A1"), A1_FIRST);
    const tampered = await filled(selfForm(forms, "B1"), B1_CHANGED_MAX);
    const result = await collectForms(
      host,
      [
        { fileName: "Cụm 2 - A1.xlsx", host: foreign },
        { fileName: "B1.xlsx", host: tampered },
        {
          fileName: "ghi chú.txt",
          host: null,
          reason: { vi: "Đây không phải tệp Excel.", en: "It is not an Excel file." },
        },
      ],
      { now: FIRST_COLLECT_AT },
    );
    expect(result.forms.map((f) => [f.file, f.accepted])).toEqual([
      ["Cụm 2 - A1.xlsx", false],
      ["B1.xlsx", false],
      ["ghi chú.txt", false],
    ]);
    const log = (await parsed(host)).log!;
    const rows = log.rows.slice(2);
    expect(rows.map((r) => [r.action, r.file])).toEqual([
      ["Từ chối phiếu tự chấm A1", "Cụm 2 - A1.xlsx"],
      ["Từ chối phiếu tự chấm B1", "B1.xlsx"],
      ["Từ chối tệp gửi về", "ghi chú.txt"],
    ]);
    // Form id when readable, the reasons, and a hash of what the file held.
    expect(rows[0].summary).toMatch(
      /^Mã phiếu TC-A1-[0-9a-f]{10}\. Không tiếp nhận, bảng tổng hợp giữ nguyên số liệu\./,
    );
    expect(rows[0].summary).toContain("phiếu của cụm/khối “Cụm thi đua số 2”, không phải “Cụm thi đua số 1”");
    expect(rows[1].summary).toContain("bảng tiêu chí của phiếu khác bảng tiêu chí của bảng tổng hợp");
    expect(rows[2].summary).toBe(
      "Không tiếp nhận, bảng tổng hợp giữ nguyên số liệu. Lý do: ghi chú.txt: không đọc được phiếu. Đây không phải tệp Excel.",
    );
    expect(rows[0].hash).toMatch(/^[0-9a-f]{16}$/);
    expect(rows[0].hash).not.toBe(rows[1].hash);
    expect(rows.every((r) => r.time === "16 giờ 00, ngày 20/03/2026")).toBe(true);
    expect(logChainFindings(log)).toEqual([]);
    // No entry changed: every score and data cell of the master is still blank but A1's targets.
    const raw = (await parsed(host)).raw!;
    expect(raw.self.flat().filter((v) => v !== null)).toEqual([]);
    expect(raw.actual.flat().filter((v) => v !== null)).toEqual([]);
  });
});

describe("peer forms of two clusters", () => {
  it("carry no flag of any unit in any sheet, hidden or not, nor in the metadata", async () => {
    const { forms } = await master("cross");
    expect(forms).toHaveLength(6);
    for (const form of forms) {
      const host = await filled(form, []);
      // The units table's flag columns (D priority, E not eligible) are blank on every row.
      for (let row = 3; row < 3 + form.meta.units.length; row++) {
        expect([host.cell("Đơn vị", `D${row}`)?.v ?? null, host.cell("Đơn vị", `E${row}`)?.v ?? null]).toEqual([
          null,
          null,
        ]);
      }
      const meta = JSON.parse(String(host.cell("_thidua", "A1")!.v)) as { units: Record<string, unknown>[] };
      expect(meta.units.every((u) => u.priority === false && u.disqualified === false)).toBe(true);
      for (const cell of everyCell(host)) {
        expect(cell.text).not.toMatch(/"(priority|disqualified)":true/);
      }
      expect(host.sheets.get("_thidua")!.visibility).toBe("veryHidden");
    }
    // A1's peer form holds A1 and A2's data (its cluster), none of B1's (Cụm 2): column G of Số liệu stays blank.
    const master2 = await master("cross");
    master2.host.type("Số liệu", "G9", 70);
    const again = await makeForms(master2.host, { now: FORMS_AT });
    const a1 = await filled(peerForm(again.forms, "A1"), []);
    expect(a1.cell("Số liệu", "E9")!.v).toBe(100);
    expect(a1.cell("Số liệu", "G9")!.v ?? null).toBeNull();
  });

  it("have inputs only for the other units of the rater's cluster, and no blank warning for the rest", async () => {
    const { host, forms } = await master("cross");
    const a1 = peerForm(forms, "A1");
    const sheet = a1.plan.sheets.find((s) => s.key === "peer:A1")!;
    const form = await filled(a1, []);
    // A1 scores A2 (F) only: E is its own column, G is B1 of Cụm 2; rows 6 (1.1) and 7 (1.2) are inputs.
    expect(["E6", "F6", "G6", "F7", "G7"].map((a) => form.cell("CC A1", a)?.input ?? false)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
    expect(sheet.validations!.every((v) => v.range.startsWith("F"))).toBe(true);
    // B1, alone in its cluster, has no one to score.
    const b1 = peerForm(forms, "B1").plan.sheets.find((s) => s.key === "peer:B1")!;
    expect(b1.validations).toEqual([]);

    const returned = await filled(a1, [
      { sheet: "CC A1", cell: "F6", value: 7 },
      { sheet: "CC A1", cell: "F7", value: "Đạt" },
    ]);
    const result = await collectForms(host, [{ fileName: "CC A1.xlsx", host: returned }], { now: FIRST_COLLECT_AT });
    expect(result.forms.map((f) => [f.accepted, f.changed, f.findings.length])).toEqual([[true, 2, 0]]);
    const validation = await validateWorkbook(host);
    const incomplete = validation.findings.filter((f) => f.rule === VALIDATION_RULES.peerIncomplete);
    // Only A2's own sheet still lacks its score of A1; nothing about B1 as rater or as ratee of Cụm 1.
    expect(incomplete.map((f) => [f.location.rater, f.location.unit])).toEqual([["A2", "A1"]]);
  });
});

describe("local time", () => {
  it("shows no ISO time in the log, the forms or the printed results, and still checks an older ISO log", async () => {
    // An older add-in wrote the first log row in ISO time: its chain cell is what that add-in computed.
    const { host, forms } = await master("cross", MASTER_OPTIONS.clusterTitle, async (older) => {
      const first = (await parsed(older)).log!.rows[0];
      older.type("Nhật ký", "A3", INJECTED_AT);
      older.type("Nhật ký", "F3", logChain("", { ...first, time: INJECTED_AT }));
    });
    // Make a chain of operations that log, then undo the last.
    await collectForms(
      host,
      [
        { fileName: "A1.xlsx", host: await filled(selfForm(forms, "A1"), A1_FIRST) },
        { fileName: "A1 sửa.xlsx", host: await filled(selfForm(forms, "A1"), A1_LOWER_TARGET) },
      ],
      { now: FIRST_COLLECT_AT },
    );
    await collectForms(host, [{ fileName: "A1 lần 2.xlsx", host: await filled(selfForm(forms, "A1"), A1_FIRST) }], {
      now: SECOND_COLLECT_AT,
    });
    await updateSettings(host, { awards: { certificateShare: 0.3 } }, { now: "2026-03-26T01:00:00.000Z" });
    await undoLast(host, { now: "2026-03-26T02:00:00.000Z" });

    const log = (await parsed(host)).log!;
    expect(log.rows[0].time).toBe(INJECTED_AT);
    expect(log.rows.slice(1).map((r) => r.time)).toEqual([
      "15 giờ 00, ngày 02/03/2026",
      "16 giờ 00, ngày 20/03/2026",
      "16 giờ 00, ngày 20/03/2026",
      "17 giờ 30, ngày 25/03/2026",
      "08 giờ 00, ngày 26/03/2026",
      "09 giờ 00, ngày 26/03/2026",
    ]);
    expect(log.rows.at(-1)!.summary).toMatch(
      /^Hoàn tác: Đổi cài đặt lúc 08 giờ 00, ngày 26\/03\/2026; \d+ ô được khôi phục\.$/,
    );
    expect(logChainFindings(log)).toEqual([]);
    const readable = [...host.sheets.values()].filter((s) => s.visibility === "visible");
    for (const sheet of readable.filter((s) => ["Nhật ký", "Kết quả"].includes(s.name))) {
      for (const [address, cell] of sheet.cells) {
        if (address !== "A3" || sheet.name !== "Nhật ký") expect(String(cell.v ?? "")).not.toMatch(ISO_TIME);
      }
    }
    for (const form of forms) {
      const f = await filled(form, []);
      for (const cell of everyCell(f).filter((c) => c.sheet !== "_thidua")) expect(cell.text).not.toMatch(ISO_TIME);
    }
    // The metadata keeps ISO, for machines.
    const returns = (await validateWorkbook(host)).meta!.returns!;
    expect(Object.values(returns).map((r) => r.time)).toEqual([SECOND_COLLECT_AT]);
  });
});
