// Formula cells (totals, computed points, ranks) that a user overwrote with a value or edited: found by comparing
// what the workbook plan wrote with what was read back.

import type { Finding, FindingLocation } from "../findings/findingTypes";
import { render } from "../messages/messageTypes";
import { validationMessages as m } from "../messages/validationMessages";
import { rawText } from "../parse/parseNumberCell";
import { isBlankCell } from "./readGridRow";
import { normaliseFormula } from "./normaliseFormula";
import { VALIDATION_RULES as R } from "./validationRules";

export interface FormulaCheck {
  location: FindingLocation;
  /** Address for messages, e.g. "'Tự chấm'!D12". */
  cell: string;
  /** The formula the plan wrote (with or without the leading "="). */
  expected: string;
  /** What the cell holds now: formula text starting with "=" (Office.js `formulas`), an ExcelJS
   * `{ formula }` object (text without "="), or a constant (number, text, boolean, blank). */
  found: unknown;
}

/** The formula text of a cell, or null when it holds a constant. */
function formulaOf(found: unknown): string | null {
  if (typeof found === "string") return found.trimStart().startsWith("=") ? found.trim() : null;
  if (typeof found === "object" && found !== null && "formula" in found) {
    const formula = (found as { formula: unknown }).formula;
    if (typeof formula === "string" && formula.trim() !== "") return "=" + formula.trim().replace(/^=/, "");
  }
  return null;
}

export function checkFormulas(checks: FormulaCheck[]): Finding[] {
  const findings: Finding[] = [];
  for (const check of checks) {
    const { location, cell } = check;
    const expected = "=" + check.expected.trim().replace(/^=/, "");
    const found = formulaOf(check.found);
    if (found !== null && normaliseFormula(found) === normaliseFormula(expected)) continue;
    const where = {
      cell,
      area: location.area ?? "",
      unit: location.unit ?? "",
      rater: location.rater ?? "",
      criterion: location.criterion ?? "",
    };
    const fix = { kind: "replace-value" as const, value: expected, label: render(m.fixRestoreFormula, {}) };
    if (found !== null) {
      findings.push({
        rule: R.formulaAltered,
        severity: "error",
        location,
        message: render(m.formulaAltered, { ...where, expected, found }),
        fix,
        data: { cell, expected, found },
      });
      continue;
    }
    const blank = isBlankCell(check.found);
    const shown = blank ? "" : rawText(check.found);
    findings.push({
      rule: R.formulaOverwritten,
      severity: "error",
      location,
      message: blank ? render(m.formulaCleared, where) : render(m.formulaOverwritten, { ...where, found: shown }),
      fix,
      data: { cell, expected, found: blank ? null : shown },
    });
  }
  return findings;
}
