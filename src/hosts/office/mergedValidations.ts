// A sheet's plan validations as fewer Office.js writes: validations with the same rule and texts (a criterion's row on
// a peer sheet, cut in two by the rater's own column) are written once over the box around them, and the cells of the
// box they leave out are cleared afterwards, over the fewest rectangles of cells no validation covers. Every cell ends
// with the validation the plan gives it, or none, as area-by-area writes would leave it; each write saved is about a
// kilobyte of request (issue #12).

import type { RangeBox } from "../../workbook/layout/cellAddress";
import { rangeAreas } from "../../workbook/layout/rangeAreas";
import type { ValidationPlan } from "../../workbook/plan/planTypes";
import { coveringRectangles } from "./keyedRectangles";

export interface ValidationWrite {
  box: RangeBox;
  validation: ValidationPlan;
}

export interface MergedValidations {
  /** Disjoint boxes, each written with its validation. */
  writes: ValidationWrite[];
  /** Boxes to clear after the writes: they hold every cell a write covered that the plan leaves without validation. */
  clears: RangeBox[];
  /** No two plan validations share a cell: the writes may go in any order, with no clear first. */
  disjoint: boolean;
}

const cellKey = (row: number, column: number) => row * 16_384 + column;

function cellsOf(box: RangeBox): number[] {
  const keys: number[] = [];
  for (let r = box.row; r < box.row + box.rows; r++) {
    for (let c = box.column; c < box.column + box.columns; c++) keys.push(cellKey(r, c));
  }
  return keys;
}

function boundingBox(boxes: readonly RangeBox[]): RangeBox {
  const row = Math.min(...boxes.map((b) => b.row));
  const column = Math.min(...boxes.map((b) => b.column));
  const lastRow = Math.max(...boxes.map((b) => b.row + b.rows));
  const lastColumn = Math.max(...boxes.map((b) => b.column + b.columns));
  return { row, column, rows: lastRow - row, columns: lastColumn - column };
}

const contentKey = (v: ValidationPlan) =>
  JSON.stringify([v.rule, v.errorTitle, v.errorMessage, v.promptTitle ?? null, v.promptMessage ?? null]);

/** The plan's validations area by area when two share a cell (later ones then overwrite earlier ones, in order). */
function areaByArea(validations: readonly ValidationPlan[], disjoint: boolean): MergedValidations {
  const writes = validations.flatMap((validation) => rangeAreas(validation.range).map((box) => ({ box, validation })));
  return { writes, clears: [], disjoint };
}

export function mergedValidations(validations: readonly ValidationPlan[]): MergedValidations {
  const covered = new Set<number>();
  for (const validation of validations) {
    for (const box of rangeAreas(validation.range)) {
      for (const key of cellsOf(box)) {
        if (covered.has(key)) return areaByArea(validations, false);
        covered.add(key);
      }
    }
  }
  const groups = new Map<string, { validation: ValidationPlan; boxes: RangeBox[] }>();
  for (const validation of validations) {
    const key = contentKey(validation);
    const group = groups.get(key);
    if (group) group.boxes.push(...rangeAreas(validation.range));
    else groups.set(key, { validation, boxes: rangeAreas(validation.range) });
  }
  const writes: ValidationWrite[] = [];
  const gaps: RangeBox[] = [];
  for (const { validation, boxes } of groups.values()) {
    const box = boundingBox(boxes);
    const own = new Set(boxes.flatMap(cellsOf));
    const cells = cellsOf(box);
    // The box may take in cells without validation, never another validation's cells.
    if (boxes.length < 2 || cells.some((key) => covered.has(key) && !own.has(key))) {
      writes.push(...boxes.map((b) => ({ box: b, validation })));
      continue;
    }
    writes.push({ box, validation });
    for (const key of cells) {
      if (!own.has(key)) gaps.push({ row: Math.floor(key / 16_384), column: key % 16_384, rows: 1, columns: 1 });
    }
  }
  return { writes, clears: clearBoxes(gaps, covered), disjoint: true };
}

/** Rectangles holding every gap cell and no validated cell, as few as the covering rectangles give. */
function clearBoxes(gaps: readonly RangeBox[], covered: ReadonlySet<number>): RangeBox[] {
  if (gaps.length === 0) return [];
  const area = boundingBox(gaps);
  const gapKeys = new Set(gaps.map((g) => cellKey(g.row, g.column)));
  const grid = Array.from({ length: area.rows }, (_, r) =>
    Array.from({ length: area.columns }, (_, c) => cellKey(area.row + r, area.column + c)),
  );
  return coveringRectangles(
    grid,
    (key) => gapKeys.has(key),
    (key) => !covered.has(key),
  ).map((rect) => ({
    row: area.row + rect.row,
    column: area.column + rect.column,
    rows: rect.rows,
    columns: rect.columns,
  }));
}
