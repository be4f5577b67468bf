// Kết quả / Results: the ranking as the council reads and signs it, on A4 portrait in Vietnamese official style.
// Every number is a live formula over the Xếp hạng table (a recipient without the add-in sees what it shows);
// hidden helper columns sort each cluster's units by rank; award and tie-break columns follow what a ranking wrote.

import { AWARD_TERMS, GRADE_TERMS } from "../../../core/messages/glossary";
import { formatNumber } from "../../../core/messages/messageTypes";
import type { Grade } from "../../../core/model/gradeTypes";
import { documentPeriod } from "../../../core/periods/documentPeriod";
import { awardFullName } from "../../../core/settings/awardNames";
import type { Lang, Settings } from "../../../core/settings/settingsTypes";
import { absoluteRange, cellAddress, sheetReference } from "../../layout/cellAddress";
import type { WorkbookLayout } from "../../layout/workbookLayout";
import { formulaNumber, formulaText } from "../../formulas/formulaLiteral";
import { sheetLabels, subjectOf } from "../../messages/personLabelMessages";
import { printMessages as M } from "../../messages/printMessages";
import { blankCell, formulaCell, valueCell } from "../cellSpec";
import type { CellBlock, CellSpec, SheetPlan } from "../planTypes";
import {
  PRINT_COLUMNS as C,
  PRINT_COLUMN_COUNT,
  PRINT_COLUMN_WIDTHS,
  PRINT_ROWS,
  printLayout,
  type PrintLayout,
} from "./printLayout";
import { P, PRINT_STYLES } from "./printStyles";
import { linesHeight, textAreaPoints, wrappedLines } from "../textHeight";

export interface PrintContext {
  settings: Settings;
  lang: Lang;
  period: string;
  clusterTitle: string | null;
}

/** Decree 30/2020/NĐ-CP page margins in centimetres: top and bottom 2, left 3, right 1.5. */
export const DOCUMENT_MARGINS = { top: 2, bottom: 2, left: 3, right: 1.5 } as const;

const percent = (share: number, lang: Lang) => formatNumber(share * 100, lang, 2);

/** Cụm (cluster) or khối (block): block templates' ids start with "khoi-". */
export function bodyKind(templateId: string): "cluster" | "block" {
  return templateId.startsWith("khoi") ? "block" : "cluster";
}

/** "The settings used", one short line each so that a line never runs past the printed width. */
export function printSettingsLines(layout: WorkbookLayout, settings: Settings, lang: Lang): string[] {
  const weighted = settings.finalRule === "weighted";
  // The rule as it works on this workbook's layers: the weights of layers the mode has, and under the last-stage
  // rule no word of trimming peer scores that never count.
  const layers = (["self", "peer", "review"] as const).filter(
    (layer) => layer === "self" || (layer === "peer" ? layout.peerMatrix !== null : layout.review !== null),
  );
  const weights = layers
    .map((layer) => M.layerWeight[lang]({ layer, share: percent(settings.weights[layer], lang) }))
    .join(", ");
  const lines = [weighted ? M.finalWeighted[lang]({ layers: weights }) : M.finalLastStage[lang]()];
  if (layout.mode === "cross") {
    lines.push(
      weighted
        ? M.peerTrim[lang]({ drop: settings.peerTrim.dropEachSide, min: settings.peerTrim.minRaters })
        : M.peerNotCounted[lang](),
    );
  }
  const { thresholds, floors } = settings.grades;
  const share = (g: keyof typeof thresholds) =>
    M.gradeShare[lang]({ share: percent(thresholds[g], lang), floor: floors ? percent(floors[g], lang) : "" });
  lines.push(
    M.grades[lang]({
      max: formatNumber(layout.flat.contentMax, lang),
      excellent: share("HTXSNV"),
      good: share("HTTNV"),
      done: share("HTNV"),
    }),
    M.awards[lang]({
      flags: settings.awards.flags,
      share: percent(settings.awards.certificateShare, lang),
      min: settings.awards.certificateMin,
    }),
  );
  return lines;
}

/** The print sheet's layout for a workbook (its settings lines depend on the mode only). */
export function workbookPrintLayout(layout: WorkbookLayout, sheet: string): PrintLayout {
  return printLayout(sheet, layout.units, layout.mode === "cross" ? 4 : 3);
}

/** A row of `PRINT_COLUMN_COUNT` cells, blank in `style` unless set. */
function row(style?: string): CellSpec[] {
  return Array.from({ length: PRINT_COLUMN_COUNT }, () => blankCell(style));
}

export function printSheet(layout: WorkbookLayout, sheet: string, ctx: PrintContext): SheetPlan {
  const { lang, settings } = ctx;
  const print = workbookPrintLayout(layout, sheet);
  const result = layout.result;
  const col = result.columns;
  const body = { body: bodyKind(layout.flat.template.id) };
  const tableColumn = (c: number) => resultColumnRange(layout, c);
  const blocks: CellBlock[] = [];
  const merges: string[] = [];
  const put = (r: number, c: number, cell: CellSpec, mergeTo?: number) => {
    blocks.push({ at: cellAddress(r, c), cells: [[cell]] });
    if (mergeTo !== undefined && mergeTo > c) merges.push(`${cellAddress(r, c)}:${cellAddress(r, mergeTo)}`);
  };
  const last = C.tieBreak;

  // Header block: the cluster on the left, the national motto on the right, each with its short rule below.
  const organ = (ctx.clusterTitle ?? singleCluster(layout) ?? M.organFallback[lang](body)).toLocaleUpperCase("vi");
  put(PRINT_ROWS.organ, 0, valueCell(organ, P.organ), 2);
  put(PRINT_ROWS.motto, 0, valueCell("————", P.rule), 2);
  put(PRINT_ROWS.organ, 3, valueCell(M.nation[lang](), P.nation), last);
  put(PRINT_ROWS.motto, 3, valueCell(M.motto[lang](), P.nation), last);
  put(PRINT_ROWS.rule, 3, valueCell("——————————", P.rule), last);
  put(PRINT_ROWS.title, 0, valueCell(M.title[lang](), P.title), last);
  // The period as documents write it in a title: "NĂM 2026", "QUÝ I NĂM 2026".
  put(PRINT_ROWS.period, 0, valueCell(ctx.period ? documentPeriod(ctx.period, lang) : null, P.period), last);

  const headers = row(P.helper);
  headers[C.index] = valueCell(M.headerIndex[lang](), P.header);
  const person = subjectOf(layout.flat) === "person";
  headers[C.name] = valueCell((person ? sheetLabels("person").unitName : M.headerName)[lang](), P.header);
  headers[C.final] = valueCell(M.headerFinal[lang](), P.header);
  headers[C.rank] = valueCell(M.headerRank[lang](), P.header);
  headers[C.grade] = valueCell(M.headerGrade[lang](), P.header);
  headers[C.award] = valueCell(M.headerAward[lang](), P.header);
  headers[C.tieBreak] = valueCell(M.headerTieBreak[lang](), P.header);
  headers[C.sortKey] = valueCell(M.helperSortKey[lang](), P.helper);
  headers[C.tableRow] = valueCell(M.helperTableRow[lang](), P.helper);
  headers[C.position] = valueCell(M.helperPosition[lang](), P.helper);
  blocks.push({ at: cellAddress(print.headerRow, 0), cells: [headers] });

  const rowHeights: Record<number, number> = {};
  for (const section of print.sections) {
    if (section.labelRow !== null) {
      const label = row(P.section);
      label[C.index] = valueCell(section.cluster, P.section);
      for (const c of [C.sortKey, C.tableRow, C.position]) label[c] = blankCell();
      blocks.push({ at: cellAddress(section.labelRow, 0), cells: [label] });
      merges.push(`${cellAddress(section.labelRow, 0)}:${cellAddress(section.labelRow, C.tieBreak)}`);
    }
    const size = section.members.length;
    const keys = absoluteRange({ row: section.firstRow, column: C.sortKey, rows: size, columns: 1 });
    const tableRows = absoluteRange({ row: section.firstRow, column: C.tableRow, rows: size, columns: 1 });
    const rows = section.members.map((unitIndex, k) => {
      const r = section.firstRow + k;
      const position = cellAddress(r, C.position, { absColumn: true });
      const pick = (c: number) => `INDEX(${tableColumn(c)},${position})`;
      const cells = row();
      cells[C.index] = valueCell(k + 1, P.index);
      cells[C.name] = formulaCell(pick(col.name), P.text);
      cells[C.final] = formulaCell(pick(col.final), P.points);
      cells[C.rank] = formulaCell(pick(col.rank), P.center);
      cells[C.grade] = formulaCell(pick(col.grade), P.center);
      cells[C.award] = formulaCell(
        printAwardFormula(pick(col.award), pick(voteColumn(layout)), settings, lang),
        P.text,
      );
      cells[C.tieBreak] = formulaCell(`${pick(col.tieBreak)}&""`, P.note);
      const rankCell = sheetReference(result.sheet, cellAddress(result.table.row + unitIndex, col.rank));
      cells[C.sortKey] = formulaCell(`${rankCell}*${formulaNumber(size + 1)}+${k + 1}`, P.helper);
      cells[C.tableRow] = valueCell(unitIndex + 1, P.helper);
      cells[C.position] = formulaCell(`INDEX(${tableRows},MATCH(SMALL(${keys},${k + 1}),${keys},0))`, P.helper);
      return cells;
    });
    blocks.push({ at: cellAddress(section.firstRow, 0), cells: rows });
    // The rows show names, awards and notes through formulas, which no estimate sees, and a ranking writes into the
    // sheet without resizing it: each row is as tall as the longest name of its section, the longer award's full name
    // and NOTE_LINES lines of notes need.
    const award = [awardFullName(settings, "co-thi-dua", lang), awardFullName(settings, "bang-khen", lang)].reduce(
      (a, b) => (b.length > a.length ? b : a),
    );
    const tallest = Math.max(
      ...section.members.map((i) => printRowHeight({ name: layout.units[i].name, award, noteLines: NOTE_LINES })),
    );
    section.members.forEach((_, k) => (rowHeights[section.firstRow + k] = tallest));
  }

  const legend = (Object.keys(GRADE_TERMS) as Grade[])
    .map((g) => `${GRADE_TERMS[g].short[lang]} – ${GRADE_TERMS[g].full[lang]}`)
    .join("; ");
  put(print.legendRow, 0, valueCell(M.legend[lang]({ list: legend }), P.settings), last);
  printSettingsLines(layout, settings, lang).forEach((line, i) =>
    put(print.settingsRow + i, 0, valueCell(line, P.settings), last),
  );
  put(print.dateRow, 5, valueCell(M.placeDate[lang](), P.date), last);
  // One block of signatures per cluster: secretary, deputy leader, leader (the leader signs on the right and seals).
  const signers: [number, number, string, string][] = [
    [0, 1, M.secretary[lang](), M.signHint[lang]()],
    [2, 4, M.deputy[lang](body), M.signHint[lang]()],
    [5, last, M.leader[lang](body), M.signHintSeal[lang]()],
  ];
  for (const block of print.signatures) {
    if (block.titleRow !== null) put(block.titleRow, 0, valueCell(block.cluster, P.signCluster), last);
    for (const [from, to, role, hint] of signers) {
      put(block.roleRow, from, valueCell(role, P.signRole), to);
      put(block.roleRow + 1, from, valueCell(hint, P.signHint), to);
    }
  }

  return {
    key: "print",
    name: sheet,
    create: true,
    blocks,
    columnWidths: { ...PRINT_COLUMN_WIDTHS },
    rowHeights,
    hiddenColumns: [C.sortKey, C.tableRow, C.position],
    merges,
    protect: true,
    print: {
      orientation: "landscape",
      titleRows: `${print.headerRow}:${print.headerRow}`,
      fitToWidth: true,
      area: `A1:${cellAddress(print.lastRow, C.tieBreak)}`,
      margins: DOCUMENT_MARGINS,
      centerHorizontally: true,
    },
  };
}

/** Lines of notes a results row holds: a tie-break and a reason, or a reason over two lines and another. */
const NOTE_LINES = 3;

/** What a results row shows, for its height: the unit's name, the award cell's text, the lines of notes it keeps. */
export interface PrintRowText {
  name: string;
  award?: string;
  noteLines?: number;
}

/** The height a results row needs for its name, award and notes in their columns and fonts. */
export function printRowHeight(text: PrintRowText): number {
  const fontOf = (style: string) => {
    const font = PRINT_STYLES[style].font!;
    return { size: font.size!, bold: font.bold };
  };
  const lines = (value: string | undefined, column: number, style: string) =>
    value ? wrappedLines(value, textAreaPoints(PRINT_COLUMN_WIDTHS[column]), fontOf(style)) : 0;
  const text13 = fontOf(P.text).size;
  return Math.max(
    linesHeight(Math.max(1, lines(text.name, C.name, P.text)), text13),
    linesHeight(lines(text.award, C.award, P.text), text13),
    text.noteLines ? linesHeight(text.noteLines, fontOf(P.note).size) : 0,
  );
}

/**
 * The column of Xếp hạng that a tally writes the meeting's vote into: the first after the hidden helper columns, so
 * that it shows beside the award proposal and flags (src/workbook/operations/tallyMeeting.ts).
 */
export function voteColumn(layout: WorkbookLayout): number {
  return layout.result.columns.count;
}

/**
 * The award proposal by its full name (settings awards.flagName and certificateName), with the meeting's vote on it
 * below once a tally wrote one ("Bằng khen: đạt 8/10"); a vote on a unit the score did not propose shows alone. A
 * blank cell would show as 0 through INDEX: joining "" keeps text and blanks as they are.
 */
export function printAwardFormula(award: string, vote: string, settings: Settings, lang: Lang): string {
  const full = (["co-thi-dua", "bang-khen"] as const).reduceRight(
    (otherwise, kind) =>
      `IF(${award}=${formulaText(AWARD_TERMS[kind].short[lang])},${formulaText(awardFullName(settings, kind, lang))},${otherwise})`,
    `${award}&""`,
  );
  return `IF(${vote}&""="",${full},IF(${award}&""="",${vote}&"",${full}&CHAR(10)&${vote}))`;
}

/** A column of the Xếp hạng table, as the print sheet's INDEX formulas read it. */
function resultColumnRange(layout: WorkbookLayout, c: number): string {
  const result = layout.result;
  return sheetReference(
    result.sheet,
    absoluteRange({ row: result.table.row, column: c, rows: Math.max(layout.units.length, 1), columns: 1 }),
  );
}

/** The award cells of every unit row, as printSheet writes them (a tally rewrites them in older workbooks). */
export function printAwardBlocks(layout: WorkbookLayout, sheet: string, settings: Settings): CellBlock[] {
  const print = workbookPrintLayout(layout, sheet);
  return print.sections.flatMap((section) =>
    section.members.map((_, k) => {
      const r = section.firstRow + k;
      const position = cellAddress(r, C.position, { absColumn: true });
      const pick = (c: number) => `INDEX(${resultColumnRange(layout, c)},${position})`;
      const formula = printAwardFormula(
        pick(layout.result.columns.award),
        pick(voteColumn(layout)),
        settings,
        settings.lang,
      );
      return { at: cellAddress(r, C.award), cells: [[formulaCell(formula, P.text)]] };
    }),
  );
}

/** The cluster label when every unit shares one, for the header block. */
function singleCluster(layout: WorkbookLayout): string | null {
  const clusters = new Set(layout.units.map((u) => u.cluster.trim()).filter(Boolean));
  return clusters.size === 1 ? [...clusters][0] : null;
}
