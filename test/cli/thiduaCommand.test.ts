// The built `thidua` command end to end, as child processes on temporary folders: templates, new → validate →
// fill → rank, rank --out, demo, and the one-sentence failures with exit code 2.

import ExcelJS from "exceljs";
import { existsSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Award, Grade } from "../../src/core/model/gradeTypes";
import type { Unit } from "../../src/core/model/unitTypes";
import { QUAL_PASS } from "../../src/core/parse/parseQualCell";
import { computeResults } from "../../src/core/ranking/computeResults";
import { resolveSettings } from "../../src/core/settings/defaultSettings";
import { getBuiltinTemplate } from "../../src/core/template/builtinTemplates";
import { flattenTemplate, type CriterionRow } from "../../src/core/template/flattenTemplate";
import { validateInputs } from "../../src/core/validation/validateInputs";
import type { CellValue } from "../../src/workbook/plan/planTypes";
import { buildCli, fileHash, tempFolder, thidua, type CliRun } from "./cliProcess";
import { fillWorkbook } from "./fillWorkbook";

interface FindingJson {
  rule: string;
  severity: string;
  sheet: string | null;
  cell: string | null;
  unit: string | null;
  criterion: string | null;
  message: string;
}
interface RankJson {
  template: { id: string; version: string };
  units: {
    code: string;
    name: string;
    cluster: string;
    self: number;
    peer: number | null;
    review: number | null;
    final: number;
    rank: number;
    tieBreak: string | null;
    grade: Grade;
    award: Award | null;
  }[];
  findings: FindingJson[];
}

const UNITS_CSV =
  "\uFEFFcode,name,cluster,priority\r\n" +
  "STC,Sở Tài chính,Khối tổng hợp,\r\n" +
  'SNV,"Sở Nội vụ, tỉnh ""Lào Cai""",Khối tổng hợp,x\r\n' +
  "SYT,Sở Y tế,Khối văn hóa – xã hội,\r\n" +
  "SGDDT,Sở Giáo dục và Đào tạo,Khối văn hóa – xã hội,\r\n";
const UNITS: Unit[] = [
  { code: "STC", name: "Sở Tài chính", cluster: "Khối tổng hợp", priority: false, disqualified: false },
  { code: "SNV", name: 'Sở Nội vụ, tỉnh "Lào Cai"', cluster: "Khối tổng hợp", priority: true, disqualified: false },
  { code: "SYT", name: "Sở Y tế", cluster: "Khối văn hóa – xã hội", priority: false, disqualified: false },
  {
    code: "SGDDT",
    name: "Sở Giáo dục và Đào tạo",
    cluster: "Khối văn hóa – xã hội",
    priority: false,
    disqualified: false,
  },
];

const template = getBuiltinTemplate("khoi-so-nganh")!;
const flat = flattenTemplate(template);

type Cell = (row: CriterionRow, unit: number) => CellValue;
const grid = (cell: Cell): CellValue[][] => flat.rows.map((row) => UNITS.map((_u, c) => cell(row, c)));

type Grids = Record<"target" | "actual" | "self" | "evidence" | "review" | "reviewNotes", CellValue[][]>;

/**
 * STC: every criterion at full points (I.1 50 of 50 tasks, II.1 no late dossier, IV.3 three examples), a 2-point
 * bonus and a 0.5 deduction. SNV: half of every manual max, Đạt, 30 of 40 tasks, 4 % late against 2 % allowed,
 * one example. SYT and SGDDT: uneven scores; the leader lowers SYT's I.2 by one point.
 */
function filledInputs(): Grids {
  const manual: Record<number, (row: CriterionRow) => number> = {
    0: (row) => row.max,
    1: (row) => row.max / 2,
    2: (row) => row.max - 0.75,
    3: (row) => row.max - (row.index % 3) * 0.25,
  };
  const self = grid((row, c) => {
    if (row.kind === "manual") return manual[c](row);
    if (row.kind === "qual") return QUAL_PASS;
    if (row.code === "B.1" && c === 0) return 2;
    if (row.code === "D.2" && c === 0) return -0.5;
    if (row.code === "B.2" && c === 3) return 1;
    return null;
  });
  const targets: Record<string, number[]> = { "I.1": [50, 40, 60, 45], "II.1": [2, 2, 2, 1.5] };
  const actuals: Record<string, number[]> = { "I.1": [50, 30, 57, 45], "II.1": [0, 4, 1, 3], "IV.3": [3, 1, 2, 4] };
  const target = grid((row, c) => targets[row.code]?.[c] ?? null);
  const actual = grid((row, c) => actuals[row.code]?.[c] ?? null);
  const evidence = grid((row, c) =>
    row.evidenceRequired || row.kind === "bonus" || row.kind === "deduction"
      ? self[row.index][c] === null
        ? null
        : `Quyết định số ${row.index + 1}/QĐ`
      : null,
  );
  const review = grid((row, c) => (row.code === "I.2" && c === 2 ? Number(self[row.index][c]) - 1 : null));
  const reviewNotes = grid((row, c) => (review[row.index][c] === null ? null : "Biên bản thẩm định số 05/BB"));
  return { target, actual, self, evidence, review, reviewNotes };
}

function json<T>(run: CliRun): T {
  return JSON.parse(run.stdout) as T;
}

/** One sentence on stderr, nothing on stdout, exit 2, and no stack trace. */
function expectOneSentenceFailure(run: CliRun, fragment: string): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(fragment);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => buildCli(), 60_000);

describe("thidua templates", () => {
  it("lists the five built-in templates as JSON", () => {
    const run = thidua(["templates", "--json"], tempFolder());
    expect(run.status).toBe(0);
    const ids = json<{ id: string }[]>(run).map((t) => t.id);
    expect(ids).toEqual(["cum-xa-phuong", "khoi-so-nganh", "khoi-doanh-nghiep", "khoi-truong-hoc", "ca-nhan-thang"]);
  });
});

describe("a scoring workbook from new to rank", () => {
  const folder = tempFolder();
  const file = join(folder, "khoi.xlsx");

  beforeAll(() => writeFileSync(join(folder, "units.csv"), UNITS_CSV));

  it("creates the workbook from units.csv", () => {
    const run = thidua(
      ["new", "--template", "khoi-so-nganh", "--units", "units.csv", "--out", "khoi.xlsx", "--period", "2026"],
      folder,
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("khoi.xlsx");
    expect(existsSync(file)).toBe(true);
  });

  it("refuses to overwrite an existing workbook without --force", () => {
    const before = fileHash(file);
    const run = thidua(["new", "--template", "khoi-so-nganh", "--units", "units.csv", "--out", "khoi.xlsx"], folder);
    expectOneSentenceFailure(run, "khoi.xlsx");
    expect(fileHash(file)).toBe(before);
  });

  it("reports exactly the blank required entries of a fresh workbook, each with its sheet and cell, and exits 1", () => {
    const run = thidua(["validate", "khoi.xlsx", "--json"], folder);
    expect(run.status).toBe(1);
    const findings = json<{ findings: FindingJson[] }>(run).findings;
    // Per unit: quant rows I.1 and II.1 need a target and an actual (4 cells), per_unit IV.3 a count (1), and
    // the 17 manual and pass/fail content criteria a self score (I.2–I.5, II.2–II.3, III.1–III.4, IV.1, IV.2,
    // IV.4, V.1–V.4). 4 units × (4 + 1 + 17) = 88; bonus and deduction lines may stay blank.
    expect(findings).toHaveLength(88);
    expect(findings.every((f) => f.severity === "error" && f.sheet !== null && f.cell !== null)).toBe(true);
    // STC is the first unit column (E). The self grid starts at row 5 with group I, so I.2 (flat row 2) is
    // row 7; the targets block starts at row 6 (below its label row), so I.1 (flat row 1) is row 7 there too.
    const selfI2 = findings.find((f) => f.unit === "STC" && f.criterion === "I.2");
    expect(selfI2).toMatchObject({ sheet: "Tự chấm", cell: "E7" });
    const sgddtV4 = findings.find((f) => f.unit === "SGDDT" && f.criterion === "V.4");
    // V.4 is flat row 24 (I + 5, II + 3, III + 4, IV + 4, V, V.1–V.4) → sheet row 5 + 24 = 29, fourth unit → H.
    expect(sgddtV4).toMatchObject({ sheet: "Tự chấm", cell: "H29" });
    // The actuals block follows 34 rows lower (33 criterion rows and its label row): I.1 at row 41.
    const stcTarget = findings.filter((f) => f.unit === "STC" && f.criterion === "I.1").map((f) => f.cell);
    expect(stcTarget).toEqual(["E7", "E41"]);
  });

  it("ranks the filled workbook with the core's numbers, in place", async () => {
    const inputs = filledInputs();
    await fillWorkbook(file, inputs);
    const validated = thidua(["validate", "khoi.xlsx", "--json"], folder);
    expect(json<{ findings: FindingJson[] }>(validated).findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(validated.status).toBe(0);

    const before = fileHash(file);
    const run = thidua(["rank", "khoi.xlsx", "--json"], folder);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(fileHash(file)).not.toBe(before);
    const ranking = json<RankJson>(run);
    expect(ranking.template).toEqual({ id: "khoi-so-nganh", version: template.version });

    const settings = resolveSettings(template.settings, undefined, { lang: "vi" });
    const checked = validateInputs({ flat, units: UNITS, settings, ...inputs });
    const expected = computeResults(checked.input);
    expect(ranking.units.map((u) => u.code).sort()).toEqual(UNITS.map((u) => u.code).sort());
    for (const u of expected.units) {
      const got = ranking.units.find((r) => r.code === u.unit.code)!;
      expect(got).toEqual({
        code: u.unit.code,
        name: u.unit.name,
        cluster: u.unit.cluster,
        self: u.self.total,
        peer: u.peer,
        review: u.review,
        final: u.final,
        rank: u.rank,
        tieBreak: u.tieBreakNote ? u.tieBreakNote.vi : null,
        grade: u.grade,
        award: u.award,
      });
    }
    const stc = ranking.units.find((u) => u.code === "STC")!;
    // 100 content points + 2 bonus − 0.5 deduction.
    expect(stc.final).toBe(101.5);
    expect(stc).toMatchObject({ rank: 1, grade: "HTXSNV", award: "co-thi-dua" });
    const snv = ranking.units.find((u) => u.code === "SNV")!;
    // Manual halves 15 + 5 + 5.5 + 2.5 + 5 = 33; Đạt 4 + 2 = 6; I.1 20 × 30/40 = 15; II.1 5 × 2/4 = 2.5;
    // IV.3 one example = 1. 33 + 6 + 15 + 2.5 + 1 = 57.5, below 70 % of 100 → KHTNV.
    expect(snv.final).toBe(57.5);
    expect(snv).toMatchObject({ rank: 2, grade: "KHTNV", award: null });
    // Ranked within each cluster: both clusters have a rank 1.
    expect(
      ranking.units
        .filter((u) => u.rank === 1)
        .map((u) => u.cluster)
        .sort(),
    ).toEqual(["Khối tổng hợp", "Khối văn hóa – xã hội"]);
  });

  it("leaves the input unchanged when ranking into --out", () => {
    const before = fileHash(file);
    const run = thidua(["rank", "khoi.xlsx", "--out", "ranked.xlsx"], folder);
    expect(run.status).toBe(0);
    expect(fileHash(file)).toBe(before);
    expect(existsSync(join(folder, "ranked.xlsx"))).toBe(true);
    expect(thidua(["validate", "ranked.xlsx"], folder).status).toBe(0);
  });

  it("prints a table per cluster with the final score in Vietnamese decimals", () => {
    const run = thidua(["rank", "khoi.xlsx"], folder);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Cụm/khối: Khối tổng hợp (2 đơn vị)");
    expect(run.stdout).toContain("Cụm/khối: Khối văn hóa – xã hội (2 đơn vị)");
    expect(run.stdout).toMatch(/1\s+STC\s+Sở Tài chính\s+101,50\s+101,50\s+HTXSNV\s+Cờ thi đua/);
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("exits 1 and writes nothing while an entry has an error", async () => {
    const inputs = filledInputs();
    inputs.self[flat.byCode.get("I.2")!][1] = 12; // above the max of 10
    await fillWorkbook(file, { self: inputs.self });
    const before = fileHash(file);
    const run = thidua(["rank", "khoi.xlsx", "--json"], folder);
    expect(run.status).toBe(1);
    expect(fileHash(file)).toBe(before);
    const ranking = json<RankJson>(run);
    expect(ranking.units).toEqual([]);
    expect(ranking.findings.some((f) => f.unit === "SNV" && f.criterion === "I.2" && f.cell === "F7")).toBe(true);
    expect(thidua(["validate", "khoi.xlsx"], folder).status).toBe(1);
  });
});

describe("thidua demo", () => {
  it("writes demo.xlsx and prints the block's ranking with its tie-break note", () => {
    const folder = tempFolder();
    const run = thidua(["demo", "--out", folder], tempFolder());
    expect(run.status).toBe(0);
    expect(existsSync(join(folder, "demo.xlsx"))).toBe(true);
    expect(run.stdout).toContain("Sở Giáo dục và Đào tạo");
    expect(run.stdout).toMatch(/\n\s+1\s+\S+\s+Sở .*Cờ thi đua/);
    expect(run.stdout).toContain("(1) Bằng điểm với");

    const ranked = json<RankJson>(thidua(["rank", "demo.xlsx", "--json"], folder));
    expect(ranked.units).toHaveLength(10);
    const finals = ranked.units.map((u) => Math.round(u.final * 1e4));
    const tied = ranked.units.filter((u) => finals.filter((f) => f === Math.round(u.final * 1e4)).length > 1);
    expect(tied).toHaveLength(2);
    expect(new Set(tied.map((u) => u.rank)).size).toBe(2);
    expect(tied.every((u) => u.tieBreak !== null)).toBe(true);
  });
});

describe("failures are one sentence and exit 2", () => {
  const folder = tempFolder();

  it("names an unknown option", () => {
    expectOneSentenceFailure(thidua(["validate", "x.xlsx", "--colour"], folder), "--colour");
  });

  it("names a missing file", () => {
    expectOneSentenceFailure(thidua(["validate", "missing.xlsx"], folder), "missing.xlsx");
  });

  it("says a text file renamed .xlsx is not an Excel file", () => {
    writeFileSync(join(folder, "notes.txt"), "Biên bản họp khối\n");
    renameSync(join(folder, "notes.txt"), join(folder, "notes.xlsx"));
    expectOneSentenceFailure(thidua(["rank", "notes.xlsx"], folder), "notes.xlsx");
  });

  it("refuses a workbook that is not a Thi đua workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Bảng điểm").getCell("A1").value = "Sở Tài chính";
    await workbook.xlsx.writeFile(join(folder, "other.xlsx"));
    expectOneSentenceFailure(thidua(["validate", "other.xlsx"], folder), "Thi đua");
    expectOneSentenceFailure(thidua(["rank", "other.xlsx"], folder), "Thi đua");
  });

  it("speaks English with --lang en", () => {
    expectOneSentenceFailure(thidua(["--lang", "en", "validate", "missing.xlsx"], folder), "does not exist");
  });
});
