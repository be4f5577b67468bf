// Biểu quyết Hội đồng / Council vote: the provincial council's tally sheet of the province workbook. The members
// (mirrored from the settings), the members present (input), the council's thresholds (mirrored), whether the
// quorum is met, then one row per proposal of the list in its order (flags, certificates, cases for the council)
// with the ballots as input and the share and result as live formulas (councilFormulas.ts), and live counts of the
// proposals passed. Ballots typed before are kept when the workbook is made again (by award and unit code).

import type { Award } from "../../core/model/gradeTypes";
import type { ProvinceProposal } from "../../core/province/provinceTypes";
import type { ProvinceSettings } from "../../core/province/provinceSettings";
import type { Lang } from "../../core/settings/settingsTypes";
import { absoluteCell, cellAddress, rangeAddress, sheetReference, type RangeBox } from "../layout/cellAddress";
import { formulaText } from "../formulas/formulaLiteral";
import { councilSheetMessages as M } from "../messages/councilSheetMessages";
import { provinceMessages } from "../../core/messages/provinceMessages";
import { blankCell, formulaCell, inputCell, valueCell } from "../plan/cellSpec";
import type { CellSpec, CellValue, SheetPlan, ValidationPlan } from "../plan/planTypes";
import { councilQuorumFormula, councilResultFormula, councilShareFormula, type CouncilCells } from "./councilFormulas";
import { provinceAwardName } from "./provinceAwardName";
import { PS } from "./provinceStyles";
import { wrappedRowHeight } from "./wrappedRowHeight";

export const COUNCIL_COLUMNS = {
  index: 0,
  award: 1,
  code: 2,
  name: 3,
  cluster: 4,
  final: 5,
  rank: 6,
  grade: 7,
  yes: 8,
  no: 9,
  share: 10,
  result: 11,
  note: 12,
} as const;
const WIDTH = 13;
const LAST = WIDTH - 1;
/** Rows of the sitting block: members, present, quorum share, majority share, quorum met (values in column D). */
export const COUNCIL_SITTING_ROWS = { members: 4, present: 5, quorum: 6, majority: 7, met: 8 } as const;
const VALUE_COLUMN = 3;
export const COUNCIL_HEADER_ROW = 10;

/** The key a row's ballots are kept by when the list is made again: the award at stake and the unit code. */
export function councilKey(award: Award, code: string): string {
  return `${award}\u0000${code.normalize("NFC").trim()}`;
}

/** Ballots typed for one row of an earlier province workbook. */
export interface EarlierBallots {
  award: Award;
  code: string;
  name: string;
  yes: CellValue;
  no: CellValue;
}

/** What the council's sheet of an earlier province workbook holds: members present and ballots, by councilKey. */
export interface EarlierCouncil {
  present: CellValue;
  ballots: Map<string, EarlierBallots>;
}

export interface CouncilLayout {
  sheet: string;
  /** TD_Province_Council: one row per proposal (no rows when the list is empty). */
  table: RangeBox;
  /** TD_Province_CouncilSitting: members (row 0) and members present (row 1), one column. */
  sitting: RangeBox;
  /** The count cells of passed flags and certificates. */
  totals: { flags: string; certificates: string };
}

export interface CouncilContext {
  sheet: string;
  settings: ProvinceSettings;
  lang: Lang;
  period: string;
  /** Where the settings' value cells are, by key: the thresholds and members are read from there. */
  settingCell: (key: "council.members" | "council.quorum" | "council.majority") => string;
  earlier: EarlierCouncil | null;
}

/** The council's name as the sheet and ballots write it (the English wording for the Vietnamese default). */
export function councilName(settings: ProvinceSettings, lang: Lang): string {
  const written = settings.council.name.trim();
  const name = lang === "en" && written === M.councilDefault.vi() ? M.councilDefault.en() : written;
  return name.toLocaleUpperCase("vi");
}

export function councilSheet(
  proposals: readonly ProvinceProposal[],
  context: CouncilContext,
): { sheet: SheetPlan; layout: CouncilLayout } {
  const { lang, settings } = context;
  const C = COUNCIL_COLUMNS;
  const blocks: SheetPlan["blocks"] = [];
  const merges: string[] = [];
  const put = (row: number, column: number, cell: CellSpec, mergeTo?: number) => {
    blocks.push({ at: cellAddress(row, column), cells: [[cell]] });
    if (mergeTo !== undefined) merges.push(`${cellAddress(row, column)}:${cellAddress(row, mergeTo)}`);
  };
  put(1, 0, valueCell(M.title[lang]({ council: councilName(settings, lang) }), PS.title), LAST);
  put(2, 0, valueCell(context.period, PS.period), LAST);
  put(3, 0, valueCell(M.intro[lang](), PS.italic), LAST);

  const R = COUNCIL_SITTING_ROWS;
  const at = (row: number) => absoluteCell(row, VALUE_COLUMN);
  const mirror = (key: Parameters<CouncilContext["settingCell"]>[0]) => {
    const cell = context.settingCell(key);
    return `IF(${cell}="","",${cell})`;
  };
  const label = (row: number, text: string) => put(row, 0, valueCell(text, PS.text), VALUE_COLUMN - 1);
  label(R.members, M.members[lang]());
  put(R.members, VALUE_COLUMN, formulaCell(mirror("council.members"), PS.count));
  label(R.present, M.present[lang]());
  put(R.present, VALUE_COLUMN, inputCell(PS.inputCount, context.earlier?.present ?? null));
  label(R.quorum, M.quorumShare[lang]());
  put(R.quorum, VALUE_COLUMN, formulaCell(mirror("council.quorum"), PS.share));
  label(R.majority, M.majorityShare[lang]());
  put(R.majority, VALUE_COLUMN, formulaCell(mirror("council.majority"), PS.share));
  label(R.met, M.quorumMet[lang]());
  const cells = (row: number): CouncilCells => ({
    yes: cellAddress(row, C.yes),
    no: cellAddress(row, C.no),
    members: at(R.members),
    present: at(R.present),
    quorum: at(R.quorum),
    majority: at(R.majority),
  });
  put(R.met, VALUE_COLUMN, formulaCell(councilQuorumFormula(cells(0), M.yes[lang](), M.no[lang]()), PS.center));

  const header = [
    M.headerIndex,
    M.headerAward,
    M.headerCode,
    M.headerUnit,
    M.headerCluster,
    M.headerFinal,
    M.headerRank,
    M.headerGrade,
    M.headerYes,
    M.headerNo,
    M.headerShare,
    M.headerResult,
    M.headerNote,
  ].map((m) => valueCell(m[lang](), PS.header));
  blocks.push({ at: cellAddress(COUNCIL_HEADER_ROW, 0), cells: [header] });

  const texts = {
    passed: M.resultPassed[lang](),
    failed: M.resultFailed[lang](),
    noQuorum: M.resultNoQuorum[lang](),
    invalid: M.resultInvalid[lang](),
  };
  const first = COUNCIL_HEADER_ROW + 1;
  const rowHeights: Record<number, number> = { [COUNCIL_HEADER_ROW]: 36, 1: 24, 3: 32 };
  const rows: CellSpec[][] = proposals.map((p, i) => {
    const row = first + i;
    const kept = context.earlier?.ballots.get(councilKey(p.award, p.code));
    const award = provinceMessages.awardShort[lang]({ award: p.award });
    const note = [p.section === "council" ? M.councilCase[lang]() : "", p.note?.[lang] ?? ""]
      .filter((t) => t !== "")
      .join(": ");
    rowHeights[row] = wrappedRowHeight(note, 36, 2);
    return [
      valueCell(i + 1, PS.index),
      valueCell(award, PS.center),
      valueCell(p.code, PS.center),
      valueCell(p.name, PS.text),
      valueCell(p.cluster, PS.text),
      valueCell(p.final, PS.points),
      valueCell(p.rank, PS.count),
      valueCell(p.grade, PS.center),
      inputCell(PS.inputCount, kept?.yes ?? null),
      inputCell(PS.inputCount, kept?.no ?? null),
      formulaCell(councilShareFormula(cells(row)), PS.share),
      formulaCell(councilResultFormula(cells(row), texts), PS.center),
      valueCell(note === "" ? null : note, PS.note),
    ];
  });
  if (rows.length > 0) blocks.push({ at: cellAddress(first, 0), cells: rows });
  else {
    put(first, 0, valueCell(M.none[lang](), PS.text), LAST);
  }
  const tableRows = Math.max(rows.length, 1);
  const table: RangeBox = { row: first, column: 0, rows: rows.length, columns: WIDTH };

  // Live counts of what passed, by award (a "none" row counts nothing).
  let row = first + tableRows + 1;
  put(row++, C.name, valueCell(M.totals[lang](), PS.heading));
  const column = (c: number) =>
    rangeAddress({ row: first, column: c, rows: tableRows, columns: 1 }, { absRow: true, absColumn: true });
  const countRow = (award: Award) => {
    const r = row++;
    put(r, C.name, valueCell(provinceAwardName(settings, award, lang), PS.text), C.grade);
    for (let c = C.name + 1; c <= C.grade; c++) put(r, c, blankCell(PS.text));
    const formula =
      `COUNTIFS(${column(C.award)},${formulaText(provinceMessages.awardShort[lang]({ award }))},` +
      `${column(C.result)},${formulaText(texts.passed)})`;
    put(r, C.yes, formulaCell(formula, PS.totalCount));
    return cellAddress(r, C.yes);
  };
  const flags = countRow("co-thi-dua");
  const certificates = countRow("bang-khen");

  const validations: ValidationPlan[] = [];
  const wholeRule = { kind: "whole" as const, min: 0, max: 500 };
  const alert = { errorTitle: M.resultInvalid[lang](), errorMessage: M.intro[lang]() };
  validations.push({ range: cellAddress(R.present, VALUE_COLUMN), rule: wholeRule, ...alert });
  if (rows.length > 0) {
    validations.push({
      range: rangeAddress({ row: first, column: C.yes, rows: rows.length, columns: 2 }),
      rule: wholeRule,
      ...alert,
    });
  }
  return {
    sheet: {
      key: "province:council",
      name: context.sheet,
      create: true,
      blocks,
      merges,
      rowHeights,
      columnWidths: { 0: 6, 1: 13, 2: 10, 3: 28, 4: 20, 5: 10, 6: 9, 7: 9, 8: 10, 9: 10, 10: 10, 11: 16, 12: 36 },
      validations,
      freeze: { rows: COUNCIL_HEADER_ROW, columns: 0 },
      protect: true,
      print: {
        orientation: "landscape",
        titleRows: `${COUNCIL_HEADER_ROW}:${COUNCIL_HEADER_ROW}`,
        fitToWidth: true,
        area: `A1:${cellAddress(row - 1, LAST)}`,
        margins: { top: 2, bottom: 2, left: 3, right: 1.5 },
        centerHorizontally: true,
      },
    },
    layout: {
      sheet: context.sheet,
      table,
      sitting: { row: R.members, column: VALUE_COLUMN, rows: 2, columns: 1 },
      totals: { flags, certificates },
    },
  };
}

/** Ballots typed earlier for a proposal the new list no longer holds: they cannot be kept, and the run says which. */
export function droppedCouncilBallots(
  proposals: readonly ProvinceProposal[],
  earlier: EarlierCouncil | null,
): EarlierBallots[] {
  const listed = new Set(proposals.map((p) => councilKey(p.award, p.code)));
  return [...(earlier?.ballots ?? new Map<string, EarlierBallots>())]
    .filter(([key, b]) => !listed.has(key) && (b.yes !== null || b.no !== null))
    .map(([, b]) => b);
}

/** A settings value cell as the council sheet's formulas address it. */
export function settingReference(sheet: string, row: number): string {
  return sheetReference(sheet, absoluteCell(row, 1));
}
