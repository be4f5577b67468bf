// Texts of the year-end meeting's sheets (Cuộc họp: the particulars; Bình xét: candidates and votes), of their log
// rows and of what the meeting operations report, in Vietnamese (official style) and English.

import { defineMessages, formatNumber } from "../../core/messages/messageTypes";

type Body = { body: string };
type Year = { year: string };

export const MEETING_RULES = {
  notRanked: "meeting.not-ranked",
  rankingStale: "meeting.ranking-stale",
  entriesHaveErrors: "meeting.entries-have-errors",
  notPrepared: "meeting.not-prepared",
  candidatesStale: "meeting.candidates-stale",
  votesStale: "meeting.votes-stale",
  notTallied: "meeting.not-tallied",
  rowKept: "meeting.row-kept",
  noSpareRow: "meeting.no-spare-row",
  unknownCluster: "meeting.unknown-cluster",
  unknownField: "meeting.unknown-field",
  particularBad: "meeting.particular-bad",
  tallyRefused: "meeting.tally-refused",
  rowMoved: "meeting.row-moved",
} as const;

declare module "../../core/findings/ruleId" {
  interface RuleRegistries {
    meeting: typeof MEETING_RULES;
  }
}

const pct = (share: number, lang: "vi" | "en") => formatNumber(share * 100, lang, 2);

export const meetingMessages = defineMessages({
  meetingSheet: { vi: () => "Cuộc họp", en: () => "Meeting" },
  votesSheet: { vi: () => "Bình xét", en: () => "Deliberation" },
  minutesSheet: {
    vi: (p: { cluster: string }) => (p.cluster ? `Biên bản ${p.cluster}` : "Biên bản"),
    en: (p: { cluster: string }) => (p.cluster ? `Minutes ${p.cluster}` : "Minutes"),
  },

  minutesFile: { vi: () => "Biên bản", en: () => "Minutes" },
  meetingTitle: {
    vi: (p: Year) => `THÔNG TIN CUỘC HỌP BÌNH XÉT, SUY TÔN THI ĐUA ${p.year}`.trim(),
    en: (p: Year) => `YEAR-END MEETING PARTICULARS ${p.year}`.trim(),
  },
  meetingHint: {
    vi: () =>
      "Nhập một lần cho mỗi cụm, khối vào các ô màu vàng; biên bản và phiếu bầu lấy thông tin từ đây. Ngày ghi dạng 15/12/2026, giờ dạng 8 giờ 30.",
    en: () =>
      "Enter once per cluster in the yellow cells; the minutes and ballots take them from here. Dates as 15/12/2026, times as 8:30.",
  },
  fieldHeader: { vi: () => "Nội dung", en: () => "Particular" },
  fieldKey: { vi: () => "Khóa", en: () => "Key" },
  members: { vi: () => "Tổng số thành viên (đơn vị)", en: () => "Members (units)" },
  present: { vi: () => "Số thành viên có mặt", en: () => "Members present" },
  date: { vi: () => "Ngày họp (ngày/tháng/năm)", en: () => "Date (day/month/year)" },
  startTime: { vi: () => "Thời gian bắt đầu (giờ, phút)", en: () => "Start time (hours:minutes)" },
  endTime: { vi: () => "Thời gian kết thúc (giờ, phút)", en: () => "End time (hours:minutes)" },
  place: { vi: () => "Địa điểm họp", en: () => "Place" },
  town: {
    vi: () => "Địa danh ghi ở dòng ngày tháng của văn bản (ví dụ: Lào Cai)",
    en: () => "Town on the document's date line (e.g. Lào Cai)",
  },
  organ: {
    vi: () => "Tên ghi ở góc trái đầu văn bản (để trống: tên cụm, khối)",
    en: () => "Name in the document's top-left corner (blank: the cluster's name)",
  },
  chair: { vi: () => "Chủ trì (họ và tên)", en: () => "Chair (full name)" },
  chairTitle: { vi: () => "Chức vụ của người chủ trì", en: () => "Chair's position" },
  secretary: { vi: () => "Thư ký (họ và tên)", en: () => "Secretary (full name)" },
  secretaryTitle: { vi: () => "Chức vụ của thư ký", en: () => "Secretary's position" },
  attendees: {
    vi: () => "Thành phần tham dự (đại diện đơn vị thành viên, khách mời)",
    en: () => "Attending (member units' representatives, guests)",
  },
  absent: { vi: () => "Thành viên vắng mặt (lý do)", en: () => "Members absent (reason)" },
  leader: {
    vi: (p: Body & Year) => `Đơn vị Trưởng ${p.body} ${p.year} (mã)`.replace("  ", " "),
    en: (p: Body & Year) => `${p.body} leader unit ${p.year} (code)`.replace("  ", " "),
  },
  deputy: {
    vi: (p: Body & Year) => `Đơn vị Phó Trưởng ${p.body} ${p.year} (mã)`.replace("  ", " "),
    en: (p: Body & Year) => `Deputy ${p.body} leader unit ${p.year} (code)`.replace("  ", " "),
  },
  earlierLeaders: {
    vi: (p: Body) => `Trưởng ${p.body} các năm trước (ví dụ: 2025: MÃ; 2024: MÃ)`,
    en: (p: Body) => `Earlier ${p.body} leaders (e.g. 2025: CODE; 2024: CODE)`,
  },

  votesTitle: {
    vi: (p: Year) => `BÌNH XÉT, SUY TÔN THI ĐUA ${p.year}`.trim(),
    en: (p: Year) => `DELIBERATION AND VOTE ${p.year}`.trim(),
  },
  votesRules: {
    vi: (p: { quorum: number; pass: number; rule: string; basis: string }) =>
      `Túc số: từ ${pct(p.quorum, "vi")} % tổng số thành viên có mặt. Thông qua khi số phiếu tán thành ${p.rule === "at-least" ? "từ" : "trên"} ${pct(p.pass, "vi")} % ${p.basis === "present" ? "số thành viên có mặt" : "tổng số thành viên"}. Nhập số phiếu vào các ô màu vàng; cột Kết quả tự tính lại.`,
    en: (p: { quorum: number; pass: number; rule: string; basis: string }) =>
      `Quorum: ${pct(p.quorum, "en")} % of members present. Passes with ${p.rule === "at-least" ? "at least" : "more than"} ${pct(p.pass, "en")} % of ${p.basis === "present" ? "members present" : "all members"} in favour. Enter ballots in the yellow cells; the result column recalculates.`,
  },
  stampLabel: { vi: () => "Mã kiểm tra (danh sách; kiểm phiếu)", en: () => "Check stamps (list; tally)" },
  votesSection: {
    vi: () => "I. ĐƠN VỊ ĐƯỢC ĐỀ NGHỊ, ĐỀ CỬ VÀ KẾT QUẢ BIỂU QUYẾT",
    en: () => "I. CANDIDATES AND THE VOTE",
  },
  leftOutSection: {
    vi: () => "II. ĐƠN VỊ TRONG PHẠM VI SỐ LƯỢNG NHƯNG KHÔNG ĐƯỢC ĐỀ NGHỊ THEO KẾT QUẢ CHẤM ĐIỂM",
    en: () => "II. UNITS WITHIN THE QUOTA'S CUT-OFF NOT PROPOSED BY THE SCORES",
  },
  noneLeftOut: { vi: () => "Không có.", en: () => "None." },
  colCluster: { vi: () => "Cụm, khối", en: () => "Cluster" },
  colMatter: { vi: () => "Nội dung biểu quyết", en: () => "Vote on" },
  colAward: { vi: () => "Hình thức", en: () => "Award" },
  colCode: { vi: () => "Mã đơn vị", en: () => "Unit code" },
  colName: { vi: () => "Tên đơn vị", en: () => "Unit" },
  colRank: { vi: () => "Hạng", en: () => "Rank" },
  colFinal: { vi: () => "Tổng điểm", en: () => "Final score" },
  colGrade: { vi: () => "Xếp loại", en: () => "Grade" },
  colSource: { vi: () => "Căn cứ", en: () => "Basis" },
  colReason: { vi: () => "Lý do bổ sung, ghi chú", en: () => "Reason for adding, notes" },
  colYes: { vi: () => "Số phiếu tán thành", en: () => "In favour" },
  colNo: { vi: () => "Số phiếu không tán thành", en: () => "Against" },
  colMembers: { vi: () => "Tổng số thành viên", en: () => "Members" },
  colPresent: { vi: () => "Có mặt", en: () => "Present" },
  colShare: { vi: () => "Tỷ lệ tán thành", en: () => "Share in favour" },
  colResult: { vi: () => "Kết quả", en: () => "Result" },
  colKind: { vi: () => "Loại dòng", en: () => "Row kind" },
  colLeftOutReason: { vi: () => "Lý do không được đề nghị", en: () => "Why not proposed" },

  countInvalidHint: {
    vi: () => "Số phiếu là số nguyên từ 0 trở lên.",
    en: () => "A number of ballots is a whole number of at least 0.",
  },
  sourceScore: { vi: () => "Theo kết quả chấm điểm", en: () => "By the scores" },
  sourceAdded: { vi: () => "Hội nghị bổ sung", en: () => "Added by the meeting" },
  sourceNominated: { vi: () => "Đề cử", en: () => "Nominated" },
  resultPassed: { vi: () => "Đạt", en: () => "Passed" },
  resultFailed: { vi: () => "Không đạt", en: () => "Not passed" },
  resultNoQuorum: { vi: () => "Không đủ túc số", en: () => "No quorum" },
  resultInvalid: { vi: () => "Số phiếu không hợp lệ", en: () => "Invalid count" },

  leftOutDisqualified: {
    vi: () => "Đang được đánh dấu không đủ điều kiện khen thưởng",
    en: () => "Marked not eligible for awards",
  },
  leftOutGrade: {
    vi: (p: { grade: string }) => `Xếp loại ${p.grade}, chưa đạt Hoàn thành xuất sắc nhiệm vụ`,
    en: (p: { grade: string }) => `Grade ${p.grade}, not HTXSNV`,
  },
  leftOutTie: {
    vi: () => "Bằng điểm với đơn vị khác tại ngưỡng số lượng; Hội nghị xem xét, quyết định",
    en: () => "Tied with another unit at the cut-off; for the meeting to decide",
  },

  voteColumnHeader: { vi: () => "Kết quả biểu quyết", en: () => "Meeting's vote" },
  voteOutcome: {
    vi: (p: { award: string; added: number; result: string; yes: number; basis: number; counted: number }) =>
      `${p.award}${p.added ? " (bổ sung)" : ""}: ${p.result}${p.counted ? ` ${p.yes}/${p.basis}` : ""}`,
    en: (p: { award: string; added: number; result: string; yes: number; basis: number; counted: number }) =>
      `${p.award}${p.added ? " (added)" : ""}: ${p.result}${p.counted ? ` ${p.yes}/${p.basis}` : ""}`,
  },
  outcomePassed: { vi: () => "đạt", en: () => "passed" },
  outcomeFailed: { vi: () => "không đạt", en: () => "not passed" },
  outcomeNoQuorum: { vi: () => "không đủ túc số", en: () => "no quorum" },

  logPrepare: { vi: () => "Lập danh sách bình xét", en: () => "Deliberation list" },
  logPrepareSummary: {
    vi: (p: { clusters: string }) => `Đề nghị theo kết quả chấm điểm: ${p.clusters}.`,
    en: (p: { clusters: string }) => `Proposed by the scores: ${p.clusters}.`,
  },
  logParticulars: { vi: () => "Thông tin cuộc họp", en: () => "Meeting particulars" },
  logParticularsSummary: {
    vi: (p: { cluster: string; fields: string }) => `${p.cluster}: đã ghi ${p.fields}.`,
    en: (p: { cluster: string; fields: string }) => `${p.cluster}: wrote ${p.fields}.`,
  },
  logTally: { vi: () => "Kiểm phiếu", en: () => "Tally" },
  logTallySummary: {
    vi: (p: { clusters: string; changes: string }) => `${p.clusters}${p.changes ? ` Thay đổi: ${p.changes}.` : ""}`,
    en: (p: { clusters: string; changes: string }) => `${p.clusters}${p.changes ? ` Changed: ${p.changes}.` : ""}`,
  },
  logMinutes: { vi: () => "Lập biên bản họp bình xét", en: () => "Meeting minutes" },
  logMinutesSummary: {
    vi: (p: { clusters: string }) => `Biên bản của ${p.clusters}.`,
    en: (p: { clusters: string }) => `Minutes of ${p.clusters}.`,
  },
  logBallots: { vi: () => "Lập phiếu bầu", en: () => "Ballots" },
  logBallotsSummary: {
    vi: (p: { copies: number; clusters: string; paper: string }) => `${p.copies} phiếu khổ ${p.paper}: ${p.clusters}.`,
    en: (p: { copies: number; clusters: string; paper: string }) => `${p.copies} ballots on ${p.paper}: ${p.clusters}.`,
  },
  proposedList: {
    vi: (p: { cluster: string; flag: string; certificates: string }) =>
      `${p.cluster} – Cờ thi đua: ${p.flag || "không"}; Bằng khen: ${p.certificates || "không"}`,
    en: (p: { cluster: string; flag: string; certificates: string }) =>
      `${p.cluster} – flag: ${p.flag || "none"}; certificates: ${p.certificates || "none"}`,
  },
  talliedCluster: {
    vi: (p: { cluster: string; present: string; adopted: string; leader: string; deputy: string }) =>
      `${p.cluster} (có mặt ${p.present}): thông qua ${p.adopted || "không có đề nghị nào"}; Trưởng: ${p.leader || "chưa bầu"}; Phó: ${p.deputy || "chưa bầu"}.`,
    en: (p: { cluster: string; present: string; adopted: string; leader: string; deputy: string }) =>
      `${p.cluster} (present ${p.present}): adopted ${p.adopted || "nothing"}; leader: ${p.leader || "not elected"}; deputy: ${p.deputy || "not elected"}.`,
  },
  noQuorumCluster: {
    vi: (p: { cluster: string; present: string }) => `${p.cluster} (có mặt ${p.present}): không đủ túc số.`,
    en: (p: { cluster: string; present: string }) => `${p.cluster} (present ${p.present}): no quorum.`,
  },
  changedOutcome: {
    vi: (p: { unit: string; from: string; to: string }) => `${p.unit}: “${p.from}” → “${p.to}”`,
    en: (p: { unit: string; from: string; to: string }) => `${p.unit}: “${p.from}” → “${p.to}”`,
  },

  notRanked: {
    vi: () => "Chưa xếp hạng: hãy chạy Xếp hạng trước khi lập danh sách bình xét.",
    en: () => "Not ranked yet: run Rank before preparing the deliberation list.",
  },
  rankingStale: {
    vi: () =>
      "Kết quả xếp hạng đã cũ (số liệu thay đổi sau lần xếp hạng gần nhất): hãy chạy Xếp hạng lại trước khi bình xét.",
    en: () => "The ranking is stale (entries changed after the last ranking): rank again before the meeting's vote.",
  },
  entriesHaveErrors: {
    vi: (p: { errors: number }) => `Chưa bình xét được: bảng chấm điểm còn ${p.errors} lỗi; hãy sửa rồi xếp hạng lại.`,
    en: (p: { errors: number }) => `No vote yet: the workbook has ${p.errors} errors; fix them and rank again.`,
  },
  notPrepared: {
    vi: () => "Chưa có danh sách bình xét (sheet Bình xét): hãy lập danh sách trước.",
    en: () => "There is no deliberation list (sheet Deliberation): prepare it first.",
  },
  candidatesStale: {
    vi: () =>
      "Danh sách bình xét được lập từ kết quả xếp hạng trước đây, nay điểm đã thay đổi: hãy lập lại danh sách (số phiếu đã nhập được giữ lại).",
    en: () =>
      "The deliberation list was drawn from an earlier ranking and the scores have changed since: prepare it again (ballots entered are kept).",
  },
  votesStale: {
    vi: () =>
      "Kết quả biểu quyết ghi ở sheet Xếp hạng và Kết quả không còn khớp với số phiếu hoặc điểm hiện tại: hãy kiểm phiếu lại.",
    en: () =>
      "The meeting's vote written on the ranking and results sheets no longer matches the ballots or the scores: tally again.",
  },
  notTallied: {
    vi: () => "Chưa kiểm phiếu (hoặc kết quả kiểm phiếu đã cũ): hãy kiểm phiếu trước khi lập biên bản.",
    en: () => "Not tallied (or the tally is stale): tally before making the minutes.",
  },
  rowKept: {
    vi: (p: { unit: string; award: string }) =>
      `${p.unit} không còn được đề nghị ${p.award} theo kết quả chấm điểm; dòng biểu quyết đã nhập được giữ lại như đơn vị do Hội nghị bổ sung: ghi lý do hoặc xóa số phiếu.`,
    en: (p: { unit: string; award: string }) =>
      `${p.unit} is no longer proposed for the ${p.award} by the scores; its row with ballots is kept as a candidate added by the meeting: write the reason or clear the ballots.`,
  },
  noSpareRow: {
    vi: (p: { cluster: string }) =>
      `${p.cluster}: không còn dòng trống để ghi đơn vị bổ sung; hãy lập lại danh sách bình xét để có thêm dòng.`,
    en: (p: { cluster: string }) =>
      `${p.cluster}: no spare row left for another candidate; prepare the list again for more rows.`,
  },
  unknownCluster: {
    vi: (p: { cluster: string; known: string }) => `Không có cụm, khối “${p.cluster}” trong sổ tính (có: ${p.known}).`,
    en: (p: { cluster: string; known: string }) =>
      `There is no cluster “${p.cluster}” in the workbook (it has: ${p.known}).`,
  },
  particularBad: {
    vi: (p: { field: string; value: string; example: string }) =>
      `${p.field}: không đọc được “${p.value}”; ghi ví dụ ${p.example}.`,
    en: (p: { field: string; value: string; example: string }) =>
      `${p.field}: “${p.value}” cannot be read; write, e.g., ${p.example}.`,
  },
  rowMoved: {
    vi: (p: { cluster: string }) =>
      `${p.cluster}: bảng biểu quyết ở sheet Bình xét đã thay đổi sau khi đọc (có dòng được thêm, xóa hoặc nhập trên sheet); số phiếu chưa được ghi. Hãy đọc lại sổ tính rồi nhập lại.`,
    en: (p: { cluster: string }) =>
      `${p.cluster}: the vote table on the Deliberation sheet changed after it was read (rows inserted, deleted or typed on the sheet); the ballots were not written. Read the workbook again and enter them again.`,
  },
  tallyRefused: {
    vi: (p: { errors: number }) =>
      `Chưa ghi kết quả kiểm phiếu: còn ${p.errors} lỗi trong số phiếu hoặc danh sách; hãy sửa rồi kiểm phiếu lại.`,
    en: (p: { errors: number }) =>
      `The tally was not recorded: ${p.errors} errors in the ballots or the list; fix them and tally again.`,
  },
});
