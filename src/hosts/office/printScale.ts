// "One page wide, any height" for Office.js. PageLayoutZoomOptions documents a scale (10–400) or a number of pages
// to fit each way, but no value for "as many pages tall as needed" (a file's fitToHeight="0"; learn.microsoft.com,
// Excel.PageLayoutZoomOptions), and Microsoft's client passes the options to Excel unchecked. So the host works out
// the documented scale at which the printed columns fit the page's width, never above 100 %.

import { parseRange } from "../../workbook/layout/cellAddress";
import type { PrintMargins, SheetPlan } from "../../workbook/plan/planTypes";
import { columnWidthPoints } from "../../workbook/layout/columnWidthPoints";

/** A4 in points (210 × 297 mm). */
const A4 = { short: (210 / 25.4) * 72, long: (297 / 25.4) * 72 };
/** Excel's "Normal" side margins, 0.7 inch, when the plan gives none. */
const DEFAULT_SIDE_MARGIN = 0.7 * 72;
/** A column without a plan width keeps Excel's default, 64 pixels. */
const DEFAULT_COLUMN_POINTS = 64 * 0.75;
const MIN_SCALE = 10;

const cmToPoints = (cm: number) => (cm / 2.54) * 72;

/** The printed columns: the print area's, else every column a block writes. */
function printedColumns(plan: SheetPlan): number[] {
  const area = plan.print?.area ? parseRange(plan.print.area.split(",")[0]) : null;
  if (area) return Array.from({ length: area.columns }, (_, i) => area.column + i);
  let end = 0;
  for (const block of plan.blocks) {
    const origin = parseRange(block.at);
    if (origin) end = Math.max(end, origin.column + (block.cells[0]?.length ?? 0));
  }
  return Array.from({ length: end }, (_, i) => i);
}

function columnPoints(plan: SheetPlan, column: number): number {
  if (plan.hiddenColumns?.includes(column)) return 0;
  const width = plan.columnWidths?.[column];
  return width === undefined ? DEFAULT_COLUMN_POINTS : columnWidthPoints(width);
}

/** The page's printable width in points: A4 in the plan's orientation less the side margins. */
function printableWidth(orientation: "landscape" | "portrait", margins: PrintMargins | undefined): number {
  const paper = orientation === "landscape" ? A4.long : A4.short;
  const sides = margins ? cmToPoints(margins.left) + cmToPoints(margins.right) : 2 * DEFAULT_SIDE_MARGIN;
  return paper - sides;
}

/** The print scale (percent, 10–100) at which the sheet's printed columns fill at most one page's width. */
export function fitWidthScale(plan: SheetPlan): number {
  const print = plan.print;
  if (!print) return 100;
  const width = printedColumns(plan).reduce((sum, column) => sum + columnPoints(plan, column), 0);
  const printable = printableWidth(print.orientation, print.margins);
  if (width <= printable) return 100;
  return Math.max(MIN_SCALE, Math.floor((100 * printable) / width));
}
