// What validation reads: the template, units and settings plus every grid exactly as the host read its cells.

import type { CellGrid } from "../model/gridTypes";
import type { Unit } from "../model/unitTypes";
import type { Settings } from "../settings/settingsTypes";
import type { FlatTemplate } from "../template/flattenTemplate";

/**
 * Grids are rows (flat.rows order) × unit columns (units order). Short or ragged arrays, holes and rows that are
 * not arrays mean blank; cells past the last unit or row are ignored.
 */
export interface RawInputs {
  flat: FlatTemplate;
  units: Unit[];
  settings: Settings;
  /** Số liệu: targets of quant rows. */
  target: CellGrid;
  /** Số liệu: actuals of quant rows, counts of per_unit rows. */
  actual: CellGrid;
  self: CellGrid;
  /** Absent when the workbook has no review layer. */
  review?: CellGrid;
  /** Cross mode: one grid per rater (its own column is ignored). */
  peers?: { rater: string; grid: CellGrid }[];
  /** Minh chứng for the self layer; absent = not checked. */
  evidence?: CellGrid;
  /** Notes beside review changes; absent = not checked. */
  reviewNotes?: CellGrid;
}
