// Issue #11's live-formula cases through the built command, recalculated by LibreOffice: `thidua new --mode cross`
// ranks on the weighted rule, `thidua settings --set finalRule=last-stage` and back re-plan the formulas, and after
// each change LibreOffice shows the finals, ranks and grades `thidua rank --json` gives; a unit at 91 of 100 with a
// 2-point criterion at 1.25 is HTNV (floors demote, never condemn); a disciplined person is KHTNV.

import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue } from "../../src/workbook/plan/planTypes";
import { XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { DEFINED_NAMES } from "../../src/workbook/layout/definedNames";
import { recalcWithLibreOffice } from "../support/libreoffice";
import { scenarioFor } from "../workbook/scenarios";
import { buildCli, tempFolder, thidua, type CliRun } from "./cliProcess";
import { fillWorkbook } from "./fillWorkbook";

jest.setTimeout(420_000);

interface RankJson {
  units: { code: string; final: number; rank: number; grade: string }[];
  findings: { rule: string; unit: string | null; criterion: string | null }[];
}
type Live = Map<string, { final: number; rank: number; grade: string }>;

const json = <T>(run: CliRun): T => {
  if (run.status !== 0) throw new Error(`thidua exited ${run.status}: ${run.stderr}${run.stdout}`);
  return JSON.parse(run.stdout) as T;
};

/** Final, rank and grade of every unit as the recalculated file shows them (TD_Result's code column, TD_Final…). */
async function liveResults(bytes: Uint8Array): Promise<Live> {
  const host = await XlsxHost.load(bytes);
  const { names } = await host.outline();
  const named = (name: string) => names.find((n) => n.name.toUpperCase() === name.toUpperCase())!;
  const wanted = [DEFINED_NAMES.result, DEFINED_NAMES.resultFinal, DEFINED_NAMES.resultRank, DEFINED_NAMES.resultGrade];
  const reads = await host.read(wanted.map((n) => ({ sheet: named(n).sheet!, range: named(n).range! })));
  const column = (i: number) => reads[i].values.map((row) => row[0]);
  const [codes, finals, ranks, grades]: CellValue[][] = [column(0), column(1), column(2), column(3)];
  return new Map(
    codes.map((code, i) => [
      String(code),
      { final: finals[i] as number, rank: ranks[i] as number, grade: String(grades[i]) },
    ]),
  );
}

function expectSame(label: string, ranked: RankJson, live: Live): void {
  expect(live.size).toBe(ranked.units.length);
  for (const u of ranked.units) {
    const shown = live.get(u.code)!;
    expect({ label, code: u.code, final: shown.final }).toEqual({
      label,
      code: u.code,
      final: expect.closeTo(u.final, 6),
    });
    expect({ label, code: u.code, rank: shown.rank, grade: shown.grade }).toEqual({
      label,
      code: u.code,
      rank: u.rank,
      grade: u.grade,
    });
  }
}

const dir = tempFolder();
/** The cross-scored workbook after each step, ranked: weighted, last stage, weighted again. */
const steps: { label: string; file: string; ranked: RankJson }[] = [];
let floors: RankJson;
let persons: RankJson;
const live: Live[] = [];

beforeAll(async () => {
  buildCli();

  // Cross mode: a cluster of the scenario's communes and wards in two clusters, every entry filled.
  const scenario = scenarioFor("khoi-so-nganh", "cross", 31);
  const csv = scenario.units.map(
    (u, i) => `${u.code},Xã số ${i + 1},${u.cluster},${u.priority ? "x" : ""},${u.disqualified ? "x" : ""}`,
  );
  writeFileSync(join(dir, "units.csv"), ["code,name,cluster,priority,disqualified", ...csv].join("\n") + "\n");
  const made = thidua(
    ["new", "--template", "khoi-so-nganh", "--units", "units.csv", "--out", "cum.xlsx", "--mode", "cross"],
    dir,
  );
  expect(made.status).toBe(0);
  await fillWorkbook(join(dir, "cum.xlsx"), scenario.inputs);
  const rankStep = (label: string) => {
    const ranked = json<RankJson>(thidua(["rank", "cum.xlsx", "--json"], dir));
    const file = join(dir, `${steps.length + 1}.xlsx`);
    copyFileSync(join(dir, "cum.xlsx"), file);
    steps.push({ label, file, ranked });
  };
  expect(
    json<{ settings: Record<string, unknown> }>(thidua(["settings", "cum.xlsx", "--json"], dir)).settings.finalRule,
  ).toBe("weighted");
  rankStep("weighted (new --mode cross)");
  expect(thidua(["settings", "cum.xlsx", "--set", "finalRule=last-stage"], dir).status).toBe(0);
  rankStep("last-stage");
  expect(thidua(["settings", "cum.xlsx", "--set", "finalRule=weighted"], dir).status).toBe(0);
  rankStep("weighted again");

  // Floors: F1 scores 91 of 100 with IV.4 (2 points) at 1.25; G2 and G3 score full points. Flat rows of
  // khoi-so-nganh: 0 I, 1 I.1 quant↑ 20, 2 I.2 10, 3 I.3 10, 4 I.4 5, 5 I.5 5, 6 II, 7 II.1 quant↓ 5, 8 II.2 5,
  // 9 II.3 5, 10 III, 11 III.1 5, 12 III.2 qual 4, 13 III.3 3, 14 III.4 3, 15 IV, 16 IV.1 qual 2, 17 IV.2 3,
  // 18 IV.3 per unit 3, 19 IV.4 2, 20 V, 21–24 V.1 3, V.2 3, V.3 2, V.4 2, then bonus and deduction rows.
  // F1: I.1 77.5 of 100 → 15.5 (−4.5), I.2 8.5 (−1.5), I.3 8.5 (−1.5), II.2 4.25 (−0.75), IV.4 1.25 (−0.75) = 91.
  writeFileSync(join(dir, "khoi.csv"), "code,name,cluster\nF1,Sở Một,Khối A\nG2,Sở Hai,Khối A\nG3,Sở Ba,Khối A\n");
  expect(
    thidua(["new", "--template", "khoi-so-nganh", "--units", "khoi.csv", "--out", "khoi.xlsx", "--mode", "review"], dir)
      .status,
  ).toBe(0);
  const max = [
    null,
    null,
    10,
    10,
    5,
    5,
    null,
    null,
    5,
    5,
    null,
    5,
    "Đạt",
    3,
    3,
    null,
    "Đạt",
    3,
    null,
    2,
    null,
    3,
    3,
    2,
    2,
  ];
  const self = max.map((v, r) => [r === 2 || r === 3 ? 8.5 : r === 8 ? 4.25 : r === 19 ? 1.25 : v, v, v]);
  const quant = (r: number, f1: number, others: number) =>
    r === 1 ? [f1, others, others] : r === 7 ? [0, 0, 0] : [null, null, null];
  await fillWorkbook(join(dir, "khoi.xlsx"), {
    self,
    target: max.map((_, r) => (r === 1 || r === 7 ? [100, 100, 100] : [null, null, null])),
    actual: max.map((_, r) => (r === 18 ? [10, 10, 10] : quant(r, 77.5, 100))),
  });
  floors = json<RankJson>(thidua(["rank", "khoi.xlsx", "--json"], dir));

  // A disciplined person: graded KHTNV by the live formula too.
  writeFileSync(
    join(dir, "ca-nhan.csv"),
    "code,name,cluster,disqualified\nCB01,Nguyễn Văn An,Phòng A,\nCB02,Trần Thị Bình,Phòng A,x\n",
  );
  expect(
    thidua(
      ["new", "--template", "ca-nhan-thang", "--units", "ca-nhan.csv", "--out", "thang.xlsx", "--mode", "self"],
      dir,
    ).status,
  ).toBe(0);
  const person = (r: number) => ([1, 2, 3].includes(r) ? [10, 10] : [null, null]);
  const task = (r: number) => ([5, 6, 7].includes(r) ? [20, 20] : [null, null]);
  const rows = Array.from({ length: 11 }, (_, r) => r);
  await fillWorkbook(join(dir, "thang.xlsx"), {
    self: rows.map(person),
    target: rows.map(task),
    actual: rows.map(task),
  });
  persons = json<RankJson>(thidua(["rank", "thang.xlsx", "--json"], dir));

  const files = [...steps.map((s) => s.file), join(dir, "khoi.xlsx"), join(dir, "thang.xlsx")];
  const recalculated = await recalcWithLibreOffice(files.map((f) => new Uint8Array(readFileSync(f))));
  for (const bytes of recalculated) live.push(await liveResults(bytes));
});

describe("cross scoring counts, in the live formulas too", () => {
  it("recalculates to rank --json's finals, ranks and grades after each settings change", () => {
    steps.forEach((step, i) => expectSame(step.label, step.ranked, live[i]));
  });

  it("changes the finals when the rule changes, and gives them back when it changes back", () => {
    const finals = (r: RankJson) =>
      r.units
        .map((u) => `${u.code} ${u.final.toFixed(6)}`)
        .sort()
        .join(";");
    expect(finals(steps[0].ranked)).not.toBe(finals(steps[1].ranked));
    expect(finals(steps[2].ranked)).toBe(finals(steps[0].ranked));
  });
});

describe("floors demote, never condemn", () => {
  it("grades a unit at 91 of 100 with its 2-point criterion at 1.25 HTNV, in JSON and in the live formula", () => {
    const f1 = floors.units.find((u) => u.code === "F1")!;
    expect([f1.final, f1.grade]).toEqual([91, "HTNV"]);
    expect(floors.findings.filter((f) => f.rule === "grade.below-floor").map((f) => [f.unit, f.criterion])).toEqual([
      ["F1", "IV.4"],
    ]);
    expect(live[steps.length].get("F1")).toEqual({ final: 91, rank: 3, grade: "HTNV" });
    expectSame("floors", floors, live[steps.length]);
  });
});

describe("a disciplined person", () => {
  it("is KHTNV whatever the score, in JSON and in the live formula", () => {
    expect(persons.units.map((u) => [u.code, u.final, u.grade])).toEqual([
      ["CB01", 100, "HTXSNV"],
      ["CB02", 100, "KHTNV"],
    ]);
    expectSame("persons", persons, live[steps.length + 1]);
  });
});
