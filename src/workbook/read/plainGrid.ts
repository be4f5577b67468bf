// The core's raw grids back as plain cell values to write (an empty string or a missing cell is a blank), for
// operations that copy entries from one place to another (making forms, collecting them).

import type { CellGrid } from "../../core/model/gridTypes";
import type { CellValue } from "../plan/planTypes";

/** A read value as a cell value: text, number, boolean or blank; anything else as its text. */
export function plainValue(value: unknown): CellValue {
  if (value === undefined || value === "") return null;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null
    ? value
    : String(value);
}

/** The first `rows` × `columns` cells of a grid, every cell a plain value (a missing grid gives blanks). */
export function plainGrid(grid: CellGrid | undefined, rows: number, columns: number): CellValue[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => plainValue(grid?.[r]?.[c])));
}
