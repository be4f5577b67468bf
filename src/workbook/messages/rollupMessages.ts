// Messages of the year roll-up (tổng hợp năm): findings naming the period workbook they are about, and the labels
// of the year summary workbook, in Vietnamese and English.

import { defineMessages } from "../../core/messages/messageTypes";
import type { RollupKind } from "../../core/messages/periodMessages";

type File = { file: string };
type FilePeriod = { file: string; period: string };

const KIND_VI: Record<RollupKind, string> = { month: "tháng", quarter: "quý" };
const KIND_EN: Record<RollupKind, string> = { month: "month", quarter: "quarter" };

/** Rule ids of the roll-up's own findings (the core's period.* rules come on top). */
export const ROLLUP_RULES = {
  unreadable: "rollup.unreadable",
  notRankable: "rollup.not-rankable",
  periodUnreadable: "rollup.period-unreadable",
  otherYear: "rollup.other-year",
  otherKind: "rollup.other-kind",
  duplicatePeriod: "rollup.duplicate-period",
  templateMismatch: "rollup.template-mismatch",
  templateVersion: "rollup.template-version",
  clusterMismatch: "rollup.cluster-mismatch",
  otherClusters: "rollup.other-clusters",
  periodAbsent: "rollup.period-absent",
  noPeriods: "rollup.no-periods",
} as const;

// The registry joins Finding's rule ids (core/findings/ruleId.ts) without core importing this layer.
declare module "../../core/findings/ruleId" {
  interface RuleRegistries {
    rollup: typeof ROLLUP_RULES;
  }
}

export const rollupMessages = defineMessages({
  /** `reason` is a full sentence (the host's, or the first finding about the file). */
  unreadable: {
    vi: (p: File & { reason: string }) =>
      `${p.file}: không đọc được như một bảng chấm điểm Thi đua, nên được bỏ qua. ${p.reason}`,
    en: (p: File & { reason: string }) =>
      `${p.file}: not readable as a Thi đua scoring workbook, so left out. ${p.reason}`,
  },
  /** A file the command line could not open; the reason already names it. */
  leftOut: {
    vi: (p: { reason: string }) => `${p.reason} Tệp này được bỏ qua.`,
    en: (p: { reason: string }) => `${p.reason} The file is left out.`,
  },
  noMeta: { vi: () => "không có dữ liệu Thi đua", en: () => "no Thi đua data" },
  notRankable: {
    vi: (p: File & { errors: number }) =>
      `${p.file}: còn ${p.errors} lỗi trong điểm nhập nên không tính được kết quả; sửa rồi tổng hợp lại. Bỏ qua tệp này.`,
    en: (p: File & { errors: number }) =>
      `${p.file}: ${p.errors} error(s) in its entries, so no result can be computed; fix them and roll up again. Left out.`,
  },
  periodUnreadable: {
    vi: (p: FilePeriod) =>
      `${p.file}: kỳ "${p.period}" không phải tháng hay quý của một năm (ví dụ Quý I/2026, 2026-Q1, Tháng 3/2026); bỏ qua.`,
    en: (p: FilePeriod) =>
      `${p.file}: period "${p.period}" is not a month or quarter of a year (e.g. 2026-Q1, 2026-03); left out.`,
  },
  otherYear: {
    vi: (p: FilePeriod & { year: number }) => `${p.file}: kỳ ${p.period} không thuộc năm ${p.year}; bỏ qua.`,
    en: (p: FilePeriod & { year: number }) => `${p.file}: period ${p.period} is not in ${p.year}; left out.`,
  },
  otherKind: {
    vi: (p: FilePeriod & { kind: RollupKind }) =>
      `${p.file}: kỳ ${p.period} không phải một ${KIND_VI[p.kind]} như các tệp khác; bỏ qua.`,
    en: (p: FilePeriod & { kind: RollupKind }) =>
      `${p.file}: period ${p.period} is not a ${KIND_EN[p.kind]} like the other files; left out.`,
  },
  duplicatePeriod: {
    vi: (p: FilePeriod & { first: string }) =>
      `${p.file}: kỳ ${p.period} đã có ở ${p.first}; chỉ lấy ${p.first}, bỏ qua tệp này.`,
    en: (p: FilePeriod & { first: string }) =>
      `${p.file}: period ${p.period} was already given by ${p.first}; ${p.first} is used and this file left out.`,
  },
  templateMismatch: {
    vi: (p: File & { id: string; expected: string; first: string }) =>
      `${p.file}: dùng bảng chấm điểm "${p.id}", khác "${p.expected}" của ${p.first}; bỏ qua.`,
    en: (p: File & { id: string; expected: string; first: string }) =>
      `${p.file}: uses scoring table "${p.id}", not "${p.expected}" as ${p.first} does; left out.`,
  },
  templateVersion: {
    vi: (p: File & { version: string; expected: string }) =>
      `${p.file}: phiên bản bảng chấm điểm ${p.version} khác ${p.expected}; điểm các kỳ có thể không so sánh được.`,
    en: (p: File & { version: string; expected: string }) =>
      `${p.file}: scoring table version ${p.version} differs from ${p.expected}; periods may not compare.`,
  },
  otherClusters: {
    vi: (p: File & { clusters: string; expected: string }) =>
      `${p.file}: thuộc cụm, khối khác (${p.clusters}; các tệp trước: ${p.expected}); bỏ qua.`,
    en: (p: File & { clusters: string; expected: string }) =>
      `${p.file}: belongs to other clusters (${p.clusters}; earlier files: ${p.expected}); left out.`,
  },
  clusterMismatch: {
    vi: (p: File & { unit: string; cluster: string; expected: string }) =>
      `${p.file}: ${p.unit} ở "${p.cluster}", trong khi các kỳ trước ở "${p.expected}".`,
    en: (p: File & { unit: string; cluster: string; expected: string }) =>
      `${p.file}: ${p.unit} is in "${p.cluster}", while earlier periods have it in "${p.expected}".`,
  },
  periodAbsent: {
    vi: (p: { period: string }) => `Không có tệp nào cho ${p.period}.`,
    en: (p: { period: string }) => `No workbook for ${p.period}.`,
  },
  noPeriods: {
    vi: () => "Không có kỳ nào dùng được để tổng hợp.",
    en: () => "No period can be used for the roll-up.",
  },
  // The year summary workbook.
  sheetName: { vi: () => "Tổng hợp năm", en: () => "Year summary" },
  title: {
    vi: (p: { year: number }) => `TỔNG HỢP KẾT QUẢ THI ĐUA NĂM ${p.year}`,
    en: (p: { year: number }) => `EMULATION RESULTS OF THE YEAR ${p.year}`,
  },
  subtitle: {
    vi: (p: { template: string; kind: RollupKind; count: number }) =>
      `Bảng chấm điểm: ${p.template} — điểm năm là trung bình các ${KIND_VI[p.kind]} có kết quả ` +
      `(${p.count} ${KIND_VI[p.kind]}); xếp loại năm theo ngưỡng của bảng chấm điểm.`,
    en: (p: { template: string; kind: RollupKind; count: number }) =>
      `Scoring table: ${p.template} — the year's score is the mean of the ${KIND_EN[p.kind]}s with a result ` +
      `(${p.count} ${KIND_EN[p.kind]}s); the year's grade follows the table's thresholds.`,
  },
  periodsLine: {
    vi: (p: { list: string }) => `Các kỳ đã tổng hợp: ${p.list}`,
    en: (p: { list: string }) => `Periods rolled up: ${p.list}`,
  },
  none: { vi: () => "(không có)", en: () => "(none)" },
  headerCode: { vi: () => "Mã đơn vị", en: () => "Unit code" },
  headerName: { vi: () => "Tên đơn vị", en: () => "Unit name" },
  headerCluster: { vi: () => "Cụm, khối", en: () => "Cluster" },
  headerMean: { vi: () => "Điểm bình quân năm", en: () => "Year mean" },
  headerGrade: { vi: () => "Xếp loại năm", en: () => "Year grade" },
  headerCount: { vi: () => "Số kỳ có kết quả", en: () => "Periods with a result" },
  headerMissing: { vi: () => "Kỳ thiếu", en: () => "Missing periods" },
  missing: { vi: (p: { list: string }) => `Thiếu ${p.list}`, en: (p: { list: string }) => `Missing ${p.list}` },
  sourcesTitle: { vi: () => "CÁC TỆP ĐÃ ĐỌC", en: () => "FILES READ" },
  headerPeriod: { vi: () => "Kỳ", en: () => "Period" },
  headerFile: { vi: () => "Tệp", en: () => "File" },
  headerUnits: { vi: () => "Số đơn vị", en: () => "Units" },
  headerUsed: { vi: () => "Dùng", en: () => "Used" },
  used: { vi: () => "Có", en: () => "Yes" },
  notUsed: { vi: () => "Không", en: () => "No" },
  notesTitle: { vi: () => "GHI CHÚ", en: () => "NOTES" },
  noNotes: { vi: () => "Không có ghi chú.", en: () => "Nothing to note." },
  error: { vi: () => "Lỗi", en: () => "Error" },
  warning: { vi: () => "Cảnh báo", en: () => "Warning" },
  info: { vi: () => "Thông tin", en: () => "Note" },
});
