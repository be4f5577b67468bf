// Messages of the Analysis (Phân tích) screen and its charts, in Vietnamese and English.
import { LAYER_TERMS, termMessage } from "../../core/messages/glossary";
import { defineMessages } from "../../core/messages/messageTypes";

export const analysisMessages = defineMessages({
  tab: { vi: () => "Phân tích", en: () => "Analysis" },
  title: { vi: () => "Phân tích độ công bằng", en: () => "Fairness analysis" },
  run: { vi: () => "Phân tích", en: () => "Analyse" },
  running: { vi: () => "Đang phân tích…", en: () => "Analysing…" },
  empty: {
    vi: () =>
      "Bấm Phân tích để so sánh điểm tự chấm với điểm cuối cùng và, khi có chấm chéo, xem đơn vị nào chấm rộng tay hay chặt tay và mức thống nhất giữa các đơn vị chấm.",
    en: () => "Click Analyse to compare self scores with final scores and, when cross-scored, leniency and agreement.",
  },
  refused: {
    vi: () => "Chưa phân tích được vì số liệu còn lỗi. Mở bước Kiểm tra để sửa.",
    en: () => "The analysis needs entries without errors. Open Validate to fix them.",
  },
  selfVsFinal: { vi: () => "Tự chấm và điểm cuối cùng", en: () => "Self score and final score" },
  selfVsFinalRow: {
    vi: (p: { unit: string; self: string; final: string }) => `${p.unit}: tự chấm ${p.self}, cuối cùng ${p.final}`,
    en: (p: { unit: string; self: string; final: string }) => `${p.unit}: self ${p.self}, final ${p.final}`,
  },
  legendSelf: termMessage(LAYER_TERMS.self.short),
  legendFinal: { vi: () => "Cuối cùng", en: () => "Final" },
  leniency: { vi: () => "Mức chấm rộng tay, chặt tay của đơn vị chấm chéo", en: () => "Rater leniency" },
  leniencyRow: {
    vi: (p: { rater: string; value: string }) =>
      `${p.rater}: lệch ${p.value} điểm so với mức chung của các đơn vị khác`,
    en: (p: { rater: string; value: string }) => `${p.rater}: ${p.value} points from the consensus`,
  },
  leniencyAxis: {
    vi: () => "Bên trái: chấm chặt hơn các đơn vị khác; bên phải: chấm rộng hơn.",
    en: () => "Left: stricter than the others; right: more lenient.",
  },
  agreement: {
    vi: (p: { w: string; label: string }) =>
      `Mức thống nhất giữa các đơn vị chấm chéo (hệ số W của Kendall): ${p.w}, ${p.label}.`,
    en: (p: { w: string; label: string }) => `Agreement between raters (Kendall's W): ${p.w}, ${p.label}.`,
  },
  findings: { vi: () => "Nhận xét", en: () => "Observations" },
  noFindings: { vi: () => "Không có điều gì đáng lưu ý.", en: () => "Nothing stands out." },
});
