// Messages of rolling monthly or quarterly results up into the year (domain.md "Periods").

import type { Lang } from "../settings/settingsTypes";
import { defineMessages } from "./messageTypes";
import { ENGLISH_MONTHS } from "../time/monthNames";

export type RollupKind = "month" | "quarter";

/** A period of the year without its year: "tháng 3" / "March", "quý 2" / "Q2". */
export function periodName(kind: RollupKind, index: number, lang: Lang): string {
  if (kind === "month") return lang === "vi" ? `tháng ${index}` : (ENGLISH_MONTHS[index - 1] ?? String(index));
  return lang === "vi" ? `quý ${index}` : `Q${index}`;
}

const KIND_WORDS: Record<RollupKind, Record<Lang, string>> = {
  month: { vi: "tháng", en: "months" },
  quarter: { vi: "quý", en: "quarters" },
};

type Period = { period: string };
type PeriodUnit = { period: string; unit: string };

export const periodMessages = defineMessages({
  unreadable: {
    vi: (p: Period) =>
      `Kỳ "${p.period}" không đọc được; ghi theo dạng 2026-01 (tháng) hoặc 2026-Q1 (quý). Kỳ này được bỏ qua.`,
    en: (p: Period) =>
      `Period "${p.period}" cannot be read; write 2026-01 (month) or 2026-Q1 (quarter). It is left out.`,
  },
  otherYear: {
    vi: (p: Period & { year: number }) => `Kỳ ${p.period} không thuộc năm ${p.year} đang tổng hợp; kỳ này được bỏ qua.`,
    en: (p: Period & { year: number }) =>
      `Period ${p.period} is not in ${p.year}, the year being rolled up; it is left out.`,
  },
  otherKind: {
    vi: (p: Period & { kind: RollupKind }) =>
      `Kỳ ${p.period} không phải là ${KIND_WORDS[p.kind].vi}, trong khi điểm năm đang tổng hợp theo ` +
      `${KIND_WORDS[p.kind].vi}; kỳ này được bỏ qua.`,
    en: (p: Period & { kind: RollupKind }) =>
      `Period ${p.period} is not one of the ${KIND_WORDS[p.kind].en} the year is rolled up from; it is left out.`,
  },
  duplicatePeriod: {
    vi: (p: Period) => `Kỳ ${p.period} có hai lần; chỉ lấy lần đầu, lần sau được bỏ qua.`,
    en: (p: Period) => `Period ${p.period} is given twice; the first is used and the second left out.`,
  },
  duplicateUnit: {
    vi: (p: PeriodUnit) => `Kỳ ${p.period}: ${p.unit} có hai kết quả; chỉ lấy kết quả đầu tiên.`,
    en: (p: PeriodUnit) => `Period ${p.period}: ${p.unit} has two results; the first is used.`,
  },
  badFinal: {
    vi: (p: PeriodUnit) => `Kỳ ${p.period}: ${p.unit} không có điểm cuối cùng hợp lệ; kết quả này được bỏ qua.`,
    en: (p: PeriodUnit) => `Period ${p.period}: ${p.unit} has no valid final score; this result is left out.`,
  },
  missing: {
    vi: (p: { unit: string; year: number; kind: RollupKind; periods: string; present: number }) =>
      `${p.unit} thiếu kết quả ${p.periods} năm ${p.year}; điểm cả năm là trung bình của ${p.present} ` +
      `${KIND_WORDS[p.kind].vi} có kết quả.`,
    en: (p: { unit: string; year: number; kind: RollupKind; periods: string; present: number }) =>
      `${p.unit} has no result for ${p.periods} ${p.year}; its score for the year is the mean of the ${p.present} ` +
      `${KIND_WORDS[p.kind].en} it has.`,
  },
});
