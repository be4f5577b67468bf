// Thẩm định / Review (review and cross modes): an input on every leaf row (blank = self accepted; a value on a
// computed row overrides the computed points), totals that show the last stage, entries counted per unit, and
// the review notes (TD_ReviewNotes) below.

import type { Lang } from "../../../core/settings/settingsTypes";
import { cellAddress, rangeAddress, sheetReference } from "../../layout/cellAddress";
import type { ReviewSheetLayout, WorkbookLayout } from "../../layout/workbookLayout";
import { reviewEntriesFormula } from "../../formulas/entryCountFormulas";
import { subjectOf } from "../../messages/personLabelMessages";
import { sheetLabelMessages as L } from "../../messages/sheetLabelMessages";
import { blankCell, formulaCell, inputCell, valueCell } from "../cellSpec";
import type { CellSpec, SheetPlan, ValidationPlan } from "../planTypes";
import { S } from "../workbookStyles";
import { flagFormats, inputValidation, reviewRole, rowSpans } from "./inputRules";
import {
  criteriaColumnsBlock,
  labelRowsBlock,
  scoreSheetFrame,
  titleBlock,
  unitColumnsBlock,
  unitHeaderBlock,
} from "./scoreSheetFrame";

/** The cell holding the count of review entries in the whole sheet (column C of the entries row). */
export function reviewedTotalCell(review: ReviewSheetLayout): string {
  return sheetReference(review.sheet, cellAddress(review.reviewedRow, 2, { absColumn: true, absRow: true }));
}

export function reviewSheet(layout: WorkbookLayout, review: ReviewSheetLayout, lang: Lang, title: string): SheetPlan {
  const { flat, units, final } = layout;
  const { grid, totals } = review;
  const na = blankCell(S.notApplicable);

  const gridCells: CellSpec[][] = flat.rows.map((row) => units.map(() => (reviewRole(row) ? inputCell(S.input) : na)));
  const noteCells: CellSpec[][] = flat.rows.map((row) => units.map(() => (row.leaf ? inputCell(S.inputText) : na)));
  const fromFinal = (row: number, c: number) =>
    formulaCell(sheetReference(final.sheet, cellAddress(row, final.grid.column + c)), S.totalPoints);
  const finalRows = [final.totals.content, final.totals.bonus, final.totals.deduction, final.totals.total];
  const totalRows: CellSpec[][] = finalRows.map((row) => units.map((_, c) => fromFinal(row, c)));
  const entries = units.map((_, c) => formulaCell(reviewEntriesFormula(grid, c), S.count));
  const entriesRow = rangeAddress({ row: review.reviewedRow, column: grid.column, rows: 1, columns: units.length });

  const after = L.afterReview[lang]();
  const blocks = [
    titleBlock(title),
    unitHeaderBlock(units, lang, undefined, subjectOf(layout.flat)),
    criteriaColumnsBlock(flat, lang, grid.row),
    unitColumnsBlock(grid.row, gridCells),
    labelRowsBlock(totals.content, [
      { label: L.contentPoints[lang]() + after, total: true },
      { label: L.bonusTotal[lang]({ cap: flat.template.bonusCap }) + after, total: true },
      { label: L.deductionTotal[lang]() + after, total: true },
      { label: L.total[lang]() + after, total: true },
      { label: L.reviewedCount[lang](), c: formulaCell(`SUM(${entriesRow})`, S.count) },
    ]),
    unitColumnsBlock(totals.content, [...totalRows, entries]),
    { at: `A${review.notesLabelRow}`, cells: [[valueCell(L.reviewNotes[lang](), S.section)]] },
    criteriaColumnsBlock(flat, lang, review.notes.row),
    unitColumnsBlock(review.notes.row, noteCells),
  ];

  const validations: ValidationPlan[] = [];
  const cap = flat.template.bonusCap;
  for (const row of flat.rows) {
    const role = reviewRole(row);
    if (!role) continue;
    for (const range of rowSpans(grid, row.index)) validations.push(inputValidation(role, row, range, cap, lang, true));
  }

  return {
    key: "review",
    name: review.sheet,
    create: true,
    blocks,
    validations,
    conditionalFormats: flagFormats(flat.rows, grid, reviewRole),
    ...scoreSheetFrame(units.length, review.notes.row + review.notes.rows - 1),
  };
}
