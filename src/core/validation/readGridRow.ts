// One row of a raw grid as read by a host, tolerating what hosts and hand-made callers send: short, ragged or
// missing rows (blank), and rows that are not arrays at all (blank too, rather than a crash).

import type { CellGrid } from "../model/gridTypes";

const NO_CELLS: readonly unknown[] = [];

export function readGridRow(grid: CellGrid | undefined, row: number): readonly unknown[] {
  if (!Array.isArray(grid)) return NO_CELLS;
  const cells: unknown = grid[row];
  return Array.isArray(cells) ? cells : NO_CELLS;
}

/** A cell that shows nothing: null, undefined, "" or text of spaces only (any kind, zero-width included). */
export function isBlankCell(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  return typeof value === "string" && value.replace(/[\s\u00a0\u202f\u3000\u200b-\u200d\u2060\ufeff]/g, "") === "";
}
