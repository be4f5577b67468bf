// Titles, headers and row labels the workbook's sheets show, in Vietnamese and English.

import { defineMessages, formatNumber } from "../../core/messages/messageTypes";

type Titled = { suffix: string };
type Rater = { code: string; name: string; suffix: string };
type Cap = { cap: number };

export const sheetLabelMessages = defineMessages({
  titleSuffix: {
    vi: (p: { cluster: string; period: string }) =>
      [p.cluster, p.period ? `Kỳ ${p.period}` : ""].filter(Boolean).join(" — "),
    en: (p: { cluster: string; period: string }) =>
      [p.cluster, p.period ? `Period ${p.period}` : ""].filter(Boolean).join(" — "),
  },
  guideTitle: {
    vi: () => "HƯỚNG DẪN SỬ DỤNG BẢNG CHẤM ĐIỂM THI ĐUA",
    en: () => "HOW TO USE THIS EMULATION SCORING WORKBOOK",
  },
  settingsTitle: { vi: () => "CÀI ĐẶT CỦA CỤM/KHỐI THI ĐUA", en: () => "CLUSTER SETTINGS" },
  criteriaTitle: { vi: () => "BẢNG TIÊU CHÍ CHẤM ĐIỂM", en: () => "SCORING CRITERIA" },
  unitsTitle: { vi: () => "DANH SÁCH ĐƠN VỊ", en: () => "MEMBER UNITS" },
  dataTitle: {
    vi: (p: Titled) => `SỐ LIỆU CHỈ TIÊU VÀ THỰC HIỆN${p.suffix}`,
    en: (p: Titled) => `TARGETS AND ACTUALS${p.suffix}`,
  },
  selfTitle: { vi: (p: Titled) => `TỰ CHẤM ĐIỂM THI ĐUA${p.suffix}`, en: (p: Titled) => `SELF-SCORES${p.suffix}` },
  reviewTitle: { vi: (p: Titled) => `THẨM ĐỊNH ĐIỂM${p.suffix}`, en: (p: Titled) => `REVIEW${p.suffix}` },
  finalTitle: {
    vi: (p: Titled) => `ĐIỂM TỔNG HỢP THEO TỪNG TIÊU CHÍ (SAU THẨM ĐỊNH)${p.suffix}`,
    en: (p: Titled) => `FINAL POINTS PER CRITERION (LAST STAGE)${p.suffix}`,
  },
  peerTitle: {
    vi: (p: Rater) => `CHẤM CHÉO — ĐƠN VỊ CHẤM: ${p.code} – ${p.name}${p.suffix}`,
    en: (p: Rater) => `PEER SCORES — RATER: ${p.code} – ${p.name}${p.suffix}`,
  },
  peerMatrixTitle: {
    vi: (p: Titled) => `TỔNG HỢP CHẤM CHÉO (DÒNG: ĐƠN VỊ CHẤM, CỘT: ĐƠN VỊ ĐƯỢC CHẤM)${p.suffix}`,
    en: (p: Titled) => `PEER MATRIX (ROWS: RATERS, COLUMNS: RATEES)${p.suffix}`,
  },
  evidenceTitle: { vi: (p: Titled) => `MINH CHỨNG${p.suffix}`, en: (p: Titled) => `EVIDENCE${p.suffix}` },
  resultTitle: {
    vi: (p: Titled) => `KẾT QUẢ XẾP HẠNG, XẾP LOẠI${p.suffix}`,
    en: (p: Titled) => `RANKING AND GRADES${p.suffix}`,
  },
  resultSubtitle: {
    vi: () =>
      "Điểm, thứ hạng và xếp loại là công thức tự tính lại khi số liệu thay đổi; đề nghị khen thưởng, ghi chú và cảnh báo được ghi khi chạy Xếp hạng trong add-in.",
    en: () =>
      "Points, ranks and grades are live formulas; award proposals, notes and flags are written when the add-in's Rank runs.",
  },
  analysisTitle: { vi: () => "PHÂN TÍCH CÔNG BẰNG", en: () => "FAIRNESS ANALYSIS" },
  analysisEmpty: {
    vi: () => "Chạy Xếp hạng trong add-in để điền phần phân tích này.",
    en: () => "Run Rank in the add-in to fill this analysis.",
  },
  historyTitle: { vi: () => "LỊCH SỬ XẾP HẠNG VÀ KHEN THƯỞNG", en: () => "RANKING AND AWARD HISTORY" },
  logTitle: { vi: () => "NHẬT KÝ", en: () => "LOG" },

  code: { vi: () => "Mã", en: () => "Code" },
  criterion: { vi: () => "Tiêu chí", en: () => "Criterion" },
  max: { vi: () => "Điểm tối đa", en: () => "Max" },
  kind: { vi: () => "Loại", en: () => "Kind" },
  unitCode: { vi: () => "Mã đơn vị", en: () => "Unit code" },
  unitName: { vi: () => "Tên đơn vị", en: () => "Unit name" },
  cluster: { vi: () => "Cụm/khối", en: () => "Cluster" },
  priority: { vi: () => "Ưu tiên khi bằng điểm", en: () => "Priority in a tie" },
  disqualified: { vi: () => "Không đủ điều kiện xét khen thưởng", en: () => "Disqualified" },

  contentPoints: { vi: () => "Điểm nội dung", en: () => "Content points" },
  bonusTotal: {
    vi: (p: Cap) => `Điểm thưởng (tối đa ${formatNumber(p.cap, "vi")})`,
    en: (p: Cap) => `Bonus (at most ${formatNumber(p.cap, "en")})`,
  },
  deductionTotal: { vi: () => "Điểm trừ", en: () => "Deductions" },
  total: { vi: () => "TỔNG ĐIỂM", en: () => "TOTAL" },
  afterReview: { vi: () => " (sau thẩm định)", en: () => " (after review)" },
  reviewedCount: {
    vi: () => "Số ô đã thẩm định (cột C: cả bảng)",
    en: () => "Entries reviewed (column C: whole sheet)",
  },
  reviewNotes: {
    vi: () => "GHI CHÚ THẨM ĐỊNH — ghi lý do mỗi khi thay đổi điểm tự chấm",
    en: () => "REVIEW NOTES — give the reason for every changed score",
  },
  peerComplete: { vi: () => "Đã chấm đủ (1 = đủ, 0 = còn thiếu)", en: () => "Complete (1 = yes, 0 = missing scores)" },
  ownColumn: { vi: () => "(tự mình: không chấm)", en: () => "(itself: not scored)" },
  lowestShare: {
    vi: () => "Tỷ lệ thấp nhất so với điểm tối đa (xét ngưỡng sàn)",
    en: () => "Lowest share of max (grade floors)",
  },
  fullCount: { vi: () => "Số tiêu chí đạt điểm tối đa", en: () => "Criteria at full points" },

  dataTarget: {
    vi: () => "CHỈ TIÊU (KẾ HOẠCH GIAO) — nhập số lớn hơn 0",
    en: () => "TARGETS — enter a number above 0",
  },
  dataActual: {
    vi: () => "THỰC HIỆN — hoặc SỐ LƯỢNG với tiêu chí tính theo số lượng",
    en: () => "ACTUALS — or the COUNT for per-unit criteria",
  },
  dataRatio: { vi: () => "TỶ LỆ THỰC HIỆN / CHỈ TIÊU (tự tính)", en: () => "ACTUAL / TARGET (computed)" },
  dataBest: {
    vi: () => "TỶ LỆ CAO NHẤT TRONG CỤM/KHỐI R* (tự tính)",
    en: () => "BEST RATIO IN THE CLUSTER R* (computed)",
  },
  dataPoints: { vi: () => "ĐIỂM TÍNH TỪ SỐ LIỆU (tự tính)", en: () => "POINTS FROM THE DATA (computed)" },

  rater: { vi: () => "Đơn vị chấm", en: () => "Rater" },
  ratedCount: { vi: () => "Số đơn vị đã chấm đủ", en: () => "Units scored completely" },
  ratersCount: { vi: () => "Số đơn vị chấm đủ", en: () => "Complete raters" },

  group: { vi: (p: { code: string }) => `Nhóm ${p.code}`, en: (p: { code: string }) => `Group ${p.code}` },
  bonus: { vi: () => "Điểm thưởng", en: () => "Bonus" },
  deduction: { vi: () => "Điểm trừ", en: () => "Deductions" },
  finalTotal: { vi: () => "Điểm xếp hạng", en: () => "Final" },
  rank: { vi: () => "Thứ hạng", en: () => "Rank" },
  /** The ranking's notes: how a tie was broken, why a grade is lower than the total reaches, an award withheld. */
  tieBreak: { vi: () => "Ghi chú", en: () => "Notes" },
  grade: { vi: () => "Xếp loại", en: () => "Grade" },
  award: { vi: () => "Đề nghị khen thưởng", en: () => "Award proposal" },
  flags: { vi: () => "Cảnh báo", en: () => "Flags" },
  clusterIndex: { vi: () => "Số thứ tự cụm (cột phụ)", en: () => "Cluster number (helper)" },
  keyFinal: { vi: () => "Khóa: điểm làm tròn", en: () => "Key: rounded final" },
  keyFirstGroup: { vi: () => "Khóa: điểm nhóm đầu", en: () => "Key: first group" },
  keyDeduction: { vi: () => "Khóa: điểm trừ", en: () => "Key: deductions" },
  keyFullCriteria: { vi: () => "Khóa: tiêu chí đạt tối đa", en: () => "Key: criteria at full points" },
  keyPriority: { vi: () => "Khóa: ưu tiên", en: () => "Key: priority" },
  share: { vi: () => "Tỷ lệ điểm / điểm nội dung tối đa", en: () => "Share of content max" },
  inputHash: {
    vi: () => "Mã kiểm tra dữ liệu đầu vào của lần xếp hạng gần nhất",
    en: () => "Input hash of the last ranking",
  },

  settingKey: { vi: () => "Khóa", en: () => "Key" },
  settingValue: { vi: () => "Giá trị", en: () => "Value" },
  settingMeaning: { vi: () => "Ý nghĩa", en: () => "Meaning" },
  historyYear: { vi: () => "Năm", en: () => "Year" },
  historyRank: { vi: () => "Thứ hạng", en: () => "Rank" },
  historyAward: { vi: () => "Khen thưởng", en: () => "Award" },
  logTime: { vi: () => "Thời gian", en: () => "Time" },
  logAction: { vi: () => "Thao tác", en: () => "Action" },
  logFile: { vi: () => "Tệp", en: () => "File" },
  logHash: { vi: () => "Mã băm", en: () => "Hash" },
  logSummary: { vi: () => "Tóm tắt", en: () => "Summary" },
  logChain: { vi: () => "Chuỗi kiểm tra", en: () => "Check chain" },
  severity: { vi: () => "Mức độ", en: () => "Severity" },
  rule: { vi: () => "Mã quy tắc", en: () => "Rule id" },
  finding: { vi: () => "Phát hiện", en: () => "Finding" },
  message: { vi: () => "Nội dung", en: () => "Message" },
  error: { vi: () => "Lỗi", en: () => "Error" },
  warning: { vi: () => "Cảnh báo", en: () => "Warning" },
  info: { vi: () => "Thông tin", en: () => "Info" },
});
