// The year summary workbook as a plan: one sheet (Tổng hợp năm) with title and periods, one row per unit with its
// final of each period (blank when missing), the year mean (live AVERAGE over the periods present), the year grade
// (live, on the template's thresholds as the core's roll-up grades), the count of periods present and the missing
// ones; below, the files read and the findings. Text from workbooks (names, clusters, file names) is written as text.

import { periodName, type RollupKind } from "../../core/messages/periodMessages";
import type { Grade } from "../../core/model/gradeTypes";
import { roundTo } from "../../core/model/roundTo";
import type { Lang, Settings } from "../../core/settings/settingsTypes";
import type { WorkbookOutline } from "../host/hostTypes";
import { absoluteRange, cellAddress, columnLetter, rangeAddress, type RangeBox } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import { SheetNameAllocator } from "../layout/sheetNames";
import { formulaNumber, formulaText } from "../formulas/formulaLiteral";
import { rollupMessages as M } from "../messages/rollupMessages";
import { blankCell, formulaCell, valueCell } from "../plan/cellSpec";
import type { CellBlock, CellSpec, CellStyle, SheetPlan, WorkbookPlan } from "../plan/planTypes";
import { ERROR_FILL, S, WORKBOOK_STYLES } from "../plan/workbookStyles";
import type { RollupFinding } from "./readPeriodWorkbook";

export interface SummaryUnit {
  code: string;
  name: string;
  cluster: string;
  /** One per period of the year (calendar order), null when the unit has no result for it. */
  finals: (number | null)[];
  /** Canonical labels of the periods missing. */
  missing: string[];
}

export interface SummarySource {
  fileName: string;
  /** Canonical period, or the workbook's own label when it could not be read as one. */
  period: string;
  units: number;
  used: boolean;
}

export interface YearSummaryInput {
  year: number;
  kind: RollupKind;
  units: SummaryUnit[];
  settings: Settings;
  contentMax: number;
  /** "Khối các sở, ban, ngành (khoi-so-nganh 1.0.0)" */
  templateLabel: string;
  sources: SummarySource[];
  findings: RollupFinding[];
  lang: Lang;
}

export interface YearSummaryLayout {
  sheet: string;
  headerRow: number;
  /** Unit rows × every column (TD_YearSummary). */
  table: RangeBox;
  columns: {
    code: 0;
    name: 1;
    cluster: 2;
    firstPeriod: 3;
    mean: number;
    grade: number;
    count: number;
    missing: number;
  };
}

/** Notes run on one line past the table's edge: spreadsheets do not grow a row for wrapped text. */
const NOTE_STYLE = "rollup.note";
const NOTE: CellStyle = { font: { name: "Times New Roman", size: 12 } };
/** Three lines of wrapped 12-point header text ("Số kỳ có kết quả"). */
const HEADER_HEIGHT = 48;

const TITLE_ROW = 1;
const HEADER_ROW = 5;
const GRADES: Exclude<Grade, "KHTNV">[] = ["HTXSNV", "HTTNV", "HTNV"];

export function periodCount(kind: RollupKind): number {
  return kind === "month" ? 12 : 4;
}

/** The year grade: the thresholds (share of content max) applied to the mean, both rounded as the core compares. */
export function yearGradeFormula(mean: string, settings: Settings, contentMax: number): string {
  const d = settings.rankDecimals;
  const rounded = `ROUND(${mean},${d})`;
  let formula = formulaText("KHTNV");
  for (let i = GRADES.length - 1; i >= 0; i--) {
    const threshold = roundTo(settings.grades.thresholds[GRADES[i]] * contentMax, d);
    formula = `IF(${rounded}>=${formulaNumber(threshold)},${formulaText(GRADES[i])},${formula})`;
  }
  return formula;
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

export function planYearSummary(
  input: YearSummaryInput,
  existing: WorkbookOutline,
): { plan: WorkbookPlan; layout: YearSummaryLayout } {
  const { lang, kind } = input;
  const count = periodCount(kind);
  const sheet = new SheetNameAllocator(existing.sheets.map((s) => s.name)).allocate(M.sheetName[lang]());
  const columns = {
    code: 0 as const,
    name: 1 as const,
    cluster: 2 as const,
    firstPeriod: 3 as const,
    mean: 3 + count,
    grade: 4 + count,
    count: 5 + count,
    missing: 6 + count,
  };
  const width = columns.missing + 1;
  const first = HEADER_ROW + 1;
  const rows = input.units.length;
  const table: RangeBox = { row: first, column: 0, rows: Math.max(rows, 1), columns: width };
  const blocks: CellBlock[] = [];
  const put = (row: number, column: number, cells: CellSpec[][]) =>
    blocks.push({ at: cellAddress(row, column), cells });

  const used = input.sources.filter((s) => s.used).map((s) => s.period);
  put(TITLE_ROW, 0, [[valueCell(M.title[lang]({ year: input.year }), S.title)]]);
  put(TITLE_ROW + 1, 0, [[valueCell(M.subtitle[lang]({ template: input.templateLabel, kind, count }), S.subtitle)]]);
  put(TITLE_ROW + 2, 0, [
    [valueCell(M.periodsLine[lang]({ list: used.length ? used.join(", ") : M.none[lang]() }), S.subtitle)],
  ]);

  const headers: CellSpec[] = new Array(width).fill(null).map(() => blankCell(S.header));
  headers[columns.code] = valueCell(M.headerCode[lang](), S.header);
  headers[columns.name] = valueCell(M.headerName[lang](), S.header);
  headers[columns.cluster] = valueCell(M.headerCluster[lang](), S.header);
  for (let i = 0; i < count; i++) {
    headers[columns.firstPeriod + i] = valueCell(capitalised(periodName(kind, i + 1, lang)), S.header);
  }
  headers[columns.mean] = valueCell(M.headerMean[lang](), S.header);
  headers[columns.grade] = valueCell(M.headerGrade[lang](), S.header);
  headers[columns.count] = valueCell(M.headerCount[lang](), S.header);
  headers[columns.missing] = valueCell(M.headerMissing[lang](), S.header);
  put(HEADER_ROW, 0, [headers]);

  const unitRows = input.units.map((unit, i) => {
    const row = first + i;
    const periods = rangeAddress({ row, column: columns.firstPeriod, rows: 1, columns: count });
    const mean = cellAddress(row, columns.mean);
    const cells: CellSpec[] = new Array(width).fill(null).map(() => blankCell(S.text));
    cells[columns.code] = valueCell(unit.code, S.text);
    cells[columns.name] = valueCell(unit.name, S.textWrap);
    cells[columns.cluster] = valueCell(unit.cluster, S.text);
    unit.finals.forEach((final, p) => (cells[columns.firstPeriod + p] = valueCell(final, S.points)));
    cells[columns.mean] = formulaCell(`IF(COUNT(${periods})=0,"",AVERAGE(${periods}))`, S.totalPoints);
    cells[columns.grade] = formulaCell(
      `IF(COUNT(${periods})=0,"",${yearGradeFormula(mean, input.settings, input.contentMax)})`,
      S.number,
    );
    cells[columns.count] = formulaCell(`COUNT(${periods})`, S.count);
    const missing = unit.missing.map((label) => {
      const index = Number(/(\d+)$/.exec(label)?.[1] ?? 0);
      return periodName(kind, index, lang);
    });
    cells[columns.missing] = valueCell(
      missing.length ? M.missing[lang]({ list: missing.join(", ") }) : null,
      S.textWrap,
    );
    return cells;
  });
  if (unitRows.length > 0) put(first, 0, unitRows);

  // The files read, then the findings, below the table.
  let row = first + rows + 1;
  put(row++, 0, [[valueCell(M.sourcesTitle[lang](), S.section)]]);
  put(row++, 0, [
    [
      valueCell(M.headerPeriod[lang](), S.header),
      valueCell(M.headerFile[lang](), S.header),
      valueCell(M.headerUnits[lang](), S.header),
      valueCell(M.headerUsed[lang](), S.header),
    ],
  ]);
  for (const source of input.sources) {
    put(row++, 0, [
      [
        valueCell(source.period, S.text),
        valueCell(source.fileName, S.textWrap),
        valueCell(source.units, S.count),
        valueCell(source.used ? M.used[lang]() : M.notUsed[lang](), S.number),
      ],
    ]);
  }
  row++;
  put(row++, 0, [[valueCell(M.notesTitle[lang](), S.section)]]);
  if (input.findings.length === 0) put(row++, 0, [[valueCell(M.noNotes[lang](), NOTE_STYLE)]]);
  for (const finding of input.findings) {
    put(row++, 0, [[valueCell(M[finding.severity][lang](), S.text), valueCell(finding.message[lang], NOTE_STYLE)]]);
  }
  const lastRow = row - 1;

  const widths: Record<number, number> = { [columns.code]: 12, [columns.name]: 32, [columns.cluster]: 16 };
  for (let i = 0; i < count; i++) widths[columns.firstPeriod + i] = kind === "month" ? 9 : 11;
  widths[columns.mean] = 13;
  widths[columns.grade] = 11;
  widths[columns.count] = 10;
  widths[columns.missing] = 24;
  const lastColumn = columnLetter(width - 1);
  const summary: SheetPlan = {
    key: "yearSummary",
    name: sheet,
    create: true,
    blocks,
    columnWidths: widths,
    rowHeights: { [HEADER_ROW]: HEADER_HEIGHT },
    conditionalFormats:
      rows > 0
        ? [
            {
              range: rangeAddress({ row: first, column: columns.firstPeriod, rows, columns: count }),
              formula: `ISBLANK(${cellAddress(first, columns.firstPeriod)})`,
              fill: ERROR_FILL,
            },
          ]
        : [],
    freeze: { rows: HEADER_ROW, columns: 2 },
    protect: true,
    print: {
      orientation: kind === "month" ? "landscape" : "portrait",
      titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
      fitToWidth: true,
      area: `A1:${lastColumn}${lastRow}`,
      margins: { top: 2, bottom: 2, left: 2, right: 1.5 },
    },
  };
  const plan: WorkbookPlan = {
    styles: { ...WORKBOOK_STYLES, [NOTE_STYLE]: NOTE },
    sheets: [summary],
    names: [{ name: DEFINED_NAMES.yearSummary, sheet, range: absoluteRange(table) }],
  };
  return { plan, layout: { sheet, headerRow: HEADER_ROW, table, columns } };
}
