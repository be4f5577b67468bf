// Plan conditional formats as ExcelJS expression rules. Differential fills use bgColor (what Excel writes for a
// solid fill in a dxf); priorities follow plan order so the file is the same on every run.

import type ExcelJS from "exceljs";
import type { ConditionalFormatPlan } from "../../workbook/plan/planTypes";
import { argb } from "./excelCellStyle";
import { sqref } from "../../workbook/layout/rangeAreas";

export function excelConditionalFormat(
  plan: ConditionalFormatPlan,
  priority: number,
): ExcelJS.ConditionalFormattingOptions {
  const style: Partial<ExcelJS.Style> = {};
  if (plan.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(plan.fill) } };
  if (plan.fontColor || plan.bold) {
    const font: Partial<ExcelJS.Font> = {};
    if (plan.fontColor) font.color = { argb: argb(plan.fontColor) };
    if (plan.bold) font.bold = true;
    style.font = font;
  }
  return {
    ref: sqref(plan.range),
    rules: [{ type: "expression", priority, formulae: [plan.formula.replace(/^=/, "")], style }],
  };
}
