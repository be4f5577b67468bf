// The table sheets: Cài đặt / Settings, Tiêu chí / Criteria, Đơn vị / Units (all locked: they change only through
// the add-in, which re-plans the formulas), Lịch sử / History (input) and Nhật ký / Log.

import { AWARD_TERMS } from "../../../core/messages/glossary";
import type { Settings, Lang } from "../../../core/settings/settingsTypes";
import { criteriaTableHeader, FLAG_MARK } from "../../../core/template/criteriaTableColumns";
import { templateToCriteriaTable } from "../../../core/template/templateToCriteriaTable";
import { rangeAddress } from "../../layout/cellAddress";
import type { TableLayout, WorkbookLayout } from "../../layout/workbookLayout";
import { inputPromptMessages as P } from "../../messages/inputPromptMessages";
import { settingKeyMessages } from "../../messages/settingsKeyMessages";
import { sheetLabels, subjectOf } from "../../messages/personLabelMessages";
import { sheetLabelMessages as L } from "../../messages/sheetLabelMessages";
import { settingsRows } from "../../settings/settingsRows";
import { inputCell, valueCell } from "../cellSpec";
import type { CellSpec, SheetPlan } from "../planTypes";
import { validationPlan } from "../validationPlan";
import { S } from "../workbookStyles";

/** Award labels the history sheet offers, Vietnamese in either language's workbook (core's parseHistory reads them). */
export const HISTORY_AWARD_LABELS = Object.values(AWARD_TERMS).map((term) => term.short.vi);

function tableSheet(
  key: SheetPlan["key"],
  table: TableLayout,
  title: string,
  headers: string[],
  rows: CellSpec[][],
  widths: number[],
): SheetPlan {
  const blocks = [
    { at: "A1", cells: [[valueCell(title, S.title)]] },
    { at: `A${table.headerRow}`, cells: [headers.map((h) => valueCell(h, S.header))] },
  ];
  if (rows.length > 0) blocks.push({ at: `A${table.headerRow + 1}`, cells: rows });
  return {
    key,
    name: table.sheet,
    create: true,
    blocks,
    columnWidths: Object.fromEntries(widths.map((w, i) => [i, w])),
    freeze: { rows: table.headerRow, columns: 0 },
    protect: true,
    print: { orientation: "landscape", titleRows: `${table.headerRow}:${table.headerRow}`, fitToWidth: true },
  };
}

export function settingsSheet(layout: WorkbookLayout, settings: Settings, lang: Lang): SheetPlan {
  const rows = settingsRows(settings).map(({ key, value }) => [
    valueCell(key, S.text),
    valueCell(value, S.text),
    valueCell(settingKeyMessages[key][lang](), S.textWrap),
  ]);
  return tableSheet(
    "settings",
    layout.settings,
    L.settingsTitle[lang](),
    [L.settingKey[lang](), L.settingValue[lang](), L.settingMeaning[lang]()],
    rows,
    [30, 28, 80],
  );
}

export function criteriaSheet(layout: WorkbookLayout, lang: Lang): SheetPlan {
  const table = templateToCriteriaTable(layout.flat, lang);
  const rows = table.map((cells) =>
    cells.map((v, i) => valueCell(v, i === 2 || i === 3 || i >= 11 ? S.textWrap : S.text)),
  );
  return tableSheet(
    "criteria",
    layout.criteria,
    L.criteriaTitle[lang](),
    criteriaTableHeader(lang),
    rows,
    [6, 9, 55, 40, 20, 10, 8, 8, 10, 10, 10, 50, 40],
  );
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
    [12, 40, 24, 14, 18],
  );
}

export function historySheet(layout: WorkbookLayout, lang: Lang): SheetPlan {
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
    [22, 18, 30, 20, 80, 18],
  );
}

export function analysisSheet(name: string, lang: Lang): SheetPlan {
  return {
    key: "analysis",
    name,
    create: true,
    blocks: [
      { at: "A1", cells: [[valueCell(L.analysisTitle[lang](), S.title)]] },
      { at: "A2", cells: [[valueCell(L.analysisEmpty[lang](), S.subtitle)]] },
    ],
    columnWidths: { 0: 12, 1: 24, 2: 12, 3: 12, 4: 100 },
    protect: true,
    print: { orientation: "landscape", fitToWidth: true },
  };
}
