// Tổng hợp / Final points: per criterion the last-stage points (the review entry where one is valid, else the
// self-score; on computed rows a review entry overrides the computed points), groups capped, totals, and the
// helpers grades and tie-breaks read. Without a review layer it equals the self-scores.

import { QUAL_FAIL, QUAL_PASS } from "../../../core/parse/parseQualCell";
import type { Lang } from "../../../core/settings/settingsTypes";
import { cellAddress, sheetReference } from "../../layout/cellAddress";
import type { WorkbookLayout } from "../../layout/workbookLayout";
import { subjectOf } from "../../messages/personLabelMessages";
import { fullCountFormula, lowestShareFormula } from "../../formulas/finalHelperFormulas";
import { formulaText } from "../../formulas/formulaLiteral";
import { groupFormula, totalFormulas } from "../../formulas/layerFormulas";
import { manualPoints } from "../../formulas/pointsFormulas";
import { gridCell, inputPoints, pointsLayerCells } from "../../formulas/scoreCells";
import { sheetLabelMessages as L } from "../../messages/sheetLabelMessages";
import { blankCell, formulaCell } from "../cellSpec";
import type { CellSpec, SheetPlan } from "../planTypes";
import { S } from "../workbookStyles";
import { dataPointsAddress } from "./dataSheet";
import {
  criteriaColumnsBlock,
  labelRowsBlock,
  scoreSheetFrame,
  titleBlock,
  unitColumnsBlock,
  unitHeaderBlock,
} from "./scoreSheetFrame";

/** Row r's last-stage points for unit c. */
export function lastStageLeafFormula(layout: WorkbookLayout, r: number, c: number): string {
  const { flat, self, review } = layout;
  const row = flat.rows[r];
  const selfCell = gridCell(self.grid, r, c, self.sheet);
  const computed = sheetReference(layout.data.sheet, dataPointsAddress(layout, r, c));
  const isComputed = row.kind === "quant_prop" || row.kind === "quant_leader" || row.kind === "per_unit";
  const selfPoints = isComputed ? computed : inputPoints(flat, r, selfCell);
  if (!review) return selfPoints;
  const reviewCell = gridCell(review.grid, r, c, review.sheet);
  if (row.kind === "qual") {
    const entered = `OR(${reviewCell}=${formulaText(QUAL_PASS)},${reviewCell}=${formulaText(QUAL_FAIL)})`;
    return `IF(${entered},${inputPoints(flat, r, reviewCell)},${selfPoints})`;
  }
  const reviewPoints = isComputed ? manualPoints(row.max, reviewCell) : inputPoints(flat, r, reviewCell);
  return `IF(ISNUMBER(${reviewCell}),${reviewPoints},${selfPoints})`;
}

export function finalPointsSheet(layout: WorkbookLayout, lang: Lang, title: string, rankDecimals: number): SheetPlan {
  const { flat, units, final } = layout;
  const { grid, totals } = final;

  const gridCells: CellSpec[][] = flat.rows.map((row, r) =>
    units.map((_, c) =>
      row.kind === "group"
        ? formulaCell(groupFormula(flat, r, pointsLayerCells(grid, c)), S.groupPoints)
        : formulaCell(lastStageLeafFormula(layout, r, c), S.points),
    ),
  );
  const below: CellSpec[][] = [[], [], [], [], [], []];
  units.forEach((_, c) => {
    const f = totalFormulas(flat, pointsLayerCells(grid, c), (which) => cellAddress(totals[which], grid.column + c));
    below[0].push(formulaCell(f.content, S.totalPoints));
    below[1].push(formulaCell(f.bonus, S.totalPoints));
    below[2].push(formulaCell(f.deduction, S.totalPoints));
    below[3].push(formulaCell(f.total, S.totalPoints));
    const lowest = lowestShareFormula(flat, grid, c);
    below[4].push(lowest === null ? blankCell(S.helper) : formulaCell(lowest, S.helper));
    below[5].push(formulaCell(fullCountFormula(flat, grid, c, rankDecimals), S.count));
  });

  const blocks = [
    titleBlock(title),
    unitHeaderBlock(units, lang, undefined, subjectOf(layout.flat)),
    criteriaColumnsBlock(flat, lang, grid.row),
    unitColumnsBlock(grid.row, gridCells),
    labelRowsBlock(totals.content, [
      { label: L.contentPoints[lang](), total: true },
      { label: L.bonusTotal[lang]({ cap: flat.template.bonusCap }), total: true },
      { label: L.deductionTotal[lang](), total: true },
      { label: L.total[lang](), total: true },
      { label: L.lowestShare[lang]() },
      { label: L.fullCount[lang]() },
    ]),
    unitColumnsBlock(totals.content, below),
  ];
  return {
    key: "final",
    name: final.sheet,
    create: true,
    blocks,
    ...scoreSheetFrame(units.length, final.fullCountRow),
  };
}
