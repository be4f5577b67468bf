// `npm run bench`: measures the budgets of design.md and prints them as one table of numbers (never asserted).

import { cpus } from "node:os";
import { coreThroughput } from "./coreThroughput";

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

function main(): void {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(`Thi đua benchmarks: node ${process.version}, ${cpu}, ${cpus().length} cores\n`);
  console.log("Core: validate + aggregate + rank (one core)");
  console.log("| size | score cells | ms per run | cells/s |\n|---|---:|---:|---:|");
  for (const row of coreThroughput()) {
    console.log(
      `| ${row.size} | ${fmt(row.scoreCells)} | ${row.milliseconds.toFixed(1)} | ${fmt(row.cellsPerSecond)} |`,
    );
  }
}

main();
