// `npm run bench`: measures the budgets of design.md and prints them as one table of numbers (never asserted).

import { cpus } from "node:os";
import { cliTime } from "./cliTime";
import { collectTime } from "./collectTime";
import { coreThroughput } from "./coreThroughput";
import { officeSyncs } from "./officeSyncs";
import { taskpaneLoad } from "./taskpaneLoad";

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(`Thi đua benchmarks: node ${process.version}, ${cpu}, ${cpus().length} cores\n`);
  console.log("Core: validate + aggregate + rank (one core)");
  console.log("| size | score cells | ms per run | cells/s |\n|---|---:|---:|---:|");
  for (const row of coreThroughput()) {
    console.log(
      `| ${row.size} | ${fmt(row.scoreCells)} | ${row.milliseconds.toFixed(1)} | ${fmt(row.cellsPerSecond)} |`,
    );
  }
  console.log(
    "\nOffice host on the fake Excel runtime, cum-xa-phuong (budgets: inject ≤ 3, validate ≤ 2, rank ≤ 3 syncs)",
  );
  console.log("| units | mode | operation | context.sync() | largest request |\n|---:|---|---|---:|---:|");
  const sizes = [
    { units: 5, mode: "review" as const },
    { units: 50, mode: "review" as const },
    { units: 500, mode: "review" as const },
    { units: 5, mode: "cross" as const },
    { units: 50, mode: "cross" as const },
  ];
  for (const row of await officeSyncs(sizes)) {
    const mb = (row.maxRequestBytes / 1024 / 1024).toFixed(2);
    console.log(`| ${row.units} | ${row.mode} | ${row.operation} | ${row.syncs} | ${mb} MB |`);
  }
  const pane = await taskpaneLoad();
  console.log("\nTask pane (production build, Office.js self-hosted; budgets: ≤ 250 KB gzipped, first paint < 1 s)");
  console.log("| measure | value |\n|---|---:|");
  console.log(`| initial JavaScript, gzipped | ${fmt(pane.initialScriptsGzipBytes / 1024)} KB |`);
  console.log(`| first paint, headless Chromium, 350 px (median of 5) | ${pane.firstPaintMs.toFixed(0)} ms |`);
  console.log(`| first contentful paint (median of 5) | ${pane.firstContentfulPaintMs.toFixed(0)} ms |`);
  console.log(
    "\nCommand line: 60 units, cum-xa-phuong (1,000 points), cross mode (budget: new + validate + rank < 3 s)",
  );
  console.log("| step | ms |\n|---|---:|");
  for (const step of await cliTime()) console.log(`| ${step.step} | ${fmt(step.milliseconds)} |`);
  console.log("\nCollect: 60 returned self forms into a 60-unit cum-xa-phuong master (after the CLI build above)");
  console.log("| step | ms |\n|---|---:|");
  for (const step of await collectTime()) console.log(`| ${step.step} | ${fmt(step.milliseconds)} |`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
