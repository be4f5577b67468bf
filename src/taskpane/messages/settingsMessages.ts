// Messages of the Settings (Cài đặt) screen, in Vietnamese and English: field labels, hints, checks and outcomes.
import { LAYER_TERMS } from "../../core/messages/glossary";
import { defineMessages } from "../../core/messages/messageTypes";

export const settingsMessages = defineMessages({
  tab: { vi: () => "Cài đặt", en: () => "Settings" },
  title: { vi: () => "Cài đặt của sổ tính", en: () => "The workbook's settings" },
  intro: {
    vi: () =>
      "Các công thức của sổ tính được lập theo những cài đặt này. Khi lưu, Thi đua lập lại mọi công thức theo cài đặt mới; số liệu đã nhập được giữ nguyên.",
    en: () =>
      "The workbook's formulas are built from these settings. Saving rebuilds every formula with the new settings; the entries stay as they are.",
  },
  unavailable: {
    vi: () =>
      "Không đọc được cài đặt: sổ tính chưa có bảng chấm điểm hoặc bảng bị hỏng. Mở bước Kiểm tra để xem lý do.",
    en: () =>
      "The settings could not be read: the workbook holds no scoring table or it is damaged. Open Validate to see why.",
  },
  finalRule: { vi: () => "Cách tính điểm xếp hạng", en: () => "How the ranking score is computed" },
  lastStage: {
    vi: () => "Điểm vòng cuối: điểm thẩm định nếu có, nếu không là điểm tự chấm",
    en: () => "The last stage: the review score where entered, else the self score",
  },
  weightedRule: {
    vi: () => "Bình quân có trọng số của điểm tự chấm, chấm chéo và thẩm định",
    en: () => "Weighted average of the self, peer and review scores",
  },
  weights: { vi: () => "Trọng số (%)", en: () => "Weights (%)" },
  weightSelf: { vi: () => `${LAYER_TERMS.self.short.vi} (%)`, en: () => `${LAYER_TERMS.self.short.en} (%)` },
  weightPeer: { vi: () => `${LAYER_TERMS.peer.short.vi} (%)`, en: () => `${LAYER_TERMS.peer.short.en} (%)` },
  weightReview: { vi: () => `${LAYER_TERMS.review.short.vi} (%)`, en: () => `${LAYER_TERMS.review.short.en} (%)` },
  trimming: {
    vi: () => "Bỏ điểm chấm chéo cao nhất và thấp nhất",
    en: () => "Dropping the highest and lowest peer totals",
  },
  dropEachSide: {
    vi: () => "Số tổng điểm bỏ ở mỗi đầu (cao nhất, thấp nhất)",
    en: () => "Totals dropped at each end (highest, lowest)",
  },
  minRaters: {
    vi: () => "Chỉ bỏ khi số đơn vị chấm chéo từ",
    en: () => "Only when the peer raters number at least",
  },
  thresholds: {
    vi: () => "Mức điểm xếp loại (% tổng điểm tối đa)",
    en: () => "Grade thresholds (% of the maximum total)",
  },
  floors: {
    vi: () => "Điểm sàn từng tiêu chí (% điểm tối đa của tiêu chí)",
    en: () => "Per-criterion floors (% of the criterion's maximum)",
  },
  floorsOn: { vi: () => "Áp dụng điểm sàn từng tiêu chí", en: () => "Apply per-criterion floors" },
  quotas: { vi: () => "Số lượng đề nghị khen thưởng", en: () => "How many awards are proposed" },
  flags: { vi: () => "Số Cờ thi đua mỗi cụm, khối", en: () => "Emulation flags per cluster" },
  certificateShare: {
    vi: () => "Bằng khen: tỷ lệ trên số đơn vị của cụm, khối (%)",
    en: () => "Certificates of merit: share of the cluster's units (%)",
  },
  certificateMin: { vi: () => "Bằng khen: số tối thiểu", en: () => "Certificates of merit: at least" },
  awardNames: { vi: () => "Tên hình thức khen thưởng trên văn bản", en: () => "Award names in documents" },
  flagName: { vi: () => "Tên đầy đủ của Cờ thi đua", en: () => "Full name of the emulation flag" },
  certificateName: { vi: () => "Tên đầy đủ của Bằng khen", en: () => "Full name of the certificate of merit" },
  voting: { vi: () => "Biểu quyết tại hội nghị tổng kết", en: () => "Voting at the year-end meeting" },
  quorumShare: {
    vi: () => "Số thành viên có mặt tối thiểu để biểu quyết (% tổng số thành viên)",
    en: () => "Members present needed to vote (% of all members)",
  },
  passShare: { vi: () => "Tỷ lệ phiếu tán thành để thông qua (%)", en: () => "Votes in favour needed to pass (%)" },
  passRule: { vi: () => "Cách so với tỷ lệ này", en: () => "How the votes compare with that share" },
  passMoreThan: { vi: () => "Phải cao hơn tỷ lệ (như quá bán)", en: () => "Above it (as in more than half)" },
  passAtLeast: { vi: () => "Từ tỷ lệ trở lên (như 2/3)", en: () => "At least it (as in two thirds)" },
  passBasis: { vi: () => "Tỷ lệ tính trên", en: () => "The share is of" },
  basisMembers: { vi: () => "Tổng số thành viên của cụm, khối", en: () => "All members of the cluster" },
  basisPresent: { vi: () => "Số thành viên có mặt", en: () => "The members present" },
  leaderRotationYears: {
    vi: () => "Không bầu lại đơn vị đã làm Trưởng cụm, khối trong số năm gần nhất (0 = không xét)",
    en: () => "Do not elect again a unit that led the cluster in this many recent years (0 = not checked)",
  },
  ballotPaper: { vi: () => "Khổ giấy in phiếu bầu", en: () => "Ballot paper size" },
  timeZone: {
    vi: () => "Múi giờ ghi thời gian trong Nhật ký, phiếu và biên bản",
    en: () => "Time zone of the times in the log, forms and minutes",
  },
  timeZoneHint: {
    vi: () => "Theo danh sách múi giờ chuẩn (IANA); ở Việt Nam: Asia/Ho_Chi_Minh.",
    en: () => "A standard (IANA) time zone; in Vietnam: Asia/Ho_Chi_Minh.",
  },
  tieBreak: { vi: () => "Thứ tự xét khi bằng điểm", en: () => "Tie-break order" },
  tieBreakHint: {
    vi: () => "Bỏ chọn một bước để không dùng nó; dùng nút Lên, Xuống để đổi thứ tự.",
    en: () => "Untick a step to leave it out; use Up and Down to change the order.",
  },
  tieFirstGroup: { vi: () => "điểm nhóm tiêu chí thứ nhất cao hơn", en: () => "higher points in the first group" },
  tieFewerDeductions: { vi: () => "bị trừ ít điểm hơn", en: () => "fewer deductions" },
  tieMoreFull: { vi: () => "nhiều tiêu chí đạt điểm tối đa hơn", en: () => "more criteria at full points" },
  tiePriority: { vi: () => "đơn vị thuộc diện ưu tiên", en: () => "a priority unit" },
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
