// A plan data validation as Office.js's rule, error alert and prompt objects: a stop alert (the only style that blocks
// a typed entry), blanks allowed, lists as an in-cell dropdown over a comma-separated source string (a Range source
// fails with InvalidArgument, office-js#277). The plan's texts are already within Excel's limits (validationPlan), and
// its bounds go as numbers: a number in a string would be read in the user's locale ("0.5" is not a number in vi-VN).

import type { ValidationPlan } from "../../workbook/plan/planTypes";

export interface OfficeValidation {
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert;
  prompt: Excel.DataValidationPrompt | null;
}

export function officeValidation(plan: ValidationPlan): OfficeValidation {
  const r = plan.rule;
  let rule: Excel.DataValidationRule;
  if (r.kind === "list") {
    rule = { list: { inCellDropDown: true, source: r.items.join(",") } };
  } else {
    const bounds = { formula1: r.min, formula2: r.max, operator: "Between" as const };
    rule = r.kind === "decimal" ? { decimal: bounds } : { wholeNumber: bounds };
  }
  const errorAlert: Excel.DataValidationErrorAlert = {
    showAlert: true,
    style: "Stop",
    title: plan.errorTitle,
    message: plan.errorMessage,
  };
  const prompt: Excel.DataValidationPrompt | null =
    plan.promptTitle || plan.promptMessage
      ? { showPrompt: true, title: plan.promptTitle ?? "", message: plan.promptMessage ?? "" }
      : null;
  return { rule, errorAlert, prompt };
}
