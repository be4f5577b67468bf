// A data validation for the plan with its texts already within Excel's limits, so both hosts write what the plan
// says: Office.js throws on a longer text and a file with one gets "repaired" when Excel opens it.

import type { ValidationPlan, ValidationRule } from "./planTypes";

/** Excel's longest error-alert title and message, prompt title and prompt, in characters. */
export const VALIDATION_TEXT_LIMITS = {
  errorTitle: 32,
  errorMessage: 225,
  promptTitle: 32,
  promptMessage: 255,
} as const;

/** The text cut to `limit` characters (code points, so no surrogate pair is split), an ellipsis marking the cut. */
export function fitText(text: string, limit: number): string {
  // A string has at least as many UTF-16 units as characters: most texts fit without being split into characters
  // (a cross-scored workbook's validations fit thousands of them).
  if (text.length <= limit) return text;
  const chars = Array.from(text);
  return chars.length <= limit ? text : chars.slice(0, limit - 1).join("") + "…";
}

export interface ValidationTexts {
  errorTitle: string;
  errorMessage: string;
  promptTitle?: string;
  promptMessage?: string;
}

/** The validation of `range`; its bounds stay numbers, never text a host might read in the user's locale. */
export function validationPlan(range: string, rule: ValidationRule, texts: ValidationTexts): ValidationPlan {
  const fitted: ValidationPlan = {
    range,
    rule,
    errorTitle: fitText(texts.errorTitle, VALIDATION_TEXT_LIMITS.errorTitle),
    errorMessage: fitText(texts.errorMessage, VALIDATION_TEXT_LIMITS.errorMessage),
  };
  if (texts.promptTitle) fitted.promptTitle = fitText(texts.promptTitle, VALIDATION_TEXT_LIMITS.promptTitle);
  if (texts.promptMessage) fitted.promptMessage = fitText(texts.promptMessage, VALIDATION_TEXT_LIMITS.promptMessage);
  return fitted;
}
