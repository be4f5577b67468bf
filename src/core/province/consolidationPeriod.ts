// The period of a cluster workbook as the province compares them: a year and a school year ending in it are the same
// annual period ("2026", "Năm 2026", "Năm học 2025-2026" all read 2026); quarters and months keep their label.

import { canonicalPeriod } from "../periods/canonicalPeriod";

export interface ConsolidationPeriod {
  /** "annual:2026", "2026-Q1", "2026-03", or the normalised text of a period read no other way. */
  key: string;
  /** The year it belongs to (a school year's end year); null when no year can be read. */
  year: number | null;
}

const YEAR = /^(?:năm|nam|year)?\s*((?:19|20)\d{2})$/iu;
const SCHOOL_YEAR = /^(?:năm học|nam hoc|school year)?\s*((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})$/iu;
const ANY_YEAR = /(?:^|\D)((?:19|20)\d{2})(?!\d)/u;

export function consolidationPeriod(text: string): ConsolidationPeriod {
  const trimmed = text.normalize("NFC").trim().replace(/\s+/g, " ");
  const year = YEAR.exec(trimmed);
  if (year) return { key: `annual:${year[1]}`, year: Number(year[1]) };
  const school = SCHOOL_YEAR.exec(trimmed);
  if (school && Number(school[2]) === Number(school[1]) + 1) {
    return { key: `annual:${school[2]}`, year: Number(school[2]) };
  }
  const period = canonicalPeriod(trimmed);
  if (period) return { key: period.label, year: period.year };
  const any = ANY_YEAR.exec(trimmed);
  return { key: trimmed.toLocaleLowerCase("vi"), year: any ? Number(any[1]) : null };
}
