// Collect time for 60 returned forms (issue #6): a 60-unit cum-xa-phuong master with its targets assigned, its 60
// self forms made, saved and filled with each unit's entries (untimed: that is the units' work), then timed as the
// secretariat meets it: the workbook layer in process (open the 60 files, check and collect them, save the master)
// and `thidua collect`.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CellValue } from "../src/workbook/plan/planTypes";
import { XlsxHost } from "../src/hosts/xlsx/xlsxHost";
import { collectForms } from "../src/workbook/operations/collectForms";
import { injectTemplate } from "../src/workbook/operations/injectTemplate";
import { makeForms } from "../src/workbook/operations/makeForms";
import { validateWorkbook } from "../src/workbook/operations/validateWorkbook";
import { planInputs } from "../src/workbook/plan/planInputs";
import { syntheticCluster } from "./syntheticCluster";

export interface CollectStepTime {
  step: string;
  milliseconds: number;
}

const UNITS = 60;
const TEMPLATE = "cum-xa-phuong";
const NOW = "2026-03-02T08:00:00.000Z";

const column = (grid: readonly (readonly unknown[])[] | undefined, rows: number, c: number): CellValue[][] =>
  Array.from({ length: rows }, (_, r) => [(grid?.[r]?.[c] ?? null) as CellValue]);

/** `root` is the project folder (npm run bench runs from there; the command must be built, as cliTime does). */
export async function collectTime(root = process.cwd()): Promise<CollectStepTime[]> {
  const folder = mkdtempSync(join(tmpdir(), "thidua-collect-bench-"));
  try {
    const { raw } = syntheticCluster({ templateId: TEMPLATE, units: UNITS, review: true, cross: false });
    const master = XlsxHost.create();
    const units = raw.units.map((u) => ({ ...u, cluster: "Cụm thi đua số 1" }));
    await injectTemplate(
      master,
      raw.flat.template,
      units,
      {},
      { mode: "review", period: "2026", lang: "vi", now: NOW },
    );
    // The secretariat assigns the targets in the master before the forms go out; units report actuals only.
    const { parsed } = await validateWorkbook(master);
    if (!parsed.layout) throw new Error("The collect bench's master has no layout");
    await master.apply(planInputs(parsed.layout, { target: raw.target as readonly (readonly CellValue[])[] }));
    const { forms } = await makeForms(master, { now: NOW });
    const masterFile = join(folder, "cluster.xlsx");
    writeFileSync(masterFile, await master.save());

    mkdirSync(join(folder, "forms"));
    const names: string[] = [];
    const rows = raw.flat.rows.length;
    for (const [c, form] of forms.entries()) {
      const host = XlsxHost.create();
      await host.apply(form.plan);
      await host.apply(
        planInputs(form.layout, {
          actual: column(raw.actual, rows, c),
          self: column(raw.self, rows, c),
          evidence: column(raw.evidence, rows, c),
        }),
      );
      const name = join("forms", form.fileName);
      writeFileSync(join(folder, name), await host.save());
      names.push(name);
    }

    const start = performance.now();
    const returned = [];
    for (const name of names) {
      returned.push({ fileName: name, host: await XlsxHost.load(readFileSync(join(folder, name))) });
    }
    const target = await XlsxHost.load(readFileSync(masterFile));
    const opened = performance.now();
    const result = await collectForms(target, returned, { now: "2026-03-20T09:00:00.000Z" });
    const checked = performance.now();
    await target.save();
    const saved = performance.now();
    const accepted = result.forms.filter((f) => f.accepted).length;
    if (accepted !== UNITS) throw new Error(`collect bench: ${UNITS - accepted} forms refused`);

    const cli = performance.now();
    const run = spawnSync(
      process.execPath,
      [join(root, "bin/thidua.js"), "collect", "cluster.xlsx", ...names, "--json"],
      {
        cwd: folder,
        encoding: "utf8",
      },
    );
    const cliMs = performance.now() - cli;
    if (run.status !== 0) throw new Error(`thidua collect exited ${run.status}: ${run.stderr}`);

    return [
      { step: "open 60 returned forms + master (xlsx host)", milliseconds: opened - start },
      { step: "check and collect 60 forms (collectForms)", milliseconds: checked - opened },
      { step: "save master", milliseconds: saved - checked },
      { step: "in process, total", milliseconds: saved - start },
      { step: "thidua collect (child process, end to end)", milliseconds: cliMs },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
