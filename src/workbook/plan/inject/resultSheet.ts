// Xếp hạng / Ranking: one row per unit with live group points, layer totals, final total, rank (COUNTIFS over
// hidden rounded key columns), grade; award proposals, tie-break notes and flags are values a ranking run writes.

import { LAYER_TERMS } from "../../../core/messages/glossary";
import type { Settings, TieBreakKey } from "../../../core/settings/settingsTypes";
import type { Lang } from "../../../core/settings/settingsTypes";
import { absoluteRange, cellAddress, columnLetter, sheetReference } from "../../layout/cellAddress";
import type { WorkbookLayout } from "../../layout/workbookLayout";
import { floorRows } from "../../formulas/finalHelperFormulas";
import { finalTotalFormula } from "../../formulas/finalTotalFormula";
import { formulaNumber } from "../../formulas/formulaLiteral";
import { gradeFormula } from "../../formulas/gradeFormula";
import { peerAggregateFormula } from "../../formulas/peerAggregateFormula";
import { rankFormula, type KeyColumn } from "../../formulas/rankFormula";
import { sheetLabels, subjectOf } from "../../messages/personLabelMessages";
import { sheetLabelMessages as L } from "../../messages/sheetLabelMessages";
import { blankCell, formulaCell, valueCell } from "../cellSpec";
import type { CellSpec, SheetPlan } from "../planTypes";
import { linesHeight } from "../textHeight";
import { S, WORKBOOK_STYLES } from "../workbookStyles";

/** Lines of notes or flags a unit row of Xếp hạng holds before its text is cut. */
const NOTE_LINES = 3;
import { reviewedTotalCell } from "./reviewSheet";

/** Cluster numbers 1, 2, … in order of first appearance (core's membersByCluster), one per unit. */
export function clusterIndexes(clusters: readonly string[]): number[] {
  const index = new Map<string, number>();
  return clusters.map((cluster) => {
    if (!index.has(cluster)) index.set(cluster, index.size + 1);
    return index.get(cluster)!;
  });
}

const KEY_LABELS: Record<TieBreakKey, typeof L.keyFirstGroup> = {
  "first-group": L.keyFirstGroup,
  "fewer-deductions": L.keyDeduction,
  "more-full-criteria": L.keyFullCriteria,
  priority: L.keyPriority,
};

export function resultHeaders(layout: WorkbookLayout, lang: Lang): string[] {
  const { flat } = layout;
  const col = layout.result.columns;
  const headers: string[] = new Array(col.count).fill("");
  const words = sheetLabels(subjectOf(flat));
  headers[col.code] = words.unitCode[lang]();
  headers[col.name] = words.unitName[lang]();
  headers[col.cluster] = L.cluster[lang]();
  col.groups.forEach((c, i) => (headers[c] = L.group[lang]({ code: flat.rows[flat.contentTops[i]].code })));
  headers[col.bonus] = L.bonus[lang]();
  headers[col.deduction] = L.deduction[lang]();
  headers[col.self] = LAYER_TERMS.self.short[lang];
  headers[col.peer] = LAYER_TERMS.peer.short[lang];
  headers[col.review] = LAYER_TERMS.review.short[lang];
  headers[col.final] = L.finalTotal[lang]();
  headers[col.rank] = L.rank[lang]();
  headers[col.tieBreak] = L.tieBreak[lang]();
  headers[col.grade] = L.grade[lang]();
  headers[col.award] = L.award[lang]();
  headers[col.flags] = L.flags[lang]();
  headers[col.clusterIndex] = L.clusterIndex[lang]();
  headers[col.keyFinal] = L.keyFinal[lang]();
  for (const { key, column } of col.keys) headers[column] = KEY_LABELS[key][lang]();
  headers[col.share] = L.share[lang]();
  return headers;
}

/**
 * Column widths of Xếp hạng: points in 9 characters ("1.000,00"), the notes and flags wide enough for a reason on two
 * or three lines; the sheet prints one page wide on A4 landscape.
 */
export function resultColumnWidths(layout: WorkbookLayout): Record<number, number> {
  const col = layout.result.columns;
  const widths: Record<number, number> = { [col.code]: 9, [col.name]: 26, [col.cluster]: 14 };
  for (let c = col.groups[0] ?? col.bonus; c < col.visibleCount; c++) widths[c] ??= 9;
  widths[col.rank] = 7;
  widths[col.tieBreak] = 36;
  widths[col.flags] = 36;
  widths[col.award] = 13;
  return widths;
}

export function resultSheet(layout: WorkbookLayout, settings: Settings, lang: Lang, title: string): SheetPlan {
  const { flat, units, result, final, self, review, peerMatrix } = layout;
  const col = result.columns;
  const first = result.table.row;
  const last = first + units.length - 1;
  const decimals = formulaNumber(settings.rankDecimals);
  const clusters = clusterIndexes(units.map((u) => u.cluster));
  const columnRange = (c: number) =>
    absoluteRange({ row: first, column: c, rows: Math.max(units.length, 1), columns: 1 });
  const withFloors = floorRows(flat).length > 0;
  const person = flat.template.subject === "person";
  const finalCell = (row: number, c: number) => sheetReference(final.sheet, cellAddress(row, final.grid.column + c));

  const rows: CellSpec[][] = units.map((unit, i) => {
    const sheetRow = first + i;
    const own = (c: number) => cellAddress(sheetRow, c);
    const cells: CellSpec[] = new Array(col.count).fill(null).map(() => blankCell(S.points));
    cells[col.code] = valueCell(unit.code, S.text);
    cells[col.name] = valueCell(unit.name, S.textWrap);
    cells[col.cluster] = valueCell(unit.cluster, S.text);
    col.groups.forEach((c, g) => {
      cells[c] = formulaCell(finalCell(final.grid.row + flat.contentTops[g], i), S.points);
    });
    cells[col.bonus] = formulaCell(finalCell(final.totals.bonus, i), S.points);
    cells[col.deduction] = formulaCell(finalCell(final.totals.deduction, i), S.points);
    cells[col.self] = formulaCell(
      sheetReference(self.sheet, cellAddress(self.totals.total, self.grid.column + i)),
      S.points,
    );
    if (peerMatrix) {
      const ratee = peerMatrix.grid.column + i;
      const range = sheetReference(
        peerMatrix.sheet,
        absoluteRange({ row: peerMatrix.grid.row, column: ratee, rows: units.length, columns: 1 }),
      );
      cells[col.peer] = formulaCell(peerAggregateFormula(range, settings.peerTrim), S.points);
    }
    if (review) {
      cells[col.review] = formulaCell(
        `IF(${reviewedTotalCell(review)}>0,${finalCell(final.totals.total, i)},"")`,
        S.points,
      );
    }
    cells[col.final] = formulaCell(
      finalTotalFormula(settings.finalRule, settings.weights, {
        self: own(col.self),
        peer: peerMatrix ? own(col.peer) : null,
        review: review ? own(col.review) : null,
        lastStage: finalCell(final.totals.total, i),
      }),
      S.totalPoints,
    );
    cells[col.clusterIndex] = valueCell(clusters[i], S.count);
    cells[col.keyFinal] = formulaCell(`ROUND(${own(col.final)},${decimals})`, S.helper);
    for (const { key, column } of col.keys) {
      switch (key) {
        case "first-group":
          cells[column] =
            col.groups.length > 0
              ? formulaCell(`ROUND(${own(col.groups[0])},${decimals})`, S.helper)
              : valueCell(0, S.helper);
          break;
        case "fewer-deductions":
          cells[column] = formulaCell(`ROUND(${own(col.deduction)},${decimals})`, S.helper);
          break;
        case "more-full-criteria":
          cells[column] = formulaCell(finalCell(final.fullCountRow, i), S.helper);
          break;
        case "priority":
          cells[column] = valueCell(unit.priority ? 1 : 0, S.helper);
          break;
      }
    }
    const keyColumns: KeyColumn[] = [col.keyFinal, ...col.keys.map((k) => k.column)].map((c) => ({
      range: columnRange(c),
      own: own(c),
    }));
    cells[col.rank] = formulaCell(
      rankFormula({ range: columnRange(col.clusterIndex), own: own(col.clusterIndex) }, keyColumns),
      S.count,
    );
    cells[col.share] = formulaCell(
      flat.contentMax > 0 ? `${own(col.final)}/${formulaNumber(flat.contentMax)}` : "0",
      S.helper,
    );
    const lowest = withFloors ? finalCell(final.lowestShareRow, i) : null;
    cells[col.grade] = formulaCell(
      gradeFormula(settings.grades, { share: own(col.share), lowest }, { disqualified: unit.disqualified, person }),
      S.number,
    );
    cells[col.tieBreak] = blankCell(S.textWrap);
    cells[col.award] = blankCell(S.text);
    cells[col.flags] = blankCell(S.textWrap);
    return cells;
  });

  const headers = resultHeaders(layout, lang).map((h) => valueCell(h, S.header));
  const widths = resultColumnWidths(layout);
  const hidden: number[] = [];
  for (let c = col.visibleCount; c < col.count; c++) hidden.push(c);
  const lastColumn = columnLetter(col.visibleCount - 1);
  // A ranking writes notes and flags into this sheet once it exists, and hosts size rows only on sheets a plan
  // creates: each unit row keeps room for NOTE_LINES lines of them now (longer text shows when the row is opened).
  const bodySize = WORKBOOK_STYLES[S.textWrap].font!.size!;
  const rowHeights: Record<number, number> = {};
  for (let i = 0; i < units.length; i++) rowHeights[first + i] = linesHeight(NOTE_LINES, bodySize);

  return {
    key: "result",
    name: result.sheet,
    create: true,
    blocks: [
      { at: "A1", cells: [[valueCell(title, S.title)]] },
      { at: "A2", cells: [[valueCell(L.resultSubtitle[lang](), S.subtitle)]] },
      { at: `A${result.headerRow}`, cells: [headers] },
      ...(rows.length > 0 ? [{ at: `A${first}`, cells: rows }] : []),
      {
        at: `A${result.hashRow}`,
        cells: [[valueCell(L.inputHash[lang](), S.helperLabel), blankCell(S.helperLabel), blankCell(S.helperLabel)]],
      },
    ],
    columnWidths: widths,
    rowHeights,
    hiddenColumns: hidden,
    freeze: { rows: result.headerRow, columns: 2 },
    protect: true,
    print: {
      orientation: "landscape",
      titleRows: `${result.headerRow}:${result.headerRow}`,
      fitToWidth: true,
      area: `A1:${lastColumn}${Math.max(last, result.hashRow)}`,
    },
  };
}
