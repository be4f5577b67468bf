// The year roll-up over period workbooks: finals recomputed from each workbook's entries, the mean of the periods
// present and its grade (hand-checked), missing periods flagged per unit and per year, and files that do not fit
// (another template, a period given twice, not a Thi đua workbook) reported by name and left out.

import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import { rollupPeriodWorkbooks } from "../../../src/workbook/rollup/rollupPeriodWorkbooks";
import { canonicalPeriod } from "../../../src/core/periods/canonicalPeriod";
import { getBuiltinTemplate } from "../../../src/core/template/builtinTemplates";
import { MemoryHost } from "../memoryHost";
import { cellAt } from "../planCells";
import { periodWorkbook, unitList } from "./periodWorkbooks";

const ABC = unitList(["A", "B", "C"]);
const AB = unitList(["A", "B"]);

describe("reading a workbook's period", () => {
  it.each([
    ["Quý I/2026", "2026-Q1"],
    ["quý 4 năm 2026", "2026-Q4"],
    ["Q2-2026", "2026-Q2"],
    ["2026-Q3", "2026-Q3"],
    ["Tháng 3/2026", "2026-03"],
    ["tháng 12 năm 2025", "2025-12"],
    ["03/2026", "2026-03"],
    ["2026-11", "2026-11"],
  ])("reads %s as %s", (text, label) => {
    expect(canonicalPeriod(text)?.label).toBe(label);
  });

  it.each(["2026", "Năm 2026", "Quý 5/2026", "Tháng 13/2026", "6 tháng đầu năm 2026"])("does not read %s", (text) => {
    expect(canonicalPeriod(text)).toBeNull();
  });
});

describe("rolling four quarterly workbooks up into the year", () => {
  // Finals are 1.1 + 2.1. Q1: A 55+38 = 93, B 50+30 = 80, C 40+28 = 68. Q2 (never ranked): A 90, B 82, C 75.
  // Q3: no usable file (only one made with another template). Q4: A 96, B 77; C is not in the Q4 workbook.
  // Means: A (93+90+96)/3 = 93 ⇒ HTXSNV; B (80+82+77)/3 = 79.67 ⇒ HTNV; C (68+75)/2 = 71.5 ⇒ HTNV.
  let rollup: Awaited<ReturnType<typeof rollupPeriodWorkbooks>>;
  const out = new MemoryHost();

  beforeAll(async () => {
    const q1 = await periodWorkbook({
      period: "Quý I/2026",
      units: ABC,
      scores: { A: [55, 38], B: [50, 30], C: [40, 28] },
    });
    const q2 = await periodWorkbook({
      period: "Quý II/2026",
      units: ABC,
      scores: { A: [54, 36], B: [48, 34], C: [45, 30] },
      rank: false,
    });
    const q4 = await periodWorkbook({ period: "2026-Q4", units: AB, scores: { A: [57, 39], B: [46, 31] } });
    const q2again = await periodWorkbook({
      period: "Quý 2/2026",
      units: ABC,
      scores: { A: [10, 10], B: [10, 10], C: [10, 10] },
    });
    const other = XlsxHost.create();
    const otherTemplate = await (async () => {
      const { injectTemplate } = await import("../../../src/workbook/operations/injectTemplate");
      await injectTemplate(other, getBuiltinTemplate("khoi-so-nganh")!, ABC, undefined, {
        mode: "self",
        period: "Quý III/2026",
        lang: "vi",
        now: "2026-12-20T08:00:00.000Z",
      });
      return other;
    })();
    rollup = await rollupPeriodWorkbooks(
      [
        { fileName: "Q1.xlsx", host: q1 },
        { fileName: "Q2.xlsx", host: q2 },
        { fileName: "Q4.xlsx", host: q4 },
        { fileName: "Q2-lai.xlsx", host: q2again },
        { fileName: "Q3-khac.xlsx", host: otherTemplate },
        { fileName: "ghi-chu.xlsx", host: XlsxHost.create() },
      ],
      out,
    );
  }, 60_000);

  it("recomputes each quarter's finals, unranked quarters included, and averages the quarters present", () => {
    expect(rollup.year).toBe(2026);
    expect(rollup.kind).toBe("quarter");
    expect(rollup.periods).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    const byCode = Object.fromEntries(rollup.units.map((u) => [u.code, u]));
    expect(byCode.A.finals).toEqual([93, 90, null, 96]);
    expect(byCode.B.finals).toEqual([80, 82, null, 77]);
    expect(byCode.C.finals).toEqual([68, 75, null, null]);
    expect(byCode.A.mean).toBeCloseTo(93, 12);
    expect(byCode.B.mean).toBeCloseTo(239 / 3, 12);
    expect(byCode.C.mean).toBeCloseTo(71.5, 12);
    expect(rollup.units.map((u) => u.grade)).toEqual(["HTXSNV", "HTNV", "HTNV"]);
    expect(byCode.C.missing).toEqual(["2026-Q3", "2026-Q4"]);
  });

  it("flags the missing quarter of the year and each unit's missing quarters", () => {
    const absent = rollup.findings.filter((f) => f.rule === "rollup.period-absent");
    expect(absent.map((f) => f.message.vi)).toEqual(["Không có tệp nào cho quý 3 năm 2026."]);
    const missing = rollup.findings.filter((f) => f.rule === "period.missing");
    expect(missing.map((f) => f.location.unit)).toEqual(["A", "B", "C"]);
    expect(missing[2].message.en).toBe(
      "Sở C has no result for Q3, Q4 2026; its score for the year is the mean of the 2 quarters it has.",
    );
  });

  it("names each file it left out and why", () => {
    const byRule = (rule: string) => rollup.findings.filter((f) => f.rule === rule).map((f) => f.file);
    expect(byRule("rollup.duplicate-period")).toEqual(["Q2-lai.xlsx"]);
    expect(byRule("rollup.template-mismatch")).toEqual(["Q3-khac.xlsx"]);
    expect(byRule("rollup.unreadable")).toEqual(["ghi-chu.xlsx"]);
    expect(rollup.findings.find((f) => f.rule === "rollup.duplicate-period")!.message.vi).toBe(
      "Q2-lai.xlsx: kỳ 2026-Q2 đã có ở Q2.xlsx; chỉ lấy Q2.xlsx, bỏ qua tệp này.",
    );
    expect(rollup.sources.map((s) => [s.fileName, s.used])).toEqual([
      ["Q1.xlsx", true],
      ["Q2.xlsx", true],
      ["Q4.xlsx", true],
      ["Q2-lai.xlsx", false],
      ["Q3-khac.xlsx", false],
    ]);
  });

  it("writes the summary: a row per unit, one column per quarter, live mean and grade, count and missing", () => {
    const sheet = rollup.plan!.sheets[0];
    expect(sheet.name).toBe("Tổng hợp năm");
    expect(out.sheets.has("tổng hợp năm")).toBe(true);
    // Header row 5: A code, B name, C cluster, D–G Q1–Q4, H mean, I grade, J count, K missing; units from row 6.
    const at = (a: string) => cellAt(sheet, a);
    expect(["D5", "E5", "F5", "G5", "H5", "I5"].map((a) => at(a)?.v)).toEqual([
      "Quý 1",
      "Quý 2",
      "Quý 3",
      "Quý 4",
      "Điểm bình quân năm",
      "Xếp loại năm",
    ]);
    expect(["A8", "B8", "C8", "D8", "E8", "F8", "G8"].map((a) => at(a)?.v)).toEqual([
      "C",
      "Sở C",
      "Khối 1",
      68,
      75,
      null,
      null,
    ]);
    expect(at("H8")?.f).toBe('IF(COUNT(D8:G8)=0,"",AVERAGE(D8:G8))');
    expect(at("I8")?.f).toBe(
      'IF(COUNT(D8:G8)=0,"",IF(ROUND(H8,4)>=90,"HTXSNV",IF(ROUND(H8,4)>=80,"HTTNV",IF(ROUND(H8,4)>=70,"HTNV","KHTNV"))))',
    );
    expect(at("J8")?.f).toBe("COUNT(D8:G8)");
    expect(at("K8")?.v).toBe("Thiếu quý 3, quý 4");
    expect(at("K6")?.v).toBe("Thiếu quý 3");
    expect(out.names.get("TD_YEARSUMMARY")).toMatchObject({ sheet: "Tổng hợp năm", range: "A6:K8" });
  });
});

describe("a complete year", () => {
  it("flags only the unit missing a quarter, and no quarter of the year", async () => {
    const scores = { A: [50, 30] as [number, number], B: [45, 35] as [number, number] };
    const hosts = await Promise.all(
      [1, 2, 3, 4].map((q) =>
        periodWorkbook({ period: `Quý ${q}/2026`, units: q === 2 ? unitList(["A"]) : AB, scores }),
      ),
    );
    const rollup = await rollupPeriodWorkbooks(
      hosts.map((host, i) => ({ fileName: `Q${i + 1}.xlsx`, host })),
      new MemoryHost(),
    );
    expect(rollup.findings.map((f) => [f.rule, f.location.unit ?? null])).toEqual([["period.missing", "B"]]);
    expect(rollup.units.map((u) => [u.code, u.mean, u.grade])).toEqual([
      ["A", 80, "HTTNV"],
      ["B", 80, "HTTNV"],
    ]);
  }, 60_000);

  it("writes nothing when no file can be used", async () => {
    const out = new MemoryHost();
    const rollup = await rollupPeriodWorkbooks([{ fileName: "rong.xlsx", host: XlsxHost.create() }], out);
    expect(rollup.plan).toBeNull();
    expect(out.sheets.size).toBe(0);
    expect(rollup.findings.map((f) => f.rule)).toEqual(["rollup.unreadable", "rollup.no-periods"]);
  });
});
