// Messages of the Settings (Cài đặt) screen, in Vietnamese and English: field labels, hints, checks and outcomes.
import { LAYER_TERMS } from "../../core/messages/glossary";
import { defineMessages } from "../../core/messages/messageTypes";

export const settingsMessages = defineMessages({
  tab: { vi: () => "Cài đặt", en: () => "Settings" },
  title: { vi: () => "Cài đặt của sổ tính", en: () => "The workbook's settings" },
  intro: {
    vi: () =>
      "Các công thức của sổ tính được lập theo những cài đặt này. Khi lưu, add-in lập lại mọi công thức theo cài đặt mới; số liệu đã nhập được giữ nguyên.",
    en: () =>
      "The workbook's formulas are built from these settings. Saving rebuilds every formula with the new settings; the entries stay as they are.",
  },
  unavailable: {
    vi: () =>
      "Không đọc được cài đặt: sổ tính chưa có bảng chấm điểm hoặc bảng bị hỏng. Mở bước Kiểm tra để xem lý do.",
    en: () =>
      "The settings could not be read: the workbook holds no scoring table or it is damaged. Open Validate to see why.",
  },
  finalRule: { vi: () => "Cách tính điểm cuối cùng", en: () => "Final score rule" },
  lastStage: {
    vi: () => "Lấy điểm thẩm định nếu có, nếu không lấy điểm tự chấm",
    en: () => "Review where entered, else self score",
  },
  weightedRule: { vi: () => "Bình quân gia quyền các lớp chấm", en: () => "Weighted blend of the layers" },
  weights: { vi: () => "Trọng số (%)", en: () => "Weights (%)" },
  weightSelf: { vi: () => `${LAYER_TERMS.self.short.vi} (%)`, en: () => `${LAYER_TERMS.self.short.en} (%)` },
  weightPeer: { vi: () => `${LAYER_TERMS.peer.short.vi} (%)`, en: () => `${LAYER_TERMS.peer.short.en} (%)` },
  weightReview: { vi: () => `${LAYER_TERMS.review.short.vi} (%)`, en: () => `${LAYER_TERMS.review.short.en} (%)` },
  trimming: { vi: () => "Loại điểm chấm chéo", en: () => "Peer trimming" },
  dropEachSide: { vi: () => "Số điểm bỏ mỗi phía (cao nhất, thấp nhất)", en: () => "Totals dropped each side" },
  minRaters: { vi: () => "Chỉ bỏ khi có ít nhất (người chấm)", en: () => "Only with at least (raters)" },
  thresholds: { vi: () => "Ngưỡng xếp loại (% điểm tối đa)", en: () => "Grade thresholds (% of max)" },
  floors: { vi: () => "Mức sàn từng tiêu chí (% điểm tối đa)", en: () => "Per-criterion floors (% of max)" },
  floorsOn: { vi: () => "Áp dụng mức sàn từng tiêu chí", en: () => "Apply per-criterion floors" },
  quotas: { vi: () => "Chỉ tiêu khen thưởng", en: () => "Award quotas" },
  flags: { vi: () => "Cờ thi đua mỗi cụm", en: () => "Emulation flags per cluster" },
  certificateShare: {
    vi: () => "Bằng khen: tỷ lệ số đơn vị (%)",
    en: () => "Certificates of merit: share of units (%)",
  },
  certificateMin: { vi: () => "Bằng khen: ít nhất", en: () => "Certificates of merit: at least" },
  tieBreak: { vi: () => "Thứ tự phân định khi bằng điểm", en: () => "Tie-break order" },
  tieBreakHint: {
    vi: () => "Bỏ chọn một bước để không dùng nó; dùng nút Lên, Xuống để đổi thứ tự.",
    en: () => "Untick a step to leave it out; use Up and Down to change the order.",
  },
  tieFirstGroup: { vi: () => "điểm nhóm tiêu chí thứ nhất cao hơn", en: () => "higher points in the first group" },
  tieFewerDeductions: { vi: () => "bị trừ ít điểm hơn", en: () => "fewer deductions" },
  tieMoreFull: { vi: () => "nhiều tiêu chí đạt điểm tối đa hơn", en: () => "more criteria at full points" },
  tiePriority: { vi: () => "đơn vị ưu tiên", en: () => "priority unit" },
  moveUp: {
    vi: (p: { step: string }) => `Đưa “${p.step}” lên`,
    en: (p: { step: string }) => `Move “${p.step}” up`,
  },
  moveDown: {
    vi: (p: { step: string }) => `Đưa “${p.step}” xuống`,
    en: (p: { step: string }) => `Move “${p.step}” down`,
  },
  up: { vi: () => "Lên", en: () => "Up" },
  down: { vi: () => "Xuống", en: () => "Down" },
  moved: {
    vi: (p: { step: string; position: number }) => `“${p.step}” giờ ở vị trí ${p.position}.`,
    en: (p: { step: string; position: number }) => `“${p.step}” is now step ${p.position}.`,
  },
  language: { vi: () => "Ngôn ngữ của sổ tính", en: () => "Workbook language" },
  notANumber: { vi: () => "Hãy nhập một số.", en: () => "Enter a number." },
  fixFirst: {
    vi: () => "Chưa lưu: hãy sửa các ô được đánh dấu.",
    en: () => "Not saved: correct the marked fields first.",
  },
  save: { vi: () => "Lưu cài đặt", en: () => "Save settings" },
  saving: { vi: () => "Đang lưu…", en: () => "Saving…" },
  saved: {
    vi: () =>
      "Đã lưu cài đặt và lập lại công thức. Kết quả xếp hạng cũ không còn đúng: hãy mở bước Xếp hạng và xếp hạng lại.",
    en: () =>
      "Settings saved and formulas rebuilt. The earlier ranking no longer holds: open Rank and rank the workbook again.",
  },
  refused: { vi: () => "Chưa lưu cài đặt:", en: () => "Settings not saved:" },
});
