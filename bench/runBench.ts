// `npm run bench`: measures the budgets of design.md and prints them as one table of numbers (never asserted);
// `npm run bench -- office` (or core, cli, collect, province, taskpane) measures only those areas.

import { cpus } from "node:os";
import { cliTime } from "./cliTime";
import { collectTime } from "./collectTime";
import { coreThroughput } from "./coreThroughput";
import { officeSyncs } from "./officeSyncs";
import { provinceTime } from "./provinceTime";
import { taskpaneLoad } from "./taskpaneLoad";

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

/** One row of the table: what, for which case, the number, and the budget it answers to ("" for none). */
type Row = [area: string, item: string, measure: string, value: string, budget: string];

/** The areas to measure: all, or those named on the command line (`npm run bench -- office`). */
const AREAS = ["core", "office", "cli", "collect", "province", "taskpane"] as const;
type Area = (typeof AREAS)[number];

function chosenAreas(args: readonly string[]): Set<Area> {
  const unknown = args.filter((a) => !(AREAS as readonly string[]).includes(a));
  if (unknown.length > 0) throw new Error(`Unknown bench area ${unknown.join(", ")}: choose from ${AREAS.join(", ")}.`);
  return new Set(args.length > 0 ? (args as Area[]) : AREAS);
}

const MIB = 1024 * 1024;
const mib = (bytes: number) => `${(bytes / MIB).toFixed(2)} MiB (${fmt(bytes)} B)`;

async function main(): Promise<void> {
  const areas = chosenAreas(process.argv.slice(2));
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(`Thi đua benchmarks: node ${process.version}, ${cpu}, ${cpus().length} cores\n`);
  const rows: Row[] = [];
  if (areas.has("core")) await coreRows(rows);
  if (areas.has("office")) await officeRows(rows);
  if (areas.has("cli")) await cliRows(rows);
  if (areas.has("collect")) await collectRows(rows);
  if (areas.has("province")) await provinceRows(rows);
  if (areas.has("taskpane")) await taskpaneRows(rows);
  console.log("| area | case | measure | value | budget |\n|---|---|---|---:|---:|");
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
}

async function coreRows(rows: Row[]): Promise<void> {
  for (const row of coreThroughput()) {
    rows.push([
      "core",
      `${row.size} (${fmt(row.scoreCells)} cells)`,
      "cells/s",
      fmt(row.cellsPerSecond),
      "≥ 5,000,000",
    ]);
  }
}

async function officeRows(rows: Row[]): Promise<void> {
  const sizes = [
    { units: 5, mode: "self" as const },
    { units: 5, mode: "review" as const },
    { units: 5, mode: "cross" as const },
    { units: 50, mode: "self" as const },
    { units: 50, mode: "review" as const },
    { units: 50, mode: "cross" as const },
    { units: 500, mode: "review" as const },
  ];
  const syncBudget: Record<string, string> = {
    inject: "≤ 3",
    validate: "≤ 2",
    rank: "≤ 3",
    "undo rank": "≤ 4",
    "change settings": "≤ 4",
  };
  for (const row of await officeSyncs(sizes)) {
    const item = `${row.operation}, ${row.units} units, ${row.mode}`;
    rows.push(["office host", item, "context.sync()", String(row.syncs), syncBudget[row.operation] ?? ""]);
    rows.push(["office host", item, "largest request", mib(row.maxRequestBytes), "≤ 4.50 MiB"]);
    rows.push(["office host", item, "largest answer", mib(row.maxResponseBytes), "≤ 4.50 MiB"]);
  }
}

async function cliRows(rows: Row[]): Promise<void> {
  const { steps, rankAgainstLibreOffice } = await cliTime();
  for (const step of steps) {
    const budget = step.step === "new + validate + rank" ? "< 3,000" : "";
    const label = `${step.step}, 60 units, 1,000 points, cross`;
    rows.push(["command line", label, "ms wall", fmt(step.milliseconds), budget]);
    rows.push(["command line", label, "ms CPU (user + sys)", fmt(step.cpuMilliseconds), ""]);
  }
  const { rank, libreOffice } = rankAgainstLibreOffice;
  const rankLabel = "rank of the filled file, median of 3";
  rows.push(["command line", rankLabel, "ms wall", fmt(rank.milliseconds), ""]);
  rows.push(["command line", rankLabel, "ms CPU (user + sys)", fmt(rank.cpuMilliseconds), ""]);
  const ratioLabel = "rank ÷ LibreOffice recalculating the same file";
  if (!libreOffice) {
    const skipped = "skipped: soffice not found (install LibreOffice or set SOFFICE)";
    rows.push(["command line", ratioLabel, "ratio", skipped, "≤ 0.20"]);
    return;
  }
  const loLabel = "LibreOffice recalculation (soffice --convert-to xlsx, recalculate on load), median of 3";
  rows.push(["command line", loLabel, "ms wall", fmt(libreOffice.milliseconds), ""]);
  rows.push(["command line", loLabel, "ms CPU (user + sys)", fmt(libreOffice.cpuMilliseconds), ""]);
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  rows.push([
    "command line",
    ratioLabel,
    "ratio of wall",
    ratio(rank.milliseconds, libreOffice.milliseconds),
    "≤ 0.20",
  ]);
  rows.push([
    "command line",
    ratioLabel,
    "ratio of CPU",
    ratio(rank.cpuMilliseconds, libreOffice.cpuMilliseconds),
    "≤ 0.20",
  ]);
}

async function collectRows(rows: Row[]): Promise<void> {
  for (const step of await collectTime()) {
    rows.push(["collect", `${step.step}, 60 returned forms`, "ms", fmt(step.milliseconds), ""]);
  }
}

async function provinceRows(rows: Row[]): Promise<void> {
  for (const step of await provinceTime()) {
    rows.push(["province", `${step.step}, 40 × 10 units + 60 cross`, "ms", fmt(step.milliseconds), ""]);
  }
}

async function taskpaneRows(rows: Row[]): Promise<void> {
  const pane = await taskpaneLoad();
  rows.push([
    "task pane",
    "initial JavaScript (production build)",
    "KB gzipped",
    fmt(pane.initialScriptsGzipBytes / 1024),
    "≤ 250",
  ]);
  rows.push([
    "task pane",
    "first paint, headless Chromium, 350 px, median of 5",
    "ms",
    pane.firstPaintMs.toFixed(0),
    "< 1,000",
  ]);
  rows.push(["task pane", "first contentful paint, median of 5", "ms", pane.firstContentfulPaintMs.toFixed(0), ""]);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
