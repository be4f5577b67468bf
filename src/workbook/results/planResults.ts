// What a ranking run writes: only value cells it owns (tie-break notes, award proposals, flags, the input hash,
// the fairness table, the metadata's input hash), into sheets that exist. Live formulas already show points,
// ranks and grades. No clock: the same result gives the same plan.

import type { Finding } from "../../core/findings/findingTypes";
import { AWARD_TERMS } from "../../core/messages/glossary";
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
import type { CellSpec, NamePlan, SheetPlan, WorkbookPlan } from "../plan/planTypes";
import { S, WORKBOOK_STYLES } from "../plan/workbookStyles";

/** Flags shown per unit before "(and n more)". */
export const FLAGS_SHOWN = 3;

/** The fairness table's header row on the analysis sheet; TD_Analysis covers it and the rows below. */
export const ANALYSIS_HEADER_ROW = 3;

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

  // Per unit row: the tie-break note, then award and flags (adjacent columns); nothing else of the row.
  const blocks = units.map((unit, i) => {
    const r = result.units.find((u) => u.index === i);
    const flags = unitFindings.filter((f) => f.location.unit === unit.code).map((f) => f.message[lang]);
    const shown = flags.slice(0, FLAGS_SHOWN);
    if (flags.length > FLAGS_SHOWN) shown.push(R.moreFlags[lang]({ count: flags.length - FLAGS_SHOWN }));
    const row = table.table.row + i;
    const award = r?.award ? AWARD_TERMS[r.award].short[lang] : null;
    return [
      { at: cellAddress(row, col.tieBreak), cells: [[valueCell(r?.tieBreakNote?.[lang] ?? null, S.textWrap)]] },
      {
        at: cellAddress(row, col.award),
        cells: [[valueCell(award, S.text), valueCell(shown.length > 0 ? shown.join("\n") : null, S.textWrap)]],
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

  const analysisRows: CellSpec[][] = fairness.map((f) => [
    valueCell(severityLabel(f, lang), S.text),
    valueCell(f.rule, S.text),
    valueCell(f.location.unit ?? f.location.rater ?? null, S.text),
    valueCell(f.location.criterion ?? null, S.text),
    valueCell(f.message[lang], S.textWrap),
  ]);
  if (analysisRows.length === 0) {
    analysisRows.push([
      blankCell(S.text),
      blankCell(S.text),
      blankCell(S.text),
      blankCell(S.text),
      valueCell(R.noFindings[lang](), S.textWrap),
    ]);
  }
  const words = sheetLabels(subjectOf(layout.flat));
  const header = [L.severity, L.rule, words.unitCode, L.criterion, L.message].map((m) =>
    valueCell(m[lang](), S.header),
  );
  const written = 1 + analysisRows.length;
  const before =
    context.previous.analysis && context.previous.analysis.row === ANALYSIS_HEADER_ROW
      ? context.previous.analysis.rows
      : 0;
  for (let i = written; i < before; i++) analysisRows.push(new Array(5).fill(null).map(() => blankCell()));
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

  const newMeta: WorkbookMeta = { ...meta, inputHash: context.inputHash };
  const chunks = metaChunks(newMeta).length;
  const names: NamePlan[] = [
    {
      name: DEFINED_NAMES.analysis,
      sheet: analysisName,
      range: absoluteRange({ row: ANALYSIS_HEADER_ROW, column: 0, rows: written, columns: 5 }),
    },
    {
      name: DEFINED_NAMES.meta,
      sheet: layout.meta.sheet,
      range: absoluteRange({ row: 1, column: 0, rows: chunks, columns: 1 }),
    },
  ];
  const sheets = [resultSheet, analysisSheet, metaSheet(layout.meta.sheet, newMeta, false, context.previous.metaCells)];
  return { styles: WORKBOOK_STYLES, sheets, names, touches: sheets.map((s) => s.name) };
}
