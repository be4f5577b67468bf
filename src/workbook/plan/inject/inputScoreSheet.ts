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
import { flagFormats, inputValidation, rowSpans, scoreRole } from "./inputRules";
import {
  criteriaColumnsBlock,
  labelRowsBlock,
  scoreSheetFrame,
  titleBlock,
  unitColumnsBlock,
  unitHeaderBlock,
} from "./scoreSheetFrame";
import { unitColumnFormulas } from "./unitColumnFormulas";

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
}

export function inputScoreSheet(layout: WorkbookLayout, lang: Lang, spec: InputScoreSheetSpec): SheetPlan {
  const { flat, units } = layout;
  const { grid, totals, ownColumn } = spec;
  const u = units.length;
  const na = blankCell(S.notApplicable);
  const scored = (c: number) => c !== ownColumn && (spec.scored ? spec.scored(c) : true);

  const columns = units.map((_, c) => (scored(c) ? unitColumnFormulas(layout, grid, totals, c) : null));
  const gridCells: CellSpec[][] = flat.rows.map((row, r) =>
    columns.map((column) => {
      if (!column) return na;
      const f = column.rows[r];
      if (f === null) return inputCell(S.input);
      return formulaCell(f, row.kind === "group" ? S.groupPoints : S.points);
    }),
  );

  const totalRows: CellSpec[][] = [[], [], [], []];
  const completeCells: CellSpec[] = [];
  for (const column of columns) {
    if (!column) {
      totalRows.forEach((row) => row.push(na));
      completeCells.push(na);
      continue;
    }
    const f = column.totals;
    totalRows[0].push(formulaCell(f.content, S.totalPoints));
    totalRows[1].push(formulaCell(f.bonus, S.totalPoints));
    totalRows[2].push(formulaCell(f.deduction, S.totalPoints));
    totalRows[3].push(formulaCell(f.total, S.totalPoints));
    completeCells.push(formulaCell(column.complete, S.count));
  }

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
