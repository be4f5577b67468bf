// The printable results sheet (Kết quả): official header block, title and period, one section per cluster whose
// rows are live formulas over the Xếp hạng table (sorted by rank through hidden helpers), the settings used,
// a legend of the grade abbreviations, one signature block per cluster and A4 landscape print setup; workbooks made before the sheet existed stay valid without it.

import { getBuiltinTemplate } from "../../../../src/core/template/builtinTemplates";
import type { Unit } from "../../../../src/core/model/unitTypes";
import type { SettingsOverrides } from "../../../../src/core/settings/settingsTypes";
import { updateSettings } from "../../../../src/workbook/operations/updateSettings";
import { validateWorkbook } from "../../../../src/workbook/operations/validateWorkbook";
import { planInject } from "../../../../src/workbook/plan/planInject";
import type { SheetPlan, WorkbookPlan } from "../../../../src/workbook/plan/planTypes";
import { MemoryHost } from "../../memoryHost";
import { cellAt, sheetOf } from "../../planCells";
import { scenarioFor } from "../../scenarios";
import { injectFilledScenario, injectScenario } from "../../scenarioWorkbook";

const NOW = "2026-11-23T08:00:00.000Z";

function units(clusters: string[]): Unit[] {
  return clusters.map((cluster, i) => ({
    code: `U${i + 1}`,
    name: `Đơn vị ${i + 1}`,
    cluster,
    priority: false,
    disqualified: false,
  }));
}

function inject(
  list: Unit[],
  lang: "vi" | "en" = "vi",
  templateId = "khoi-so-nganh",
  mode: "review" | "cross" = "review",
  settings?: SettingsOverrides,
): WorkbookPlan {
  const planned = planInject(getBuiltinTemplate(templateId)!, list, settings, {
    mode,
    period: "Quý I/2026",
    clusterTitle: "Khối thi đua các sở",
    lang,
    now: NOW,
    existing: { sheets: [], names: [] },
  });
  if (!planned.plan) throw new Error(JSON.stringify(planned.findings));
  return planned.plan;
}

const value = (sheet: SheetPlan, address: string) => cellAt(sheet, address)?.v;
const formula = (sheet: SheetPlan, address: string) => cellAt(sheet, address)?.f;

describe("the printable results sheet", () => {
  // Units U1, U3, U5 in "Khối A" and U2, U4 in "Khối B" (interleaved on purpose). Xếp hạng rows 4…8 hold U1…U5;
  // for khoi-so-nganh (5 groups) its columns are A code, B name, C cluster, D–H groups, I bonus, J deduction,
  // K self, L peer, M review, N final, O rank, P tie-break note, Q grade, R award.
  const plan = inject(units(["Khối A", "Khối B", "Khối A", "Khối B", "Khối A"]));
  const print = sheetOf(plan, "print");

  it("is a protected sheet named Kết quả, after Xếp hạng, with its defined name TD_Print over the table", () => {
    expect(print.name).toBe("Kết quả");
    expect(print.create).toBe(true);
    expect(print.protect).toBe(true);
    const keys = plan.sheets.map((s) => s.key);
    expect(keys.indexOf("print")).toBe(keys.indexOf("result") + 1);
    // Header row 8; Khối A label row 9 and units 10–12; Khối B label row 13 and units 14–15.
    expect(plan.names.find((n) => n.name === "TD_Print")).toEqual({
      name: "TD_Print",
      sheet: "Kết quả",
      range: "$A$8:$G$15",
    });
  });

  it("opens with the cluster in capitals, the national motto, the title and the period", () => {
    expect(value(print, "A1")).toBe("KHỐI THI ĐUA CÁC SỞ");
    expect(value(print, "D1")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(value(print, "D2")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(value(print, "A5")).toBe("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA");
    // The period as a document's title writes it.
    expect(value(print, "A6")).toBe("QUÝ I NĂM 2026");
    expect(print.merges).toEqual(expect.arrayContaining(["A1:C1", "D1:G1", "D2:G2", "A5:G5", "A6:G6"]));
    expect(plan.styles[cellAt(print, "D1")!.s!].font).toMatchObject({ name: "Times New Roman", size: 13, bold: true });
  });

  it("has the table headers and one labelled section per cluster, numbered from 1 in each", () => {
    expect(["A8", "B8", "C8", "D8", "E8", "F8", "G8"].map((a) => value(print, a))).toEqual([
      "STT",
      "Tên đơn vị",
      "Tổng điểm",
      "Xếp hạng",
      "Xếp loại",
      "Đề nghị khen thưởng",
      "Ghi chú",
    ]);
    expect(value(print, "A9")).toBe("Khối A");
    expect(value(print, "A13")).toBe("Khối B");
    expect(["A10", "A11", "A12", "A14", "A15"].map((a) => value(print, a))).toEqual([1, 2, 3, 1, 2]);
  });

  it("sorts each section by the rank column of Xếp hạng with distinct keys, then reads that unit's row", () => {
    // Khối A members in units order: U1 (table row 1), U3 (3), U5 (5); keys rank × 4 + place.
    expect(formula(print, "H10")).toBe("'Xếp hạng'!O4*4+1");
    expect(formula(print, "H11")).toBe("'Xếp hạng'!O6*4+2");
    expect(formula(print, "H12")).toBe("'Xếp hạng'!O8*4+3");
    expect(["I10", "I11", "I12"].map((a) => value(print, a))).toEqual([1, 3, 5]);
    expect(formula(print, "J11")).toBe("INDEX($I$10:$I$12,MATCH(SMALL($H$10:$H$12,2),$H$10:$H$12,0))");
    // Khối B: U2, U4 with keys rank × 3 + place.
    expect(formula(print, "H14")).toBe("'Xếp hạng'!O5*3+1");
    expect(formula(print, "H15")).toBe("'Xếp hạng'!O7*3+2");
    expect(["I14", "I15"].map((a) => value(print, a))).toEqual([2, 4]);
    expect(formula(print, "J14")).toBe("INDEX($I$14:$I$15,MATCH(SMALL($H$14:$H$15,1),$H$14:$H$15,0))");
    // The printed columns read name, final, rank, grade, award and note of that row of the ranking table.
    expect(formula(print, "B14")).toBe("INDEX('Xếp hạng'!$B$4:$B$8,$J14)");
    expect(formula(print, "C14")).toBe("INDEX('Xếp hạng'!$N$4:$N$8,$J14)");
    expect(formula(print, "D14")).toBe("INDEX('Xếp hạng'!$O$4:$O$8,$J14)");
    expect(formula(print, "E14")).toBe("INDEX('Xếp hạng'!$Q$4:$Q$8,$J14)");
    // The award, or the meeting's vote on it once tallied: column AA, the first after the helpers S flags, T cluster
    // index, U rounded final, V–Y the four tie-break keys, Z share.
    // The award is written by its full name (default settings: the province's flag and certificate); a vote shows
    // below it, or alone on a unit the score did not propose.
    const award = "INDEX('Xếp hạng'!$R$4:$R$8,$J14)";
    const vote = "INDEX('Xếp hạng'!$AA$4:$AA$8,$J14)";
    const full =
      `IF(${award}="Cờ thi đua","Cờ thi đua của Ủy ban nhân dân tỉnh",` +
      `IF(${award}="Bằng khen","Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",${award}&""))`;
    expect(formula(print, "F14")).toBe(
      `IF(${vote}&""="",${full},IF(${award}&""="",${vote}&"",${full}&CHAR(10)&${vote}))`,
    );
    expect(formula(print, "G14")).toBe("INDEX('Xếp hạng'!$P$4:$P$8,$J14)&\"\"");
    expect(print.hiddenColumns).toEqual([7, 8, 9]);
  });

  it("references exactly the Xếp hạng columns whose headers name those values", () => {
    const result = sheetOf(plan, "result");
    const header = (letter: string) => cellAt(result, `${letter}3`)?.v;
    expect(["B", "N", "O", "Q", "R", "P"].map(header)).toEqual([
      "Tên đơn vị",
      "Điểm xếp hạng",
      "Thứ hạng",
      "Xếp loại",
      "Đề nghị khen thưởng",
      "Ghi chú",
    ]);
  });

  it("spells out the grade abbreviations once, below the table", () => {
    expect(value(print, "A17")).toBe(
      "Chữ viết tắt: HTXSNV – Hoàn thành xuất sắc nhiệm vụ; HTTNV – Hoàn thành tốt nhiệm vụ; " +
        "HTNV – Hoàn thành nhiệm vụ; KHTNV – Không hoàn thành nhiệm vụ.",
    );
    expect(print.merges).toEqual(expect.arrayContaining(["A17:G17"]));
  });

  it("states the settings used, then place and date and one signature block per cluster, the leader's sealed", () => {
    // Rows: table ends 15, legend 17, settings 18–20 (final rule, grades, awards), date 22; Khối A's block: its name
    // 23, signers 24, hints 25, room 26–29; Khối B's: name 30, signers 31, hints 32, room 33–36.
    expect(value(print, "A18")).toBe(
      "Điểm cuối cùng: điểm vòng cuối (điểm thẩm định nếu có, nếu không là điểm tự chấm).",
    );
    expect(value(print, "A19")).toBe(
      "Xếp loại theo tỷ lệ trên 100 điểm: HTXSNV ≥ 90 % (sàn 85 %), HTTNV ≥ 80 % (sàn 80 %), " +
        "HTNV ≥ 70 % (sàn 70 %); còn lại KHTNV.",
    );
    expect(value(print, "A20")).toBe(
      "Khen thưởng mỗi cụm, khối: 1 Cờ thi đua (hạng 1, HTXSNV); Bằng khen tối đa 20 % số đơn vị (ít nhất 1).",
    );
    expect(value(print, "F22")).toBe("……, ngày …… tháng …… năm ……");
    for (const [titleRow, cluster] of [
      [23, "Khối A"],
      [30, "Khối B"],
    ] as const) {
      expect(value(print, `A${titleRow}`)).toBe(cluster);
      const roles = titleRow + 1;
      const hints = titleRow + 2;
      expect([value(print, `A${roles}`), value(print, `C${roles}`), value(print, `F${roles}`)]).toEqual([
        "THƯ KÝ",
        "PHÓ TRƯỞNG KHỐI",
        "TRƯỞNG KHỐI",
      ]);
      expect([value(print, `A${hints}`), value(print, `C${hints}`), value(print, `F${hints}`)]).toEqual([
        "(Ký, ghi rõ họ tên)",
        "(Ký, ghi rõ họ tên)",
        "(Ký, ghi rõ họ tên, đóng dấu)",
      ]);
    }
  });

  it("explains the final rule a cross-scored workbook actually uses", () => {
    // Cross mode: 4 settings lines (rule, peer scores, grades, awards) from row 18 (two clusters of 5 units).
    const cross = sheetOf(
      inject(units(["Khối A", "Khối B", "Khối A", "Khối B", "Khối A"]), "vi", "khoi-so-nganh", "cross"),
      "print",
    );
    expect([value(cross, "A18"), value(cross, "A19")]).toEqual([
      "Điểm cuối cùng: bình quân gia quyền (tự chấm 20 %, chấm chéo 30 %, thẩm định 50 %); lớp điểm chưa có được " +
        "bỏ qua, trọng số chia lại cho các lớp còn lại.",
      "Chấm chéo: bỏ 1 điểm cao nhất và 1 điểm thấp nhất khi có từ 5 đơn vị chấm trở lên.",
    ]);
    // The same workbook told to rank on the last stage says so, and that peer scores do not count.
    const lastStage = sheetOf(
      inject(units(["Khối A", "Khối B", "Khối A", "Khối B", "Khối A"]), "en", "khoi-so-nganh", "cross", {
        finalRule: "last-stage",
      }),
      "print",
    );
    expect([value(lastStage, "A18"), value(lastStage, "A19")]).toEqual([
      "Final score: last stage (the review score where entered, else the self-score).",
      "Peer scores are for reference only: the last-stage rule does not use them.",
    ]);
    // A review workbook under the weighted rule names only its two layers.
    const review = sheetOf(
      inject(units(["Khối A"]), "vi", "khoi-so-nganh", "review", { finalRule: "weighted" }),
      "print",
    );
    // One unit: table 8–9, legend 11, settings from 12.
    expect(value(review, "A12")).toMatch(/^Điểm cuối cùng: bình quân gia quyền \(tự chấm 20 %, thẩm định 50 %\);/);
  });

  it("prints on A4 landscape, one page wide, header row repeated, with Decree 30's margins", () => {
    expect(print.print).toEqual({
      orientation: "landscape",
      titleRows: "8:8",
      fitToWidth: true,
      area: "A1:G36",
      margins: { top: 2, bottom: 2, left: 3, right: 1.5 },
      centerHorizontally: true,
    });
  });

  it("has no section label when every unit is in one cluster, and speaks of a cụm for a cluster template", () => {
    const one = sheetOf(inject(units(["Cụm 1", "Cụm 1", "Cụm 1"]), "vi", "cum-xa-phuong"), "print");
    expect(value(one, "A9")).toBe(1);
    // cum-xa-phuong has six groups (D–I), so the rank sits in column P; rows: table 8–11, legend 13, settings
    // 14–16, date 18, signers 19 (no cluster name above them).
    expect(formula(one, "H9")).toBe("'Xếp hạng'!P4*4+1");
    expect(value(one, "C19")).toBe("PHÓ TRƯỞNG CỤM");
    expect(value(one, "A18")).toBeUndefined();
  });

  it("is in English in an English workbook", () => {
    const en = sheetOf(inject(units(["A", "A"]), "en"), "print");
    expect(en.name).toBe("Results");
    expect(value(en, "D1")).toBe("SOCIALIST REPUBLIC OF VIET NAM");
    expect(value(en, "A5")).toBe("SUMMARY OF EMULATION SCORES AND RANKING");
    expect(value(en, "A6")).toBe("Q1 2026");
    expect(value(en, "B8")).toBe("Unit");
  });
});

describe("workbooks made before the print sheet existed", () => {
  async function oldWorkbook() {
    const scenario = scenarioFor("khoi-so-nganh", "review", 5);
    const host = new MemoryHost();
    await injectFilledScenario(host, scenario, { now: NOW });
    host.names.delete("TD_PRINT");
    host.sheets.delete("kết quả");
    return host;
  }

  it("validate without a finding about the missing sheet or name", async () => {
    const host = await oldWorkbook();
    const { findings } = await validateWorkbook(host);
    expect(findings.filter((f) => f.rule.startsWith("workbook.name") || /TD_Print/.test(f.message.en))).toEqual([]);
  });

  it("take a settings change without writing a print sheet that is not there", async () => {
    const host = await oldWorkbook();
    const update = await updateSettings(host, { finalRule: "weighted" }, { now: NOW });
    expect(update.applied).toBe(true);
    expect(update.plan!.sheets.some((s) => s.key === "print")).toBe(false);
    expect(host.sheets.has("kết quả")).toBe(false);
  });

  it("while a workbook that has it validates with no name finding either", async () => {
    const scenario = scenarioFor("khoi-so-nganh", "review", 5);
    const host = new MemoryHost();
    await injectScenario(host, scenario, { now: NOW });
    expect(host.names.get("TD_PRINT")).toMatchObject({ sheet: "Kết quả" });
    const { findings } = await validateWorkbook(host);
    expect(findings.filter((f) => f.rule.startsWith("workbook.name"))).toEqual([]);
  });
});
