// The calendar year a workbook's period ends in ("2026", "Quý I/2026", "2025-2026" → 2026): the year of its
// year-end meeting, of the history row its result adds, and of next year's leadership (that year + 1).

import { canonicalPeriod } from "./canonicalPeriod";

const YEAR = /^(?:năm|nam|year)?\s*((?:19|20)\d{2})$/iu;
const SCHOOL_YEAR = /^(?:năm học|nam hoc|school year)?\s*((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})$/iu;

export function periodYear(text: string): number | null {
  const trimmed = text.normalize("NFC").trim().replace(/\s+/g, " ");
  const year = YEAR.exec(trimmed);
  if (year) return Number(year[1]);
  const school = SCHOOL_YEAR.exec(trimmed);
  if (school && Number(school[2]) === Number(school[1]) + 1) return Number(school[2]);
  return canonicalPeriod(trimmed)?.year ?? null;
}
