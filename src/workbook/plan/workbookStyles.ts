// The workbook's styles: Times New Roman as in official documents, inputs on a light yellow fill, group rows shaded;
// table cells centred vertically, so that numbers sit beside the middle of a criterion's wrapped title.

import type { CellStyle } from "./planTypes";
import { PRINT_STYLES } from "./inject/printStyles";

const FONT = "Times New Roman";
const body = { name: FONT, size: 12 };
const bold = { name: FONT, size: 12, bold: true };
export const POINTS_FORMAT = "#,##0.00";
export const RATIO_FORMAT = "0.0000";
export const INPUT_FILL = "#FFF9E6";
export const GROUP_FILL = "#DDEBF7";
export const HEADER_FILL = "#D9D9D9";
export const TOTAL_FILL = "#F2F2F2";
export const NOT_APPLICABLE_FILL = "#E7E6E6";
export const ERROR_FILL = "#FFC7CE";
export const ERROR_FONT = "#9C0006";

/** Style ids used by CellSpec.s. */
export const S = {
  title: "title",
  subtitle: "subtitle",
  header: "header",
  text: "text",
  textWrap: "textWrap",
  groupText: "groupText",
  number: "number",
  points: "points",
  groupPoints: "groupPoints",
  totalLabel: "totalLabel",
  totalPoints: "totalPoints",
  ratio: "ratio",
  count: "count",
  helperLabel: "helperLabel",
  helper: "helper",
  input: "input",
  inputText: "inputText",
  inputCount: "inputCount",
  notApplicable: "notApplicable",
  section: "section",
  plain: "plain",
  legendError: "legendError",
  settingNumber: "settingNumber",
  settingPercent: "settingPercent",
  settingPercentDecimals: "settingPercentDecimals",
  machineKey: "machineKey",
} as const;

export const WORKBOOK_STYLES: Record<string, CellStyle> = {
  [S.title]: { font: { name: FONT, size: 14, bold: true }, vertical: "middle" },
  [S.subtitle]: { font: { name: FONT, size: 12, italic: true }, wrap: false },
  [S.header]: { font: bold, fill: HEADER_FILL, horizontal: "center", vertical: "middle", wrap: true, border: true },
  [S.text]: { font: body, border: true, vertical: "middle" },
  [S.textWrap]: { font: body, wrap: true, border: true, vertical: "middle" },
  [S.groupText]: { font: bold, fill: GROUP_FILL, wrap: true, border: true, vertical: "middle" },
  [S.number]: { font: body, border: true, horizontal: "center", vertical: "middle" },
  [S.points]: { font: body, numberFormat: POINTS_FORMAT, border: true, vertical: "middle" },
  [S.groupPoints]: { font: bold, fill: GROUP_FILL, numberFormat: POINTS_FORMAT, border: true, vertical: "middle" },
  [S.totalLabel]: { font: bold, fill: TOTAL_FILL, border: true, vertical: "middle" },
  [S.totalPoints]: { font: bold, fill: TOTAL_FILL, numberFormat: POINTS_FORMAT, border: true, vertical: "middle" },
  [S.ratio]: { font: body, numberFormat: RATIO_FORMAT, border: true, vertical: "middle" },
  [S.count]: { font: body, numberFormat: "0", border: true, horizontal: "center", vertical: "middle" },
  [S.helperLabel]: { font: { name: FONT, size: 12, italic: true, color: "#595959" }, border: true, vertical: "middle" },
  [S.helper]: {
    font: { name: FONT, size: 12, italic: true, color: "#595959" },
    numberFormat: "0.00##",
    border: true,
    vertical: "middle",
  },
  [S.input]: { font: body, fill: INPUT_FILL, numberFormat: POINTS_FORMAT, border: true, vertical: "middle" },
  // Text format "@": whatever a person types there (even "=1+1") stays text.
  [S.inputText]: { font: body, fill: INPUT_FILL, numberFormat: "@", wrap: true, border: true, vertical: "middle" },
  [S.inputCount]: { font: body, fill: INPUT_FILL, numberFormat: "0", border: true, vertical: "middle" },
  [S.notApplicable]: { font: body, fill: NOT_APPLICABLE_FILL, border: true, vertical: "middle" },
  [S.section]: { font: bold, fill: GROUP_FILL },
  [S.plain]: { font: body, wrap: true, vertical: "top" },
  [S.legendError]: {
    font: { name: FONT, size: 12, color: ERROR_FONT },
    fill: ERROR_FILL,
    border: true,
    vertical: "middle",
  },
  // The settings sheet: values left-aligned like the words beside them, shares as percentages; the machine key small
  // and grey, for the add-in and the command line rather than for readers.
  [S.settingNumber]: { font: body, horizontal: "left", border: true, vertical: "middle" },
  [S.settingPercent]: { font: body, horizontal: "left", numberFormat: "0%", border: true, vertical: "middle" },
  [S.settingPercentDecimals]: {
    font: body,
    horizontal: "left",
    numberFormat: "0.00%",
    border: true,
    vertical: "middle",
  },
  [S.machineKey]: { font: { name: FONT, size: 10, color: "#808080" }, border: true, vertical: "middle" },
  // The printable results sheet (Kết quả) has its own, official-document styles.
  ...PRINT_STYLES,
};
