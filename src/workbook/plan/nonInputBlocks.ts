// Cell blocks without their input cells: the rectangles of a plan a re-plan may rewrite (labels, formulas, locked
// values) while every cell a person fills in (input: true), and any cell the caller keeps, stays as it is.

import { cellAddress, parseRange } from "../layout/cellAddress";
import type { CellBlock } from "./planTypes";

/** A cell the re-plan must not write, by sheet row (1-based) and column (0-based), besides input cells. */
export type KeepCell = (row: number, column: number) => boolean;

interface Run {
  start: number;
  end: number;
  /** First block row of the rectangle the run belongs to. */
  top: number;
}

/**
 * Each block becomes rectangles of writable cells: runs of writable cells per row, a run joined to the rectangle
 * above it when it spans exactly the same columns. Together they cover every writable cell once and nothing else.
 */
export function nonInputBlocks(blocks: readonly CellBlock[], keep: KeepCell = () => false): CellBlock[] {
  const out: CellBlock[] = [];
  for (const block of blocks) {
    const origin = parseRange(block.at);
    if (!origin) throw new Error(`Workbook plan block starts at "${block.at}", not an A1 cell`);
    const emit = (run: Run, bottom: number) =>
      out.push({
        at: cellAddress(origin.row + run.top, origin.column + run.start),
        cells: block.cells.slice(run.top, bottom).map((row) => row.slice(run.start, run.end)),
      });
    let open: Run[] = [];
    block.cells.forEach((row, i) => {
      const runs: Run[] = [];
      let start = -1;
      for (let j = 0; j <= row.length; j++) {
        const writable = j < row.length && row[j].input !== true && !keep(origin.row + i, origin.column + j);
        if (writable && start < 0) start = j;
        if (!writable && start >= 0) {
          runs.push({ start, end: j, top: i });
          start = -1;
        }
      }
      const next: Run[] = [];
      for (const run of runs) {
        const above = open.find((o) => o.start === run.start && o.end === run.end);
        next.push(above ?? run);
      }
      for (const o of open) if (!next.includes(o)) emit(o, i);
      open = next;
    });
    for (const o of open) emit(o, block.cells.length);
  }
  return out;
}
