// Plan data validations as ExcelJS writes them: a stop-style error alert, an optional prompt, blanks allowed, and
// for lists an in-cell dropdown (OOXML's showDropDown flag, which would hide it, is never set).

import type ExcelJS from "exceljs";
import type { ValidationPlan } from "../../workbook/plan/planTypes";

// Excel refuses longer alert and prompt texts (Office.js throws, a file gets "repaired" on open).
const TITLE_LIMIT = 32;
const TEXT_LIMIT = 255;

function fit(text: string, limit: number): string {
  const chars = Array.from(text);
  return chars.length <= limit ? text : chars.slice(0, limit - 1).join("") + "…";
}

/** A number as a formula literal: "1E-9" rather than JavaScript's "1e-9". */
export function numberLiteral(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`Validation bound is not a finite number: ${n}`);
  return String(n).toUpperCase();
}

export function excelValidation(plan: ValidationPlan): ExcelJS.DataValidation {
  const rule = plan.rule;
  const base: ExcelJS.DataValidation =
    rule.kind === "list"
      ? { type: "list", allowBlank: true, formulae: [`"${rule.items.join(",")}"`] }
      : {
          type: rule.kind,
          operator: "between",
          allowBlank: true,
          formulae: [numberLiteral(rule.min), numberLiteral(rule.max)],
        };
  base.showErrorMessage = true;
  base.errorStyle = "stop";
  base.errorTitle = fit(plan.errorTitle, TITLE_LIMIT);
  base.error = fit(plan.errorMessage, TEXT_LIMIT);
  if (plan.promptTitle || plan.promptMessage) {
    base.showInputMessage = true;
    if (plan.promptTitle) base.promptTitle = fit(plan.promptTitle, TITLE_LIMIT);
    if (plan.promptMessage) base.prompt = fit(plan.promptMessage, TEXT_LIMIT);
  }
  return base;
}
