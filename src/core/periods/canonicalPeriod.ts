// A workbook's period label ("Quý I/2026", "Tháng 3/2026", "2026-Q1", "03/2026") as the canonical period the core's
// roll-up reads ("2026-Q1", "2026-03"); null when the label is not one month or one quarter of a year.

import type { RollupKind } from "../messages/periodMessages";

export interface CanonicalPeriod {
  /** "2026-Q1" or "2026-03". */
  label: string;
  year: number;
  kind: RollupKind;
  /** 1–4 or 1–12. */
  index: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const YEAR = String.raw`((?:19|20)\d{2})`;
const SEP = String.raw`\s*(?:[-/.,]|\s|năm|nam|of)\s*`;
const QUARTER_WORD = String.raw`(?:quý|quy|quarter|q)`;
const MONTH_WORD = String.raw`(?:tháng|thang|month|th|t|m)`;
const QUARTER_NUMBER = String.raw`([1-4]|iv|iii|ii|i)`;
const MONTH_NUMBER = String.raw`(0?[1-9]|1[0-2])`;

const PATTERNS: { kind: RollupKind; re: RegExp; year: 1 | 2 }[] = [
  // 2026-Q1, 2026 quý 2
  { kind: "quarter", re: new RegExp(`^${YEAR}${SEP}${QUARTER_WORD}\\s*${QUARTER_NUMBER}$`, "iu"), year: 1 },
  // Quý I/2026, Q1-2026, quý 1 năm 2026
  { kind: "quarter", re: new RegExp(`^${QUARTER_WORD}\\s*${QUARTER_NUMBER}${SEP}${YEAR}$`, "iu"), year: 2 },
  // 2026-03, 2026/3
  { kind: "month", re: new RegExp(`^${YEAR}\\s*[-/.]\\s*${MONTH_NUMBER}$`, "iu"), year: 1 },
  // Tháng 3/2026, T03-2026, tháng 3 năm 2026, 03/2026
  { kind: "month", re: new RegExp(`^(?:${MONTH_WORD}\\s*)?${MONTH_NUMBER}${SEP}${YEAR}$`, "iu"), year: 2 },
];

export function canonicalPeriod(text: string): CanonicalPeriod | null {
  const trimmed = text.normalize("NFC").trim().replace(/\s+/g, " ");
  for (const { kind, re, year: yearGroup } of PATTERNS) {
    const m = re.exec(trimmed);
    if (!m) continue;
    const year = Number(m[yearGroup]);
    const raw = (yearGroup === 1 ? m[2] : m[1]).toLowerCase();
    const index = ROMAN[raw] ?? Number(raw);
    const label = kind === "month" ? `${year}-${String(index).padStart(2, "0")}` : `${year}-Q${index}`;
    return { label, year, kind, index };
  }
  return null;
}
