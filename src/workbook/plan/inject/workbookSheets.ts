// Every sheet and defined name of a workbook for a template, units, settings and mode, given the sheet names:
// the one builder behind injection and behind the formula checks of validation (which take the formulas of the
// sheets they read, with the names found, through the same makers: formulaSheets.ts).

import type { Unit } from "../../../core/model/unitTypes";
import type { Lang, Settings } from "../../../core/settings/settingsTypes";
import type { FlatTemplate } from "../../../core/template/flattenTemplate";
import { absoluteRange, type RangeBox } from "../../layout/cellAddress";
import { DEFINED_NAMES } from "../../layout/definedNames";
import { peerDefinedNames } from "../../layout/sheetNames";
import { computeLayout, type SheetNames, type WorkbookLayout, type WorkbookMode } from "../../layout/workbookLayout";
import { sheetLabels, subjectOf } from "../../messages/personLabelMessages";
import { sheetLabelMessages as L } from "../../messages/sheetLabelMessages";
import { SETTING_KEYS } from "../../settings/settingsRows";
import type { NamePlan, SheetKey, SheetPlan } from "../planTypes";
import { dataSheet } from "./dataSheet";
import { evidenceSheet } from "./evidenceSheet";
import { finalPointsSheet } from "./finalPointsSheet";
import { guideSheet } from "./guideSheet";
import { inputScoreSheet, type InputScoreSheetSpec } from "./inputScoreSheet";
import { peerMatrixSheet } from "./peerMatrixSheet";
import { printSheet, workbookPrintLayout } from "./printSheet";
import { resultSheet } from "./resultSheet";
import { scoreColumns } from "./scoreColumnFormulas";
import { reviewSheet } from "./reviewSheet";
import { analysisSheet, criteriaSheet, historySheet, logSheet, settingsSheet, unitsSheet } from "./tableSheets";

export interface WorkbookContext {
  flat: FlatTemplate;
  units: Unit[];
  settings: Settings;
  mode: WorkbookMode;
  lang: Lang;
  period: string;
  clusterTitle: string | null;
  names: SheetNames;
  /** Log entries already written (0 at injection). */
  logEntries: number;
}

export function contextLayout(ctx: WorkbookContext): WorkbookLayout {
  return computeLayout({
    flat: ctx.flat,
    units: ctx.units,
    mode: ctx.mode,
    names: ctx.names,
    tieBreak: ctx.settings.tieBreak,
    settingsRows: SETTING_KEYS.length,
    logEntries: ctx.logEntries,
    peerNames: ctx.mode === "cross" ? peerDefinedNames(ctx.units.map((u) => u.code)) : [],
  });
}

function name(name: string, sheet: string, box: RangeBox): NamePlan {
  return { name, sheet, range: absoluteRange(box) };
}

/** The contract's defined names (all but TD_Meta, which the metadata sheet's length decides). */
export function contractNames(layout: WorkbookLayout): NamePlan[] {
  const { data, result } = layout;
  const names: NamePlan[] = [
    name(DEFINED_NAMES.settings, layout.settings.sheet, layout.settings.table),
    name(DEFINED_NAMES.criteria, layout.criteria.sheet, layout.criteria.table),
    name(DEFINED_NAMES.units, layout.unitsTable.sheet, layout.unitsTable.table),
    name(DEFINED_NAMES.target, data.sheet, data.target),
    name(DEFINED_NAMES.actual, data.sheet, data.actual),
    name(DEFINED_NAMES.self, layout.self.sheet, layout.self.grid),
    name(DEFINED_NAMES.final, layout.final.sheet, layout.final.grid),
    name(DEFINED_NAMES.evidence, layout.evidence.sheet, layout.evidence.grid),
  ];
  if (layout.review) {
    names.push(name(DEFINED_NAMES.review, layout.review.sheet, layout.review.grid));
    names.push(name(DEFINED_NAMES.reviewNotes, layout.review.sheet, layout.review.notes));
  }
  for (const peer of layout.peers) names.push(name(peer.definedName, peer.sheet, peer.grid));
  if (layout.peerMatrix) names.push(name(DEFINED_NAMES.peerMatrix, layout.peerMatrix.sheet, layout.peerMatrix.grid));
  const column = (c: number): RangeBox => ({ row: result.table.row, column: c, rows: result.table.rows, columns: 1 });
  names.push(
    name(DEFINED_NAMES.result, result.sheet, result.table),
    name(DEFINED_NAMES.resultFinal, result.sheet, column(result.columns.final)),
    name(DEFINED_NAMES.resultRank, result.sheet, column(result.columns.rank)),
    name(DEFINED_NAMES.resultGrade, result.sheet, column(result.columns.grade)),
    name(DEFINED_NAMES.resultAward, result.sheet, column(result.columns.award)),
    name(DEFINED_NAMES.history, layout.history.sheet, layout.history.table),
    name(DEFINED_NAMES.log, layout.log.sheet, layout.log.table),
    name(DEFINED_NAMES.analysis, layout.names.fixed.analysis, { row: 1, column: 0, rows: 1, columns: 1 }),
  );
  // Workbooks injected before the print sheet existed have none: no name is expected of them.
  const print = layout.names.print;
  if (print) names.push(name(DEFINED_NAMES.print, print, workbookPrintLayout(layout, print).table));
  return names;
}

/** " — <cluster> — Kỳ <period>", or "" when neither is given. */
function titleSuffix(ctx: WorkbookContext): string {
  const text = L.titleSuffix[ctx.lang]({ cluster: ctx.clusterTitle ?? "", period: ctx.period });
  return text ? ` — ${text}` : "";
}

/** One sheet of the workbook, built when asked for. A self or peer sheet also gives its spec, from which its
 * formulas can be had without building the sheet (scoreSheetFormulas). */
export interface SheetMaker {
  key: SheetKey;
  make: () => SheetPlan;
  score?: InputScoreSheetSpec;
}

/** Sheets in workbook order, without the metadata sheet. */
export function workbookSheets(ctx: WorkbookContext, layout: WorkbookLayout = contextLayout(ctx)): SheetPlan[] {
  return workbookSheetMakers(ctx, layout).map((sheet) => sheet.make());
}

/** The makers of workbookSheets, in workbook order. */
export function workbookSheetMakers(ctx: WorkbookContext, layout: WorkbookLayout = contextLayout(ctx)): SheetMaker[] {
  const { lang } = ctx;
  const suffix = titleSuffix(ctx);
  const words = sheetLabels(subjectOf(ctx.flat));
  const f = layout.names.fixed;
  // The self sheet and the peer sheets share their columns' formulas (built once, not once a sheet).
  const columns = scoreColumns(layout);
  const scoreSheet = (spec: InputScoreSheetSpec): SheetMaker => ({
    key: spec.key,
    make: () => inputScoreSheet(layout, lang, spec),
    score: spec,
  });
  const sheets: SheetMaker[] = [
    { key: "guide", make: () => guideSheet(layout, lang, { period: ctx.period, clusterTitle: ctx.clusterTitle }) },
    { key: "settings", make: () => settingsSheet(layout, ctx.settings, lang) },
    { key: "criteria", make: () => criteriaSheet(layout, lang) },
    { key: "units", make: () => unitsSheet(layout, lang) },
    { key: "data", make: () => dataSheet(layout, lang, L.dataTitle[lang]({ suffix })) },
    scoreSheet({
      key: "self",
      name: layout.self.sheet,
      title: L.selfTitle[lang]({ suffix }),
      grid: layout.self.grid,
      totals: layout.self.totals,
      ownColumn: -1,
      columns,
    }),
    { key: "evidence", make: () => evidenceSheet(layout, lang, L.evidenceTitle[lang]({ suffix })) },
  ];
  layout.peers.forEach((peer, i) => {
    sheets.push(
      scoreSheet({
        key: `peer:${peer.rater}`,
        name: peer.sheet,
        title: words.peerTitle[lang]({ code: peer.rater, name: ctx.units[i].name, suffix }),
        grid: peer.grid,
        totals: peer.totals,
        ownColumn: i,
        scored: (c) => ctx.units[c].cluster === ctx.units[i].cluster,
        completeRow: peer.completeRow,
        columns,
      }),
    );
  });
  const matrix = layout.peerMatrix;
  if (matrix)
    sheets.push({
      key: "peerMatrix",
      make: () => peerMatrixSheet(layout, matrix, lang, words.peerMatrixTitle[lang]({ suffix })),
    });
  const review = layout.review;
  if (review)
    sheets.push({ key: "review", make: () => reviewSheet(layout, review, lang, L.reviewTitle[lang]({ suffix })) });
  sheets.push(
    {
      key: "final",
      make: () => finalPointsSheet(layout, lang, L.finalTitle[lang]({ suffix }), ctx.settings.rankDecimals),
    },
    { key: "result", make: () => resultSheet(layout, ctx.settings, lang, L.resultTitle[lang]({ suffix })) },
  );
  const print = layout.names.print;
  if (print) {
    const { settings, period, clusterTitle } = ctx;
    sheets.push({ key: "print", make: () => printSheet(layout, print, { settings, lang, period, clusterTitle }) });
  }
  sheets.push(
    { key: "analysis", make: () => analysisSheet(f.analysis, lang) },
    { key: "history", make: () => historySheet(layout, lang, ctx.settings.fairness.rotationYears) },
    { key: "log", make: () => logSheet(layout, lang) },
  );
  return sheets;
}
