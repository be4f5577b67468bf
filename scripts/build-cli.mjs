// Bundles the `thidua` command (src/cli/main.ts) into bin/thidua.cjs with esbuild, then leaves V8's code cache of it
// beside it (bin/thidua.cjs.codecache, read by bin/thidua.js): run by `npm run build:cli` and by `prepare`, so that
// `npx thidua` works right after `npm ci`. Its dependencies are bundled too: one file compiled from one cache starts
// in a fraction of the time Node takes to find, read and compile ExcelJS's and zod's hundreds of modules.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { projectRoot } from "./projectRoot.mjs";

export const cliBundle = join(projectRoot, "bin/thidua.cjs");
export const cliCodeCache = join(projectRoot, "bin/thidua.cjs.codecache");
const launcher = join(projectRoot, "bin/thidua.js");

export async function buildCli() {
  rmSync(cliCodeCache, { force: true });
  await build({
    entryPoints: [join(projectRoot, "src/cli/main.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    minifyWhitespace: true,
    outfile: cliBundle,
    logLevel: "warning",
  });
  writeCodeCache();
  return cliBundle;
}

/**
 * The cache holds what V8 compiled during one representative run, `thidua demo` (it builds, writes, reads, validates
 * and ranks a workbook), so the functions every command needs are compiled already. A cache that cannot be made is no
 * failure: the launcher compiles from source without it.
 */
function writeCodeCache() {
  const folder = mkdtempSync(join(tmpdir(), "thidua-code-cache-"));
  try {
    spawnSync(process.execPath, [launcher, "demo", "--out", folder], {
      cwd: folder,
      env: { ...process.env, THIDUA_WRITE_CODE_CACHE: "1", NO_COLOR: "1" },
      stdio: "ignore",
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await buildCli();
