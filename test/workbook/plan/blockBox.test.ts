// The one check of a plan block's shape both hosts rely on: an A1 origin and rows of one length.

import { blockBox } from "../../../src/workbook/plan/blockBox";

describe("blockBox", () => {
  it("places a block of two rows of three cells at its origin", () => {
    const cells = [
      [{ v: 1 }, { v: 2 }, { v: 3 }],
      [{ v: 4 }, { v: 5 }, { v: 6 }],
    ];
    // D is the fourth column (0-based 3).
    expect(blockBox({ at: "D6", cells })).toEqual({ row: 6, column: 3, rows: 2, columns: 3 });
  });

  it("gives an empty block zero columns", () => {
    expect(blockBox({ at: "A1", cells: [] })).toEqual({ row: 1, column: 0, rows: 0, columns: 0 });
  });

  it("refuses an origin that is not an A1 cell", () => {
    expect(() => blockBox({ at: "R1C1", cells: [[{ v: 1 }]] })).toThrow(/not an A1 cell/);
  });

  it("refuses rows of different lengths", () => {
    expect(() => blockBox({ at: "B2", cells: [[{ v: 1 }, { v: 2 }], [{ v: 3 }]] })).toThrow(/different lengths/);
  });
});
