// Joining a plan's blocks before they are written: disjoint blocks that stack or sit side by side become one, and
// what ends up in each cell is the same as writing the blocks one by one.

import fc from "fast-check";
import { coalesceBlocks } from "../../../src/hosts/office/coalesceBlocks";
import { parseRange } from "../../../src/workbook/layout/cellAddress";
import type { CellBlock } from "../../../src/workbook/plan/planTypes";

/** The cells the blocks write, in order (a later block's cell over an earlier one's), by "row:column". */
function written(blocks: readonly CellBlock[]): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const block of blocks) {
    const origin = parseRange(block.at)!;
    block.cells.forEach((row, i) =>
      row.forEach((cell, j) => cells.set(`${origin.row + i}:${origin.column + j}`, cell)),
    );
  }
  return cells;
}

describe("coalesceBlocks", () => {
  it("writes a ranking's one-row blocks down the same columns as one block, rows in sheet order", () => {
    const blocks: CellBlock[] = [
      { at: "B6", cells: [[{ v: "Xã B" }, { f: "D6*2" }]] },
      { at: "B5", cells: [[{ v: "Xã A" }, { f: "D5*2" }]] },
      { at: "B7", cells: [[{ v: "Xã C" }, { f: "D7*2" }]] },
    ];
    expect(coalesceBlocks(blocks)).toEqual([
      {
        at: "B5",
        cells: [
          [{ v: "Xã A" }, { f: "D5*2" }],
          [{ v: "Xã B" }, { f: "D6*2" }],
          [{ v: "Xã C" }, { f: "D7*2" }],
        ],
      },
    ]);
  });

  it("joins blocks side by side over the same rows", () => {
    const blocks: CellBlock[] = [
      { at: "A1", cells: [[{ v: 1 }], [{ v: 2 }]] },
      { at: "B1", cells: [[{ v: 3 }], [{ v: 4 }]] },
    ];
    expect(coalesceBlocks(blocks)).toEqual([
      {
        at: "A1",
        cells: [
          [{ v: 1 }, { v: 3 }],
          [{ v: 2 }, { v: 4 }],
        ],
      },
    ]);
  });

  it("leaves blocks that share a cell as they are, so the later one still writes last", () => {
    const blocks: CellBlock[] = [
      { at: "A1", cells: [[{ v: "cũ" }, { v: 2 }]] },
      { at: "A1", cells: [[{ v: "mới" }]] },
    ];
    expect(coalesceBlocks(blocks)).toEqual(blocks);
  });

  it("keeps apart blocks that neither stack nor line up", () => {
    const blocks: CellBlock[] = [
      { at: "A1", cells: [[{ v: 1 }]] },
      { at: "C3", cells: [[{ v: 2 }]] },
    ];
    expect(coalesceBlocks(blocks)).toEqual(blocks);
  });

  it("writes every cell exactly as the blocks one by one would", () => {
    const block = fc
      .record({
        row: fc.integer({ min: 1, max: 8 }),
        column: fc.integer({ min: 0, max: 5 }),
        rows: fc.integer({ min: 1, max: 3 }),
        columns: fc.integer({ min: 1, max: 3 }),
        value: fc.integer(),
      })
      .map(({ row, column, rows, columns, value }): CellBlock => ({
        at: `${String.fromCharCode(65 + column)}${row}`,
        cells: Array.from({ length: rows }, (_, i) =>
          Array.from({ length: columns }, (_, j) => ({ v: value + i * 10 + j })),
        ),
      }));
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), (blocks) => {
        const joined = coalesceBlocks(blocks);
        expect(written(joined)).toEqual(written(blocks));
        expect(joined.length).toBeLessThanOrEqual(blocks.length);
      }),
    );
  });
});
