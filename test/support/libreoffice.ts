// Recalculates .xlsx files in headless LibreOffice, so tests can check formulas with a real spreadsheet engine.
// One soffice start converts all files (each start costs seconds), with a throw-away profile that forces
// recalculation on load: LibreOffice otherwise keeps the cached results it finds in the file.

import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";

// Tools > Options > Calc > Formula > "Recalculation on file load", Excel 2007 and newer: 0 = always recalculate.
export const RECALC_ON_LOAD_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const INSTALL_HINT = "install it (apt-get install -y libreoffice-calc-nogui) or set SOFFICE to its path";
const BASE_TIMEOUT_MS = 120_000;
const PER_FILE_TIMEOUT_MS = 10_000;

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The soffice binary: $SOFFICE, or the first on PATH; null when there is none. */
/**
 * The arguments of one headless soffice conversion: no restore dialog or lock check, the given profile (a user
 * installation of its own, so runs neither share nor disturb the user's), and every file converted into `outDir`.
 */
export function sofficeConvertArgs(profile: string, format: "xlsx" | "pdf", outDir: string, files: string[]): string[] {
  return [
    "--headless",
    "--norestore",
    "--nolockcheck",
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--convert-to",
    format,
    "--outdir",
    outDir,
    ...files,
  ];
}

export function sofficePath(): string | null {
  const configured = process.env.SOFFICE;
  if (configured) return executable(configured) ? configured : null;
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir && executable(join(dir, "soffice"))) return join(dir, "soffice");
  }
  return null;
}

export function hasLibreOffice(): boolean {
  return sofficePath() !== null;
}

interface RunResult {
  code: number | null;
  output: string;
}

/** Runs soffice in its own process group so that a timeout ends it and the children it starts. */
function run(command: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      reject(new Error(`LibreOffice did not finish within ${timeoutMs / 1000} s and was stopped. Output:\n${output}`));
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start LibreOffice (${command}): ${error.message}; ${INSTALL_HINT}.`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/**
 * The files as LibreOffice saves them after loading and recalculating every formula, in the given order.
 * Throws a one-line reason when soffice is missing, fails, times out or leaves a file unconverted.
 */
export async function recalcWithLibreOffice(
  files: Uint8Array[],
  timeoutMs = BASE_TIMEOUT_MS + PER_FILE_TIMEOUT_MS * files.length,
): Promise<Uint8Array[]> {
  if (files.length === 0) return [];
  const soffice = sofficePath();
  if (!soffice) throw new Error(`LibreOffice (soffice) was not found: ${INSTALL_HINT}.`);
  const root = await mkdtemp(join(tmpdir(), "thidua-lo-"));
  try {
    const inDir = join(root, "in");
    const outDir = join(root, "out");
    const profile = join(root, "profile");
    await mkdir(inDir);
    await mkdir(outDir);
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(join(profile, "user", "registrymodifications.xcu"), RECALC_ON_LOAD_PROFILE);
    const names = files.map((_, i) => `book${i + 1}.xlsx`);
    await Promise.all(files.map((bytes, i) => writeFile(join(inDir, names[i]), bytes)));
    const args = sofficeConvertArgs(
      profile,
      "xlsx",
      outDir,
      names.map((name) => join(inDir, name)),
    );
    const { code, output } = await run(soffice, args, timeoutMs);
    return await Promise.all(
      names.map(async (name) => {
        try {
          return new Uint8Array(await readFile(join(outDir, name)));
        } catch {
          throw new Error(`LibreOffice did not convert ${name} (exit code ${code}). Output:\n${output}`);
        }
      }),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
