// Reading back the cells an undo snapshot names: the boxes cover exactly those cells, once each, in few rectangles.

import fc from "fast-check";
import { cellAddress, parseRange } from "../../../src/workbook/layout/cellAddress";
import { cellBoxes } from "../../../src/workbook/undo/cellBoxes";

/** Every cell of the boxes as "SHEET!row:column", with how often each is covered. */
function covered(boxes: { sheet: string; range: string }[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const { sheet, range } of boxes) {
    const box = parseRange(range)!;
    for (let r = box.row; r < box.row + box.rows; r++) {
      for (let c = box.column; c < box.column + box.columns; c++) {
        const key = `${sheet.toUpperCase()}!${r}:${c}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
  }
  return seen;
}

describe("cellBoxes", () => {
  it("reads a run of cells down one column as one box", () => {
    const cells = ["E7", "E8", "E9"].map((address) => ({ sheet: "Xếp hạng", address }));
    expect(cellBoxes(cells)).toEqual([{ sheet: "Xếp hạng", range: "E7:E9" }]);
  });

  it("joins neighbouring columns holding the same rows into one rectangle", () => {
    const cells = ["C5", "D5", "C6", "D6", "E5", "E6"].map((address) => ({ sheet: "Kết quả", address }));
    expect(cellBoxes(cells)).toEqual([{ sheet: "Kết quả", range: "C5:E6" }]);
  });

  it("leaves a gap unread and keeps sheets apart, whatever the case of their names", () => {
    const boxes = cellBoxes([
      { sheet: "Tự chấm", address: "B2" },
      { sheet: "Nhật ký", address: "A1" },
      { sheet: "TỰ CHẤM", address: "B4" },
      { sheet: "Tự chấm", address: "B2" },
    ]);
    expect(boxes).toEqual([
      { sheet: "Tự chấm", range: "B2:B2" },
      { sheet: "Tự chấm", range: "B4:B4" },
      { sheet: "Nhật ký", range: "A1:A1" },
    ]);
  });

  it("covers every named cell exactly once and no other cell", () => {
    const cell = fc.record({
      sheet: fc.constantFrom("A", "b", "B"),
      row: fc.integer({ min: 1, max: 12 }),
      column: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (cells) => {
        const named = cells.map((c) => ({ sheet: c.sheet, address: cellAddress(c.row, c.column) }));
        const seen = covered(cellBoxes(named));
        const wanted = new Set(cells.map((c) => `${c.sheet.toUpperCase()}!${c.row}:${c.column}`));
        expect([...seen.keys()].sort()).toEqual([...wanted].sort());
        expect([...seen.values()].every((n) => n === 1)).toBe(true);
      }),
    );
  });
});
