// Entries of the log sheet (Nhật ký): the action and a one-line summary.

import { defineMessages } from "../../core/messages/messageTypes";

/** Whom the template scores: member units (đơn vị) or persons (cá nhân). */
type Who = "unit" | "person";
const WHO_VI = { unit: "đơn vị", person: "cá nhân" } as const;

export const logMessages = defineMessages({
  inject: { vi: () => "Tạo bảng chấm điểm", en: () => "Workbook created" },
  rank: { vi: () => "Xếp hạng", en: () => "Ranking" },
  settingsChanged: { vi: () => "Đổi cài đặt", en: () => "Settings changed" },
  settingsSummary: {
    vi: (p: { changes: string }) => `Đã đổi: ${p.changes}. Kết quả xếp hạng cần chạy lại.`,
    en: (p: { changes: string }) => `Changed: ${p.changes}. The ranking must be run again.`,
  },
  settingsNoChange: { vi: () => "không đổi giá trị nào", en: () => "no value" },
  modeSelf: { vi: () => "tự chấm", en: () => "self-scoring" },
  modeReview: { vi: () => "tự chấm và thẩm định", en: () => "self-scoring and review" },
  modeCross: { vi: () => "tự chấm, chấm chéo và thẩm định", en: () => "self, peer and review scoring" },
  injectSummary: {
    vi: (p: { template: string; version: string; units: number; clusters: number; mode: string; who: Who }) =>
      `Mẫu ${p.template} ${p.version}; ${p.units} ${WHO_VI[p.who]}, ${p.clusters} cụm/khối; hình thức ${p.mode}.`,
    en: (p: { template: string; version: string; units: number; clusters: number; mode: string; who: Who }) =>
      `Template ${p.template} ${p.version}; ${p.units} ${p.who === "person" ? "persons" : "units"} in ${p.clusters} clusters; ${p.mode}.`,
  },
  fix: { vi: () => "Sửa nhanh", en: () => "Fixes" },
  fixSummary: {
    vi: (p: { cells: number; rules: string }) => `Đã sửa ${p.cells} ô; quy tắc: ${p.rules}.`,
    en: (p: { cells: number; rules: string }) => `${p.cells} cells fixed; rules: ${p.rules}.`,
  },
  rankSummary: {
    vi: (p: { units: number; findings: number; leaders: string; who: Who }) =>
      `${p.units} ${WHO_VI[p.who]}; ${p.findings} phát hiện cần xem; hạng nhất: ${p.leaders}.`,
    en: (p: { units: number; findings: number; leaders: string; who: Who }) =>
      `${p.units} ${p.who === "person" ? "persons" : "units"}; ${p.findings} findings to read; ranked first: ${p.leaders}.`,
  },
});
