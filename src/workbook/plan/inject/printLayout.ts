// Where the printable results sheet (Kết quả) puts things: the official header block, the title and period, the
// ranking table with one section per cluster (units sorted by rank by hidden helper columns), the abbreviations spelled
// out, the settings lines, the place and date, and one signature block per cluster.

import type { Unit } from "../../../core/model/unitTypes";
import type { RangeBox } from "../../layout/cellAddress";
import { clusterIndexes } from "./resultSheet";

/** Columns, 0-based: seven printed, then three hidden helpers that sort each section by rank. */
export const PRINT_COLUMNS = {
  index: 0,
  name: 1,
  final: 2,
  rank: 3,
  grade: 4,
  award: 5,
  /** Ghi chú: the tie-break, a grade's reason, an award withheld (the notes a ranking writes on Xếp hạng). */
  tieBreak: 6,
  /** rank × (section size + 1) + position in units order: distinct sort keys even for shared ranks. */
  sortKey: 7,
  /** The unit's 1-based row in the Xếp hạng table (a constant). */
  tableRow: 8,
  /** For the row's place k in the section: the Xếp hạng table row of the unit ranked k-th. */
  position: 9,
} as const;
export const PRINT_VISIBLE_COLUMNS = 7;
export const PRINT_COLUMN_COUNT = 10;

/**
 * Printed column widths in characters: about 133 in all, the width of A4 landscape between Decree 30's margins at
 * 100 % (the award's full name on two lines; a tie-break and a reason within three lines of notes).
 */
export const PRINT_COLUMN_WIDTHS: Readonly<Record<number, number>> = {
  [PRINT_COLUMNS.index]: 5,
  [PRINT_COLUMNS.name]: 28,
  [PRINT_COLUMNS.final]: 10,
  [PRINT_COLUMNS.rank]: 8,
  [PRINT_COLUMNS.grade]: 10,
  [PRINT_COLUMNS.award]: 24,
  [PRINT_COLUMNS.tieBreak]: 48,
  [PRINT_COLUMNS.sortKey]: 10,
  [PRINT_COLUMNS.tableRow]: 10,
  [PRINT_COLUMNS.position]: 10,
};

/** Header block, title and table header rows. */
export const PRINT_ROWS = { organ: 1, motto: 2, rule: 3, title: 5, period: 6, header: 8 } as const;

export interface PrintSection {
  cluster: string;
  /** Row of the cluster's label, null when the workbook has one cluster (no label row). */
  labelRow: number | null;
  firstRow: number;
  /** Indexes into the units (units order) of this cluster's members. */
  members: number[];
}

/** One cluster's signatures: its name above them when the sheet holds several clusters, then the signers. */
export interface SignatureBlock {
  cluster: string;
  /** The cluster's name, null when the workbook has one cluster. */
  titleRow: number | null;
  /** Signers' titles; the hint "(Ký, ghi rõ họ tên)" is on the row below, then room to sign. */
  roleRow: number;
}

export interface PrintLayout {
  sheet: string;
  headerRow: number;
  sections: PrintSection[];
  /** TD_Print: header row to the last unit row, printed columns. */
  table: RangeBox;
  /** The grade abbreviations spelled out, under the table. */
  legendRow: number;
  /** First of the settings lines. */
  settingsRow: number;
  settingsLines: number;
  /** "……, ngày … tháng … năm …" */
  dateRow: number;
  signatures: SignatureBlock[];
  /** Last printed row. */
  lastRow: number;
}

/** Rows left for handwritten signatures below the hint. */
export const SIGNATURE_SPACE = 4;

/** Settings lines the sheet prints at most (workbookPrintLayout: four in cross mode, three otherwise). */
const MOST_SETTINGS_LINES = 4;

/**
 * The most rows Kết quả prints below a TD_Print of `tableRows` rows (legend, settings, date, one signature block per
 * cluster). With `units` known the table's label rows count the clusters (none: one cluster); without, several
 * clusters each take a label row and at least one unit row.
 */
export function printTailRows(tableRows: number, units?: number): number {
  const labels = units === undefined ? Math.floor((tableRows - 1) / 2) : tableRows - 1 - units;
  const clusters = Math.max(1, labels);
  return 2 + MOST_SETTINGS_LINES + 1 + clusters * (3 + SIGNATURE_SPACE);
}

export function printLayout(sheet: string, units: readonly Unit[], settingsLines: number): PrintLayout {
  const indexes = clusterIndexes(units.map((u) => u.cluster));
  const count = Math.max(0, ...indexes);
  const labelled = count > 1;
  const sections: PrintSection[] = [];
  let row = PRINT_ROWS.header + 1;
  for (let c = 1; c <= count; c++) {
    const members = indexes.flatMap((index, i) => (index === c ? [i] : []));
    const labelRow = labelled ? row++ : null;
    sections.push({ cluster: units[members[0]].cluster, labelRow, firstRow: row, members });
    row += members.length;
  }
  const lastTableRow = row - 1;
  const legendRow = lastTableRow + 2;
  const settingsRow = legendRow + 1;
  const dateRow = settingsRow + settingsLines + 1;
  const signatures: SignatureBlock[] = [];
  let next = dateRow + 1;
  for (const section of sections.length > 0 ? sections : [null]) {
    const titleRow = labelled ? next++ : null;
    signatures.push({ cluster: section?.cluster ?? "", titleRow, roleRow: next });
    next += 2 + SIGNATURE_SPACE;
  }
  return {
    sheet,
    headerRow: PRINT_ROWS.header,
    sections,
    table: {
      row: PRINT_ROWS.header,
      column: 0,
      rows: lastTableRow - PRINT_ROWS.header + 1,
      columns: PRINT_VISIBLE_COLUMNS,
    },
    legendRow,
    settingsRow,
    settingsLines,
    dateRow,
    signatures,
    lastRow: next - 1,
  };
}
