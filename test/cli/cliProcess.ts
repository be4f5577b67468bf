// Runs the built `thidua` command as a child process, the way a user runs it, in a folder of the test's own.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const PROJECT_ROOT = join(__dirname, "../..");
const LAUNCHER = join(PROJECT_ROOT, "bin/thidua.js");

/** Bundles src/cli with the same script `prepare` runs (scripts/build-cli.mjs). */
export function buildCli(): void {
  const run = spawnSync(process.execPath, [join(PROJECT_ROOT, "scripts/build-cli.mjs")], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`build-cli failed: ${run.stderr}`);
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function thidua(args: readonly string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const { NO_COLOR: _ignored, ...inherited } = process.env;
  const run = spawnSync(process.execPath, [LAUNCHER, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...inherited, ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), "thidua-cli-"));
}

export function fileHash(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
