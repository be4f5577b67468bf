// Where cells and rectangles of a sheet stand against each other: a cell inside a box, two boxes that share a cell,
// a box wholly inside another. Rows are 1-based and columns 0-based, as in RangeBox.

import type { RangeBox } from "./cellAddress";

export function cellInBox(box: RangeBox, row: number, column: number): boolean {
  return row >= box.row && row < box.row + box.rows && column >= box.column && column < box.column + box.columns;
}

export function boxesOverlap(a: RangeBox, b: RangeBox): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

export function boxHoldsBox(outer: RangeBox, inner: RangeBox): boolean {
  return (
    inner.row >= outer.row &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column >= outer.column &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}
