// Data validation and red-flag conditional formats on input rows. Excel's validation guards typing only (paste
// bypasses it), so values above max or positive deductions also turn red, and the add-in re-checks everything.

import { QUAL_FAIL, QUAL_PASS } from "../../../core/parse/parseQualCell";
import type { Lang } from "../../../core/settings/settingsTypes";
import type { CriterionRow } from "../../../core/template/flattenTemplate";
import { cellAddress, rangeAddress, type RangeBox } from "../../layout/cellAddress";
import { CRITERIA_COLUMNS } from "../../layout/workbookLayout";
import { inputPromptMessages as P } from "../../messages/inputPromptMessages";
import type { ConditionalFormatPlan, ValidationPlan, ValidationRule } from "../planTypes";
import { validationPlan, type ValidationTexts } from "../validationPlan";
import { ERROR_FILL, ERROR_FONT } from "../workbookStyles";

/** How an input cell takes its value. `override`: a review entry on a computed row. */
export type InputRole = "manual" | "qual" | "bonus" | "deduction" | "override" | "target" | "actual" | "count";

/** A bound for "no limit" that every spreadsheet accepts in a decimal rule. */
export const NO_LIMIT = 1e9;
/** Data can be large (revenue in đồng): targets and actuals get a wider bound. */
export const DATA_LIMIT = 1e15;
/** "Greater than 0" within the between-rule the plan offers. */
export const SMALLEST_TARGET = 1e-9;

/** The score role of a leaf row in a self or peer grid (null: computed or group, no input). */
export function scoreRole(row: CriterionRow): InputRole | null {
  switch (row.kind) {
    case "manual":
    case "qual":
    case "bonus":
    case "deduction":
      return row.kind;
    default:
      return null;
  }
}

/** The role of a leaf row in the review grid: every leaf is an input; computed rows are overridden. */
export function reviewRole(row: CriterionRow): InputRole | null {
  if (row.kind === "group") return null;
  return scoreRole(row) ?? "override";
}

function bonusLimit(row: CriterionRow, bonusCap: number): number {
  if (row.max > 0) return row.max;
  return bonusCap > 0 ? bonusCap : NO_LIMIT;
}

function ruleFor(role: InputRole, row: CriterionRow, bonusCap: number): ValidationRule {
  switch (role) {
    case "manual":
    case "override":
      return { kind: "decimal", min: 0, max: row.max };
    case "qual":
      return { kind: "list", items: [QUAL_PASS, QUAL_FAIL] };
    case "bonus":
      return { kind: "decimal", min: 0, max: bonusLimit(row, bonusCap) };
    case "deduction":
      return { kind: "decimal", min: row.max > 0 ? -row.max : -NO_LIMIT, max: 0 };
    case "target":
      return { kind: "decimal", min: SMALLEST_TARGET, max: DATA_LIMIT };
    case "actual":
      return { kind: "decimal", min: 0, max: DATA_LIMIT };
    case "count":
      return { kind: "whole", min: 0, max: NO_LIMIT };
  }
}

function messageFor(role: InputRole, row: CriterionRow, bonusCap: number, lang: Lang): string {
  const code = row.code;
  switch (role) {
    case "manual":
      return P.manual[lang]({ code, max: row.max, step: row.step });
    case "override":
      return P.override[lang]({ code, max: row.max });
    case "qual":
      return P.qual[lang]({ code });
    case "bonus":
      return P.bonus[lang]({ code, max: bonusLimit(row, bonusCap) });
    case "deduction":
      return row.max > 0 ? P.deduction[lang]({ code, max: row.max }) : P.deductionUnlimited[lang]({ code });
    case "target":
      return P.target[lang]({ code });
    case "actual":
      return P.actual[lang]({ code });
    case "count":
      return P.count[lang]({ code });
  }
}

/** One validation for a row's input cells (`range` is the row's span of unit columns). */
export function inputValidation(
  role: InputRole,
  row: CriterionRow,
  range: string,
  bonusCap: number,
  lang: Lang,
  reviewLayer = false,
): ValidationPlan {
  return validationPlan(range, ruleFor(role, row, bonusCap), validationTexts(role, row, bonusCap, lang, reviewLayer));
}

/**
 * The texts of a row's validation, rendered once per row, role and language: every peer sheet of a cross-scored
 * cluster validates the same rows with the same words.
 */
const renderedTexts = new WeakMap<CriterionRow, Map<string, ValidationTexts>>();

function validationTexts(
  role: InputRole,
  row: CriterionRow,
  bonusCap: number,
  lang: Lang,
  reviewLayer: boolean,
): ValidationTexts {
  let byRole = renderedTexts.get(row);
  if (!byRole) {
    byRole = new Map();
    renderedTexts.set(row, byRole);
  }
  const key = `${role} ${bonusCap} ${lang} ${reviewLayer}`;
  const known = byRole.get(key);
  if (known) return known;
  const message = messageFor(role, row, bonusCap, lang);
  const texts = {
    errorTitle: P.errorTitle[lang](),
    errorMessage: message,
    promptTitle: P.manualTitle[lang]({ code: row.code }),
    promptMessage: reviewLayer && role !== "override" ? `${message} ${P.reviewBlank[lang]()}` : message,
  };
  byRole.set(key, texts);
  return texts;
}

/**
 * Spans of a grid row over the columns `scored` keeps (every column when absent): one range per run of consecutive
 * kept columns, so a peer sheet validates only the rater's own cluster, its own column left out.
 */
export function rowSpans(grid: RangeBox, r: number, scored?: (c: number) => boolean): string[] {
  const row = grid.row + r;
  const spans: string[] = [];
  let start = -1;
  for (let c = 0; c <= grid.columns; c++) {
    const kept = c < grid.columns && (scored ? scored(c) : true);
    if (kept && start < 0) start = c;
    if (!kept && start >= 0) {
      spans.push(rangeAddress({ row, column: grid.column + start, rows: 1, columns: c - start }));
      start = -1;
    }
  }
  return spans;
}

/** The red-flag test of a role, relative to the range's top-left cell; null for roles that need none. */
function flagFormula(role: InputRole, row: CriterionRow, topLeft: string, sheetRow: number): string | null {
  const max = cellAddress(sheetRow, CRITERIA_COLUMNS.max, { absColumn: true });
  switch (role) {
    case "manual":
    case "override":
      return `AND(ISNUMBER(${topLeft}),OR(${topLeft}<0,${topLeft}>${max}))`;
    case "bonus":
      return row.max > 0
        ? `AND(ISNUMBER(${topLeft}),OR(${topLeft}<0,${topLeft}>${max}))`
        : `AND(ISNUMBER(${topLeft}),${topLeft}<0)`;
    case "deduction":
      return row.max > 0
        ? `AND(ISNUMBER(${topLeft}),OR(${topLeft}>0,${topLeft}<-${max}))`
        : `AND(ISNUMBER(${topLeft}),${topLeft}>0)`;
    default:
      return null;
  }
}

/**
 * Red fill on out-of-range entries, one format per run of consecutive rows with the same test (the formula is
 * relative, with the row's max read from column C).
 */
export function flagFormats(
  rows: readonly CriterionRow[],
  grid: RangeBox,
  roleOf: (row: CriterionRow) => InputRole | null,
): ConditionalFormatPlan[] {
  const out: ConditionalFormatPlan[] = [];
  let start = -1;
  let key = "";
  const close = (end: number) => {
    if (start < 0) return;
    const firstRow = grid.row + start;
    const topLeft = cellAddress(firstRow, grid.column);
    const formula = flagFormula(roleOf(rows[start])!, rows[start], topLeft, firstRow);
    if (formula) {
      out.push({
        range: rangeAddress({ row: firstRow, column: grid.column, rows: end - start, columns: grid.columns }),
        formula,
        fill: ERROR_FILL,
        fontColor: ERROR_FONT,
      });
    }
    start = -1;
  };
  rows.forEach((row, r) => {
    const role = roleOf(row);
    const k = role ? `${role === "override" ? "manual" : role}:${row.max > 0}` : "";
    if (k !== key || !k) close(r);
    if (k && start < 0) start = r;
    key = k;
  });
  close(rows.length);
  return out;
}
