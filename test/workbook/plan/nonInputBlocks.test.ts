// Blocks without input cells: the rectangles a settings change rewrites cover every locked cell once and no input.

import { nonInputBlocks } from "../../../src/workbook/plan/nonInputBlocks";
import type { CellSpec } from "../../../src/workbook/plan/planTypes";

const L = (v: string): CellSpec => ({ v });
const I: CellSpec = { v: null, input: true };

describe("nonInputBlocks", () => {
  it("keeps a block without input cells whole", () => {
    const cells = [
      [L("a"), L("b")],
      [L("c"), L("d")],
    ];
    expect(nonInputBlocks([{ at: "C3", cells }])).toEqual([{ at: "C3", cells }]);
  });

  it("cuts input cells out as rectangles of the locked cells around them", () => {
    // B2:E5 — a label column, a 2×2 input grid in C3:D4, a total row and a total column.
    const cells = [
      [L("h1"), L("h2"), L("h3"), L("h4")],
      [L("r1"), I, I, L("t1")],
      [L("r2"), I, I, L("t2")],
      [L("s1"), L("s2"), L("s3"), L("s4")],
    ];
    expect(nonInputBlocks([{ at: "B2", cells }])).toEqual([
      { at: "B2", cells: [[L("h1"), L("h2"), L("h3"), L("h4")]] },
      { at: "B3", cells: [[L("r1")], [L("r2")]] },
      { at: "E3", cells: [[L("t1")], [L("t2")]] },
      { at: "B5", cells: [[L("s1"), L("s2"), L("s3"), L("s4")]] },
    ]);
  });

  it("also leaves out the cells the caller keeps, by sheet row and column", () => {
    const cells = [[L("a"), L("b"), L("c")]];
    // Keep D7 (row 7, column 3): the middle cell of a block at C7.
    expect(nonInputBlocks([{ at: "C7", cells }], (row, column) => row === 7 && column === 3)).toEqual([
      { at: "C7", cells: [[L("a")]] },
      { at: "E7", cells: [[L("c")]] },
    ]);
  });

  it("drops a block made only of input cells", () => {
    expect(nonInputBlocks([{ at: "A1", cells: [[I, I]] }])).toEqual([]);
  });
});
