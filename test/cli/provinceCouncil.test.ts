// The provincial council's commands run in-process on real .xlsx files: `thidua province --dossier`, then
// province-ballots, province-tally (a votes.csv, members present, members) and province-dossier after the vote, and
// each bad argument or file refused with its exit code, the province workbook untouched.
//
// The list of the scenario (provinceScenario.ts): I. C1A (flag); II. C1B, C2A, C2B (certificates); III. C2A, C2B
// (the tied flag of cluster 2). The council: 15 members, 12 present (quorum 10 = ceil(2/3 × 15)); a proposal passes
// with more than half of all 15 members, so 8 votes pass and 7 do not.

import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/cliIo";
import { runCli } from "../../src/cli/runCli";
import { XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { fillCluster } from "../workbook/province/clusterWorkbooks";
import { PROVINCE_FILES } from "../workbook/province/provinceScenario";

jest.setTimeout(120_000);

let folder: string;

const VOTES_CSV = [
  "Mã đơn vị,Hình thức,Tán thành,Không tán thành",
  "C1A,Cờ thi đua,12,0",
  "C1B,Bằng khen,10,2",
  "C2A,Bằng khen,9,3",
  "C2B,Bằng khen,7,5",
  "C2A,Cờ thi đua,8,4",
  "C2B,Cờ thi đua,4,8",
].join("\n");

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "thidua-council-"));
  for (const [file, spec] of PROVINCE_FILES) {
    const host = XlsxHost.create();
    await fillCluster(host, spec);
    writeFileSync(join(folder, file), await host.save());
  }
  writeFileSync(join(folder, "votes.csv"), VOTES_CSV);
  writeFileSync(join(folder, "bad-votes.csv"), "unit,award,yes,no\nC1A,Trưởng cụm,12,0\nC1B,Bằng khen,mười,2\n");
});

function capture() {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd: folder,
    now: () => new Date("2026-12-28T08:00:00Z"),
  };
  return { io, out: () => out, err: () => err };
}

const files = () => PROVINCE_FILES.map(([file]) => file);
const bytes = (file: string) => readFileSync(join(folder, file));

describe("the council's commands on a province workbook", () => {
  it("makes the dossier with the consolidation: a submission and a list for the one flag, and the whole list", async () => {
    const run = capture();
    // Exit 1: the scenario leaves some cluster workbooks out of the list (with reasons); the rest are written.
    expect(await runCli(["province", "--out", "tinh.xlsx", ...files(), "--dossier", "ho-so"], run.io)).toBe(1);
    expect(readdirSync(join(folder, "ho-so")).sort()).toEqual([
      "Danh sách Cờ thi đua - C1A Đơn vị C1A.docx",
      "Danh sách đề nghị khen thưởng - năm 2026.docx",
      "Tờ trình Cờ thi đua - C1A Đơn vị C1A.docx",
    ]);
    expect(run.out()).toContain("Đã ghi 3 tệp hồ sơ vào ho-so: 1 tờ trình đề nghị tặng Cờ thi đua");
  });

  it("prints one ballot per member asked for into a workbook of its own, the province workbook untouched", async () => {
    const before = bytes("tinh.xlsx");
    const run = capture();
    expect(await runCli(["province-ballots", "tinh.xlsx", "--out", "phieu", "--copies", "3"], run.io)).toBe(0);
    expect(run.out()).toContain("Đã ghi phieu/Phiếu biểu quyết Hội đồng - 2026.xlsx: 3 phiếu biểu quyết, khổ A4.");
    const ballots = await XlsxHost.load(bytes(join("phieu", "Phiếu biểu quyết Hội đồng - 2026.xlsx")));
    const outline = await ballots.outline();
    expect(outline.sheets.map((s) => s.name)).toEqual(["Phiếu biểu quyết"]);
    expect(bytes("tinh.xlsx").equals(before)).toBe(true);
  });

  it("refuses ballots without the council's members, naming what to enter (exit 2)", async () => {
    const run = capture();
    expect(await runCli(["province-ballots", "tinh.xlsx", "--out", "phieu2"], run.io)).toBe(2);
    expect(run.err()).toContain("Không lập được từ tinh.xlsx:");
    expect(existsSync(join(folder, "phieu2"))).toBe(false);
  });

  it("refuses a votes.csv with errors line by line and writes nothing (exit 1)", async () => {
    const before = bytes("tinh.xlsx");
    const run = capture();
    const args = ["province-tally", "tinh.xlsx", "--votes", "bad-votes.csv", "--present", "12", "--members", "15"];
    expect(await runCli(args, run.io)).toBe(1);
    expect(run.out()).toContain("bad-votes.csv, dòng 2");
    expect(run.out()).toContain("Hình thức “Trưởng cụm” không đúng: ghi Cờ thi đua hoặc Bằng khen.");
    expect(run.out()).toContain("bad-votes.csv, dòng 3");
    expect(bytes("tinh.xlsx").equals(before)).toBe(true);
  });

  it("counts the council's votes with its thresholds, writes them and warns of a unit passed for two awards", async () => {
    const run = capture();
    const args = ["province-tally", "tinh.xlsx", "--votes", "votes.csv", "--present", "12", "--members", "15"];
    expect(await runCli([...args, "--json"], run.io)).toBe(0);
    const json = JSON.parse(run.out());
    expect(json.written).toBe(true);
    expect(json.quorum).toEqual({ needed: 10, met: true });
    expect(json.votes.map((v: { unit: string; award: string; result: string }) => [v.unit, v.award, v.result])).toEqual(
      [
        ["C1A", "co-thi-dua", "passed"],
        ["C1B", "bang-khen", "passed"],
        ["C2A", "bang-khen", "passed"],
        ["C2B", "bang-khen", "failed"],
        ["C2A", "co-thi-dua", "passed"],
        ["C2B", "co-thi-dua", "failed"],
      ],
    );
    expect(json.findings.map((f: { rule: string; cell: string }) => [f.rule, f.cell])).toEqual([
      ["province.council-two-awards", "C15"],
    ]);
    const book = await XlsxHost.load(bytes("tinh.xlsx"));
    const [read] = await book.read([{ sheet: "Biểu quyết Hội đồng", range: "I11:J16" }]);
    expect(read.values).toEqual([
      [12, 0],
      [10, 2],
      [9, 3],
      [7, 5],
      [8, 4],
      [4, 8],
    ]);
  });

  it("recounts what the workbook holds without writing, in a table a person reads", async () => {
    const before = bytes("tinh.xlsx");
    const run = capture();
    expect(await runCli(["province-tally", "tinh.xlsx"], run.io)).toBe(0);
    expect(run.out()).toContain("Hội đồng: 15 thành viên, 12 có mặt (cần 10): đủ túc số.");
    expect(run.out()).toMatch(/Cờ thi đua +C2A Đơn vị C2A +8 +4 +53,33% +Thông qua/);
    expect(run.out()).toMatch(/Bằng khen +C2B Đơn vị C2B +7 +5 +46,67% +Không thông qua/);
    expect(run.out()).toContain("4/6 đề nghị được thông qua.");
    expect(bytes("tinh.xlsx").equals(before)).toBe(true);
  });

  it("writes the dossier after the vote: a submission for each flag the council passed", async () => {
    const run = capture();
    expect(await runCli(["province-dossier", "tinh.xlsx", "--out", "ho-so-2"], run.io)).toBe(0);
    expect(
      readdirSync(join(folder, "ho-so-2"))
        .filter((f) => f.startsWith("Tờ trình"))
        .sort(),
    ).toEqual(["Tờ trình Cờ thi đua - C1A Đơn vị C1A.docx", "Tờ trình Cờ thi đua - C2A Đơn vị C2A.docx"]);
  });

  it.each([
    [["province-tally", "tinh.xlsx", "--present", "mười"], "--present “mười” phải là một số nguyên từ 0 trở lên."],
    [["province-tally", "tinh.xlsx", "--members", "0"], "--members “0” phải là một số nguyên từ 1 trở lên."],
    [["province-ballots", "tinh.xlsx", "--out", "p", "--paper", "A3"], "--paper"],
    [["province-dossier", "tinh.xlsx"], "--out"],
    [["province-dossier", "votes.csv", "--out", "x"], "votes.csv"],
    [["province-dossier", "cum1.xlsx", "--out", "x"], "Không lập được từ cum1.xlsx"],
    [["province", "--out", "t.xlsx", "cum1.xlsx", "--dossier", "votes.csv"], "votes.csv là một tệp"],
  ])("refuses %j in one sentence (exit 2)", async (args, sentence) => {
    const run = capture();
    expect(await runCli(args, run.io)).toBe(2);
    expect(run.err()).toContain(sentence);
    expect(run.err().trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(folder, "x"))).toBe(false);
    expect(existsSync(join(folder, "t.xlsx"))).toBe(false);
  });
});
