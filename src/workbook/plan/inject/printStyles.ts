// Styles of the printable results sheet: Times New Roman 13 as Vietnamese official documents are set, no fills,
// thin borders on the table only. Merged into WORKBOOK_STYLES, so every plan that writes the sheet has them.

import type { CellStyle } from "../planTypes";

const FONT = "Times New Roman";
const SIZE = 13;
const body = { name: FONT, size: SIZE };
const bold = { name: FONT, size: SIZE, bold: true };
const italic = { name: FONT, size: SIZE, italic: true };

/** Style ids of the print sheet (prefixed so that they never meet the working sheets' ids). */
export const P = {
  organ: "print.organ",
  nation: "print.nation",
  rule: "print.rule",
  title: "print.title",
  period: "print.period",
  header: "print.header",
  section: "print.section",
  index: "print.index",
  text: "print.text",
  points: "print.points",
  center: "print.center",
  note: "print.note",
  settings: "print.settings",
  date: "print.date",
  signRole: "print.signRole",
  signHint: "print.signHint",
  signCluster: "print.signCluster",
  helper: "print.helper",
} as const;

export const PRINT_STYLES: Record<string, CellStyle> = {
  [P.organ]: { font: bold, horizontal: "center", vertical: "middle", wrap: true },
  [P.nation]: { font: bold, horizontal: "center", vertical: "middle" },
  [P.rule]: { font: body, horizontal: "center", vertical: "top" },
  [P.title]: { font: { name: FONT, size: 14, bold: true }, horizontal: "center", vertical: "middle", wrap: true },
  [P.period]: { font: bold, horizontal: "center", vertical: "middle" },
  [P.header]: { font: bold, horizontal: "center", vertical: "middle", wrap: true, border: true },
  [P.section]: { font: bold, vertical: "middle", border: true },
  [P.index]: { font: body, horizontal: "center", vertical: "middle", numberFormat: "0", border: true },
  [P.text]: { font: body, vertical: "middle", wrap: true, border: true },
  [P.points]: { font: body, vertical: "middle", numberFormat: "#,##0.00", border: true },
  [P.center]: { font: body, horizontal: "center", vertical: "middle", numberFormat: "0", border: true },
  [P.note]: { font: { name: FONT, size: 11 }, vertical: "middle", wrap: true, border: true },
  [P.settings]: { font: { name: FONT, size: 12, italic: true }, vertical: "top", wrap: true },
  [P.date]: { font: italic, horizontal: "center" },
  [P.signRole]: { font: bold, horizontal: "center" },
  [P.signHint]: { font: italic, horizontal: "center" },
  [P.signCluster]: { font: bold, horizontal: "center", vertical: "bottom" },
  [P.helper]: { font: { name: FONT, size: 10, color: "#808080" }, numberFormat: "0" },
};
