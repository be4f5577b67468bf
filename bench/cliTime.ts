// The command line's budget (design.md: new + validate + rank of a 60-unit, 1,000-point cross-scored cluster in
// under 3 s), measured as a user meets it: the built `thidua` run as child processes, one per step. Filling in the
// scores between `new` and `validate` stands for the secretariat's work and is not timed.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxHost } from "../src/hosts/xlsx/xlsxHost";
import { validateWorkbook } from "../src/workbook/operations/validateWorkbook";
import { planInputs, type WorkbookInputs } from "../src/workbook/plan/planInputs";
import { syntheticCluster } from "./syntheticCluster";

export interface CliStepTime {
  step: string;
  milliseconds: number;
}

const UNITS = 60;
const TEMPLATE = "cum-xa-phuong";
const CLUSTER = "Cụm thi đua số 1";

/** `root` is the project folder (npm run bench runs from there). */
export async function cliTime(root = process.cwd()): Promise<CliStepTime[]> {
  const build = spawnSync(process.execPath, [join(root, "scripts/build-cli.mjs")], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
  const launcher = join(root, "bin/thidua.js");
  const folder = mkdtempSync(join(tmpdir(), "thidua-cli-bench-"));
  try {
    const { raw } = syntheticCluster({ templateId: TEMPLATE, units: UNITS, review: true, cross: true });
    const csv = ["code,name,cluster", ...raw.units.map((u) => `${u.code},${u.name},${CLUSTER}`)].join("\n");
    writeFileSync(join(folder, "units.csv"), csv + "\n");

    const timed = (step: string, args: string[], expected: number[]): CliStepTime => {
      const start = performance.now();
      const run = spawnSync(process.execPath, [launcher, ...args], { cwd: folder, encoding: "utf8" });
      const milliseconds = performance.now() - start;
      if (run.status === null || !expected.includes(run.status)) {
        throw new Error(`thidua ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
      }
      return { step, milliseconds };
    };

    const file = join(folder, "cluster.xlsx");
    const steps = [
      timed(
        "new",
        ["new", "--template", TEMPLATE, "--units", "units.csv", "--out", "cluster.xlsx", "--mode", "cross"],
        [0],
      ),
    ];
    const host = await XlsxHost.load(readFileSync(file));
    const { parsed } = await validateWorkbook(host);
    if (!parsed.layout) throw new Error("The benchmark workbook has no layout");
    await host.apply(planInputs(parsed.layout, raw as unknown as WorkbookInputs));
    writeFileSync(file, await host.save());

    steps.push(timed("validate", ["validate", "cluster.xlsx", "--json"], [0]));
    steps.push(timed("rank", ["rank", "cluster.xlsx", "--json"], [0]));
    steps.push({ step: "new + validate + rank", milliseconds: steps.reduce((sum, s) => sum + s.milliseconds, 0) });
    return steps;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
