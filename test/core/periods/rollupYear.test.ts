import { rollupYear, type PeriodResults } from "../../../src/core/periods/rollupYear";
import { resolveSettings } from "../../../src/core/settings/defaultSettings";

const settings = resolveSettings();
const r = (code: string, final: number, cluster = "Cụm 1") => ({ code, name: `Đơn vị ${code}`, cluster, final });
const month = (m: number) => `2026-${String(m).padStart(2, "0")}`;

describe("rolling periods up into the year", () => {
  it("averages the months present and warns about a missing month", () => {
    // X: months 1, 2, 4, 5, 6 at 92 and 7…12 at 88, March missing: (5 × 92 + 6 × 88)/11 = (460 + 528)/11 = 89.8181…
    //    ⇒ HTTNV (≥ 80 % of 100, < 90 %). Y: every month 90 ⇒ mean 90 ⇒ HTXSNV (the threshold itself counts).
    const periods: PeriodResults[] = [];
    for (let m = 1; m <= 12; m++) {
      const results = [r("Y", 90)];
      if (m !== 3) results.unshift(r("X", m <= 6 ? 92 : 88));
      periods.push({ period: month(m), results });
    }
    const { units, findings } = rollupYear(periods, { year: 2026, kind: "month", contentMax: 100, settings });
    expect(units.map((u) => u.code)).toEqual(["X", "Y"]);
    expect(units[0].mean).toBeCloseTo(988 / 11, 12);
    expect(units[0].grade).toBe("HTTNV");
    expect(units[0].missing).toEqual(["2026-03"]);
    expect(units[0].periodsPresent).toHaveLength(11);
    expect(units[1]).toMatchObject({ mean: 90, grade: "HTXSNV", missing: [] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "period.missing", severity: "warning", location: { unit: "X" } });
    expect(findings[0].message.vi).toBe(
      "Đơn vị X thiếu kết quả tháng 3 năm 2026; điểm cả năm là trung bình của 11 tháng có kết quả.",
    );
    expect(findings[0].message.en).toBe(
      "Đơn vị X has no result for March 2026; its score for the year is the mean of the 11 months it has.",
    );
  });

  it("rolls quarters up, in calendar order whatever the input order", () => {
    // Z: 70, 75, 80, 85 ⇒ 77.5 ⇒ HTNV. W: Q1 95, Q2 91, Q4 93 ⇒ 279/3 = 93 ⇒ HTXSNV, Q3 missing.
    const periods: PeriodResults[] = [
      { period: "2026-Q4", results: [r("Z", 85), r("W", 93)] },
      { period: "2026-Q1", results: [r("Z", 70), r("W", 95)] },
      { period: "2026-q2", results: [r("Z", 75), r("W", 91)] },
      { period: "2026-Q3", results: [r("Z", 80)] },
    ];
    const { units, findings } = rollupYear(periods, { year: 2026, kind: "quarter", contentMax: 100, settings });
    expect(units).toEqual([
      {
        code: "Z",
        name: "Đơn vị Z",
        cluster: "Cụm 1",
        periodsPresent: ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"],
        missing: [],
        mean: 77.5,
        grade: "HTNV",
      },
      {
        code: "W",
        name: "Đơn vị W",
        cluster: "Cụm 1",
        periodsPresent: ["2026-Q1", "2026-Q2", "2026-Q4"],
        missing: ["2026-Q3"],
        mean: 93,
        grade: "HTXSNV",
      },
    ]);
    expect(findings.map((f) => f.message.vi)).toEqual([
      "Đơn vị W thiếu kết quả quý 3 năm 2026; điểm cả năm là trung bình của 3 quý có kết quả.",
    ]);
  });

  it("rejects periods of another year or kind, unreadable ones and a period given twice", () => {
    const periods: PeriodResults[] = [
      { period: "2026-Q1", results: [r("Z", 80)] },
      { period: "2025-Q2", results: [r("Z", 0)] },
      { period: "2026-05", results: [r("Z", 0)] },
      { period: "2026-Q1", results: [r("Z", 0)] },
      { period: "2026-Q5", results: [r("Z", 0)] },
      { period: "quý 3", results: [r("Z", 0)] },
    ];
    const { units, findings } = rollupYear(periods, { year: 2026, kind: "quarter", contentMax: 100, settings });
    expect(findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.location.row])).toEqual([
      ["period.other-year", 1],
      ["period.other-kind", 2],
      ["period.duplicate", 3],
      ["period.unreadable", 4],
      ["period.unreadable", 5],
    ]);
    // Only the first 2026-Q1 counts: Z's mean is 80, with Q2…Q4 missing.
    expect(units).toMatchObject([{ code: "Z", mean: 80, missing: ["2026-Q2", "2026-Q3", "2026-Q4"] }]);
    expect(findings[0].message.vi).toBe("Kỳ 2025-Q2 không thuộc năm 2026 đang tổng hợp; kỳ này được bỏ qua.");
  });

  it("reports a unit listed twice in a period and a result without a usable final", () => {
    const periods: PeriodResults[] = [
      { period: "2026-Q1", results: [r("Z", 80), r("Z", 10), r("V", NaN)] },
      { period: "2026-Q2", results: [r("Z", 90), r("V", 70)] },
      { period: "2026-Q3", results: [r("Z", 70), r("V", 70)] },
      { period: "2026-Q4", results: [r("Z", 80), r("V", 70)] },
    ];
    const { units, findings } = rollupYear(periods, { year: 2026, kind: "quarter", contentMax: 100, settings });
    expect(findings.map((f) => [f.rule, f.location.unit])).toEqual([
      ["period.duplicate-unit", "Z"],
      ["period.bad-final", "V"],
      ["period.missing", "V"],
    ]);
    // Z: (80 + 90 + 70 + 80)/4 = 80 ⇒ HTTNV; V: 70 over three quarters ⇒ HTNV.
    expect(units.map((u) => [u.code, u.mean, u.grade])).toEqual([
      ["Z", 80, "HTTNV"],
      ["V", 70, "HTNV"],
    ]);
  });

  it("grades the mean without per-criterion floors and on the template's own thresholds", () => {
    // Decree 335 thresholds 90/70/50: a mean of 60 on a 100-point scale is HTNV; with the default 90/80/70, KHTNV.
    const periods: PeriodResults[] = [{ period: "2026-01", results: [r("P", 60)] }];
    const decree = resolveSettings({ grades: { thresholds: { HTXSNV: 0.9, HTTNV: 0.7, HTNV: 0.5 }, floors: null } });
    const year = { year: 2026, kind: "month" as const, contentMax: 100 };
    expect(rollupYear(periods, { ...year, settings: decree }).units[0].grade).toBe("HTNV");
    expect(rollupYear(periods, { ...year, settings }).units[0].grade).toBe("KHTNV");
  });
});
