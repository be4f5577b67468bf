// Score and data grids in workbook order: [criterion row (flattened template order)][unit column (units order)].

/** Parsed numbers; null = blank. Qual rows hold 1 (Đạt) or 0 (Không đạt). */
export type NumGrid = (number | null)[][];

/** Raw cell values exactly as read from a sheet (numbers, strings, booleans, null/"" for blank, error strings). */
export type CellGrid = readonly (readonly unknown[])[];

/** Evidence / notes text; null = blank. */
export type TextGrid = (string | null)[][];

export type LayerId = "self" | "peer" | "review";

/** One rater's peer-score grid in cross mode; the rater's own column is ignored. */
export interface PeerGrid {
  /** Code of the rating unit. */
  rater: string;
  grid: NumGrid;
}

/** Targets and actuals (Số liệu). quant rows use both; per_unit rows keep the count in `actual`. */
export interface QuantData {
  target: NumGrid;
  actual: NumGrid;
}
