// Formula cells (totals, computed points, ranks) that a user overwrote with a value or edited: found by comparing
// what the workbook plan wrote with what was read back.

import type { Finding, FindingLocation } from "../findings/findingTypes";
import { render } from "../messages/messageTypes";
import { validationMessages as m } from "../messages/validationMessages";
import { rawText } from "../parse/parseNumberCell";
import { isBlankCell } from "./readGridRow";
import { normaliseFormula } from "./normaliseFormula";
import { VALIDATION_RULES as R } from "./validationRules";

/** Where a checked cell is, for a finding's message and location. */
export interface FormulaPlace {
  /** Address for messages, e.g. "'Tự chấm'!D12". */
  cell: string;
  location: FindingLocation;
}

export interface FormulaCheck {
  /** The cell's 1-based row and 0-based column on its sheet. */
  row: number;
  column: number;
  /**
   * Names the cell at (row, column); asked only for a finding. A workbook has up to 100,000 formula cells, nearly all
   * intact, and naming each would cost more than checking it. The checks of one sheet share it.
   */
  place: (row: number, column: number) => FormulaPlace;
  /** The formula the plan wrote (with or without the leading "="). */
  expected: string;
  /** The cell's formula as read, with or without the leading "=" (hosts give it without, Office.js with it); null or
   * "" when the cell holds a constant. */
  formula: string | null;
  /** What a cell without a formula holds: a constant (number, text, boolean, blank), or an ExcelJS `{ formula }`
   * object (text without "="). Text starting with "=" counts as a formula. */
  value: unknown;
}

/** The formula text of a constant, or null when it is none. */
function formulaOf(found: unknown): string | null {
  if (typeof found === "string") return found.trimStart().startsWith("=") ? found.trim() : null;
  if (typeof found === "object" && found !== null && "formula" in found) {
    const formula = (found as { formula: unknown }).formula;
    if (typeof formula === "string" && formula.trim() !== "") return "=" + formula.trim().replace(/^=/, "");
  }
  return null;
}

/** The formula with one leading "=" (its own, or one put before it). */
function withEquals(formula: string): string {
  return formula.startsWith("=") ? formula : "=" + formula;
}

/**
 * True when a cell holds the formula the plan wrote character for character, with or without "=", as nearly every
 * cell does: checkFormulas passes it without a look (it reads as "=" + the plan's text, which normalises alike), so
 * a reader may leave such cells out of its checks. `expected` is the plan's formula, `formula` the cell's as read.
 */
export function holdsPlannedFormula(expected: string, formula: string | null): boolean {
  return sameText(expected.trim(), formula);
}

/** holdsPlannedFormula, with the plan's formula already trimmed. */
function sameText(text: string, formula: string | null): boolean {
  if (formula === null || formula === "" || text.startsWith("=")) return false;
  if (formula.length === text.length) return formula === text;
  return formula.length === text.length + 1 && formula.startsWith("=") && formula.endsWith(text);
}

export function checkFormulas(checks: readonly FormulaCheck[]): Finding[] {
  const findings: Finding[] = [];
  for (const check of checks) {
    if (sameText(check.expected.trim(), check.formula)) continue;
    const expected = withEquals(check.expected.trim());
    // A formula reads as "=" and its text; Office.js's leading "=" is not doubled.
    const raw = check.formula !== null && check.formula !== "" ? withEquals(check.formula) : check.value;
    const found = formulaOf(raw);
    if (found !== null && normaliseFormula(found) === normaliseFormula(expected)) continue;
    const { location, cell } = check.place(check.row, check.column);
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
    const blank = isBlankCell(raw);
    const shown = blank ? "" : rawText(raw);
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
