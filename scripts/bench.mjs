// Bundles bench/runBench.ts with esbuild (TypeScript, no type check) and runs it with node.
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { projectRoot } from "./projectRoot.mjs";

const dir = mkdtempSync(join(tmpdir(), "thidua-bench-"));
const outfile = join(dir, "bench.cjs");
try {
  await build({
    entryPoints: [join(projectRoot, "bench/runBench.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    external: ["playwright-core", "exceljs"],
    logLevel: "warning",
  });
  const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
    stdio: "inherit",
    cwd: projectRoot,
    // The bundle lives in a temp folder: let it find the packages kept external (exceljs, playwright-core).
    env: { ...process.env, NODE_PATH: join(projectRoot, "node_modules") },
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
