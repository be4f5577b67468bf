// The built `thidua` command end to end, as child processes on temporary folders: templates, new → validate →
// fill → rank (each unit against numbers worked by hand), rank --out, demo, and the one-sentence failures with exit
// code 2. Every test makes the files it needs in a folder of its own, so each runs alone.

import ExcelJS from "exceljs";
import { existsSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Award, Grade } from "../../src/core/model/gradeTypes";
import type { Unit } from "../../src/core/model/unitTypes";
import { QUAL_PASS } from "../../src/core/parse/parseQualCell";
import { getBuiltinTemplate } from "../../src/core/template/builtinTemplates";
import { flattenTemplate, type CriterionRow } from "../../src/core/template/flattenTemplate";
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

/** A fresh workbook `thidua new` made from units.csv, in a folder of its own (each test starts from one). */
function newWorkbook(): { folder: string; file: string; run: CliRun } {
  const folder = tempFolder();
  writeFileSync(join(folder, "units.csv"), UNITS_CSV);
  const run = thidua(
    ["new", "--template", "khoi-so-nganh", "--units", "units.csv", "--out", "khoi.xlsx", "--period", "2026"],
    folder,
  );
  return { folder, file: join(folder, "khoi.xlsx"), run };
}

/** A fresh workbook with every entry of filledInputs() in it. */
async function filledWorkbook(): Promise<{ folder: string; file: string }> {
  const made = newWorkbook();
  await fillWorkbook(made.file, filledInputs());
  return made;
}

/**
 * Each unit's ranking worked by hand from filledInputs() and the template (content max 100: manual rows 66, Đạt
 * rows 6, I.1 20, II.1 5, IV.3 3; default settings: last stage, grades 90/80/70 with floors 85/80/70, one flag).
 * - STC: everything at full points, 100; bonus 2, deduction −0.5 → 101.5; HTXSNV; rank 1 of its block → flag.
 * - SNV: manual halves 33, Đạt 6, I.1 20 × 30/40 = 15, II.1 5 × 2/4 = 2.5, IV.3 1 → 57.5, below 70 % → KHTNV.
 * - SYT: each of the 15 manual rows 0.75 under its max, 66 − 11.25 = 54.75; Đạt 6; I.1 20 × 57/60 = 19; II.1 1
 *   late against 2 allowed, 5; IV.3 2 → self 86.75. The review lowers I.2 from 9.25 to 8.25 → 85.75 (86 %, the
 *   HTTNV threshold), but IV.4 at 1.25 of 2 (62.5 %) is under every floor → HTNV (floors demote, never below HTNV).
 * - SGDDT: manual rows 0.25 × (row index mod 3) under their max: seven rows 0.5 under, four 0.25 under, 66 − 4.5 =
 *   61.5; Đạt 6; I.1 20; II.1 3 late against 1.5, 5 × 1.5/3 = 2.5; IV.3 4 examples capped at 3 → 93; bonus 1 → 94
 *   (HTXSNV's 90 %), but II.1 at 50 % is under every floor → HTNV, so its block's rank 1 gets no flag.
 * No unit ties: no tie-break notes. The self mode's totals come with review ones since the workbook has a review.
 */
const WORKED = {
  STC: { self: 101.5, review: 101.5, final: 101.5, rank: 1, grade: "HTXSNV", award: "co-thi-dua" },
  SNV: { self: 57.5, review: 57.5, final: 57.5, rank: 2, grade: "KHTNV", award: null },
  SYT: { self: 86.75, review: 85.75, final: 85.75, rank: 2, grade: "HTNV", award: null },
  SGDDT: { self: 94, review: 94, final: 94, rank: 1, grade: "HTNV", award: null },
} as const;

describe("a scoring workbook from new to rank", () => {
  it("creates the workbook from units.csv", () => {
    const { file, run } = newWorkbook();
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("khoi.xlsx");
    expect(existsSync(file)).toBe(true);
  });

  it("refuses to overwrite an existing workbook without --force", () => {
    const { folder, file } = newWorkbook();
    const before = fileHash(file);
    const run = thidua(["new", "--template", "khoi-so-nganh", "--units", "units.csv", "--out", "khoi.xlsx"], folder);
    expectOneSentenceFailure(run, "khoi.xlsx");
    expect(fileHash(file)).toBe(before);
  });

  it("reports exactly the blank required entries of a fresh workbook, each with its sheet and cell, and exits 1", () => {
    const { folder } = newWorkbook();
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

  it("ranks the filled workbook in place, every unit as worked by hand", async () => {
    const { folder, file } = await filledWorkbook();
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
    // Block by block, each in rank order: SGDDT (94) ranks above SYT (85.75).
    expect(ranking.units.map((u) => u.code)).toEqual(["STC", "SNV", "SGDDT", "SYT"]);
    for (const unit of ranking.units) {
      const worked = WORKED[unit.code as keyof typeof WORKED];
      const source = UNITS.find((u) => u.code === unit.code)!;
      expect(unit).toEqual({
        code: source.code,
        name: source.name,
        cluster: source.cluster,
        self: expect.closeTo(worked.self, 9),
        peer: null,
        review: expect.closeTo(worked.review, 9),
        final: expect.closeTo(worked.final, 9),
        rank: worked.rank,
        tieBreak: null,
        grade: worked.grade,
        award: worked.award,
      });
    }
    // Why SYT and SGDDT lost their grades (the note on SGDDT's flag is "info", which --json leaves out).
    const about = (rule: string) => ranking.findings.filter((f) => f.rule === rule).map((f) => [f.unit, f.criterion]);
    expect(about("grade.below-floor")).toEqual([
      ["SGDDT", "II.1"],
      ["SYT", "IV.4"],
    ]);
  });

  it("leaves the input unchanged when ranking into --out", async () => {
    const { folder, file } = await filledWorkbook();
    const before = fileHash(file);
    const run = thidua(["rank", "khoi.xlsx", "--out", "ranked.xlsx"], folder);
    expect(run.status).toBe(0);
    expect(fileHash(file)).toBe(before);
    expect(existsSync(join(folder, "ranked.xlsx"))).toBe(true);
    expect(thidua(["validate", "ranked.xlsx"], folder).status).toBe(0);
  });

  it("prints a table per cluster with the final score in Vietnamese decimals", async () => {
    const { folder } = await filledWorkbook();
    const run = thidua(["rank", "khoi.xlsx"], folder);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Cụm/khối: Khối tổng hợp (2 đơn vị)");
    expect(run.stdout).toContain("Cụm/khối: Khối văn hóa – xã hội (2 đơn vị)");
    expect(run.stdout).toMatch(/1\s+STC\s+Sở Tài chính\s+101,50\s+101,50\s+HTXSNV\s+Cờ thi đua/);
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("exits 1 and writes nothing while an entry has an error", async () => {
    const { folder, file } = newWorkbook();
    const inputs = filledInputs();
    inputs.self[flat.byCode.get("I.2")!][1] = 12; // above the max of 10
    await fillWorkbook(file, inputs);
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
