// The roll-up's admission rules on workbooks as read (no files): which periods count, in calendar order, and the
// finding that names each file left out or only warned about.

import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaultSettings";
import { admitPeriods } from "../../../src/workbook/rollup/admitPeriods";
import type { PeriodWorkbook } from "../../../src/workbook/rollup/readPeriodWorkbook";

function quarter(fileName: string, year: number, index: number, over: Partial<PeriodWorkbook> = {}): PeriodWorkbook {
  return {
    fileName,
    periodText: `Quý ${index}/${year}`,
    period: { label: `${year}-Q${index}`, year, kind: "quarter", index },
    template: { id: "cum-xa-phuong", version: "1.0.0", title: "Cụm xã, phường" },
    contentMax: 100,
    settings: DEFAULT_SETTINGS,
    lang: "vi",
    clusterTitle: "Cụm 1",
    results: [
      { code: "A", name: "Phường A", cluster: "Cụm 1", final: 80 },
      { code: "B", name: "Phường B", cluster: "Cụm 1", final: 70 },
    ],
    ...over,
  };
}

const rules = (findings: { rule: string; file: string | null }[]) => findings.map((f) => [f.rule, f.file]);

describe("admitPeriods", () => {
  it("keeps one file per quarter of the first period's year, in calendar order", () => {
    const admitted = admitPeriods([quarter("q3.xlsx", 2026, 3), quarter("q1.xlsx", 2026, 1)]);
    expect(admitted).toMatchObject({ year: 2026, kind: "quarter" });
    expect(admitted.used.map((w) => w.fileName)).toEqual(["q1.xlsx", "q3.xlsx"]);
    expect(admitted.sources.map((s) => [s.fileName, s.used])).toEqual([
      ["q3.xlsx", true],
      ["q1.xlsx", true],
    ]);
    expect(admitted.findings).toEqual([]);
  });

  it("leaves out a second file of one period, another year, months among quarters and another template", () => {
    const month = quarter("thang3.xlsx", 2026, 3, {
      period: { label: "2026-03", year: 2026, kind: "month", index: 3 },
    });
    const admitted = admitPeriods([
      quarter("q1.xlsx", 2026, 1),
      quarter("q1 ban sao.xlsx", 2026, 1),
      quarter("q2-2025.xlsx", 2025, 2),
      month,
      quarter("khac.xlsx", 2026, 2, { template: { id: "khoi-so-nganh", version: "1.0.0", title: "Khối Sở" } }),
    ]);
    expect(admitted.used.map((w) => w.fileName)).toEqual(["q1.xlsx"]);
    expect(rules(admitted.findings)).toEqual([
      ["rollup.duplicate-period", "q1 ban sao.xlsx"],
      ["rollup.other-year", "q2-2025.xlsx"],
      ["rollup.other-kind", "thang3.xlsx"],
      ["rollup.template-mismatch", "khac.xlsx"],
    ]);
  });

  it("only warns about another template version and a unit that moved cluster, and counts the file", () => {
    const moved = quarter("q2.xlsx", 2026, 2, {
      template: { id: "cum-xa-phuong", version: "1.1.0", title: "Cụm xã, phường" },
      results: [
        { code: "A", name: "Phường A", cluster: "Cụm 1", final: 82 },
        { code: "B", name: "Phường B", cluster: "Cụm 2", final: 71 },
      ],
    });
    const admitted = admitPeriods([quarter("q1.xlsx", 2026, 1), moved]);
    expect(admitted.used.map((w) => w.fileName)).toEqual(["q1.xlsx", "q2.xlsx"]);
    expect(admitted.findings.map((f) => [f.rule, f.severity, f.location.unit ?? null])).toEqual([
      ["rollup.template-version", "warning", null],
      ["rollup.cluster-mismatch", "warning", "B"],
    ]);
  });

  it("counts nothing, and says so, when no workbook states a period it can read", () => {
    const admitted = admitPeriods([quarter("la.xlsx", 2026, 1, { period: null, periodText: "Năm học mới" })]);
    expect(admitted).toMatchObject({ year: null, kind: null, used: [] });
    expect(rules(admitted.findings)).toEqual([["rollup.no-periods", null]]);
  });
});
