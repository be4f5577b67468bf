// Cells of a grid grouped into rectangles of one key (a style id, a lock state): runs of equal keys along each row,
// stacked while the rows below repeat the same run. Score grids are made of such bands, so one format command per
// rectangle replaces one per cell.

export interface KeyedRectangle<K> {
  key: K;
  /** 0-based within the grid. */
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Rectangles covering every cell whose key is not null, ordered by their top-left cell (row, then column). */
export function keyedRectangles<C, K extends string | number | boolean>(
  grid: readonly (readonly C[])[],
  keyOf: (cell: C) => K | null,
): KeyedRectangle<K>[] {
  const done: KeyedRectangle<K>[] = [];
  let open = new Map<string, KeyedRectangle<K>>();
  grid.forEach((line, r) => {
    const next = new Map<string, KeyedRectangle<K>>();
    let c = 0;
    while (c < line.length) {
      const key = keyOf(line[c]);
      let end = c;
      while (end + 1 < line.length && keyOf(line[end + 1]) === key) end++;
      if (key !== null) {
        const id = `${c}:${end}:${String(key)}`;
        const above = open.get(id);
        if (above) {
          above.rows += 1;
          open.delete(id);
          next.set(id, above);
        } else {
          next.set(id, { key, row: r, column: c, rows: 1, columns: end - c + 1 });
        }
      }
      c = end + 1;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.sort((a, b) => a.row - b.row || a.column - b.column);
}

interface OpenRectangle {
  row: number;
  column: number;
  columns: number;
  /** Last row holding a cell that needs this key; rows after it are dropped when the rectangle closes. */
  lastNeeded: number;
}

/**
 * Rectangles to paint one key over: they cover every cell where `needs`, and may also cover cells where `mayCover`
 * (cells a later key paints over anyway), which lets one rectangle span what would otherwise be many.
 */
export function coveringRectangles<C>(
  grid: readonly (readonly C[])[],
  needs: (cell: C) => boolean,
  mayCover: (cell: C) => boolean,
): Omit<KeyedRectangle<never>, "key">[] {
  const done: Omit<KeyedRectangle<never>, "key">[] = [];
  const close = (o: OpenRectangle) =>
    done.push({ row: o.row, column: o.column, rows: o.lastNeeded - o.row + 1, columns: o.columns });
  let open: OpenRectangle[] = [];
  grid.forEach((line, r) => {
    const covered = new Array<boolean>(line.length).fill(false);
    const next: OpenRectangle[] = [];
    for (const o of open) {
      const span = line.slice(o.column, o.column + o.columns);
      if (!span.every(mayCover)) {
        close(o);
        continue;
      }
      span.forEach((cell, i) => {
        if (!needs(cell)) return;
        covered[o.column + i] = true;
        o.lastNeeded = r;
      });
      next.push(o);
    }
    let c = 0;
    while (c < line.length) {
      if (!needs(line[c]) || covered[c]) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < line.length && mayCover(line[end + 1])) end++;
      let last = end;
      while (!needs(line[last])) last--;
      for (let i = c; i <= last; i++) if (needs(line[i])) covered[i] = true;
      next.push({ row: r, column: c, columns: last - c + 1, lastNeeded: r });
      c = end + 1;
    }
    open = next;
  });
  open.forEach(close);
  return done;
}

/**
 * Rectangles to write in the order returned, the most common key first: each later key overwrites part of the
 * earlier rectangles, so a grid of bands with exceptions (a column, a few rows) costs a handful of writes.
 * Cells whose key is null are never covered. Only for properties where overwriting a cell is exact (not borders,
 * which Excel shares between neighbouring cells).
 */
export function paintedRectangles<K extends string | number | boolean>(
  grid: readonly (readonly (K | null)[])[],
): KeyedRectangle<K>[] {
  const counts = new Map<K, number>();
  for (const line of grid) for (const key of line) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  // Map order is first appearance, and the sort is stable: ties keep that order.
  const order = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
  const rank = new Map(order.map((key, i) => [key, i]));
  return order.flatMap((key, i) =>
    coveringRectangles(
      grid,
      (cell) => cell === key,
      (cell) => cell !== null && rank.get(cell)! >= i,
    ).map((rect) => ({ key, ...rect })),
  );
}

/** Painting or plain grouping, whichever needs fewer writes (painting usually wins on banded grids, not always). */
export function fewestRectangles<K extends string | number | boolean>(
  grid: readonly (readonly (K | null)[])[],
): KeyedRectangle<K>[] {
  const painted = paintedRectangles(grid);
  const grouped = keyedRectangles<K | null, K>(grid, (key) => key);
  return painted.length < grouped.length ? painted : grouped;
}
