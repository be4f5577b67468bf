// `thidua province` run in-process with a fake process edge: a progress line per cluster file on a terminal (none
// with --json), and each bad argument refused in one sentence on stderr with exit 2, nothing written.

import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/cliIo";
import { runCli } from "../../src/cli/runCli";
import { XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { fillCluster } from "../workbook/province/clusterWorkbooks";
import { PROVINCE_FILES } from "../workbook/province/provinceScenario";

jest.setTimeout(60_000);

let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "thidua-province-"));
  for (const [file, spec] of PROVINCE_FILES.slice(0, 2)) {
    const host = XlsxHost.create();
    await fillCluster(host, spec);
    writeFileSync(join(folder, file), await host.save());
  }
});

function capture(tty: boolean) {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
    env: {},
    cwd: folder,
    now: () => new Date("2026-12-28T08:00:00Z"),
  };
  return { io, out: () => out, err: () => err };
}

describe("thidua province in process", () => {
  it("shows a progress line per cluster file on a terminal", async () => {
    const run = capture(true);
    expect(await runCli(["province", "--out", "tinh.xlsx", "cum1.xlsx", "cum2.xlsx"], run.io)).toBe(0);
    expect(run.err()).toBe("Đọc cum1.xlsx (1/2)\nĐọc cum2.xlsx (2/2)\nĐang ghi tinh.xlsx…\n");
  });

  it("shows no progress with --json", async () => {
    const run = capture(true);
    expect(await runCli(["province", "--out", "tinh-json.xlsx", "cum1.xlsx", "--json"], run.io)).toBe(0);
    expect(run.err()).toBe("");
    expect(JSON.parse(run.out()).proposals).toHaveLength(2);
  });

  it.each([
    [["province", "cum1.xlsx"], "Lệnh province cần --out và ít nhất một bảng chấm điểm của cụm, khối"],
    [["province", "--out", "t.xlsx"], "Lệnh province cần --out và ít nhất một bảng chấm điểm của cụm, khối"],
    [["province", "--out", "t.xlsx", "cum1.xlsx", "--year", "26"], "--year “26” không phải một năm (ví dụ 2026)."],
    [["province", "--out", "t.xlsx", "cum1.xlsx", "--ballots", "hs"], "Lệnh province không có tùy chọn --ballots"],
    [["province", "--out", "cum1.xlsx", "cum1.xlsx"], "Tệp cum1.xlsx vừa là tệp tổng hợp của Tỉnh vừa là bảng"],
    [["province", "--out", "t.xlsx", "cum1.xlsx", "./cum1.xlsx"], "Tệp ./cum1.xlsx được nêu hai lần"],
    [["province", "--out", "t.csv", "cum1.xlsx"], "t.csv"],
  ])("refuses %j in one sentence", async (args, sentence) => {
    const run = capture(false);
    expect(await runCli(args, run.io)).toBe(2);
    expect(run.out()).toBe("");
    expect(run.err()).toContain(sentence);
    expect(run.err().trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(folder, "t.xlsx"))).toBe(false);
  });
});
