// Texts of the minutes of the year-end meeting (Biên bản họp bình xét, suy tôn), as a Vietnamese secretariat writes
// them, and in English.

import { defineMessages } from "../../core/messages/messageTypes";

type Cluster = { cluster: string };

export const minutesMessages = defineMessages({
  nation: { vi: () => "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: () => "SOCIALIST REPUBLIC OF VIET NAM" },
  motto: { vi: () => "Độc lập - Tự do - Hạnh phúc", en: () => "Independence - Freedom - Happiness" },
  number: { vi: () => "Số:       /BB-CTĐ", en: () => "No.:       /MIN" },
  placeDate: {
    vi: (p: { town: string; date: string }) => `${p.town || "……"}, ${p.date || "ngày …… tháng …… năm ……"}`,
    en: (p: { town: string; date: string }) => `${p.town || "……"}, ${p.date || "…… / …… / ……"}`,
  },
  title: { vi: () => "BIÊN BẢN", en: () => "MINUTES" },
  subtitle: {
    vi: (p: Cluster & { period: string }) =>
      `Họp bình xét, suy tôn thi đua${p.period ? ` ${p.period.toLocaleLowerCase("vi")}` : ""} của ${p.cluster}`,
    en: (p: Cluster & { period: string }) =>
      `Year-end deliberation and vote${p.period ? `, ${p.period.toLowerCase()}` : ""}, ${p.cluster}`,
  },
  sectionParticulars: {
    vi: () => "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN",
    en: () => "I. TIME, PLACE AND ATTENDANCE",
  },
  time: {
    vi: (p: { time: string; date: string }) =>
      `Vào hồi ${p.time || "…… giờ ……"}, ${p.date || "ngày …… tháng …… năm ……"}.`,
    en: (p: { time: string; date: string }) => `At ${p.time || "……"} on ${p.date || "……"}.`,
  },
  timeLabel: { vi: () => "Thời gian: ", en: () => "Time: " },
  placeLabel: { vi: () => "Địa điểm: ", en: () => "Place: " },
  chairLabel: { vi: () => "Chủ trì: ", en: () => "Chair: " },
  secretaryLabel: { vi: () => "Thư ký: ", en: () => "Secretary: " },
  attendeesLabel: { vi: () => "Thành phần tham dự: ", en: () => "Attending: " },
  person: {
    vi: (p: { name: string; title: string }) =>
      p.name ? `Đồng chí ${p.name}${p.title ? `, ${p.title}` : ""}.` : "……………………………………",
    en: (p: { name: string; title: string }) => (p.name ? `${p.name}${p.title ? `, ${p.title}` : ""}.` : "……"),
  },
  presence: {
    vi: (p: { present: string; members: number; absent: string }) =>
      `Có mặt ${p.present}/${p.members} đơn vị thành viên${p.absent ? `; vắng mặt: ${p.absent}` : ""}.`,
    en: (p: { present: string; members: number; absent: string }) =>
      `${p.present} of ${p.members} member units present${p.absent ? `; absent: ${p.absent}` : ""}.`,
  },
  presenceLabel: { vi: () => "Số thành viên dự họp: ", en: () => "Members: " },
  sectionContent: { vi: () => "II. NỘI DUNG", en: () => "II. PROCEEDINGS" },
  rankingHeading: {
    vi: (p: { period: string }) =>
      `1. Kết quả chấm điểm, xếp hạng thi đua${p.period ? ` ${p.period.toLocaleLowerCase("vi")}` : ""}`,
    en: (p: { period: string }) => `1. Scores and ranking${p.period ? `, ${p.period.toLowerCase()}` : ""}`,
  },
  rankingIntro: {
    vi: () =>
      "Căn cứ kết quả chấm điểm, thẩm định và xếp hạng thi đua, Thường trực cụm báo cáo kết quả của các đơn vị thành viên như sau:",
    en: () => "From the scores, their review and the ranking, the secretariat reported the members' results:",
  },
  colIndex: { vi: () => "STT", en: () => "No." },
  colUnit: { vi: () => "Tên đơn vị", en: () => "Unit" },
  colFinal: { vi: () => "Tổng điểm", en: () => "Score" },
  colRank: { vi: () => "Xếp hạng", en: () => "Rank" },
  colGrade: { vi: () => "Xếp loại", en: () => "Grade" },
  colProposal: { vi: () => "Đề nghị khen thưởng", en: () => "Proposed award" },
  colMatter: { vi: () => "Nội dung", en: () => "Vote on" },
  colYes: { vi: () => "Tán thành", en: () => "For" },
  colNo: { vi: () => "Không tán thành", en: () => "Against" },
  colShare: { vi: () => "Tỷ lệ tán thành", en: () => "Share for" },
  colResult: { vi: () => "Kết quả", en: () => "Result" },
  gradeLegend: {
    vi: () =>
      "Ghi chú: HTXSNV – Hoàn thành xuất sắc nhiệm vụ; HTTNV – Hoàn thành tốt nhiệm vụ; HTNV – Hoàn thành nhiệm vụ; KHTNV – Không hoàn thành nhiệm vụ.",
    en: () =>
      "Grades: HTXSNV – tasks completed excellently; HTTNV – completed well; HTNV – completed; KHTNV – not completed.",
  },
  leftOut: {
    vi: (p: { unit: string; award: string; reason: string }) =>
      `${p.unit} không được đề nghị ${p.award} theo kết quả chấm điểm: ${p.reason}.`,
    en: (p: { unit: string; award: string; reason: string }) =>
      `${p.unit} was not proposed for the ${p.award} by the scores: ${p.reason}.`,
  },
  voteHeading: {
    vi: () => "2. Bình xét, suy tôn và biểu quyết (bỏ phiếu kín)",
    en: () => "2. Deliberation and vote (secret ballot)",
  },
  quorumMet: {
    vi: (p: { present: number; members: number; needed: number; share: string }) =>
      `Có mặt ${p.present}/${p.members} thành viên, đủ túc số theo quy định (từ ${p.share} tổng số thành viên, tức ít nhất ${p.needed} thành viên); Hội nghị đủ điều kiện biểu quyết.`,
    en: (p: { present: number; members: number; needed: number; share: string }) =>
      `${p.present} of ${p.members} members were present, a quorum (at least ${p.share} of the members, ${p.needed}); the meeting could vote.`,
  },
  quorumMissed: {
    vi: (p: { present: string; members: number; needed: number; share: string }) =>
      `Có mặt ${p.present}/${p.members} thành viên, không đủ túc số theo quy định (cần từ ${p.share} tổng số thành viên, tức ít nhất ${p.needed} thành viên); các nội dung biểu quyết không có giá trị.`,
    en: (p: { present: string; members: number; needed: number; share: string }) =>
      `${p.present} of ${p.members} members were present, short of the quorum (at least ${p.share}, ${p.needed}); the votes do not count.`,
  },
  passRule: {
    vi: (p: { rule: string; share: string; basis: string; needed: string }) =>
      `Đề nghị được thông qua khi có ${p.rule === "at-least" ? "từ" : "trên"} ${p.share} ${p.basis === "present" ? "số thành viên có mặt" : "tổng số thành viên"} tán thành${p.needed ? ` (ít nhất ${p.needed} phiếu)` : ""}. Kết quả kiểm phiếu như sau:`,
    en: (p: { rule: string; share: string; basis: string; needed: string }) =>
      `A proposal passes with ${p.rule === "at-least" ? "at least" : "more than"} ${p.share} of ${p.basis === "present" ? "the members present" : "all members"} in favour${p.needed ? ` (${p.needed} votes or more)` : ""}. The count:`,
  },
  passed: { vi: () => "Thông qua", en: () => "Passed" },
  failed: { vi: () => "Không thông qua", en: () => "Not passed" },
  noQuorum: { vi: () => "Không đủ túc số", en: () => "No quorum" },
  notVoted: { vi: () => "Chưa biểu quyết", en: () => "Not voted" },
  elected: { vi: () => "Trúng cử", en: () => "Elected" },
  notElected: { vi: () => "Không trúng cử", en: () => "Not elected" },
  added: { vi: () => "(Hội nghị bổ sung)", en: () => "(added by the meeting)" },
  addedReason: {
    vi: (p: { unit: string; award: string; reason: string }) =>
      `${p.unit} do Hội nghị bổ sung vào danh sách đề nghị ${p.award}; lý do: ${p.reason}`,
    en: (p: { unit: string; award: string; reason: string }) =>
      `${p.unit} was added by the meeting as a ${p.award} candidate; reason: ${p.reason}`,
  },
  leadershipHeading: {
    vi: (p: { body: string; year: string }) => `3. Bầu đơn vị Trưởng ${p.body}, Phó Trưởng ${p.body}${p.year}`,
    en: (p: { body: string; year: string }) => `3. Election of the ${p.body} leader and deputy${p.year}`,
  },
  nextYear: {
    vi: (p: { year: number }) => (p.year > 0 ? ` năm ${p.year}` : ""),
    en: (p: { year: number }) => (p.year > 0 ? ` for ${p.year}` : ""),
  },
  electedLine: {
    vi: (p: { role: string; unit: string; yes: number; basis: number }) =>
      `Đơn vị ${p.role}: ${p.unit} (${p.yes}/${p.basis} phiếu tán thành).`,
    en: (p: { role: string; unit: string; yes: number; basis: number }) =>
      `${p.role}: ${p.unit} (${p.yes} of ${p.basis} in favour).`,
  },
  notElectedLine: {
    vi: (p: { role: string }) => `Chưa bầu được đơn vị ${p.role}.`,
    en: (p: { role: string }) => `No ${p.role} was elected.`,
  },
  sectionConclusion: { vi: () => "III. KẾT LUẬN", en: () => "III. CONCLUSION" },
  adoptedIntro: {
    vi: () => "Hội nghị thống nhất đề nghị cấp có thẩm quyền xem xét, khen thưởng:",
    en: () => "The meeting agreed to propose for award:",
  },
  adoptedLine: {
    vi: (p: { award: string; units: string }) => `Tặng ${p.award} cho: ${p.units}.`,
    en: (p: { award: string; units: string }) => `${p.award}: ${p.units}.`,
  },
  nothingAdopted: {
    vi: () => "Hội nghị không thông qua đề nghị khen thưởng nào.",
    en: () => "The meeting adopted no proposal.",
  },
  noQuorumConclusion: {
    vi: () => "Hội nghị không đủ túc số; đề nghị Thường trực cụm tổ chức họp lại để bình xét, biểu quyết.",
    en: () => "The meeting lacked a quorum; the secretariat is to convene it again for the vote.",
  },
  notesIntro: {
    vi: () => "Những nội dung cần lưu ý để Hội đồng Thi đua – Khen thưởng xem xét:",
    en: () => "Points for the council's attention:",
  },
  closing: {
    vi: (p: { time: string }) =>
      `Cuộc họp kết thúc vào hồi ${p.time || "…… giờ ……"} cùng ngày. Biên bản đã được thông qua tại cuộc họp; các thành viên dự họp nhất trí với nội dung biên bản./.`,
    en: (p: { time: string }) =>
      `The meeting closed at ${p.time || "……"} the same day. These minutes were read out and approved by the members present.`,
  },
  secretary: { vi: () => "THƯ KÝ", en: () => "SECRETARY" },
  chair: { vi: () => "CHỦ TRÌ", en: () => "CHAIR" },
  signHint: { vi: () => "(Ký, ghi rõ họ tên)", en: () => "(Signature and full name)" },
  recipients: { vi: () => "Nơi nhận:", en: () => "To:" },
  recipientBoard: {
    vi: () => "- Ban Thi đua – Khen thưởng tỉnh;",
    en: () => "- Provincial Emulation–Commendation Board;",
  },
  recipientMembers: { vi: () => "- Các đơn vị thành viên;", en: () => "- Member units;" },
  recipientFile: { vi: () => "- Lưu: VT.", en: () => "- File." },
});
