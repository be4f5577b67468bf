// Messages of the Settings (Cài đặt) screen, in Vietnamese and English.
import { defineMessages } from "../../core/messages/messageTypes";

export const settingsMessages = defineMessages({
  tab: { vi: () => "Cài đặt", en: () => "Settings" },
  title: { vi: () => "Cài đặt của sổ tính", en: () => "The workbook's settings" },
  readOnly: {
    vi: () =>
      "Các cài đặt này đã được ghi vào sổ tính khi tạo bảng chấm điểm và các công thức được lập theo chúng, nên ở phiên bản này chỉ xem được, chưa sửa được tại đây. Muốn dùng cài đặt khác, hãy tạo bảng chấm điểm mới trong một sổ tính trống.",
    en: () =>
      "These settings were written into the workbook with the scoring table and its formulas were built from them, so in this version they can be viewed here but not changed. To use other settings, create a new scoring table in an empty workbook.",
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
  weighted: {
    vi: (p: { self: string; peer: string; review: string }) =>
      `Bình quân gia quyền: tự chấm ${p.self}, chấm chéo ${p.peer}, thẩm định ${p.review}`,
    en: (p: { self: string; peer: string; review: string }) =>
      `Weighted: self ${p.self}, peer ${p.peer}, review ${p.review}`,
  },
  trimming: { vi: () => "Loại điểm chấm chéo", en: () => "Peer trimming" },
  trimmingValue: {
    vi: (p: { drop: number; min: number }) =>
      `Bỏ ${p.drop} điểm cao nhất và ${p.drop} điểm thấp nhất khi có từ ${p.min} người chấm`,
    en: (p: { drop: number; min: number }) =>
      `Drop the ${p.drop} highest and ${p.drop} lowest when ${p.min} or more raters scored`,
  },
  thresholds: { vi: () => "Ngưỡng xếp loại (tỷ lệ điểm tối đa)", en: () => "Grade thresholds (share of max)" },
  floors: { vi: () => "Mức sàn từng tiêu chí", en: () => "Per-criterion floors" },
  none: { vi: () => "Không áp dụng", en: () => "None" },
  quotas: { vi: () => "Chỉ tiêu khen thưởng", en: () => "Award quotas" },
  quotasValue: {
    vi: (p: { flags: number; share: string; min: number }) =>
      `${p.flags} Cờ thi đua mỗi cụm; Bằng khen: ${p.share} số đơn vị, ít nhất ${p.min}`,
    en: (p: { flags: number; share: string; min: number }) =>
      `${p.flags} emulation flag(s) per cluster; certificates of merit: ${p.share} of units, at least ${p.min}`,
  },
  tieBreak: { vi: () => "Thứ tự phân định khi bằng điểm", en: () => "Tie-break order" },
  tieFirstGroup: { vi: () => "điểm nhóm tiêu chí thứ nhất cao hơn", en: () => "higher points in the first group" },
  tieFewerDeductions: { vi: () => "bị trừ ít điểm hơn", en: () => "fewer deductions" },
  tieMoreFull: { vi: () => "nhiều tiêu chí đạt điểm tối đa hơn", en: () => "more criteria at full points" },
  tiePriority: { vi: () => "đơn vị ưu tiên", en: () => "priority unit" },
  language: { vi: () => "Ngôn ngữ của sổ tính", en: () => "Workbook language" },
});
