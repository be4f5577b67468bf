// Plan data validations as ExcelJS writes them: a stop-style error alert, an optional prompt, blanks allowed, and
// for lists an in-cell dropdown (OOXML's showDropDown flag, which would hide it, is never set). The plan's texts are
// already within Excel's limits (validationPlan); bounds are formula literals, which a file stores locale-free.

import type ExcelJS from "exceljs";
import { formulaNumber } from "../../workbook/formulas/formulaLiteral";
import type { ValidationPlan } from "../../workbook/plan/planTypes";

export function excelValidation(plan: ValidationPlan): ExcelJS.DataValidation {
  const rule = plan.rule;
  const base: ExcelJS.DataValidation =
    rule.kind === "list"
      ? { type: "list", allowBlank: true, formulae: [`"${rule.items.join(",")}"`] }
      : {
          type: rule.kind,
          operator: "between",
          allowBlank: true,
          formulae: [formulaNumber(rule.min), formulaNumber(rule.max)],
        };
  base.showErrorMessage = true;
  base.errorStyle = "stop";
  base.errorTitle = plan.errorTitle;
  base.error = plan.errorMessage;
  if (plan.promptTitle || plan.promptMessage) {
    base.showInputMessage = true;
    if (plan.promptTitle) base.promptTitle = plan.promptTitle;
    if (plan.promptMessage) base.prompt = plan.promptMessage;
  }
  return base;
}
