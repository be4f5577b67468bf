// What a ranking run writes: only value cells it owns (tie-break notes, award proposals, flags, the input hash,
// the fairness table (findings named in words), the metadata's input hash), into sheets that exist. Live formulas already show points,
// ranks and grades. No clock: the same result gives the same plan.

import type { Finding } from "../../core/findings/findingTypes";
import { fairnessRuleName } from "../../core/messages/fairnessRuleNames";
import { AWARD_TERMS } from "../../core/messages/glossary";
import { notesText, resultNotes } from "../../core/ranking/resultNotes";
import type { RankingResult } from "../../core/model/scoringTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import { absoluteRange, cellAddress, type RangeBox } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import type { WorkbookLayout } from "../layout/workbookLayout";
import { resultMessages as R } from "../messages/resultMessages";
import { sheetLabels, subjectOf } from "../messages/personLabelMessages";
import { sheetLabelMessages as L } from "../messages/sheetLabelMessages";
import { metaChunks, type WorkbookMeta } from "../meta/workbookMeta";
import { blankCell, valueCell } from "../plan/cellSpec";
import { metaSheet } from "../plan/inject/metaSheet";
import { resultSheet as madeResultSheet } from "../plan/inject/resultSheet";
import {
  analysisSheet as madeAnalysisSheet,
  ANALYSIS_COLUMNS,
  ANALYSIS_HEADER_ROW,
  ANALYSIS_WIDTH,
} from "../plan/inject/tableSheets";
import { fitWrittenRowHeights } from "../plan/fitRowHeights";
import type { CellSpec, NamePlan, SheetPlan, WorkbookPlan } from "../plan/planTypes";
import { S, WORKBOOK_STYLES } from "../plan/workbookStyles";

/** Flags shown per unit before "(and n more)". */
export const FLAGS_SHOWN = 3;

export interface ResultsContext {
  layout: WorkbookLayout;
  meta: WorkbookMeta;
  /** contentHash of the parsed inputs this result was computed from. */
  inputHash: string;
  /** Findings of the fairness analysis, when it ran. */
  fairness?: readonly Finding[];
  /** TD_Analysis and TD_Meta as they stand, so that longer earlier content is cleared. */
  previous: { analysis: RangeBox | null; metaCells: number };
}

function severityLabel(finding: Finding, lang: Lang): string {
  return R[finding.severity][lang]();
}

export function planResults(result: RankingResult, context: ResultsContext): WorkbookPlan {
  const { layout, meta } = context;
  const lang = meta.lang;
  const table = layout.result;
  const units = layout.units;
  const col = table.columns;
  const fairness = context.fairness ?? [];
  const unitFindings = [...result.findings, ...fairness].filter((f) => f.severity !== "info");
  const notes = resultNotes(result, layout.flat, meta.settings);
  const byIndex = new Map(result.units.map((r) => [r.index, r]));

  // Per unit row: the notes (tie-break, grade, award withheld), then award and flags (adjacent columns); nothing else
  // of the row.
  const blocks = units.map((unit, i) => {
    const r = byIndex.get(i);
    const flags = unitFindings.filter((f) => f.location.unit === unit.code).map((f) => f.message[lang]);
    const shown = flags.slice(0, FLAGS_SHOWN);
    if (flags.length > FLAGS_SHOWN) shown.push(R.moreFlags[lang]({ count: flags.length - FLAGS_SHOWN }));
    const row = table.table.row + i;
    const award = r?.award ? AWARD_TERMS[r.award].short[lang] : null;
    const note = notesText(notes[i] ?? { tie: null, grade: null, award: null }, lang) || null;
    const flagText = shown.length > 0 ? shown.join("\n") : null;
    return [
      { at: cellAddress(row, col.tieBreak), cells: [[valueCell(note, S.textWrap)]] },
      {
        at: cellAddress(row, col.award),
        cells: [[valueCell(award, S.text), valueCell(flagText, S.textWrap)]],
      },
    ];
  });
  const resultSheet: SheetPlan = {
    key: "result",
    name: table.sheet,
    create: false,
    blocks: [
      ...blocks.flat(),
      {
        at: cellAddress(table.hashRow, table.table.column + 2),
        cells: [[valueCell(context.inputHash, S.helperLabel)]],
      },
    ],
  };

  const analysisRows: CellSpec[][] = fairness.map((f) => {
    const cells: CellSpec[] = [];
    cells[ANALYSIS_COLUMNS.severity] = valueCell(severityLabel(f, lang), S.text);
    cells[ANALYSIS_COLUMNS.finding] = valueCell(fairnessRuleName(f.rule)[lang], S.textWrap);
    cells[ANALYSIS_COLUMNS.unit] = valueCell(f.location.unit ?? f.location.rater ?? null, S.text);
    cells[ANALYSIS_COLUMNS.criterion] = valueCell(f.location.criterion ?? null, S.text);
    cells[ANALYSIS_COLUMNS.message] = valueCell(f.message[lang], S.textWrap);
    cells[ANALYSIS_COLUMNS.rule] = valueCell(f.rule, S.machineKey);
    return cells;
  });
  if (analysisRows.length === 0) {
    const none = Array.from({ length: ANALYSIS_WIDTH }, () => blankCell(S.text));
    none[ANALYSIS_COLUMNS.message] = valueCell(R.noFindings[lang](), S.textWrap);
    analysisRows.push(none);
  }
  const words = sheetLabels(subjectOf(layout.flat));
  const headerLabels: string[] = [];
  headerLabels[ANALYSIS_COLUMNS.severity] = L.severity[lang]();
  headerLabels[ANALYSIS_COLUMNS.finding] = L.finding[lang]();
  headerLabels[ANALYSIS_COLUMNS.unit] = words.unitCode[lang]();
  headerLabels[ANALYSIS_COLUMNS.criterion] = L.criterion[lang]();
  headerLabels[ANALYSIS_COLUMNS.message] = L.message[lang]();
  headerLabels[ANALYSIS_COLUMNS.rule] = L.rule[lang]();
  const header = headerLabels.map((h) => valueCell(h, S.header));
  const written = 1 + analysisRows.length;
  const before =
    context.previous.analysis && context.previous.analysis.row === ANALYSIS_HEADER_ROW
      ? context.previous.analysis.rows
      : 0;
  // Rows of a longer earlier table are cleared, and so is the column an earlier, narrower table did not have.
  for (let i = written; i < before; i++) analysisRows.push(Array.from({ length: ANALYSIS_WIDTH }, () => blankCell()));
  const analysisName = layout.names.fixed.analysis;
  const analysisSheet: SheetPlan = {
    key: "analysis",
    name: analysisName,
    create: false,
    blocks: [
      { at: "A2", cells: [[valueCell(null)]] },
      { at: `A${ANALYSIS_HEADER_ROW}`, cells: [header, ...analysisRows] },
    ],
  };

  // Notes, warnings and findings wrap: their rows sized to the text, never below what the sheets were made with.
  const sheets: SheetPlan[] = [
    fitWrittenRowHeights(resultSheet, WORKBOOK_STYLES, madeResultSheet(layout, meta.settings, lang, "")),
    fitWrittenRowHeights(analysisSheet, WORKBOOK_STYLES, madeAnalysisSheet(analysisName, lang)),
  ];

  const newMeta: WorkbookMeta = { ...meta, inputHash: context.inputHash };
  const chunks = metaChunks(newMeta).length;
  const names: NamePlan[] = [
    {
      name: DEFINED_NAMES.analysis,
      sheet: analysisName,
      range: absoluteRange({ row: ANALYSIS_HEADER_ROW, column: 0, rows: written, columns: ANALYSIS_WIDTH }),
    },
    {
      name: DEFINED_NAMES.meta,
      sheet: layout.meta.sheet,
      range: absoluteRange({ row: 1, column: 0, rows: chunks, columns: 1 }),
    },
  ];
  sheets.push(metaSheet(layout.meta.sheet, newMeta, false, context.previous.metaCells));
  return { styles: WORKBOOK_STYLES, sheets, names, touches: sheets.map((s) => s.name) };
}
