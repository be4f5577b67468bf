// The guide sheet's text (Hướng dẫn / Guide): what the workbook holds and how to fill it, in Vietnamese and English.

import { defineMessages } from "../../core/messages/messageTypes";

type Sheet = { sheet: string };
/** Whom the template scores: a member unit (đơn vị) or a person (cá nhân). */
type Who = { who: "unit" | "person" };
const WHO_VI = { unit: "đơn vị", person: "cá nhân" } as const;

export const guideMessages = defineMessages({
  template: {
    vi: (p: { title: string; id: string; version: string }) =>
      `Mẫu bảng chấm điểm: ${p.title} (mã ${p.id}, phiên bản ${p.version})`,
    en: (p: { title: string; id: string; version: string }) =>
      `Scoring template: ${p.title} (id ${p.id}, version ${p.version})`,
  },
  cluster: {
    vi: (p: { cluster: string }) => `Cụm/khối thi đua: ${p.cluster}`,
    en: (p: { cluster: string }) => `Cluster: ${p.cluster}`,
  },
  period: {
    vi: (p: { period: string }) => `Kỳ đánh giá: ${p.period}`,
    en: (p: { period: string }) => `Period: ${p.period}`,
  },
  scale: {
    vi: (p: { contentMax: string; bonusCap: string }) =>
      `Điểm nội dung tối đa ${p.contentMax}; điểm thưởng tối đa ${p.bonusCap}; điểm trừ tính riêng.`,
    en: (p: { contentMax: string; bonusCap: string }) =>
      `Content max ${p.contentMax}; bonus at most ${p.bonusCap}; deductions apart.`,
  },
  modeSelf: {
    vi: (p: Who) => `Hình thức: ${WHO_VI[p.who]} tự chấm.`,
    en: () => "Mode: self-scoring.",
  },
  modeReview: {
    vi: (p: Who) => `Hình thức: ${WHO_VI[p.who]} tự chấm, Trưởng cụm/khối thẩm định.`,
    en: () => "Mode: self-scoring, reviewed by the cluster leader.",
  },
  modeCross: {
    vi: (p: Who) => `Hình thức: ${WHO_VI[p.who]} tự chấm, chấm chéo lẫn nhau, Trưởng cụm/khối thẩm định.`,
    en: (p: Who) =>
      `Mode: self-scoring, peer scoring between ${p.who === "person" ? "persons" : "units"}, review by the cluster leader.`,
  },
  legalBasis: { vi: () => "Căn cứ pháp lý:", en: () => "Legal basis:" },
  legalDocument: {
    vi: (p: { number: string; title: string; date: string }) =>
      `• ${p.number} — ${p.title}${p.date ? ` (${p.date})` : ""}`,
    en: (p: { number: string; title: string; date: string }) =>
      `• ${p.number} — ${p.title}${p.date ? ` (${p.date})` : ""}`,
  },
  howTo: { vi: () => "CÁCH ĐIỀN", en: () => "HOW TO FILL IT IN" },
  stepSelf: {
    vi: (p: Sheet & Who) =>
      `• Sheet “${p.sheet}”: mỗi ${WHO_VI[p.who]} nhập điểm tự chấm vào các ô nền vàng của cột mình; điểm nhóm, điểm tính từ số liệu và tổng điểm tự tính.`,
    en: (p: Sheet & Who) =>
      `• Sheet “${p.sheet}”: each ${p.who} enters its self-scores in the yellow cells of its column; group points, points from the data and totals compute themselves.`,
  },
  stepData: {
    vi: (p: Sheet & Who) =>
      `• Sheet “${p.sheet}”: Thường trực cụm/khối nhập chỉ tiêu giao (phiếu gửi đi mang chỉ tiêu đã khóa); số thực hiện (hoặc số lượng) của các tiêu chí định lượng do ${WHO_VI[p.who]} báo cáo.`,
    en: (p: Sheet & Who) =>
      `• Sheet “${p.sheet}”: the cluster secretariat enters the targets assigned (forms carry them locked); each ${p.who} reports the actuals (or counts) of quantitative criteria.`,
  },
  stepEvidence: {
    vi: (p: Sheet) =>
      `• Sheet “${p.sheet}”: ghi minh chứng (số văn bản, đường dẫn); điểm thưởng và điểm trừ bắt buộc có minh chứng.`,
    en: (p: Sheet) =>
      `• Sheet “${p.sheet}”: name the evidence (document numbers, links); bonus and deduction lines always need it.`,
  },
  stepPeer: {
    vi: (p: { prefix: string } & Who) =>
      `• Các sheet “${p.prefix} <mã ${WHO_VI[p.who]}>”: mỗi ${WHO_VI[p.who]} chấm chéo các ${WHO_VI[p.who]} khác trong cùng cụm/khối; cột của chính mình và của cụm/khối khác bị khóa. Chỉ cột chấm đủ mọi tiêu chí mới được tính.`,
    en: (p: { prefix: string } & Who) =>
      `• Sheets “${p.prefix} <${p.who} code>”: each ${p.who} scores the others of its own cluster; its own column and other clusters' columns are locked. Only columns scored in full count.`,
  },
  stepReview: {
    vi: (p: Sheet) =>
      `• Sheet “${p.sheet}”: Trưởng cụm/khối thẩm định; để trống là chấp nhận điểm tự chấm, khi thay đổi điểm phải ghi lý do ở phần ghi chú phía dưới.`,
    en: (p: Sheet) =>
      `• Sheet “${p.sheet}”: the cluster leader reviews; blank accepts the self-score, and a changed score needs a reason in the notes below.`,
  },
  stepResult: {
    vi: (p: Sheet) =>
      `• Sheet “${p.sheet}”: điểm, thứ hạng và xếp loại tự tính lại khi số liệu thay đổi (cả khi mở bằng Excel hoặc LibreOffice không có add-in).`,
    en: (p: Sheet) =>
      `• Sheet “${p.sheet}”: points, ranks and grades recompute as the data change (also in Excel or LibreOffice without the add-in).`,
  },
  legend: { vi: () => "CHÚ THÍCH", en: () => "LEGEND" },
  legendInput: { vi: () => "Ô nhập liệu (được sửa)", en: () => "Input cell (editable)" },
  legendGroup: { vi: () => "Dòng nhóm tiêu chí (tự tính)", en: () => "Criteria group row (computed)" },
  legendNotApplicable: { vi: () => "Không áp dụng", en: () => "Not applicable" },
  legendError: { vi: () => "Giá trị ngoài khoảng cho phép", en: () => "Value outside the allowed range" },
  settingsNote: {
    vi: (p: Sheet) =>
      `Các thông số trong sheet “${p.sheet}” (trọng số, ngưỡng xếp loại, số điểm chấm chéo bị loại, số chữ số làm tròn) đã được ghi thẳng vào công thức khi tạo bảng, vì vậy sheet này bị khóa. Muốn thay đổi, hãy dùng màn hình Cài đặt của add-in: add-in sẽ lập lại các công thức.`,
    en: (p: Sheet) =>
      `The numbers on sheet “${p.sheet}” (weights, grade thresholds, peer trimming, rounding) were written into the formulas when the workbook was made, so that sheet is locked. To change them, use the add-in's Settings screen: it rewrites the formulas.`,
  },
  protectionNote: {
    vi: () =>
      "Các sheet được khóa (không đặt mật khẩu) để tránh sửa nhầm công thức; chỉ các ô nền vàng được nhập. Dán dữ liệu có thể bỏ qua kiểm tra nhập liệu: add-in kiểm tra lại toàn bộ.",
    en: () =>
      "Sheets are protected (no password) against accidental edits of formulas; only yellow cells take input. Pasting can bypass input checks: the add-in checks everything again.",
  },
  resultNote: {
    vi: () =>
      "Đề nghị khen thưởng, ghi chú bằng điểm và cảnh báo chỉ được ghi khi chạy Xếp hạng trong add-in; nếu số liệu thay đổi sau đó, lần kiểm tra sau sẽ báo kết quả đã cũ.",
    en: () =>
      "Award proposals, tie-break notes and flags are written only by the add-in's Rank; if the data change afterwards, the next check says the results are stale.",
  },
});
