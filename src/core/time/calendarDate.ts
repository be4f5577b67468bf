// Calendar dates and clock times as a secretariat types them (the meeting's day "15/12/2026", its hour "8 giờ 30"),
// read into plain numbers and written back as documents write them, with no time zone: a meeting's date is a day
// on the wall calendar, not an instant.

import { rawText } from "../parse/parseNumberCell";
import type { Lang } from "../settings/settingsTypes";
import { ENGLISH_MONTHS } from "./monthNames";

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
}

const DAY_FIRST = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})$/;
const ISO_DATE = /^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})$/;
const WORDS = /^(?:ngày|ngay)\s*(\d{1,2})\s*(?:tháng|thang)\s*(\d{1,2})\s*(?:năm|nam)\s*((?:19|20)\d{2})$/iu;

function checked(year: number, month: number, day: number): CalendarDate | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days ? { year, month, day } : null;
}

/** Excel's 1900 date system: serial 1 is 1 January 1900, and serial 60 a 29 February that never was. */
function fromSerial(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2958466) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** "15/12/2026", "15-12-2026", "2026-12-15", "ngày 15 tháng 12 năm 2026", or a date cell's serial number. */
export function parseCalendarDate(value: unknown): CalendarDate | null {
  if (typeof value === "number") return fromSerial(value);
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) ? null : checked(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== "string") return null;
  const text = value.normalize("NFC").trim().replace(/\s+/g, " ");
  const dayFirst = DAY_FIRST.exec(text) ?? WORDS.exec(text);
  if (dayFirst) return checked(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const iso = ISO_DATE.exec(text);
  return iso ? checked(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
}

const two = (n: number) => String(n).padStart(2, "0");

/**
 * As Decree 30/2020/NĐ-CP writes a date (the rule of formatDocumentDate): "ngày 05 tháng 02 năm 2026",
 * "ngày 15 tháng 12 năm 2026"; English "15 December 2026".
 */
export function formatCalendarDate(date: CalendarDate, lang: Lang): string {
  if (lang === "vi")
    return `ngày ${two(date.day)} tháng ${date.month < 3 ? two(date.month) : date.month} năm ${date.year}`;
  return `${date.day} ${ENGLISH_MONTHS[date.month - 1]} ${date.year}`;
}

/** "15/12/2026": a date in a table or a short line. */
export function formatShortDate(date: CalendarDate): string {
  return `${two(date.day)}/${two(date.month)}/${date.year}`;
}

const CLOCK = /^(\d{1,2})\s*(?::|h|giờ|gio)\s*(\d{1,2})?\s*(?:phút|phut|p)?$/iu;

/** "8:30", "08 giờ 30", "8h30", "8 giờ", or a time cell's fraction of a day. */
export function parseClockTime(value: unknown): ClockTime | null {
  if (typeof value === "number") {
    if (!(value >= 0 && value < 1)) return null;
    const minutes = Math.round(value * 24 * 60);
    return minutes < 24 * 60 ? { hour: Math.floor(minutes / 60), minute: minutes % 60 } : null;
  }
  if (typeof value !== "string") return null;
  const m = CLOCK.exec(value.normalize("NFC").trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

/** "08 giờ 30" / "08:30". */
export function formatClockTime(time: ClockTime, lang: Lang): string {
  return lang === "vi" ? `${two(time.hour)} giờ ${two(time.minute)}` : `${two(time.hour)}:${two(time.minute)}`;
}

/** A cell's text as a person wrote it, "" for a blank cell. */
export function cellText(value: unknown): string {
  return value === null || value === undefined ? "" : rawText(value).normalize("NFC").trim();
}
