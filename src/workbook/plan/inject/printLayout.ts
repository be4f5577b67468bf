// Where the printable results sheet (Kết quả) puts things: the official header block, the title, the ranking table
// with one section per cluster (units sorted by rank by hidden helper columns), the settings lines and the signatures.

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

export interface PrintLayout {
  sheet: string;
  headerRow: number;
  sections: PrintSection[];
  /** TD_Print: header row to the last unit row, printed columns. */
  table: RangeBox;
  /** First of the settings lines. */
  settingsRow: number;
  settingsLines: number;
  /** "……, ngày … tháng … năm …" */
  dateRow: number;
  /** Signature titles; the hint "(Ký, ghi rõ họ tên)" is on the row below, then room to sign. */
  signatureRow: number;
  /** Last printed row. */
  lastRow: number;
}

/** Rows left for handwritten signatures below the hint. */
export const SIGNATURE_SPACE = 4;

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
  const settingsRow = lastTableRow + 2;
  const dateRow = settingsRow + settingsLines + 1;
  const signatureRow = dateRow + 1;
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
    settingsRow,
    settingsLines,
    dateRow,
    signatureRow,
    lastRow: signatureRow + 1 + SIGNATURE_SPACE,
  };
}
