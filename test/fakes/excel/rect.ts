// Zero-based cell rectangles on one worksheet, and the set operations the fake's sheet model needs.

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function lastRow(r: Rect): number {
  return r.row + r.rows - 1;
}

export function lastCol(r: Rect): number {
  return r.col + r.cols - 1;
}

export function cellCount(r: Rect): number {
  return r.rows * r.cols;
}

export function isInsideGrid(r: Rect): boolean {
  return r.row >= 0 && r.col >= 0 && r.rows >= 1 && r.cols >= 1 && lastRow(r) < MAX_ROWS && lastCol(r) < MAX_COLUMNS;
}

export function coversAllRows(r: Rect): boolean {
  return r.row === 0 && r.rows === MAX_ROWS;
}

export function coversAllColumns(r: Rect): boolean {
  return r.col === 0 && r.cols === MAX_COLUMNS;
}

export function containsCell(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row <= lastRow(r) && col >= r.col && col <= lastCol(r);
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    lastRow(inner) <= lastRow(outer) &&
    lastCol(inner) <= lastCol(outer)
  );
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const endRow = Math.min(lastRow(a), lastRow(b));
  const endCol = Math.min(lastCol(a), lastCol(b));
  if (endRow < row || endCol < col) return null;
  return { row, col, rows: endRow - row + 1, cols: endCol - col + 1 };
}

/** The parts of `a` outside `b`, as at most four disjoint rectangles (bands above and below, then the sides). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const overlap = intersect(a, b);
  if (!overlap) return [a];
  const parts: Rect[] = [];
  if (overlap.row > a.row) parts.push({ row: a.row, col: a.col, rows: overlap.row - a.row, cols: a.cols });
  if (lastRow(overlap) < lastRow(a)) {
    parts.push({ row: lastRow(overlap) + 1, col: a.col, rows: lastRow(a) - lastRow(overlap), cols: a.cols });
  }
  if (overlap.col > a.col) parts.push({ row: overlap.row, col: a.col, rows: overlap.rows, cols: overlap.col - a.col });
  if (lastCol(overlap) < lastCol(a)) {
    parts.push({
      row: overlap.row,
      col: lastCol(overlap) + 1,
      rows: overlap.rows,
      cols: lastCol(a) - lastCol(overlap),
    });
  }
  return parts;
}

/** The smallest rectangle holding both. */
export function boundingRect(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return {
    row,
    col,
    rows: Math.max(lastRow(a), lastRow(b)) - row + 1,
    cols: Math.max(lastCol(a), lastCol(b)) - col + 1,
  };
}

/** Total cells of disjoint rectangles `parts` that lie inside `r`. */
export function coveredCellCount(r: Rect, parts: readonly Rect[]): number {
  let total = 0;
  for (const part of parts) {
    const overlap = intersect(r, part);
    if (overlap) total += cellCount(overlap);
  }
  return total;
}
