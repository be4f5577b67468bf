// The table sheets: Cài đặt / Settings, Tiêu chí / Criteria, Đơn vị / Units (all locked: they change only through
// the add-in, which re-plans the formulas), Lịch sử / History (input) and Nhật ký / Log.

import { AWARD_TERMS } from "../../../core/messages/glossary";
import type { Settings, Lang } from "../../../core/settings/settingsTypes";
import { CRITERIA_COLUMN_INDEX, criteriaTableHeader, FLAG_MARK } from "../../../core/template/criteriaTableColumns";
import { templateToCriteriaTable } from "../../../core/template/templateToCriteriaTable";
import { columnLetter, rangeAddress } from "../../layout/cellAddress";
import { SETTINGS_TABLE_COLUMNS, type TableLayout, type WorkbookLayout } from "../../layout/workbookLayout";
import { inputPromptMessages as P } from "../../messages/inputPromptMessages";
import { SETTING_WORDS, settingsSheetMessages as SM } from "../../messages/settingsSheetMessages";
import { sheetLabels, subjectOf } from "../../messages/personLabelMessages";
import { sheetLabelMessages as L } from "../../messages/sheetLabelMessages";
import { settingCell, type SettingCellFormat } from "../../settings/settingCells";
import { settingsRows } from "../../settings/settingsRows";
import { inputCell, valueCell } from "../cellSpec";
import { LOG_COLUMN_WIDTHS } from "../logEntry";
import type { CellSpec, SheetPlan } from "../planTypes";
import { validationPlan } from "../validationPlan";
import { S } from "../workbookStyles";

/** Award labels the history sheet offers, Vietnamese in either language's workbook (core's parseHistory reads them). */
export const HISTORY_AWARD_LABELS = Object.values(AWARD_TERMS).map((term) => term.short.vi);

/** How a table sheet prints: its orientation and the last row its print area reaches (none: what is filled). */
interface TablePrint {
  orientation: "landscape" | "portrait";
  lastRow?: number;
}

function tableSheet(
  key: SheetPlan["key"],
  table: TableLayout,
  title: string,
  headers: string[],
  rows: CellSpec[][],
  widths: number[],
  print: TablePrint,
): SheetPlan {
  const blocks = [
    { at: "A1", cells: [[valueCell(title, S.title)]] },
    { at: `A${table.headerRow}`, cells: [headers.map((h) => valueCell(h, S.header))] },
  ];
  if (rows.length > 0) blocks.push({ at: `A${table.headerRow + 1}`, cells: rows });
  const lastColumn = columnLetter(headers.length - 1);
  return {
    key,
    name: table.sheet,
    create: true,
    blocks,
    columnWidths: Object.fromEntries(widths.map((w, i) => [i, w])),
    freeze: { rows: table.headerRow, columns: 0 },
    protect: true,
    print: {
      orientation: print.orientation,
      titleRows: `${table.headerRow}:${table.headerRow}`,
      fitToWidth: true,
      ...(print.lastRow !== undefined ? { area: `A1:${lastColumn}${print.lastRow}` } : {}),
    },
  };
}

/** The value cell's style for each way a settings value is shown. */
const SETTING_STYLES: Record<SettingCellFormat, string> = {
  number: S.settingNumber,
  percent: S.settingPercent,
  percentDecimals: S.settingPercentDecimals,
  text: S.textWrap,
};

export function settingsSheet(layout: WorkbookLayout, settings: Settings, lang: Lang): SheetPlan {
  const rows = settingsRows(settings).map(({ key, value }) => {
    const cells: CellSpec[] = [];
    const shown = settingCell(key, value, lang);
    cells[SETTINGS_TABLE_COLUMNS.label] = valueCell(SETTING_WORDS[key].label[lang], S.textWrap);
    cells[SETTINGS_TABLE_COLUMNS.value] = valueCell(shown.value, SETTING_STYLES[shown.format]);
    cells[SETTINGS_TABLE_COLUMNS.explanation] = valueCell(SETTING_WORDS[key].explain[lang], S.textWrap);
    cells[SETTINGS_TABLE_COLUMNS.key] = valueCell(key, S.machineKey);
    return cells;
  });
  const headers: string[] = [];
  headers[SETTINGS_TABLE_COLUMNS.label] = SM.headerLabel[lang]();
  headers[SETTINGS_TABLE_COLUMNS.value] = SM.headerValue[lang]();
  headers[SETTINGS_TABLE_COLUMNS.explanation] = SM.headerExplain[lang]();
  headers[SETTINGS_TABLE_COLUMNS.key] = SM.headerKey[lang]();
  const widths: number[] = [];
  widths[SETTINGS_TABLE_COLUMNS.label] = 30;
  widths[SETTINGS_TABLE_COLUMNS.value] = 28;
  widths[SETTINGS_TABLE_COLUMNS.explanation] = 60;
  widths[SETTINGS_TABLE_COLUMNS.key] = 20;
  const last = layout.settings.table.row + layout.settings.table.rows - 1;
  return tableSheet("settings", layout.settings, L.settingsTitle[lang](), headers, rows, widths, {
    orientation: "landscape",
    lastRow: last,
  });
}

/** The criteria table's columns, widths in characters; the other language's title and guide are hidden. */
const CRITERIA_WIDTHS = [6, 8, 50, 40, 16, 8, 7, 7, 9, 9, 9, 45, 40];

export function criteriaSheet(layout: WorkbookLayout, lang: Lang): SheetPlan {
  const table = templateToCriteriaTable(layout.flat, lang);
  const rows = table.map((cells) =>
    cells.map((v, i) => valueCell(v, i === 2 || i === 3 || i >= 11 ? S.textWrap : S.text)),
  );
  const last = layout.criteria.table.row + layout.criteria.table.rows - 1;
  const plan = tableSheet(
    "criteria",
    layout.criteria,
    L.criteriaTitle[lang](),
    criteriaTableHeader(lang),
    rows,
    CRITERIA_WIDTHS,
    { orientation: "landscape", lastRow: last },
  );
  // A Vietnamese workbook hides the English title and guide (they stay in the table, for a round trip); an English
  // one shows both, the Vietnamese title being the official one.
  if (lang === "vi") plan.hiddenColumns = [CRITERIA_COLUMN_INDEX.titleEn, CRITERIA_COLUMN_INDEX.guideEn];
  return plan;
}

export function unitsSheet(layout: WorkbookLayout, lang: Lang): SheetPlan {
  const words = sheetLabels(subjectOf(layout.flat));
  const rows = layout.units.map((unit) => [
    valueCell(unit.code, S.text),
    valueCell(unit.name, S.textWrap),
    valueCell(unit.cluster, S.text),
    valueCell(unit.priority ? FLAG_MARK : null, S.number),
    valueCell(unit.disqualified ? FLAG_MARK : null, S.number),
  ]);
  return tableSheet(
    "units",
    layout.unitsTable,
    words.unitsTitle[lang](),
    [words.unitCode[lang](), words.unitName[lang](), L.cluster[lang](), L.priority[lang](), words.disqualified[lang]()],
    rows,
    [11, 40, 24, 11, 14],
    { orientation: "portrait", lastRow: layout.unitsTable.table.row + Math.max(layout.units.length, 1) - 1 },
  );
}

/**
 * The last row the history sheet prints: the years the rotation check reads (settings fairness.rotationYears) of
 * every unit, what a secretariat is asked to enter, within the table; rows entered below it are for the analysis.
 */
export function historyPrintRow(layout: WorkbookLayout, years: number): number {
  const { table } = layout.history;
  const rows = Math.min(table.rows, Math.max(1, years) * Math.max(layout.units.length, 1));
  return table.row + rows - 1;
}

export function historySheet(layout: WorkbookLayout, lang: Lang, rotationYears: number): SheetPlan {
  const { history } = layout;
  const rows = Array.from({ length: history.table.rows }, () => [
    inputCell(S.inputCount),
    inputCell(S.inputText),
    inputCell(S.inputCount),
    inputCell(S.inputText),
  ]);
  const column = (c: number) =>
    rangeAddress({ row: history.table.row, column: c, rows: history.table.rows, columns: 1 });
  const plan = tableSheet(
    "history",
    history,
    L.historyTitle[lang](),
    [
      L.historyYear[lang](),
      sheetLabels(subjectOf(layout.flat)).unitCode[lang](),
      L.historyRank[lang](),
      L.historyAward[lang](),
    ],
    rows,
    [10, 14, 10, 20],
    { orientation: "portrait", lastRow: historyPrintRow(layout, rotationYears) },
  );
  const errorTitle = P.errorTitle[lang]();
  plan.validations = [
    validationPlan(
      column(0),
      { kind: "whole", min: 1900, max: 2200 },
      { errorTitle, errorMessage: P.historyYear[lang]() },
    ),
    validationPlan(
      column(2),
      { kind: "whole", min: 1, max: 100000 },
      { errorTitle, errorMessage: P.historyRank[lang]() },
    ),
    validationPlan(
      column(3),
      { kind: "list", items: HISTORY_AWARD_LABELS },
      { errorTitle, errorMessage: P.historyAward[lang]() },
    ),
  ];
  return plan;
}

export function logSheet(layout: WorkbookLayout, lang: Lang): SheetPlan {
  return tableSheet(
    "log",
    layout.log,
    L.logTitle[lang](),
    [
      L.logTime[lang](),
      L.logAction[lang](),
      L.logFile[lang](),
      L.logHash[lang](),
      L.logSummary[lang](),
      L.logChain[lang](),
    ],
    [],
    LOG_COLUMN_WIDTHS,
    // The log grows with every operation: its print area is whatever holds text.
    { orientation: "landscape" },
  );
}

/** The fairness table's header row on the analysis sheet; TD_Analysis covers it and the rows below. */
export const ANALYSIS_HEADER_ROW = 3;

/**
 * The fairness table's columns: severity, the finding in words, unit, criterion, the message, and the rule's id in a
 * narrow column at the right for machines (tables written before the words had the id second and five columns).
 */
export const ANALYSIS_COLUMNS = { severity: 0, finding: 1, unit: 2, criterion: 3, message: 4, rule: 5 } as const;
export const ANALYSIS_WIDTH = 6;
export const ANALYSIS_WIDTHS: readonly number[] = [11, 24, 10, 9, 80, 18];

export function analysisSheet(name: string, lang: Lang): SheetPlan {
  return {
    key: "analysis",
    name,
    create: true,
    blocks: [
      { at: "A1", cells: [[valueCell(L.analysisTitle[lang](), S.title)]] },
      { at: "A2", cells: [[valueCell(L.analysisEmpty[lang](), S.subtitle)]] },
    ],
    columnWidths: Object.fromEntries(ANALYSIS_WIDTHS.map((w, i) => [i, w])),
    protect: true,
    print: { orientation: "landscape", titleRows: `${ANALYSIS_HEADER_ROW}:${ANALYSIS_HEADER_ROW}`, fitToWidth: true },
  };
}
