// The period as official documents write it in their titles (domain.md "Results that a council accepts"): "NĂM 2026",
// "NĂM HỌC 2025 - 2026", "QUÝ I NĂM 2026", "THÁNG 3 NĂM 2026"; English "YEAR 2026", "Q1 2026", "MARCH 2026".

import type { Lang } from "../settings/settingsTypes";
import { canonicalPeriod } from "./canonicalPeriod";

const ROMAN = ["I", "II", "III", "IV"];
const MONTHS_EN = [
  "JANUARY",
  "FEBRUARY",
  "MARCH",
  "APRIL",
  "MAY",
  "JUNE",
  "JULY",
  "AUGUST",
  "SEPTEMBER",
  "OCTOBER",
  "NOVEMBER",
  "DECEMBER",
];

const YEAR = /^(?:năm|nam|year)?\s*((?:19|20)\d{2})$/iu;
const SCHOOL_YEAR = /^(?:năm học|nam hoc|school year)?\s*((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})$/iu;

/** The period of a workbook ("2026", "2026-Q1", "Quý I/2026", "03/2026", "2025-2026") in capitals for a title. */
export function documentPeriod(text: string, lang: Lang): string {
  const trimmed = text.normalize("NFC").trim().replace(/\s+/g, " ");
  const year = YEAR.exec(trimmed);
  if (year) return lang === "vi" ? `NĂM ${year[1]}` : `YEAR ${year[1]}`;
  const school = SCHOOL_YEAR.exec(trimmed);
  if (school && Number(school[2]) === Number(school[1]) + 1) {
    return lang === "vi" ? `NĂM HỌC ${school[1]} - ${school[2]}` : `SCHOOL YEAR ${school[1]}–${school[2]}`;
  }
  const period = canonicalPeriod(trimmed);
  if (period?.kind === "quarter") {
    return lang === "vi" ? `QUÝ ${ROMAN[period.index - 1]} NĂM ${period.year}` : `Q${period.index} ${period.year}`;
  }
  if (period?.kind === "month") {
    return lang === "vi" ? `THÁNG ${period.index} NĂM ${period.year}` : `${MONTHS_EN[period.index - 1]} ${period.year}`;
  }
  // Anything else ("6 tháng đầu năm 2026") is the secretariat's own wording: kept, in capitals.
  return trimmed.toLocaleUpperCase(lang === "vi" ? "vi-VN" : "en-US");
}
