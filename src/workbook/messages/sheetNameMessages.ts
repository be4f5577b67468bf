// Canonical sheet names of the workbook contract (design.md), in Vietnamese and English.

import { defineMessages } from "../../core/messages/messageTypes";

export const sheetNameMessages = defineMessages({
  guide: { vi: () => "Hướng dẫn", en: () => "Guide" },
  settings: { vi: () => "Cài đặt", en: () => "Settings" },
  criteria: { vi: () => "Tiêu chí", en: () => "Criteria" },
  units: { vi: () => "Đơn vị", en: () => "Units" },
  data: { vi: () => "Số liệu", en: () => "Data" },
  self: { vi: () => "Tự chấm", en: () => "Self" },
  review: { vi: () => "Thẩm định", en: () => "Review" },
  final: { vi: () => "Tổng hợp", en: () => "Final points" },
  peerMatrix: { vi: () => "Chấm chéo", en: () => "Peer matrix" },
  evidence: { vi: () => "Minh chứng", en: () => "Evidence" },
  result: { vi: () => "Xếp hạng", en: () => "Ranking" },
  /** The printable results sheet for the council and signatures. */
  print: { vi: () => "Kết quả", en: () => "Results" },
  analysis: { vi: () => "Phân tích", en: () => "Analysis" },
  // Excel reserves the sheet name "History" (change tracking), so the English sheet says what history it holds.
  history: { vi: () => "Lịch sử", en: () => "Award history" },
  log: { vi: () => "Nhật ký", en: () => "Log" },
  // The metadata sheet keeps one name in every language: tools find it by TD_Meta, people never see it.
  meta: { vi: () => "_thidua", en: () => "_thidua" },
  /** One rater's peer-score sheet (chấm chéo). */
  peer: { vi: (p: { code: string }) => `CC ${p.code}`, en: (p: { code: string }) => `PS ${p.code}` },
});
