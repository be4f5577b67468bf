// A formula evaluator for the in-memory Excel (fake.setEvaluator) that shows what a correct Excel shows in a Thi đua
// workbook's result cells: the workbook is read back from the fake as validation reads it, the core computes the
// results, and each unit's group subtotals, bonus, deductions, self, peer, review and final totals, rank and grade on
// Xếp hạng, and every criterion's points on the final points sheet, are placed in their cells by the layout. Every
// other formula reads null (the fake computes nothing by itself). The LibreOffice suites are what show that the
// workbook's real formulas compute exactly these numbers; this stands in for Excel where no Excel exists.
//
// Plain TypeScript without Node APIs: the end-to-end test bundles it into the browser with the proxy fake.

import { computeResults } from "../../src/core/ranking/computeResults";
import { rangeRead } from "../../src/hosts/office/rangeRead";
import type { NameInfo, RangeRead, SheetInfo, WorkbookOutline } from "../../src/workbook/host/hostTypes";
import { cellAddress } from "../../src/workbook/layout/cellAddress";
import { parseNameReference } from "../../src/workbook/layout/nameReference";
import { validateParsed } from "../../src/workbook/operations/validateWorkbook";
import { parseWorkbook } from "../../src/workbook/read/parseWorkbook";
import { readPlan } from "../../src/workbook/read/readPlan";
import type { FormulaEvaluator } from "./excel/cellContent";
import type { FakeExcelControl } from "./excel/fakeControl";

/** Changes what one cell shows ("Excel got this one wrong"): return `correct` to leave the cell alone. */
export type Tamper = (at: { sheet: string; address: string }, correct: unknown) => unknown;

const VISIBILITY: Record<string, SheetInfo["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

function outlineOf(fake: FakeExcelControl): WorkbookOutline {
  const sheets = fake.sheetNames().map((name) => ({ name, visibility: VISIBILITY[fake.sheet(name).visibility] }));
  const names: NameInfo[] = fake
    .names()
    .filter((n) => n.scope === null)
    .map((n) => {
      const target = /#REF!/i.test(n.formula) ? null : parseNameReference(n.formula);
      return { name: n.name, sheet: target?.sheet ?? null, range: target?.range ?? null };
    });
  return { sheets, names };
}

/** Every result cell of the workbook as it now stands, keyed "sheet!A1"; empty when it is not ready to rank. */
function resultCells(fake: FakeExcelControl): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  const outline = outlineOf(fake);
  const reads: RangeRead[] = readPlan(outline).map((request) => {
    try {
      return rangeRead(request.sheet, request.range, fake.values(request.sheet, request.range), null);
    } catch {
      return { sheet: request.sheet, range: request.range, values: [], formulas: [] };
    }
  });
  const parsed = parseWorkbook(reads, outline);
  const { input } = validateParsed(parsed);
  const layout = parsed.layout;
  if (!input || !layout) return cells;
  const result = computeResults(input);
  const { table, columns, sheet } = layout.result;
  result.units.forEach((u, k) => {
    const put = (column: number, value: unknown) => cells.set(`${sheet}!${cellAddress(table.row + k, column)}`, value);
    columns.groups.forEach((column, g) => put(column, u.finalPoints.points[layout.flat.contentTops[g]]));
    put(columns.bonus, u.finalPoints.bonus);
    put(columns.deduction, u.finalPoints.deduction);
    put(columns.self, u.self.total);
    // Excel shows "" where a formula yields an empty text: no complete peer rater, no review entry anywhere.
    if (layout.peerMatrix) put(columns.peer, u.peer ?? "");
    if (layout.review) put(columns.review, u.review === null ? "" : u.finalPoints.total);
    put(columns.final, u.final);
    put(columns.rank, u.rank);
    put(columns.grade, u.grade);
    const grid = layout.final.grid;
    u.finalPoints.points.forEach((points, r) =>
      cells.set(`${layout.final.sheet}!${cellAddress(grid.row + r, grid.column + k)}`, points),
    );
  });
  return cells;
}

/**
 * The evaluator over `fake`. What a formula shows is worked out once per request (the cells a request reads cannot
 * change while Excel answers it); reading the workbook back for it asks the evaluator again, which then answers null.
 */
export function resultsEvaluator(fake: FakeExcelControl, tamper?: Tamper): FormulaEvaluator {
  let computedAt = -1;
  let cells = new Map<string, unknown>();
  let busy = false;
  return (_formula, at) => {
    if (busy) return null;
    if (computedAt !== fake.syncCount) {
      busy = true;
      try {
        cells = resultCells(fake);
      } finally {
        busy = false;
      }
      computedAt = fake.syncCount;
    }
    const correct = cells.get(`${at.sheet}!${at.address}`) ?? null;
    return tamper ? tamper(at, correct) : correct;
  };
}
