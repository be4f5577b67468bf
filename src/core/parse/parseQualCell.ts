// Reads a pass/fail (qual) cell: exactly "Đạt" or "Không đạt"; loose spellings are read with a fix to the label.

import { EXCEL_ERROR_VALUES, rawText } from "./parseNumberCell";

export const QUAL_PASS = "Đạt";
export const QUAL_FAIL = "Không đạt";
export type QualLabel = typeof QUAL_PASS | typeof QUAL_FAIL;

export type ParsedQual =
  | { kind: "blank" }
  /** 1 = Đạt, 0 = Không đạt. A fix means the cell holds a loose spelling; it writes the exact label. */
  | { kind: "number"; value: 0 | 1; fix?: { value: QualLabel } }
  | { kind: "error"; reason: "excel-error" | "not-a-label"; raw: string };

const BLANK: ParsedQual = { kind: "blank" };
const PASS: ParsedQual = { kind: "number", value: 1 };
const FAIL: ParsedQual = { kind: "number", value: 0 };
const LOOSE_PASS: ParsedQual = { kind: "number", value: 1, fix: { value: QUAL_PASS } };
const LOOSE_FAIL: ParsedQual = { kind: "number", value: 0, fix: { value: QUAL_FAIL } };

/** Spellings (folded: no diacritics, lower case, single spaces) that clearly mean one of the two labels. */
const LOOSE: ReadonlyMap<string, ParsedQual> = new Map([
  ["dat", LOOSE_PASS],
  ["x", LOOSE_PASS],
  ["1", LOOSE_PASS],
  ["khong dat", LOOSE_FAIL],
  ["0", LOOSE_FAIL],
]);

/** Lower case without diacritics (đ → d), spaces of any kind collapsed: "Không  ĐẠT" → "khong dat". */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\s\u00a0\u202f\u3000]+/g, " ")
    .trim()
    .toLowerCase();
}

/** Parses one qual cell. Never throws. */
export function parseQualCell(value: unknown): ParsedQual {
  // Exact labels only: workbook formulas compare the cell with the label, so a look-alike must be fixed.
  if (value === QUAL_PASS) return PASS;
  if (value === QUAL_FAIL) return FAIL;
  if (value === null || value === undefined || value === "") return BLANK;
  if (value === 1) return LOOSE_PASS;
  if (value === 0) return LOOSE_FAIL;
  if (typeof value !== "string") return { kind: "error", reason: "not-a-label", raw: rawText(value) };
  const folded = fold(value);
  if (folded === "") return BLANK;
  if (folded[0] === "#" && EXCEL_ERROR_VALUES.has(folded.toUpperCase())) {
    return { kind: "error", reason: "excel-error", raw: value };
  }
  return LOOSE.get(folded) ?? { kind: "error", reason: "not-a-label", raw: value };
}
