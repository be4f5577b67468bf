// `thidua rollup` end to end on real files: quarterly workbooks made, filled and ranked, rolled up by the built
// command into a year summary (text and --json output, hand-checked means and grades), missing quarters and a
// repeated quarter flagged by file, and an existing file that is not a year summary left alone without --force.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { periodWorkbook, unitList } from "../workbook/rollup/periodWorkbooks";
import { buildCli, fileHash, tempFolder, thidua } from "./cliProcess";

interface RollupJson {
  year: number;
  kind: string;
  periods: { file: string; period: string; units: number; used: boolean }[];
  units: {
    code: string;
    name: string;
    cluster: string;
    finals: Record<string, number | null>;
    mean: number;
    grade: string;
    present: string[];
    missing: string[];
  }[];
  findings: { file: string | null; rule: string; severity: string; unit: string | null; message: string }[];
}

let folder: string;

beforeAll(async () => {
  buildCli();
  folder = tempFolder();
  // Finals = 1.1 + 2.1. A: Q1 92, Q2 88, Q4 95 ⇒ 275/3 = 91.67 ⇒ HTXSNV. B: Q1 81, Q2 79, Q4 70 ⇒ 230/3 = 76.67
  // ⇒ HTNV. C is in Q1 only (78) ⇒ 78 ⇒ HTNV. No Q3 workbook. Q2-copy repeats Q2.
  const files: [string, string, string[], Record<string, [number, number]>][] = [
    ["q1.xlsx", "Quý I/2026", ["A", "B", "C"], { A: [55, 37], B: [50, 31], C: [48, 30] }],
    ["q2.xlsx", "Quý II/2026", ["A", "B"], { A: [52, 36], B: [49, 30] }],
    ["q4.xlsx", "Quý IV/2026", ["A", "B"], { A: [57, 38], B: [42, 28] }],
    ["q2-copy.xlsx", "Quý II/2026", ["A", "B"], { A: [1, 1], B: [1, 1] }],
  ];
  for (const [name, period, codes, scores] of files) {
    const host = await periodWorkbook({ period, units: unitList(codes), scores });
    writeFileSync(join(folder, name), await host.save());
  }
  writeFileSync(join(folder, "notes.xlsx"), "not a workbook");
}, 120_000);

describe("thidua rollup", () => {
  it("writes the year summary and reports means, grades and missing quarters as JSON", async () => {
    const run = thidua(
      ["rollup", "year.xlsx", "q1.xlsx", "q2.xlsx", "q4.xlsx", "q2-copy.xlsx", "notes.xlsx", "--json"],
      folder,
    );
    expect(run.stderr).toBe("");
    // Files were left out (a repeated quarter, a file that is not a workbook): exit 1, the summary still written.
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as RollupJson;
    expect(json.year).toBe(2026);
    expect(json.kind).toBe("quarter");
    expect(json.units.map((u) => [u.code, u.grade, u.missing])).toEqual([
      ["A", "HTXSNV", ["2026-Q3"]],
      ["B", "HTNV", ["2026-Q3"]],
      ["C", "HTNV", ["2026-Q2", "2026-Q3", "2026-Q4"]],
    ]);
    expect(json.units[0].mean).toBeCloseTo(275 / 3, 10);
    expect(json.units[1].mean).toBeCloseTo(230 / 3, 10);
    expect(json.units[2].mean).toBe(78);
    expect(json.units[0].finals).toEqual({ "2026-Q1": 92, "2026-Q2": 88, "2026-Q3": null, "2026-Q4": 95 });
    expect(json.periods.map((p) => [p.file, p.period, p.used])).toEqual([
      ["q1.xlsx", "2026-Q1", true],
      ["q2.xlsx", "2026-Q2", true],
      ["q4.xlsx", "2026-Q4", true],
      ["q2-copy.xlsx", "2026-Q2", false],
    ]);
    const rules = json.findings.map((f) => [f.rule, f.file]);
    expect(rules).toEqual(
      expect.arrayContaining([
        ["rollup.unreadable", "notes.xlsx"],
        ["rollup.duplicate-period", "q2-copy.xlsx"],
        ["rollup.period-absent", null],
      ]),
    );
    expect(json.findings.filter((f) => f.rule === "period.missing").map((f) => f.unit)).toEqual(["A", "B", "C"]);

    // The file is a year summary: its table holds the units and their quarters, the mean as a formula.
    const host = await XlsxHost.load(readFileSync(join(folder, "year.xlsx")));
    const outline = await host.outline();
    const name = outline.names.find((n) => n.name === "TD_YearSummary")!;
    expect(name).toMatchObject({ sheet: "Tổng hợp năm", range: "A6:K8" });
    const [read] = await host.read([{ sheet: "Tổng hợp năm", range: "A6:K8", formulas: true }]);
    expect(read.values[0].slice(0, 7)).toEqual(["A", "Sở A", "Khối 1", 92, 88, null, 95]);
    expect(read.formulas[0][7]).toBe('IF(COUNT(D6:G6)=0,"",AVERAGE(D6:G6))');
    expect(read.values[2][10]).toBe("Thiếu quý 2, quý 3, quý 4");
  });

  it("prints a table and the summary line in English", () => {
    const run = thidua(["rollup", "year-en.xlsx", "q1.xlsx", "q2.xlsx", "q4.xlsx", "--lang", "en"], folder);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Wrote year-en.xlsx: 3 units, 3 periods of 2026.");
    expect(run.stdout).toMatch(/A\s+Sở A\s+92\.00\s+88\.00\s+—\s+95\.00\s+91\.67\s+HTXSNV\s+2026-Q3/);
    expect(run.stdout).toContain("No workbook for Q3 2026.");
  });

  it("replaces an earlier year summary, but not another file unless --force", () => {
    expect(thidua(["rollup", "year.xlsx", "q1.xlsx", "q2.xlsx"], folder).status).toBe(0);
    const other = join(folder, "q1-copy.xlsx");
    writeFileSync(other, readFileSync(join(folder, "q1.xlsx")));
    const before = fileHash(other);
    const refused = thidua(["rollup", "q1-copy.xlsx", "q2.xlsx"], folder);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      "Tệp q1-copy.xlsx đã có và không phải bảng tổng hợp năm; hãy chọn tên khác hoặc thêm --force để ghi đè.\n",
    );
    expect(fileHash(other)).toBe(before);
    expect(thidua(["rollup", "q1-copy.xlsx", "q2.xlsx", "--force"], folder).status).toBe(0);
    expect(fileHash(other)).not.toBe(before);
  });

  it("refuses a command line without period files, and writes nothing when no period can be used", () => {
    const missing = thidua(["rollup", "only.xlsx"], folder);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("Lệnh rollup cần tệp tổng hợp năm");
    const none = thidua(["rollup", "none.xlsx", "notes.xlsx"], folder);
    expect(none.status).toBe(2);
    expect(none.stdout).toContain("Không có kỳ nào dùng được; none.xlsx không được ghi.");
  });

  it("has help in Vietnamese and English", () => {
    expect(thidua(["rollup", "--help"], folder).stdout).toContain("thidua rollup NĂM.xlsx KỲ.xlsx…");
    expect(thidua(["rollup", "--help", "--lang", "en"], folder).stdout).toContain(
      "Rolls the monthly or quarterly scoring workbooks",
    );
  });
});
