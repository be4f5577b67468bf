// Province consolidation time (issue #16): 40 ranked block workbooks of 10 units each (khoi-so-nganh, review mode)
// and one ranked 60-unit, 1,000-point cross-scored cluster (cum-xa-phuong), made and saved untimed (that is the
// clusters' work), then consolidated as the Board meets it: in process (each file opened with ExcelJS when its turn
// comes, checked, the province workbook planned and saved) and as `thidua province` end to end.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxHost } from "../src/hosts/xlsx/xlsxHost";
import { injectTemplate } from "../src/workbook/operations/injectTemplate";
import { rankWorkbook } from "../src/workbook/operations/rankWorkbook";
import { planInputs, type WorkbookInputs } from "../src/workbook/plan/planInputs";
import { consolidateClusters } from "../src/workbook/province/consolidateClusters";
import { syntheticCluster } from "./syntheticCluster";

export interface ProvinceStepTime {
  step: string;
  milliseconds: number;
}

const BLOCKS = 40;
const BLOCK_UNITS = 10;
const CROSS_UNITS = 60;
const NOW = "2026-12-20T08:00:00.000Z";

/** A filled, ranked workbook of `units` units labelled `cluster`, codes prefixed so no two workbooks share one. */
async function rankedWorkbook(
  templateId: string,
  units: number,
  cross: boolean,
  cluster: string,
  prefix: string,
  seed: number,
): Promise<Uint8Array> {
  const { raw } = syntheticCluster({ templateId, units, review: true, cross, seed });
  const named = raw.units.map((u, i) => ({ ...u, code: `${prefix}${i + 1}`, cluster }));
  const peers = raw.peers?.map((p, i) => ({ rater: named[i].code, grid: p.grid }));
  const host = XlsxHost.create();
  const planned = await injectTemplate(
    host,
    raw.flat.template,
    named,
    {},
    {
      mode: cross ? "cross" : "review",
      period: "2026",
      clusterTitle: cluster,
      lang: "vi",
      now: NOW,
    },
  );
  if (!planned.layout) {
    throw new Error(`province bench: ${cluster}: ${planned.findings.map((f) => f.message.en).join(" ")}`);
  }
  await host.apply(planInputs(planned.layout, { ...raw, peers } as unknown as WorkbookInputs));
  const ranked = await rankWorkbook(host, { now: NOW });
  if (!ranked.result) throw new Error(`province bench: ${cluster} could not be ranked`);
  return host.save();
}

/** `root` is the project folder (npm run bench runs from there; the command must be built, as cliTime does). */
export async function provinceTime(root = process.cwd()): Promise<ProvinceStepTime[]> {
  const build = spawnSync(process.execPath, [join(root, "scripts/build-cli.mjs")], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
  const folder = mkdtempSync(join(tmpdir(), "thidua-province-bench-"));
  try {
    const files: string[] = [];
    for (let k = 1; k <= BLOCKS; k++) {
      const file = `khoi-${String(k).padStart(2, "0")}.xlsx`;
      writeFileSync(
        join(folder, file),
        await rankedWorkbook("khoi-so-nganh", BLOCK_UNITS, false, `Khối ${k}`, `K${k}_`, k),
      );
      files.push(file);
    }
    writeFileSync(
      join(folder, "cum-cheo.xlsx"),
      await rankedWorkbook("cum-xa-phuong", CROSS_UNITS, true, "Cụm xã, phường số 1", "X", 99),
    );
    files.push("cum-cheo.xlsx");

    const start = performance.now();
    const cpu = process.cpuUsage();
    const out = XlsxHost.create();
    const run = await consolidateClusters(
      files.map((file) => ({ fileName: file, open: async () => XlsxHost.load(readFileSync(join(folder, file))) })),
      out,
    );
    const consolidated = performance.now();
    await out.save();
    const saved = performance.now();
    const used = process.cpuUsage(cpu);
    const counted = run.consolidation.clusters.filter((c) => c.counted).length;
    if (counted !== files.length) {
      const why = run.findings.filter((f) => f.severity === "error").map((f) => f.message.en);
      throw new Error(`province bench: ${files.length - counted} workbooks left out: ${why.slice(0, 3).join(" ")}`);
    }

    const cli = performance.now();
    const child = spawnSync(
      process.execPath,
      [join(root, "bin/thidua.js"), "province", "--out", "tinh.xlsx", ...files, "--json"],
      { cwd: folder, encoding: "utf8" },
    );
    const cliMs = performance.now() - cli;
    if (child.status !== 0) throw new Error(`thidua province exited ${child.status}: ${child.stderr}`);

    return [
      { step: "open, check and consolidate (in process)", milliseconds: consolidated - start },
      { step: "save the province workbook", milliseconds: saved - consolidated },
      { step: "in process, total", milliseconds: saved - start },
      // The machine is shared: the CPU time says what the work costs when wall time includes waiting.
      { step: "in process, CPU time (user + system)", milliseconds: (used.user + used.system) / 1000 },
      { step: "thidua province (child process, end to end)", milliseconds: cliMs },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
