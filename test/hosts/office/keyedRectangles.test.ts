// Grouping cells into rectangles: plain grouping covers each keyed cell exactly once, and painting (later keys over
// earlier ones) leaves every cell with its own key while never touching cells that have none.

import fc from "fast-check";
import {
  fewestRectangles,
  keyedRectangles,
  paintedRectangles,
  type KeyedRectangle,
} from "../../../src/hosts/office/keyedRectangles";

type Grid = (string | null)[][];

/** Writes the rectangles in order onto an empty grid of the same shape, as Excel would apply them. */
function paint(grid: Grid, rectangles: KeyedRectangle<string>[]): { result: Grid; writes: number[][] } {
  const result: Grid = grid.map((line) => line.map(() => null));
  const writes = grid.map((line) => line.map(() => 0));
  for (const r of rectangles) {
    for (let i = r.row; i < r.row + r.rows; i++) {
      for (let j = r.column; j < r.column + r.columns; j++) {
        result[i][j] = r.key;
        writes[i][j] += 1;
      }
    }
  }
  return { result, writes };
}

const grids = fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 })).chain(([rows, columns]) =>
  fc.array(fc.array(fc.constantFrom("a", "b", "c", null), { minLength: columns, maxLength: columns }), {
    minLength: rows,
    maxLength: rows,
  }),
);

describe("grouping cells of equal key into rectangles", () => {
  it("turns a band of rows with equal runs into one rectangle per run", () => {
    const grid: Grid = [
      ["a", "a", "b"],
      ["a", "a", "b"],
      [null, "a", "a"],
    ];
    expect(keyedRectangles(grid, (k) => k)).toEqual([
      { key: "a", row: 0, column: 0, rows: 2, columns: 2 },
      { key: "b", row: 0, column: 2, rows: 2, columns: 1 },
      { key: "a", row: 2, column: 1, rows: 1, columns: 2 },
    ]);
  });

  it("covers every keyed cell exactly once with its own key, and no cell without a key", () => {
    fc.assert(
      fc.property(grids, (grid) => {
        const { result, writes } = paint(
          grid,
          keyedRectangles(grid, (k) => k),
        );
        expect(result).toEqual(grid);
        grid.forEach((line, i) => line.forEach((key, j) => expect(writes[i][j]).toBe(key === null ? 0 : 1)));
      }),
    );
  });
});

describe("painting the most common key first and exceptions over it", () => {
  it("paints an input grid with a locked own column in two writes instead of one per row part", () => {
    // Three rows of inputs where column 1 is the rater's own (locked) column: grouping needs 2 rectangles per row
    // split by the column only if rows differ; painting needs 1 for "input" and 1 for the column.
    const grid: Grid = [
      ["in", "own", "in", "in"],
      ["in", "own", "in", "in"],
      ["in", "own", "in", "in"],
    ];
    expect(paintedRectangles(grid)).toEqual([
      { key: "in", row: 0, column: 0, rows: 3, columns: 4 },
      { key: "own", row: 0, column: 1, rows: 3, columns: 1 },
    ]);
  });

  it("never paints over a cell without a key", () => {
    const grid: Grid = [["a", null, "a"]];
    expect(paintedRectangles(grid)).toEqual([
      { key: "a", row: 0, column: 0, rows: 1, columns: 1 },
      { key: "a", row: 0, column: 2, rows: 1, columns: 1 },
    ]);
  });

  it("leaves every cell with its own key once all rectangles are written, whatever the grid", () => {
    fc.assert(
      fc.property(grids, (grid) => {
        const { result, writes } = paint(grid, paintedRectangles(grid));
        expect(result).toEqual(grid);
        grid.forEach((line, i) => line.forEach((key, j) => key === null && expect(writes[i][j]).toBe(0)));
      }),
    );
  });

  it("falls back to plain grouping where painting would need more writes", () => {
    // Shrunk by fast-check. Grouping, by hand: a A1:E1, b B2:B3, a C2:E2, a A3:A4, a C3:C4, b D3:E3, a E4 = 7.
    const grid: Grid = [
      ["a", "a", "a", "a", "a"],
      [null, "b", "a", "a", "a"],
      ["a", "b", "a", "b", "b"],
      ["a", null, "a", null, "a"],
    ];
    expect(paintedRectangles(grid)).toHaveLength(8);
    expect(fewestRectangles(grid)).toEqual(keyedRectangles(grid, (k) => k));
    expect(fewestRectangles(grid)).toHaveLength(7);
  });

  it("writes each cell's key with the fewer of the two ways, whatever the grid", () => {
    fc.assert(
      fc.property(grids, (grid) => {
        const chosen = fewestRectangles(grid);
        expect(paint(grid, chosen).result).toEqual(grid);
        expect(chosen.length).toBeLessThanOrEqual(keyedRectangles(grid, (k) => k).length);
        expect(chosen.length).toBeLessThanOrEqual(paintedRectangles(grid).length);
      }),
    );
  });
});
