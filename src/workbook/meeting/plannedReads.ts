// What a sheet just created by a plan holds, as a host would read it back: an operation that creates a sheet's frame
// in one write and fills it in the next takes the undo snapshot of the second from this, without reading again.

import type { RangeRead } from "../host/hostTypes";
import { parseRange, rangeAddress } from "../layout/cellAddress";
import type { CellValue, SheetPlan } from "../plan/planTypes";

/** The sheet's cells from row 1 and column A over `rows` × `columns`, as the plan wrote them (blank elsewhere). */
export function plannedRead(sheet: SheetPlan, rows: number, columns: number): RangeRead {
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(columns).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () =>
    new Array<string | null>(columns).fill(null),
  );
  for (const block of sheet.blocks) {
    const origin = parseRange(block.at);
    if (!origin) continue;
    block.cells.forEach((cells, i) =>
      cells.forEach((spec, j) => {
        const r = origin.row - 1 + i;
        const c = origin.column + j;
        if (r >= rows || c >= columns) return;
        if (spec.f !== undefined) formulas[r][c] = spec.f;
        else values[r][c] = spec.v === "" || spec.v === undefined ? null : spec.v;
      }),
    );
  }
  return { sheet: sheet.name, range: rangeAddress({ row: 1, column: 0, rows, columns }), values, formulas };
}
