// A plan data validation as Office.js's rule, error alert and prompt objects: a stop alert (the only style that blocks
// a typed entry), blanks allowed, lists as an in-cell dropdown over a comma-separated source string (a Range source
// fails with InvalidArgument, office-js#277).

import type { ValidationPlan } from "../../workbook/plan/planTypes";

// Excel refuses longer alert and prompt texts, as in .xlsx files; cut the same way as the .xlsx host.
const TITLE_LIMIT = 32;
const TEXT_LIMIT = 255;

function fit(text: string, limit: number): string {
  const chars = Array.from(text);
  return chars.length <= limit ? text : chars.slice(0, limit - 1).join("") + "…";
}

/** "1E-9" rather than JavaScript's "1e-9", as a formula literal. */
function numberLiteral(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`Validation bound is not a finite number: ${n}`);
  return String(n).toUpperCase();
}

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
    const bounds = { formula1: numberLiteral(r.min), formula2: numberLiteral(r.max), operator: "Between" as const };
    rule = r.kind === "decimal" ? { decimal: bounds } : { wholeNumber: bounds };
  }
  const errorAlert: Excel.DataValidationErrorAlert = {
    showAlert: true,
    style: "Stop",
    title: fit(plan.errorTitle, TITLE_LIMIT),
    message: fit(plan.errorMessage, TEXT_LIMIT),
  };
  const prompt: Excel.DataValidationPrompt | null =
    plan.promptTitle || plan.promptMessage
      ? {
          showPrompt: true,
          title: fit(plan.promptTitle ?? "", TITLE_LIMIT),
          message: fit(plan.promptMessage ?? "", TEXT_LIMIT),
        }
      : null;
  return { rule, errorAlert, prompt };
}
