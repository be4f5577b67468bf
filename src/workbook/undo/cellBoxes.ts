// A few rectangles covering a scattered set of cells, for reading just those cells back: runs down each column, then
// runs of neighbouring columns with the same rows joined. An undo reads the cells its snapshot names this way.

import { parseRange, rangeAddress, type RangeBox } from "../layout/cellAddress";

/** Rectangles (A1 without sheet) covering exactly the cells given, per sheet as spelled first. */
export function cellBoxes(cells: readonly { sheet: string; address: string }[]): { sheet: string; range: string }[] {
  const bySheet = new Map<string, { sheet: string; cells: RangeBox[] }>();
  for (const cell of cells) {
    const box = parseRange(cell.address);
    if (!box) continue;
    const key = cell.sheet.toUpperCase();
    const known = bySheet.get(key);
    if (known) known.cells.push(box);
    else bySheet.set(key, { sheet: cell.sheet, cells: [box] });
  }
  const out: { sheet: string; range: string }[] = [];
  for (const { sheet, cells: boxes } of bySheet.values()) {
    const unique = new Map<string, RangeBox>();
    for (const b of boxes) for (const cell of cellsOf(b)) unique.set(`${cell.column}:${cell.row}`, cell);
    const sorted = [...unique.values()].sort((a, b) => a.column - b.column || a.row - b.row);
    const runs: RangeBox[] = [];
    for (const cell of sorted) {
      const last = runs[runs.length - 1];
      if (last && last.column === cell.column && last.row + last.rows === cell.row) last.rows += 1;
      else runs.push({ ...cell });
    }
    // Runs come column by column, so a box ending just left of a run with the same rows can take it.
    const joined: RangeBox[] = [];
    const open = new Map<string, RangeBox>();
    for (const run of runs) {
      const key = (column: number) => `${run.row}:${run.rows}:${column}`;
      const left = open.get(key(run.column));
      if (left) {
        open.delete(key(run.column));
        left.columns += 1;
        open.set(key(run.column + 1), left);
        continue;
      }
      const box = { ...run };
      joined.push(box);
      open.set(key(run.column + 1), box);
    }
    for (const box of joined) out.push({ sheet, range: rangeAddress(box) });
  }
  return out;
}

function cellsOf(box: RangeBox): RangeBox[] {
  const cells: RangeBox[] = [];
  for (let r = 0; r < box.rows; r++)
    for (let c = 0; c < box.columns; c++) cells.push({ row: box.row + r, column: box.column + c, rows: 1, columns: 1 });
  return cells;
}
