// Texts of the printable results sheet (Kết quả): the official header block, title, table headers, the settings
// used, the place/date line and the signature blocks, in Vietnamese (official style) and English.

import { defineMessages } from "../../core/messages/messageTypes";

/** "CỤM" for a cluster (cụm thi đua), "KHỐI" for a block (khối thi đua). */
type Body = { body: "cluster" | "block" };
const BODY_VI = { cluster: "CỤM", block: "KHỐI" } as const;
const BODY_EN = { cluster: "CLUSTER", block: "BLOCK" } as const;

export const printMessages = defineMessages({
  organFallback: {
    vi: (p: Body) => `${BODY_VI[p.body]} THI ĐUA`,
    en: (p: Body) => `EMULATION ${BODY_EN[p.body]}`,
  },
  nation: { vi: () => "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: () => "SOCIALIST REPUBLIC OF VIET NAM" },
  motto: { vi: () => "Độc lập - Tự do - Hạnh phúc", en: () => "Independence - Freedom - Happiness" },
  title: {
    vi: () => "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA",
    en: () => "SUMMARY OF EMULATION SCORES AND RANKING",
  },
  headerIndex: { vi: () => "STT", en: () => "No." },
  headerName: { vi: () => "Tên đơn vị", en: () => "Unit" },
  headerFinal: { vi: () => "Tổng điểm", en: () => "Final score" },
  headerRank: { vi: () => "Xếp hạng", en: () => "Rank" },
  headerGrade: { vi: () => "Xếp loại", en: () => "Grade" },
  headerAward: { vi: () => "Đề nghị khen thưởng", en: () => "Proposed award" },
  headerTieBreak: { vi: () => "Ghi chú", en: () => "Notes" },
  helperSortKey: { vi: () => "Khóa sắp xếp", en: () => "Sort key" },
  helperTableRow: { vi: () => "Dòng ở Xếp hạng", en: () => "Ranking row" },
  helperPosition: { vi: () => "Dòng của hạng", en: () => "Row of rank" },
  finalLastStage: {
    vi: () => "Điểm cuối cùng: điểm vòng cuối (điểm thẩm định nếu có, nếu không là điểm tự chấm).",
    en: () => "Final score: last stage (the review score where entered, else the self-score).",
  },
  /** `layers`: the mode's layers with their weights, already written per language ("tự chấm 20 %, …"). */
  finalWeighted: {
    vi: (p: { layers: string }) =>
      `Điểm cuối cùng: bình quân gia quyền (${p.layers}); lớp điểm chưa có được bỏ qua, trọng số chia lại cho các lớp còn lại.`,
    en: (p: { layers: string }) =>
      `Final score: weighted (${p.layers}); a layer with no scores is left out and the weights of the others rescaled.`,
  },
  layerWeight: {
    vi: (p: { layer: "self" | "peer" | "review"; share: string }) =>
      `${{ self: "tự chấm", peer: "chấm chéo", review: "thẩm định" }[p.layer]} ${p.share} %`,
    en: (p: { layer: "self" | "peer" | "review"; share: string }) => `${p.layer} ${p.share} %`,
  },
  peerNotCounted: {
    vi: () => "Điểm chấm chéo chỉ để tham khảo: cách tính điểm vòng cuối không dùng điểm chấm chéo.",
    en: () => "Peer scores are for reference only: the last-stage rule does not use them.",
  },
  peerTrim: {
    vi: (p: { drop: number; min: number }) =>
      `Chấm chéo: bỏ ${p.drop} điểm cao nhất và ${p.drop} điểm thấp nhất khi có từ ${p.min} đơn vị chấm trở lên.`,
    en: (p: { drop: number; min: number }) =>
      `Peer scores: the ${p.drop} highest and ${p.drop} lowest are dropped when ${p.min} or more units rated.`,
  },
  grades: {
    vi: (p: { max: string; excellent: string; good: string; done: string }) =>
      `Xếp loại theo tỷ lệ trên ${p.max} điểm: HTXSNV ≥ ${p.excellent}, HTTNV ≥ ${p.good}, HTNV ≥ ${p.done}; còn lại KHTNV.`,
    en: (p: { max: string; excellent: string; good: string; done: string }) =>
      `Grades by share of ${p.max} points: HTXSNV ≥ ${p.excellent}, HTTNV ≥ ${p.good}, HTNV ≥ ${p.done}; else KHTNV.`,
  },
  /** One grade's threshold, with its per-criterion floor when there is one: "90 % (sàn 85 %)". */
  gradeShare: {
    vi: (p: { share: string; floor: string }) => (p.floor ? `${p.share} % (sàn ${p.floor} %)` : `${p.share} %`),
    en: (p: { share: string; floor: string }) => (p.floor ? `${p.share} % (floor ${p.floor} %)` : `${p.share} %`),
  },
  awards: {
    vi: (p: { flags: number; share: string; min: number }) =>
      `Khen thưởng mỗi cụm, khối: ${p.flags} Cờ thi đua (hạng 1, HTXSNV); Bằng khen tối đa ${p.share} % số đơn vị (ít nhất ${p.min}).`,
    en: (p: { flags: number; share: string; min: number }) =>
      `Awards per cluster: ${p.flags} emulation flag(s) (rank 1, HTXSNV); certificates up to ${p.share} % of units (at least ${p.min}).`,
  },
  placeDate: { vi: () => "……, ngày …… tháng …… năm ……", en: () => "……, date ……/……/……" },
  secretary: { vi: () => "THƯ KÝ", en: () => "SECRETARY" },
  deputy: {
    vi: (p: Body) => `PHÓ TRƯỞNG ${BODY_VI[p.body]}`,
    en: (p: Body) => `DEPUTY ${BODY_EN[p.body]} LEADER`,
  },
  leader: { vi: (p: Body) => `TRƯỞNG ${BODY_VI[p.body]}`, en: (p: Body) => `${BODY_EN[p.body]} LEADER` },
  signHint: { vi: () => "(Ký, ghi rõ họ tên)", en: () => "(Signature and full name)" },
  /** The leader signs for the cluster and seals with the leading unit's seal. */
  signHintSeal: { vi: () => "(Ký, ghi rõ họ tên, đóng dấu)", en: () => "(Signature, full name and seal)" },
  /** The grade abbreviations spelled out once under the table: `list` is "HTXSNV – Hoàn thành …; …". */
  legend: {
    vi: (p: { list: string }) => `Chữ viết tắt: ${p.list}.`,
    en: (p: { list: string }) => `Abbreviations: ${p.list}.`,
  },
});
