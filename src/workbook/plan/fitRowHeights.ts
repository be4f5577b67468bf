// Row heights for a sheet plan's text: every row gets the height its tallest text cell needs (textHeight.ts), wrapped
// cells by their lines, larger fonts by their size, merged cells across the columns and rows they span. Heights the
// plan already gives stay when they are taller (rows planned for text that formulas bring, such as Kết quả's).

import type { RangeBox } from "../layout/cellAddress";
import { rangeAreas } from "../layout/rangeAreas";
import { blockBox } from "./blockBox";
import type { CellStyle, SheetPlan, WorkbookPlan } from "./planTypes";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, textHeight } from "./textHeight";

/** The font size of cells without one (the workbook's default, Calibri 11). */
const DEFAULT_FONT_SIZE = 11;

/** A cell as one number (a sheet has at most 16,384 columns): a sheet's cells are looked up by the thousand. */
const cellKey = (row: number, column: number) => row * 32_768 + column;

/** One text cell's need: the rows it spans and the height it needs across them. */
export interface TextNeed {
  row: number;
  rows: number;
  height: number;
}

/** The height each text cell of the plan needs (the estimator's view of the sheet, for fitting and for tests). */
export function textNeeds(sheet: SheetPlan, styles: Record<string, CellStyle>): TextNeed[] {
  const widths = sheet.columnWidths ?? {};
  const hidden = new Set(sheet.hiddenColumns ?? []);
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  const width = (column: number) => (hidden.has(column) ? 0 : (widths[column] ?? DEFAULT_COLUMN_WIDTH));
  const merges = (sheet.merges ?? []).flatMap(rangeAreas);
  const mergeAt = new Map<number, RangeBox>();
  const covered = new Set<number>();
  for (const box of merges) {
    mergeAt.set(cellKey(box.row, box.column), box);
    for (let r = 0; r < box.rows; r++)
      for (let c = 0; c < box.columns; c++) if (r > 0 || c > 0) covered.add(cellKey(box.row + r, box.column + c));
  }

  const needs: TextNeed[] = [];
  for (const block of sheet.blocks) {
    const origin = blockBox(block);
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const row = origin.row + r;
        const column = origin.column + c;
        if (typeof cell.v !== "string" || cell.v === "" || covered.has(cellKey(row, column))) return;
        if (hiddenRows.has(row)) return;
        const style = cell.s ? styles[cell.s] : undefined;
        const font = { size: style?.font?.size ?? DEFAULT_FONT_SIZE, bold: style?.font?.bold === true };
        const merge = mergeAt.get(cellKey(row, column));
        let characters = 0;
        for (let k = 0; k < (merge?.columns ?? 1); k++) characters += width(column + k);
        if (characters === 0) return;
        needs.push({ row, rows: merge?.rows ?? 1, height: textHeight(cell.v, characters, font, style?.wrap === true) });
      }),
    );
  }
  return needs;
}

/** The sheet with the row heights its text needs. */
export function fitRowHeights(sheet: SheetPlan, styles: Record<string, CellStyle>): SheetPlan {
  const heights: Record<number, number> = { ...sheet.rowHeights };
  const planned = (row: number) => heights[row] ?? DEFAULT_ROW_HEIGHT;
  const needs = textNeeds(sheet, styles);
  // Single rows first, so that a merged cell over several rows adds to what its rows already hold.
  for (const need of needs.filter((n) => n.rows === 1)) {
    if (need.height > planned(need.row)) heights[need.row] = need.height;
  }
  for (const need of needs.filter((n) => n.rows > 1)) {
    let total = 0;
    for (let k = 0; k < need.rows; k++) total += planned(need.row + k);
    const last = need.row + need.rows - 1;
    if (need.height > total) heights[last] = planned(last) + (need.height - total);
  }
  const changed = Object.keys(heights).length > 0;
  return changed ? { ...sheet, rowHeights: heights } : sheet;
}

/** The plan with every visible sheet it creates fitted (sheets it only writes into keep the heights they have). */
export function fitPlanRowHeights(plan: WorkbookPlan): WorkbookPlan {
  const fitted = (s: SheetPlan) => s.create && (s.visibility ?? "visible") === "visible";
  return { ...plan, sheets: plan.sheets.map((s) => (fitted(s) ? fitRowHeights(s, plan.styles) : s)) };
}

/**
 * A plan that writes into a sheet made earlier (`made`: the sheet as its creation planned it, for its widths, merges
 * and heights), with every row it writes text in sized to the taller of what the sheet was made with and what the
 * new text needs: a note that wraps grows its row, a shorter one gives the row back its made height.
 */
export function fitWrittenRowHeights(sheet: SheetPlan, styles: Record<string, CellStyle>, made: SheetPlan): SheetPlan {
  const base = fitRowHeights(made, styles).rowHeights ?? {};
  const seen: SheetPlan = {
    ...sheet,
    columnWidths: made.columnWidths,
    hiddenColumns: made.hiddenColumns,
    merges: [...(made.merges ?? []), ...(sheet.merges ?? [])],
    rowHeights: base,
  };
  const fitted = fitRowHeights(seen, styles).rowHeights ?? {};
  const heights: Record<number, number> = { ...sheet.rowHeights };
  for (const need of textNeeds(seen, styles)) {
    for (let k = 0; k < need.rows; k++) {
      const row = need.row + k;
      heights[row] = fitted[row] ?? base[row] ?? DEFAULT_ROW_HEIGHT;
    }
  }
  return Object.keys(heights).length > 0 ? { ...sheet, rowHeights: heights } : sheet;
}
