// The command run in-process with a fake process edge: progress lines only for a terminal and never with --json,
// colours only for a terminal, help and version on stdout.

import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/cliIo";
import { runCli } from "../../src/cli/runCli";
import { version } from "../../package.json";

interface Captured {
  io: CliIo;
  out: () => string;
  err: () => string;
}

function capture(options: { tty: boolean; env?: Record<string, string>; cwd?: string }): Captured {
  let out = "";
  let err = "";
  return {
    io: {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      stdoutIsTTY: options.tty,
      stderrIsTTY: options.tty,
      env: options.env ?? {},
      cwd: options.cwd ?? mkdtempSync(join(tmpdir(), "thidua-run-")),
      now: () => new Date("2026-03-01T08:00:00Z"),
    },
    out: () => out,
    err: () => err,
  };
}

const UNITS = "code,name,cluster\nSTC,Sở Tài chính,Khối A\nSNV,Sở Nội vụ,Khối A\n";

describe("runCli", () => {
  it("shows a progress line per step on a terminal, and takes the current year as the period", async () => {
    const run = capture({ tty: true });
    writeFileSync(join(run.io.cwd, "units.csv"), UNITS);
    const code = await runCli(
      ["new", "--template", "khoi-so-nganh", "--units", "units.csv", "--out", "a.xlsx"],
      run.io,
    );
    expect(code).toBe(0);
    expect(run.err().trimEnd().split("\n")).toEqual([
      "Đang đọc units.csv…",
      "Đang lập bảng chấm điểm khoi-so-nganh cho 2 đơn vị…",
      "Đang ghi a.xlsx…",
    ]);
    expect(run.out()).toContain("kỳ 2026");
    expect(run.out()).toContain("\u001b[32m");

    const validate = capture({ tty: true, cwd: run.io.cwd });
    expect(await runCli(["validate", "a.xlsx"], validate.io)).toBe(1);
    expect(validate.err()).toBe("Đang đọc a.xlsx…\nĐang kiểm tra số liệu…\n");
  });

  it("keeps stderr quiet with --json even on a terminal, and writes no colour codes into JSON", async () => {
    const run = capture({ tty: true });
    expect(await runCli(["templates", "--json"], run.io)).toBe(0);
    expect(run.err()).toBe("");
    expect(run.out()).not.toContain("\u001b[");
    expect(JSON.parse(run.out())).toHaveLength(5);
  });

  it("writes no colour when NO_COLOR is set", async () => {
    const run = capture({ tty: true, env: { NO_COLOR: "1" } });
    expect(await runCli(["templates"], run.io)).toBe(0);
    expect(run.out()).not.toContain("\u001b[");
    expect(run.out()).toContain("khoi-so-nganh");
  });

  it("prints help per command and the package version", async () => {
    const help = capture({ tty: false });
    expect(await runCli(["rank", "--help", "--lang", "en"], help.io)).toBe(0);
    expect(help.out()).toContain("thidua rank FILE.xlsx [--out OUT.xlsx]");
    const v = capture({ tty: false });
    expect(await runCli(["--version"], v.io)).toBe(0);
    expect(v.out()).toBe(`${version}\n`);
  });

  it("refuses units.csv with an error without writing the workbook, naming the line", async () => {
    const run = capture({ tty: false });
    writeFileSync(join(run.io.cwd, "units.csv"), "code,name,cluster\nSTC,Sở Tài chính,A\nS-NV,Sở Nội vụ,A\n");
    const code = await runCli(
      ["new", "--template", "khoi-so-nganh", "--units", "units.csv", "--out", "a.xlsx"],
      run.io,
    );
    expect(code).toBe(1);
    expect(run.out()).toContain("units.csv, dòng 3");
    expect(run.out()).toContain("Chưa tạo bảng");
    expect(existsSync(join(run.io.cwd, "a.xlsx"))).toBe(false);
  });
});
