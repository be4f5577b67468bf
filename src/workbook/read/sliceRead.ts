// Cuts one defined name's cells out of what a host read for it (the read may cover a larger box around the name).

import type { RangeRead } from "../host/hostTypes";
import type { RangeBox } from "../layout/cellAddress";
import type { CellValue } from "../plan/planTypes";

/** The cells of `target` out of a read of `box` (short reads give blanks). */
export function sliceRead(read: RangeRead | undefined, box: RangeBox, target: RangeBox): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 0; r < target.rows; r++) {
    const row = read?.values[target.row - box.row + r] ?? [];
    const cells: CellValue[] = [];
    for (let c = 0; c < target.columns; c++) cells.push(row[target.column - box.column + c] ?? null);
    out.push(cells);
  }
  return out;
}
