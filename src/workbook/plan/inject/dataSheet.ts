// Số liệu / Data: targets and actuals (inputs on quant rows; per_unit rows take the count as actual), then the
// computed ratio, the cluster's best ratio R* and the points every score sheet reads for those rows.

import type { Lang } from "../../../core/settings/settingsTypes";
import { cellAddress, rowRuns, type RangeBox } from "../../layout/cellAddress";
import { FIRST_UNIT_COLUMN, type WorkbookLayout } from "../../layout/workbookLayout";
import {
  bestRatio,
  perUnitPoints,
  quantLeaderPoints,
  quantPropPoints,
  quantRatio,
} from "../../formulas/pointsFormulas";
import { subjectOf } from "../../messages/personLabelMessages";
import { sheetLabelMessages as L } from "../../messages/sheetLabelMessages";
import { blankCell, formulaCell, inputCell, valueCell } from "../cellSpec";
import type { CellBlock, CellSpec, SheetPlan, ValidationPlan } from "../planTypes";
import { S } from "../workbookStyles";
import { inputValidation, rowSpans, type InputRole } from "./inputRules";
import { criteriaColumnsBlock, scoreSheetFrame, titleBlock, unitHeaderBlock } from "./scoreSheetFrame";

const isQuant = (kind: string) => kind === "quant_prop" || kind === "quant_leader";

/** The unit columns of each cluster, so that R* compares only a cluster's own ratios (labels compared exactly). */
export function clusterColumns(layout: WorkbookLayout): number[][] {
  const byCluster = new Map<string, number[]>();
  layout.units.forEach((unit, c) => {
    const list = byCluster.get(unit.cluster);
    if (list) list.push(c);
    else byCluster.set(unit.cluster, [c]);
  });
  return layout.units.map((unit) => byCluster.get(unit.cluster)!);
}

export function dataSheet(layout: WorkbookLayout, lang: Lang, title: string): SheetPlan {
  const { flat, units, data } = layout;
  const u = units.length;
  const at = (box: RangeBox, r: number, c: number) => cellAddress(box.row + r, box.column + c);
  const grid = (box: RangeBox, cell: (r: number, c: number) => CellSpec): CellBlock => ({
    at: cellAddress(box.row, box.column),
    cells: flat.rows.map((_, r) => Array.from({ length: u }, (_, c) => cell(r, c))),
  });
  const na = blankCell(S.notApplicable);
  const sameCluster = clusterColumns(layout);

  const blocks: CellBlock[] = [titleBlock(title), unitHeaderBlock(units, lang, undefined, subjectOf(layout.flat))];
  const sections: [RangeBox, string][] = [
    [data.target, L.dataTarget[lang]()],
    [data.actual, L.dataActual[lang]()],
    [data.ratio, L.dataRatio[lang]()],
    [data.best, L.dataBest[lang]()],
    [data.points, L.dataPoints[lang]()],
  ];
  for (const [box, label] of sections) {
    blocks.push({ at: `A${box.row - 1}`, cells: [[valueCell(label, S.section)]] });
    blocks.push(criteriaColumnsBlock(flat, lang, box.row));
  }

  blocks.push(grid(data.target, (r) => (isQuant(flat.rows[r].kind) ? inputCell(S.input) : na)));
  blocks.push(
    grid(data.actual, (r) => {
      const kind = flat.rows[r].kind;
      if (isQuant(kind)) return inputCell(S.input);
      return kind === "per_unit" ? inputCell(S.inputCount) : na;
    }),
  );
  blocks.push(
    grid(data.ratio, (r, c) =>
      isQuant(flat.rows[r].kind) ? formulaCell(quantRatio(at(data.target, r, c), at(data.actual, r, c)), S.ratio) : na,
    ),
  );
  blocks.push(
    grid(data.best, (r, c) => {
      if (flat.rows[r].kind !== "quant_leader") return na;
      const cells = rowRuns(
        data.ratio.row + r,
        sameCluster[c].map((p) => data.ratio.column + p),
      );
      return formulaCell(bestRatio(cells), S.ratio);
    }),
  );
  blocks.push(
    grid(data.points, (r, c) => {
      const row = flat.rows[r];
      const target = at(data.target, r, c);
      const actual = at(data.actual, r, c);
      switch (row.kind) {
        case "quant_prop":
          return formulaCell(quantPropPoints(row.max, row.direction, target, actual), S.points);
        case "quant_leader":
          return formulaCell(quantLeaderPoints(row.max, at(data.ratio, r, c), at(data.best, r, c)), S.points);
        case "per_unit":
          return formulaCell(perUnitPoints(row.max, row.pointsEach, actual), S.points);
        default:
          return na;
      }
    }),
  );

  const validations: ValidationPlan[] = [];
  const cap = flat.template.bonusCap;
  for (const row of flat.rows) {
    const add = (box: RangeBox, role: InputRole) => {
      for (const range of rowSpans(box, row.index)) validations.push(inputValidation(role, row, range, cap, lang));
    };
    if (isQuant(row.kind)) {
      add(data.target, "target");
      add(data.actual, "actual");
    } else if (row.kind === "per_unit") add(data.actual, "count");
  }

  const lastRow = data.points.row + data.points.rows - 1;
  return {
    key: "data",
    name: data.sheet,
    create: true,
    blocks,
    validations,
    hiddenRows: unusedDataRows(layout),
    ...scoreSheetFrame(u, lastRow),
  };
}

/**
 * The rows of each block that hold nothing (no entry, no computed value), hidden so that the sheet shows, and prints,
 * only its quantitative rows under their groups: a form for 13 quantities no longer prints every criterion five times.
 */
export function unusedDataRows(layout: WorkbookLayout): number[] {
  const { flat, data } = layout;
  const used = (box: RangeBox): ((kind: string) => boolean) => {
    if (box === data.best) return (kind) => kind === "quant_leader";
    if (box === data.target || box === data.ratio) return isQuant;
    return (kind) => isQuant(kind) || kind === "per_unit";
  };
  const hidden: number[] = [];
  for (const box of [data.target, data.actual, data.ratio, data.best, data.points]) {
    const uses = used(box);
    const shown = new Set<number>();
    for (const row of flat.rows) {
      if (!uses(row.kind)) continue;
      // A used row shows with the groups above it, which name what it measures.
      for (let r = row.index; r >= 0; r = flat.rows[r].parent) shown.add(r);
    }
    // A block with nothing to show hides its label too (templates without a leader-ratio criterion have no R*).
    if (shown.size === 0) hidden.push(box.row - 1);
    for (const row of flat.rows) if (!shown.has(row.index)) hidden.push(box.row + row.index);
  }
  return hidden;
}

/** The data sheet cell holding row r's computed points for unit c, for other sheets' formulas. */
export function dataPointsAddress(layout: WorkbookLayout, r: number, c: number): string {
  return cellAddress(layout.data.points.row + r, FIRST_UNIT_COLUMN + c);
}
