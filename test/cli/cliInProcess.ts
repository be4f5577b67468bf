// Runs `thidua` in-process (runCli) in a folder of the test's own, with a fake process edge that keeps what the
// command printed: as fast as a function call, the same words as the built command.

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/cliIo";
import { runCli } from "../../src/cli/runCli";

export interface InProcessRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** A fixed clock: 1 March 2026, 15 giờ 00 in Hà Nội. */
export const CLI_NOW = new Date("2026-03-01T08:00:00Z");

export function cliFolder(): string {
  return mkdtempSync(join(tmpdir(), "thidua-run-"));
}

export async function runThidua(args: readonly string[], cwd: string): Promise<InProcessRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd,
    now: () => CLI_NOW,
  };
  const status = await runCli(args, io);
  return { status, stdout, stderr };
}
