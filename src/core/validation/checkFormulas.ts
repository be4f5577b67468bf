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

/** The expected formula with one leading "=" ("=" + the text trimmed, without its own leading "="). */
function withEquals(expected: string): string {
  const text = expected.trim();
  return text.startsWith("=") ? text : "=" + text;
}

/**
 * True when the cell holds the expected formula character for character, as nearly every cell does: equal texts
 * normalise alike, so the normalising is left for the cells that differ. `text` is the expected formula trimmed.
 */
function sameText(text: string, found: unknown): boolean {
  if (typeof found !== "string") return false;
  if (text.startsWith("=")) return found === text;
  return found.length === text.length + 1 && found.startsWith("=") && found.endsWith(text);
}

export function checkFormulas(checks: readonly FormulaCheck[]): Finding[] {
  const findings: Finding[] = [];
  for (const check of checks) {
    if (sameText(check.expected.trim(), check.found)) continue;
    const expected = withEquals(check.expected);
    const found = formulaOf(check.found);
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
