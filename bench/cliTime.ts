// The command line's budget (design.md: new + validate + rank of a 60-unit, 1,000-point cross-scored cluster in
// under 3 s), measured as a user meets it: the built `thidua` run as child processes, one per step. Filling in the
// scores between `new` and `validate` stands for the secretariat's work and is not timed. Each step's CPU time (user +
// system, as the child process itself counts it when it exits) is given beside its wall time: on a shared machine the
// wall time says as much about the neighbours as about the command.

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
  /** User + system CPU time of the child process. */
  cpuMilliseconds: number;
}

/** Preloaded into each child: writes its own CPU time to the file named by THIDUA_BENCH_CPU as it exits. */
const CPU_REPORTER = `process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  require("node:fs").writeFileSync(process.env.THIDUA_BENCH_CPU, String((user + system) / 1000));
});
`;

const UNITS = 60;
const TEMPLATE = "cum-xa-phuong";
const CLUSTER = "Cụm thi đua số 1";

/** `root` is the project folder (npm run bench runs from there). */
export async function cliTime(root = process.cwd()): Promise<CliStepTime[]> {
  const build = spawnSync(process.execPath, [join(root, "scripts/build-cli.mjs")], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
  const launcher = join(root, "bin/thidua.js");
  const folder = mkdtempSync(join(tmpdir(), "thidua-cli-bench-"));
  const reporter = join(folder, "cpu-reporter.cjs");
  const cpuFile = join(folder, "cpu.txt");
  try {
    writeFileSync(reporter, CPU_REPORTER);
    const { raw } = syntheticCluster({ templateId: TEMPLATE, units: UNITS, review: true, cross: true });
    const csv = ["code,name,cluster", ...raw.units.map((u) => `${u.code},${u.name},${CLUSTER}`)].join("\n");
    writeFileSync(join(folder, "units.csv"), csv + "\n");

    const timed = (step: string, args: string[], expected: number[]): CliStepTime => {
      const start = performance.now();
      const run = spawnSync(process.execPath, ["--require", reporter, launcher, ...args], {
        cwd: folder,
        encoding: "utf8",
        env: { ...process.env, THIDUA_BENCH_CPU: cpuFile },
      });
      const milliseconds = performance.now() - start;
      if (run.status === null || !expected.includes(run.status)) {
        throw new Error(`thidua ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
      }
      return { step, milliseconds, cpuMilliseconds: Number(readFileSync(cpuFile, "utf8")) };
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
    steps.push({
      step: "new + validate + rank",
      milliseconds: steps.reduce((sum, s) => sum + s.milliseconds, 0),
      cpuMilliseconds: steps.reduce((sum, s) => sum + s.cpuMilliseconds, 0),
    });
    return steps;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
