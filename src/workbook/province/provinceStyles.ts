// Styles of the province workbook: Times New Roman as Vietnamese official documents are set, thin borders on the
// tables only, no fills; numbers with two decimals, shares as percentages.

import type { CellStyle } from "../plan/planTypes";

const FONT = "Times New Roman";
const body = { name: FONT, size: 12 };
const bold = { name: FONT, size: 12, bold: true };
const head = { name: FONT, size: 13, bold: true };

/** Style ids (prefixed so that they never meet the cluster workbook's ids). */
export const PS = {
  organ: "province.organ",
  nation: "province.nation",
  motto: "province.motto",
  rule: "province.rule",
  title: "province.title",
  period: "province.period",
  subtitle: "province.subtitle",
  header: "province.header",
  section: "province.section",
  index: "province.index",
  text: "province.text",
  center: "province.center",
  points: "province.points",
  count: "province.count",
  share: "province.share",
  note: "province.note",
  totalLabel: "province.totalLabel",
  totalCount: "province.totalCount",
  totalShare: "province.totalShare",
  heading: "province.heading",
  plain: "province.plain",
  italic: "province.italic",
  date: "province.date",
  signRole: "province.signRole",
  signHint: "province.signHint",
  input: "province.input",
  inputCount: "province.inputCount",
  sheetTitle: "province.sheetTitle",
} as const;

export const PROVINCE_STYLES: Record<string, CellStyle> = {
  [PS.organ]: { font: head, horizontal: "center", vertical: "middle", wrap: true },
  [PS.nation]: { font: head, horizontal: "center", vertical: "middle" },
  [PS.motto]: { font: { name: FONT, size: 13, bold: true }, horizontal: "center", vertical: "middle" },
  [PS.rule]: { font: body, horizontal: "center", vertical: "top" },
  [PS.title]: { font: { name: FONT, size: 14, bold: true }, horizontal: "center", vertical: "middle", wrap: true },
  [PS.period]: { font: head, horizontal: "center", vertical: "middle" },
  [PS.subtitle]: { font: { name: FONT, size: 12, italic: true }, horizontal: "center", vertical: "middle" },
  [PS.header]: { font: bold, horizontal: "center", vertical: "middle", wrap: true, border: true },
  [PS.section]: { font: bold, vertical: "middle", wrap: true, border: true },
  [PS.index]: { font: body, horizontal: "center", vertical: "middle", numberFormat: "0", border: true },
  [PS.text]: { font: body, vertical: "middle", wrap: true, border: true },
  [PS.center]: { font: body, horizontal: "center", vertical: "middle", wrap: true, border: true },
  [PS.points]: { font: body, vertical: "middle", numberFormat: "#,##0.00", border: true },
  [PS.count]: { font: body, horizontal: "center", vertical: "middle", numberFormat: "0", border: true },
  [PS.share]: { font: body, horizontal: "center", vertical: "middle", numberFormat: "0.00%", border: true },
  [PS.note]: { font: { name: FONT, size: 11 }, vertical: "middle", wrap: true, border: true },
  [PS.totalLabel]: { font: bold, vertical: "middle", wrap: true, border: true },
  [PS.totalCount]: { font: bold, horizontal: "center", vertical: "middle", numberFormat: "0", border: true },
  [PS.totalShare]: { font: bold, horizontal: "center", vertical: "middle", numberFormat: "0.00%", border: true },
  [PS.heading]: { font: bold, vertical: "middle" },
  [PS.plain]: { font: body, vertical: "middle" },
  [PS.italic]: { font: { name: FONT, size: 12, italic: true }, vertical: "middle", wrap: true },
  [PS.date]: { font: { name: FONT, size: 13, italic: true }, horizontal: "center" },
  [PS.signRole]: { font: head, horizontal: "center" },
  [PS.signHint]: { font: { name: FONT, size: 13, italic: true }, horizontal: "center" },
  [PS.input]: { font: body, fill: "#FFF2CC", vertical: "middle", border: true },
  [PS.inputCount]: {
    font: body,
    fill: "#FFF2CC",
    horizontal: "center",
    vertical: "middle",
    numberFormat: "0",
    border: true,
  },
  [PS.sheetTitle]: { font: { name: FONT, size: 14, bold: true }, vertical: "middle" },
};
