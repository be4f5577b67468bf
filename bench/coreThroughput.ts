// Core throughput: validate + aggregate + rank, in score cells per second, at three sizes (linear growth expected).

import { computeResults } from "../src/core/ranking/computeResults";
import { validateInputs } from "../src/core/validation/validateInputs";
import { syntheticCluster } from "./syntheticCluster";

export interface ThroughputRow {
  size: string;
  scoreCells: number;
  milliseconds: number;
  cellsPerSecond: number;
}

function measure(label: string, options: Parameters<typeof syntheticCluster>[0]): ThroughputRow {
  const { raw, scoreCells } = syntheticCluster(options);
  const run = () => computeResults(validateInputs(raw).input);
  // Warm the JIT for about a second first: optimised code is what a secretariat's repeated runs get.
  const warmUntil = performance.now() + 1000;
  while (performance.now() < warmUntil) run();
  const rounds = Math.max(3, Math.ceil(1_000_000 / scoreCells));
  const batches: number[] = [];
  for (let b = 0; b < 5; b++) {
    const start = performance.now();
    for (let i = 0; i < rounds; i++) run();
    batches.push((performance.now() - start) / rounds);
  }
  const milliseconds = batches.sort((a, b) => a - b)[2];
  return { size: label, scoreCells, milliseconds, cellsPerSecond: scoreCells / (milliseconds / 1000) };
}

export function coreThroughput(): ThroughputRow[] {
  return [
    measure("cum-xa-phuong, 50 units, self+review", {
      templateId: "cum-xa-phuong",
      units: 50,
      review: true,
      cross: false,
    }),
    measure("cum-xa-phuong, 500 units, self+review", {
      templateId: "cum-xa-phuong",
      units: 500,
      review: true,
      cross: false,
    }),
    measure("cum-xa-phuong, 5,000 units, self+review", {
      templateId: "cum-xa-phuong",
      units: 5000,
      review: true,
      cross: false,
    }),
    measure("cum-xa-phuong, 60 units, cross", { templateId: "cum-xa-phuong", units: 60, review: true, cross: true }),
  ];
}
