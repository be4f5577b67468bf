// A sheet's blocks joined where they stack or sit side by side, when no two of them share a cell (so the order they
// are written in cannot matter): a ranking's one-row blocks down the same columns, or an undo's one-cell blocks,
// become a few large blocks, whose formats then go over a few large rectangles instead of one set per row.

import { cellAddress, type RangeBox } from "../../workbook/layout/cellAddress";
import { blockBox } from "../../workbook/plan/blockBox";
import type { CellBlock, CellSpec } from "../../workbook/plan/planTypes";

interface Piece {
  box: RangeBox;
  cells: CellSpec[][];
}

/** True when no cell is in two blocks. */
function disjoint(pieces: readonly Piece[]): boolean {
  const seen = new Set<number>();
  for (const { box } of pieces) {
    for (let r = box.row; r < box.row + box.rows; r++) {
      for (let c = box.column; c < box.column + box.columns; c++) {
        const key = r * 16_384 + c;
        if (seen.has(key)) return false;
        seen.add(key);
      }
    }
  }
  return true;
}

/** Pieces of one lane (same columns, or same rows) that continue one another, joined. */
function join(
  pieces: Piece[],
  lane: (p: Piece) => string,
  start: (p: Piece) => number,
  end: (p: Piece) => number,
  glue: (a: Piece, b: Piece) => Piece,
): Piece[] {
  const lanes = new Map<string, Piece[]>();
  for (const piece of pieces) {
    const key = lane(piece);
    const list = lanes.get(key);
    if (list) list.push(piece);
    else lanes.set(key, [piece]);
  }
  const out: Piece[] = [];
  for (const list of lanes.values()) {
    list.sort((a, b) => start(a) - start(b));
    let current = list[0];
    for (const next of list.slice(1)) {
      if (start(next) === end(current)) current = glue(current, next);
      else {
        out.push(current);
        current = next;
      }
    }
    out.push(current);
  }
  return out;
}

const stack = (a: Piece, b: Piece): Piece => ({
  box: { ...a.box, rows: a.box.rows + b.box.rows },
  cells: [...a.cells, ...b.cells],
});

const beside = (a: Piece, b: Piece): Piece => ({
  box: { ...a.box, columns: a.box.columns + b.box.columns },
  cells: a.cells.map((row, i) => [...row, ...b.cells[i]]),
});

/** The blocks as fewer, larger ones when they are disjoint; as they are otherwise (later blocks overwrite). */
export function coalesceBlocks(blocks: readonly CellBlock[]): CellBlock[] {
  if (blocks.length < 2) return [...blocks];
  const pieces = blocks
    .map((block) => ({ box: blockBox(block), cells: block.cells }))
    .filter((piece) => piece.box.columns > 0 && piece.box.rows > 0);
  if (!disjoint(pieces)) return [...blocks];
  const stacked = join(
    pieces,
    (p) => `${p.box.column}:${p.box.columns}`,
    (p) => p.box.row,
    (p) => p.box.row + p.box.rows,
    stack,
  );
  const joined = join(
    stacked,
    (p) => `${p.box.row}:${p.box.rows}`,
    (p) => p.box.column,
    (p) => p.box.column + p.box.columns,
    beside,
  );
  return joined
    .sort((a, b) => a.box.row - b.box.row || a.box.column - b.box.column)
    .map((p) => ({ at: cellAddress(p.box.row, p.box.column), cells: p.cells }));
}
