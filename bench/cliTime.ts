// The command line's budget (design.md: new + validate + rank of a 60-unit, 1,000-point cross-scored cluster in
// under 3 s), measured as a user meets it: the built `thidua` run as child processes, one per step. Filling in the
// scores between `new` and `validate` stands for the secretariat's work and is not timed. Each step's CPU time (user +
// system, as the child process itself counts it when it exits) is given beside its wall time: on a shared machine the
// wall time says as much about the neighbours as about the command. `thidua rank` is also set against LibreOffice
// recalculating the same filled file (issue #12: at most a fifth of its time), each run three times, medians compared.

import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { XlsxHost } from "../src/hosts/xlsx/xlsxHost";
import { validateWorkbook } from "../src/workbook/operations/validateWorkbook";
import { planInputs, type WorkbookInputs } from "../src/workbook/plan/planInputs";
import { RECALC_ON_LOAD_PROFILE, sofficeConvertArgs, sofficePath } from "../test/support/libreoffice";
import { syntheticCluster } from "./syntheticCluster";

export interface CliStepTime {
  step: string;
  milliseconds: number;
  /** User + system CPU time of the child process. */
  cpuMilliseconds: number;
}

/** Medians of three whole runs: `thidua rank` of the filled file, and LibreOffice recalculating that same file. */
export interface RankAgainstLibreOffice {
  rank: { milliseconds: number; cpuMilliseconds: number };
  /** null when soffice is not installed. */
  libreOffice: { milliseconds: number; cpuMilliseconds: number } | null;
}

export interface CliTimes {
  steps: CliStepTime[];
  rankAgainstLibreOffice: RankAgainstLibreOffice;
}

const RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
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
export async function cliTime(root = process.cwd()): Promise<CliTimes> {
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
    const filled = join(folder, "filled.xlsx");
    copyFileSync(file, filled);

    steps.push(timed("validate", ["validate", "cluster.xlsx", "--json"], [0]));
    steps.push(timed("rank", ["rank", "cluster.xlsx", "--json"], [0]));
    steps.push({
      step: "new + validate + rank",
      milliseconds: steps.reduce((sum, s) => sum + s.milliseconds, 0),
      cpuMilliseconds: steps.reduce((sum, s) => sum + s.cpuMilliseconds, 0),
    });

    // rank writes into its file: each run ranks a fresh copy of the filled one.
    const ranks = Array.from({ length: RUNS }, (_, i) => {
      const copy = join(folder, `rank-${i + 1}.xlsx`);
      copyFileSync(filled, copy);
      return timed("rank", ["rank", copy, "--json"], [0]);
    });
    return {
      steps,
      rankAgainstLibreOffice: {
        rank: {
          milliseconds: median(ranks.map((r) => r.milliseconds)),
          cpuMilliseconds: median(ranks.map((r) => r.cpuMilliseconds)),
        },
        libreOffice: libreOfficeRecalculation(filled, folder),
      },
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * LibreOffice loading `file`, recalculating every formula and saving it again, as test/support/libreoffice.ts has it
 * do (`soffice --headless --convert-to xlsx` with recalculation forced on load), timed as whole processes: bash's
 * `times` gives the CPU of soffice and every process it waited for. The three runs share one profile, made by the
 * first, as a user's installation has one.
 */
function libreOfficeRecalculation(file: string, folder: string): RankAgainstLibreOffice["libreOffice"] {
  const soffice = sofficePath();
  if (!soffice) return null;
  const profile = join(folder, "lo-profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ON_LOAD_PROFILE);
  const runs = Array.from({ length: RUNS }, (_, i) => {
    const outDir = join(folder, `lo-out-${i + 1}`);
    const args = sofficeConvertArgs(profile, "xlsx", outDir, [file]);
    const start = performance.now();
    const run = spawnSync(
      "bash",
      ["-c", '"$@" >/dev/null 2>&1; status=$?; times; exit $status', "bash", soffice, ...args],
      {
        encoding: "utf8",
      },
    );
    const milliseconds = performance.now() - start;
    if (run.status !== 0 || !existsSync(join(outDir, basename(file)))) {
      throw new Error(`LibreOffice did not recalculate ${basename(file)} (exit ${run.status}): ${run.stderr}`);
    }
    // `times` prints the shell's own user and system time, then its children's: "0m12.345s 0m0.678s".
    const children = run.stdout.trim().split("\n")[1] ?? "";
    const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
    if (seconds.length !== 2) throw new Error(`Unexpected output of bash times: ${run.stdout}`);
    return { milliseconds, cpuMilliseconds: (seconds[0] + seconds[1]) * 1000 };
  });
  return {
    milliseconds: median(runs.map((r) => r.milliseconds)),
    cpuMilliseconds: median(runs.map((r) => r.cpuMilliseconds)),
  };
}
