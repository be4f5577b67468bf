// What every score-shaped sheet (self, review, peer, final points, evidence, data) shares: the title, the unit
// header rows, the criteria columns A–D, column widths, frozen panes and print setup.

import type { Unit } from "../../../core/model/unitTypes";
import type { Lang } from "../../../core/settings/settingsTypes";
import { DIRECTION_LABELS, KIND_LABELS } from "../../../core/template/criteriaTableColumns";
import type { CriterionRow, FlatTemplate } from "../../../core/template/flattenTemplate";
import { columnLetter } from "../../layout/cellAddress";
import { FIRST_UNIT_COLUMN, SCORE_HEADER, SCORE_HEADER_ROWS } from "../../layout/workbookLayout";
import { sheetLabels, type Subject } from "../../messages/personLabelMessages";
import { sheetLabelMessages as L } from "../../messages/sheetLabelMessages";
import { blankCell, valueCell } from "../cellSpec";
import type { FormulaBlock } from "../formulaBlock";
import type { CellBlock, CellSpec, PrintPlan, SheetPlan } from "../planTypes";
import { S } from "../workbookStyles";

/** A criterion's title in the workbook's language (English falls back to Vietnamese), indented by depth. */
export function criterionTitle(row: CriterionRow, lang: Lang): string {
  const title = lang === "en" && row.title.en ? row.title.en : row.title.vi;
  return "   ".repeat(row.depth) + title;
}

/** The kind column: the kind's label, with the arrow on quant_prop rows. */
export function kindLabel(row: CriterionRow, lang: Lang): string {
  const label = KIND_LABELS[row.kind][lang];
  return row.kind === "quant_prop" ? `${label} ${DIRECTION_LABELS[row.direction]}` : label;
}

/** Title in A1. */
export function titleBlock(title: string): CellBlock {
  return { at: "A1", cells: [[valueCell(title, S.title)]] };
}

/**
 * Rows 2–4: code / name / cluster per unit column (text values), labels in A–D (A–C: the row labels' headers), in a
 * person's words when the template scores persons.
 */
export function unitHeaderBlock(
  units: readonly Unit[],
  lang: Lang,
  columnLabels: [string, string, string] = [L.code[lang](), L.criterion[lang](), L.max[lang]()],
  subject: Subject = "unit",
): CellBlock {
  const words = sheetLabels(subject);
  const header = (v: string | null) => valueCell(v, S.header);
  const rows: CellSpec[][] = [
    [header(columnLabels[0]), header(columnLabels[1]), header(columnLabels[2]), header(words.unitCode[lang]())],
    [header(null), header(null), header(null), header(words.unitName[lang]())],
    [header(null), header(null), header(null), header(L.cluster[lang]())],
  ];
  for (const unit of units) {
    rows[0].push(header(unit.code));
    rows[1].push(header(unit.name));
    rows[2].push(header(unit.cluster));
  }
  return { at: `A${SCORE_HEADER.code}`, cells: rows };
}

/** Columns A–D for the criterion rows starting at `firstRow`. */
export function criteriaColumnsBlock(flat: FlatTemplate, lang: Lang, firstRow: number): CellBlock {
  return {
    at: `A${firstRow}`,
    cells: flat.rows.map((row) => {
      const group = row.kind === "group";
      const text = group ? S.groupText : S.textWrap;
      return [
        valueCell(row.code, group ? S.groupText : S.text),
        valueCell(criterionTitle(row, lang), text),
        valueCell(row.max, group ? S.groupPoints : S.points),
        valueCell(kindLabel(row, lang), text),
      ];
    }),
  };
}

/** Label rows under a grid (totals, helpers): label in B, optional value in C, A and D blank. */
export function labelRowsBlock(
  firstRow: number,
  labels: { label: string; c?: CellSpec; total?: boolean }[],
): CellBlock {
  return {
    at: `A${firstRow}`,
    cells: labels.map(({ label, c, total }) => {
      const s = total ? S.totalLabel : S.helperLabel;
      return [blankCell(s), valueCell(label, s), c ?? blankCell(s), blankCell(s)];
    }),
  };
}

/** A block of `rows` × units cells at the first unit column. */
export function unitColumnsBlock(firstRow: number, cells: CellSpec[][]): CellBlock {
  return { at: `${columnLetter(FIRST_UNIT_COLUMN)}${firstRow}`, cells };
}

/** Widths, frozen header and criteria columns, header merges, A4 landscape one page wide. */
export function scoreSheetFrame(
  unitCount: number,
  lastRow: number,
  unitWidth = 14,
): Pick<SheetPlan, "columnWidths" | "freeze" | "merges" | "print" | "protect"> {
  const widths: Record<number, number> = { 0: 9, 1: 55, 2: 10, 3: 18 };
  for (let c = 0; c < unitCount; c++) widths[FIRST_UNIT_COLUMN + c] = unitWidth;
  const lastColumn = columnLetter(FIRST_UNIT_COLUMN + Math.max(unitCount, 1) - 1);
  const print: PrintPlan = {
    orientation: "landscape",
    titleRows: `1:${SCORE_HEADER_ROWS}`,
    fitToWidth: true,
    area: `A1:${lastColumn}${lastRow}`,
  };
  return {
    columnWidths: widths,
    freeze: { rows: SCORE_HEADER_ROWS, columns: FIRST_UNIT_COLUMN },
    merges: [
      `A${SCORE_HEADER.code}:A${SCORE_HEADER.cluster}`,
      `B${SCORE_HEADER.code}:B${SCORE_HEADER.cluster}`,
      `C${SCORE_HEADER.code}:C${SCORE_HEADER.cluster}`,
    ],
    print,
    protect: true,
  };
}

/** The formulas of a block of `rows` × units cells at the first unit column (as unitColumnsBlock places it), given
 * unit column by unit column. */
export function unitColumnsFormulas(firstRow: number, rows: number, columns: FormulaBlock["columns"]): FormulaBlock {
  return { row: firstRow, column: FIRST_UNIT_COLUMN, rows, columns };
}
