// The result table where TD_Result actually stands: rows or columns inserted above or left of it move the name (as
// Excel moves names), and a ranking must write its notes, awards, flags and hash next to the table, not where the
// table stood when it was injected.

import type { RangeBox } from "./cellAddress";
import type { ResultColumns, ResultLayout } from "./workbookLayout";

function shiftColumns(columns: ResultColumns, by: number): ResultColumns {
  const out = { ...columns };
  for (const key of Object.keys(out) as (keyof ResultColumns)[]) {
    const value = out[key];
    if (typeof value === "number" && key !== "visibleCount" && key !== "count") (out[key] as number) = value + by;
  }
  out.groups = columns.groups.map((c) => c + by);
  out.keys = columns.keys.map((k) => ({ ...k, column: k.column + by }));
  return out;
}

/** `result` moved so that its table starts at `named` (TD_Result as read); the same layout when it did not move. */
export function movedResultLayout(result: ResultLayout, named: RangeBox): ResultLayout {
  const rows = named.row - result.table.row;
  const columns = named.column - result.table.column;
  if (rows === 0 && columns === 0) return result;
  return {
    ...result,
    titleRow: result.titleRow + rows,
    headerRow: result.headerRow + rows,
    table: { ...result.table, row: named.row, column: named.column },
    columns: shiftColumns(result.columns, columns),
    hashRow: result.hashRow + rows,
  };
}
