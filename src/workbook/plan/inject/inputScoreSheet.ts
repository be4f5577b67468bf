// Tự chấm / Self and CC <code> / PS <code> (one rater's peer scores): input cells on manual, qual, bonus and
// deduction rows, computed points read from the data sheet, live group and total formulas per unit column. A peer
// sheet has columns for every unit (the contract's TD_Peer_<code> shape) but scores only the other units of the
// rater's own cluster: its own column and other clusters' columns are locked and greyed, without validation.

import type { Lang } from "../../../core/settings/settingsTypes";
import type { RangeBox } from "../../layout/cellAddress";
import type { TotalRows, WorkbookLayout } from "../../layout/workbookLayout";
import { subjectOf } from "../../messages/personLabelMessages";
import { sheetLabelMessages as L } from "../../messages/sheetLabelMessages";
import { blankCell, formulaCell, inputCell } from "../cellSpec";
import type { CellSpec, SheetKey, SheetPlan, ValidationPlan } from "../planTypes";
import { S } from "../workbookStyles";
import { holdsFormula, type FormulaBlock } from "../formulaBlock";
import { flagFormats, inputValidation, rowSpans, scoreRole } from "./inputRules";
import { scoreColumns, type ScoreColumnFormulas, type ScoreColumns } from "./scoreColumnFormulas";
import {
  criteriaColumnsBlock,
  labelRowsBlock,
  scoreSheetFrame,
  titleBlock,
  unitColumnsBlock,
  unitColumnsFormulas,
  unitHeaderBlock,
} from "./scoreSheetFrame";

export interface InputScoreSheetSpec {
  key: SheetKey;
  name: string;
  title: string;
  grid: RangeBox;
  totals: TotalRows;
  /** The rater's own column on a peer sheet (locked, greyed), -1 on the self sheet. */
  ownColumn: number;
  /** Peer sheets: the columns the rater scores (the other units of its cluster); absent on the self sheet: all. */
  scored?: (c: number) => boolean;
  /** Peer sheets: the row of "complete" flags. */
  completeRow?: number;
  /** Column formulas shared with the workbook's other score sheets; absent: this sheet's own. */
  columns?: ScoreColumns;
}

/** A self or peer sheet's formula cells, block by block as the sheet writes them (grid, totals, complete flags): the
 * formula, or undefined for an input cell and for every cell of a column the rater does not score. A block without
 * formulas is left out (a peer sheet of a rater alone in its cluster has none), as formulaBlock leaves it out. */
export function scoreSheetFormulas(layout: WorkbookLayout, spec: InputScoreSheetSpec): FormulaBlock[] {
  const { grid, totals } = spec;
  const columns = scoreSheetColumns(layout, spec);
  const blocks: FormulaBlock[] = [
    unitColumnsFormulas(
      grid.row,
      layout.flat.rows.length,
      columns.map((column) => column?.grid),
    ),
    unitColumnsFormulas(
      totals.content,
      4,
      columns.map((column) => column?.totals),
    ),
  ];
  if (spec.completeRow !== undefined)
    blocks.push(
      unitColumnsFormulas(
        spec.completeRow,
        1,
        columns.map((column) => (column ? [column.complete] : undefined)),
      ),
    );
  return blocks.filter(holdsFormula);
}

/** Each unit column's formulas, null for a column the rater does not score (its own, another cluster's). */
function scoreSheetColumns(layout: WorkbookLayout, spec: InputScoreSheetSpec): (ScoreColumnFormulas | null)[] {
  const { grid, totals, ownColumn } = spec;
  const columns = spec.columns ?? scoreColumns(layout);
  const scored = (c: number) => c !== ownColumn && (spec.scored ? spec.scored(c) : true);
  return layout.units.map((_, c) => (scored(c) ? columns(grid, totals, c) : null));
}

export function inputScoreSheet(layout: WorkbookLayout, lang: Lang, spec: InputScoreSheetSpec): SheetPlan {
  const { flat, units } = layout;
  const { grid, totals, ownColumn } = spec;
  const u = units.length;
  const na = blankCell(S.notApplicable);
  const scored = (c: number) => c !== ownColumn && (spec.scored ? spec.scored(c) : true);
  const columns = scoreSheetColumns(layout, spec);

  const gridCells: CellSpec[][] = flat.rows.map((row, r) =>
    columns.map((column) => {
      if (!column) return na;
      const f = column.grid[r];
      if (f === undefined) return inputCell(S.input);
      return formulaCell(f, row.kind === "group" ? S.groupPoints : S.points);
    }),
  );
  const totalRows: CellSpec[][] = [0, 1, 2, 3].map((t) =>
    columns.map((column) => (column ? formulaCell(column.totals[t], S.totalPoints) : na)),
  );
  const completeCells: CellSpec[] = columns.map((column) => (column ? formulaCell(column.complete, S.count) : na));

  const labels = [
    { label: L.contentPoints[lang](), total: true },
    { label: L.bonusTotal[lang]({ cap: flat.template.bonusCap }), total: true },
    { label: L.deductionTotal[lang](), total: true },
    { label: L.total[lang](), total: true },
  ];
  const blocks = [
    titleBlock(spec.title),
    unitHeaderBlock(units, lang, undefined, subjectOf(layout.flat)),
    criteriaColumnsBlock(flat, lang, grid.row),
    unitColumnsBlock(grid.row, gridCells),
    labelRowsBlock(totals.content, labels),
    unitColumnsBlock(totals.content, totalRows),
  ];
  let lastRow = totals.total;
  if (spec.completeRow !== undefined) {
    blocks.push(labelRowsBlock(spec.completeRow, [{ label: L.peerComplete[lang]() }]));
    blocks.push(unitColumnsBlock(spec.completeRow, [completeCells]));
    lastRow = spec.completeRow;
  }

  const validations: ValidationPlan[] = [];
  const cap = flat.template.bonusCap;
  for (const row of flat.rows) {
    const role = scoreRole(row);
    if (!role) continue;
    for (const range of rowSpans(grid, row.index, scored)) {
      validations.push(inputValidation(role, row, range, cap, lang));
    }
  }

  return {
    key: spec.key,
    name: spec.name,
    create: true,
    blocks,
    validations,
    conditionalFormats: flagFormats(flat.rows, grid, scoreRole),
    ...scoreSheetFrame(u, lastRow),
  };
}
