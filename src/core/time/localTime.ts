// Times as people read them (domain.md "Time"): local wall-clock time in the workbook's time zone, written the
// Vietnamese way ("23 giờ 48, ngày 07/12/2026") or the English way. ISO times stay in metadata and hashes only.

import type { Lang } from "../settings/settingsTypes";
import { ENGLISH_MONTHS } from "./monthNames";

/** The time zone of the Vietnamese administration, used unless a workbook's setting says otherwise. */
export const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** The calendar fields of an instant in a time zone. */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Whether Intl knows the time zone (an IANA name such as "Asia/Ho_Chi_Minh"). */
export function isKnownTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === "") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The local calendar fields of an ISO instant; null for text that is not a time. Unknown zones fall back to Vietnam's. */
export function localParts(iso: string, timeZone: string = DEFAULT_TIME_ZONE): LocalParts | null {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return null;
  const zone = isKnownTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  }).formatToParts(new Date(instant));
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: field("year"),
    month: field("month"),
    day: field("day"),
    hour: field("hour"),
    minute: field("minute"),
  };
}

const two = (n: number) => String(n).padStart(2, "0");

/**
 * "23 giờ 48, ngày 07/12/2026" / "23:48 on 7 December 2026": the time a person reads in a log or on a form. Text that
 * is not an ISO time is returned as it is (an older log row written by hand).
 */
export function formatLocalTime(iso: string, timeZone: string, lang: Lang): string {
  const p = localParts(iso, timeZone);
  if (!p) return iso;
  if (lang === "vi") return `${two(p.hour)} giờ ${two(p.minute)}, ngày ${two(p.day)}/${two(p.month)}/${p.year}`;
  return `${two(p.hour)}:${two(p.minute)} on ${p.day} ${ENGLISH_MONTHS[p.month - 1]} ${p.year}`;
}

/**
 * The date line of an administrative document, as Decree 30/2020/NĐ-CP writes it: a day below 10 and the months 1 and
 * 2 take a leading zero ("ngày 05 tháng 02 năm 2026", "ngày 07 tháng 12 năm 2026", "ngày 15 tháng 3 năm 2026");
 * English "7 December 2026".
 */
export function formatDocumentDate(iso: string, timeZone: string, lang: Lang): string {
  const p = localParts(iso, timeZone);
  if (!p) return iso;
  if (lang === "vi") return `ngày ${two(p.day)} tháng ${p.month < 3 ? two(p.month) : p.month} năm ${p.year}`;
  return `${p.day} ${ENGLISH_MONTHS[p.month - 1]} ${p.year}`;
}
