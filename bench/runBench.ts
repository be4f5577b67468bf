// `npm run bench`: measures the budgets of design.md and prints them as one table of numbers (never asserted).

import { cpus } from "node:os";
import { cliTime } from "./cliTime";
import { collectTime } from "./collectTime";
import { coreThroughput } from "./coreThroughput";
import { officeSyncs } from "./officeSyncs";
import { provinceTime } from "./provinceTime";
import { taskpaneLoad } from "./taskpaneLoad";

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

/** `npm run bench -- province` runs only the named areas (core, office, cli, collect, province, taskpane). */
const areas = process.argv.slice(2);
const want = (area: string) => areas.length === 0 || areas.includes(area);

/** One row of the table: what, for which case, the number, and the budget it answers to ("" for none). */
type Row = [area: string, item: string, measure: string, value: string, budget: string];

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(`Thi đua benchmarks: node ${process.version}, ${cpu}, ${cpus().length} cores\n`);
  const rows: Row[] = [];
  for (const row of want("core") ? coreThroughput() : []) {
    rows.push([
      "core",
      `${row.size} (${fmt(row.scoreCells)} cells)`,
      "cells/s",
      fmt(row.cellsPerSecond),
      "≥ 5,000,000",
    ]);
  }
  const sizes = [
    { units: 5, mode: "review" as const },
    { units: 50, mode: "review" as const },
    { units: 500, mode: "review" as const },
    { units: 5, mode: "cross" as const },
    { units: 50, mode: "cross" as const },
  ];
  const syncBudget: Record<string, string> = { inject: "≤ 3", validate: "≤ 2", rank: "≤ 3" };
  for (const row of want("office") ? await officeSyncs(sizes) : []) {
    const mb = (row.maxRequestBytes / 1024 / 1024).toFixed(2);
    const item = `${row.operation}, ${row.units} units, ${row.mode}`;
    rows.push(["office host", item, "context.sync()", String(row.syncs), syncBudget[row.operation] ?? ""]);
    rows.push(["office host", item, "largest request", `${mb} MB`, "≤ 4 MB"]);
  }
  for (const step of want("cli") ? await cliTime() : []) {
    const budget = step.step === "new + validate + rank" ? "< 3,000" : "";
    rows.push(["command line", `${step.step}, 60 units, 1,000 points, cross`, "ms", fmt(step.milliseconds), budget]);
  }
  for (const step of want("collect") ? await collectTime() : []) {
    rows.push(["collect", `${step.step}, 60 returned forms`, "ms", fmt(step.milliseconds), ""]);
  }
  for (const step of want("province") ? await provinceTime() : []) {
    rows.push(["province", `${step.step}, 40 × 10 units + 60 cross`, "ms", fmt(step.milliseconds), ""]);
  }
  const pane = want("taskpane") ? await taskpaneLoad() : null;
  if (pane)
    rows.push([
      "task pane",
      "initial JavaScript (production build)",
      "KB gzipped",
      fmt(pane.initialScriptsGzipBytes / 1024),
      "≤ 250",
    ]);
  if (pane)
    rows.push([
      "task pane",
      "first paint, headless Chromium, 350 px, median of 5",
      "ms",
      pane.firstPaintMs.toFixed(0),
      "< 1,000",
    ]);
  if (pane) {
    rows.push(["task pane", "first contentful paint, median of 5", "ms", pane.firstContentfulPaintMs.toFixed(0), ""]);
  }

  console.log("| area | case | measure | value | budget |\n|---|---|---|---:|---:|");
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
