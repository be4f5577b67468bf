// Messages of the Bình xét screen (the year-end meeting: candidates, particulars, ballots, tally, minutes) and of its
// operations, in Vietnamese (as a secretariat writes) and English. Award, grade and sheet words come from the
// glossary and the workbook's meeting catalogue, so the screen says what the sheets say.
import { defineMessages, type MessageDef } from "../../core/messages/messageTypes";
import type { MeetingOperationName } from "../pane/operationName";

type Count = { count: number };
type Cluster = { cluster: string };
type Step = { index: number; total: number };

export const meetingScreenMessages = defineMessages({
  tab: { vi: () => "Bình xét", en: () => "Meeting" },
  title: { vi: () => "Bình xét, suy tôn thi đua", en: () => "Year-end meeting: deliberation and vote" },
  intro: {
    vi: () =>
      "Các bước của hội nghị bình xét: lập danh sách đề nghị theo kết quả xếp hạng, ghi thông tin cuộc họp, in phiếu bầu, nhập số phiếu và kiểm phiếu, lập biên bản.",
    en: () =>
      "The meeting's steps: draw the candidates from the ranking, record the meeting's particulars, print the ballots, enter the ballots and tally them, make the minutes.",
  },
  reread: { vi: () => "Đọc lại sổ tính", en: () => "Read the workbook again" },
  rereading: { vi: () => "Đang đọc…", en: () => "Reading…" },
  notReady: {
    vi: () => "Chưa thể bình xét trên sổ tính này:",
    en: () => "This workbook is not ready for the meeting:",
  },
  notReadyHint: {
    vi: () => "Mở thẻ Kiểm tra để sửa lỗi, thẻ Xếp hạng để xếp hạng, rồi bấm Đọc lại sổ tính.",
    en: () => "Open Validate to fix errors and Rank to rank, then choose Read the workbook again.",
  },
  listStage: {
    vi: (p: { stage: string }) => (p.stage === "current" ? "đã lập" : p.stage === "stale" ? "cần lập lại" : "chưa lập"),
    en: (p: { stage: string }) =>
      p.stage === "current" ? "prepared" : p.stage === "stale" ? "to prepare again" : "not prepared",
  },
  tallyStage: {
    vi: (p: { stage: string }) =>
      p.stage === "current" ? "đã ghi kết quả" : p.stage === "stale" ? "cần kiểm phiếu lại" : "chưa kiểm phiếu",
    en: (p: { stage: string }) =>
      p.stage === "current" ? "recorded" : p.stage === "stale" ? "to tally again" : "not tallied",
  },
  clusterPicker: { vi: () => "Cụm, khối đang làm việc", en: () => "Cluster to work on" },

  // 1. Candidates
  stepCandidates: { vi: () => "1. Danh sách bình xét", en: () => "1. Candidates" },
  listNone: {
    vi: () =>
      "Chưa lập danh sách bình xét. Danh sách lấy các đơn vị được đề nghị Cờ thi đua, Bằng khen theo kết quả xếp hạng hiện tại và ghi vào sheet Bình xét, kèm các đơn vị không được đề nghị và lý do.",
    en: () =>
      "No list yet. The list takes the units the current ranking proposes for the emulation flag and certificates of merit into the Deliberation sheet, with the units left out and why.",
  },
  listCurrent: {
    vi: () => "Danh sách bình xét đã lập theo kết quả xếp hạng hiện tại (sheet Bình xét).",
    en: () => "The list was drawn from the current ranking (Deliberation sheet).",
  },
  prepare: { vi: () => "Lập danh sách bình xét", en: () => "Prepare the list" },
  prepareAgain: { vi: () => "Lập lại danh sách bình xét", en: () => "Prepare the list again" },
  preparing: { vi: () => "Đang lập danh sách…", en: () => "Preparing the list…" },
  prepared: {
    vi: () => "Đã lập danh sách bình xét vào sheet Bình xét và ghi Nhật ký.",
    en: () => "The list was written to the Deliberation sheet and logged.",
  },
  notPrepared: {
    vi: () => "Chưa lập được danh sách bình xét:",
    en: () => "The list could not be prepared:",
  },
  members: {
    vi: (p: Count) => `${p.count} đơn vị thành viên, mỗi đơn vị một phiếu.`,
    en: (p: Count) => `${p.count} member units, one vote each.`,
  },
  quotaCaption: {
    vi: (p: { award: string; quota: number; cutoff: number }) =>
      `${p.award}: tối đa ${p.quota} đơn vị, trong phạm vi đến hạng ${p.cutoff}`,
    en: (p: { award: string; quota: number; cutoff: number }) =>
      `${p.award}: up to ${p.quota}, within rank ${p.cutoff}`,
  },
  noCandidates: { vi: () => "Không có đơn vị nào được đề nghị.", en: () => "No unit is proposed." },
  colRank: { vi: () => "Hạng", en: () => "Rank" },
  colUnit: { vi: () => "Đơn vị", en: () => "Unit" },
  colFinal: { vi: () => "Điểm", en: () => "Score" },
  colGrade: { vi: () => "Xếp loại", en: () => "Grade" },
  leftOutTitle: {
    vi: () => "Trong phạm vi số lượng nhưng không được đề nghị",
    en: () => "Within the quota but not proposed",
  },
  leftOutItem: {
    vi: (p: { unit: string; rank: number; award: string; reason: string }) =>
      `${p.unit} (hạng ${p.rank}) – ${p.award}: ${p.reason}.`,
    en: (p: { unit: string; rank: number; award: string; reason: string }) =>
      `${p.unit} (rank ${p.rank}) – ${p.award}: ${p.reason}.`,
  },
  addedNote: {
    vi: () =>
      "Hội nghị chỉ được bổ sung đơn vị khi có lý do bằng văn bản: ghi ở bước Kiểm phiếu (hoặc cột Lý do bổ sung của sheet Bình xét). Lý do được ghi vào biên bản và báo cáo Hội đồng.",
    en: () =>
      "The meeting may add a unit only with a written reason: enter it at the Tally step (or in the sheet's reason column). The reason goes into the minutes and to the council.",
  },

  // 2. Particulars
  stepParticulars: { vi: () => "2. Thông tin cuộc họp", en: () => "2. Meeting particulars" },
  particularsIntro: {
    vi: (p: Cluster) =>
      `Thông tin cuộc họp của ${p.cluster}, nhập một lần; biên bản và phiếu bầu lấy từ đây (sheet Cuộc họp). Số thành viên có mặt nhập ở bước Kiểm phiếu.`,
    en: (p: Cluster) =>
      `The meeting of ${p.cluster}, entered once; the minutes and ballots take them from here (Meeting sheet). Members present are entered at the Tally step.`,
  },
  notChosen: { vi: () => "(chưa chọn)", en: () => "(none)" },
  saveParticulars: { vi: () => "Ghi thông tin cuộc họp", en: () => "Save the particulars" },
  savingParticulars: { vi: () => "Đang ghi…", en: () => "Saving…" },
  particularsSaved: {
    vi: (p: Cluster) => `Đã ghi thông tin cuộc họp của ${p.cluster} vào sheet Cuộc họp và Nhật ký.`,
    en: (p: Cluster) => `The particulars of ${p.cluster} were written to the Meeting sheet and logged.`,
  },
  particularsUnchanged: {
    vi: () => "Không có thông tin nào thay đổi; sổ tính giữ nguyên.",
    en: () => "Nothing changed; the workbook is left as it was.",
  },
  particularsRefused: {
    vi: () => "Chưa ghi: có thông tin không đọc được, xem các trường đánh dấu đỏ.",
    en: () => "Nothing was written: some particulars cannot be read; see the fields marked in red.",
  },

  // 3. Ballots
  stepBallots: { vi: () => "3. Phiếu bầu", en: () => "3. Ballots" },
  ballotsIntro: {
    vi: () => "Mỗi cụm, khối một sổ tính, mỗi thành viên một phiếu, mỗi phiếu một trang. Mở sổ tính rồi in (Tệp › In).",
    en: () => "One workbook per cluster, one ballot per member, one page each. Open it and print (File › Print).",
  },
  paper: { vi: () => "Khổ giấy", en: () => "Paper size" },
  makeBallots: { vi: () => "Lập phiếu bầu", en: () => "Make the ballots" },
  makingBallots: { vi: () => "Đang lập phiếu bầu…", en: () => "Making the ballots…" },
  ballotsMade: {
    vi: (p: Count) => `Đã lập phiếu bầu cho ${p.count} cụm, khối. Mỗi sổ tính mở ra là một sổ tính mới để in hoặc lưu.`,
    en: (p: Count) => `Ballots made for ${p.count} clusters. Each opens as a new workbook to print or save.`,
  },
  ballotsNotMade: { vi: () => "Chưa lập được phiếu bầu:", en: () => "The ballots could not be made:" },
  ballotsTable: { vi: () => "Các sổ phiếu bầu", en: () => "Ballot workbooks" },
  ballotCopies: {
    vi: (p: Count) => `${p.count} phiếu`,
    en: (p: Count) => `${p.count} ballots`,
  },
  openBallot: { vi: () => "Mở", en: () => "Open" },
  openBallotOf: {
    vi: (p: Cluster) => `Mở phiếu bầu (${p.cluster})`,
    en: (p: Cluster) => `Open the ballots (${p.cluster})`,
  },
  openAllBallots: { vi: () => "Mở tất cả", en: () => "Open all" },
  openingBallot: {
    vi: (p: Step) => `Đang mở sổ phiếu bầu ${p.index}/${p.total}…`,
    en: (p: Step) => `Opening ballot workbook ${p.index} of ${p.total}…`,
  },
  openedMark: { vi: () => "Đã mở", en: () => "Opened" },
  needList: {
    vi: () => "Lập danh sách bình xét (bước 1) trước.",
    en: () => "Prepare the list (step 1) first.",
  },

  // 4. Tally
  stepTally: { vi: () => "4. Kiểm phiếu", en: () => "4. Tally" },
  tallyIntro: {
    vi: () =>
      "Số phiếu đang có ở sheet Bình xét được điền sẵn. Nhập hoặc sửa tại đây (hay trực tiếp trên sheet), rồi bấm Kiểm phiếu: kết quả chỉ được ghi khi không còn lỗi.",
    en: () =>
      "The ballots on the Deliberation sheet are filled in. Enter or correct them here (or on the sheet), then choose Tally: the result is written only when nothing is wrong.",
  },
  presentHint: {
    vi: (p: { members: number; needed: number }) =>
      `Tổng số ${p.members} thành viên; đủ túc số khi có mặt từ ${p.needed} thành viên.`,
    en: (p: { members: number; needed: number }) => `${p.members} members in all; the quorum is ${p.needed} present.`,
  },
  candidateLegend: {
    vi: (p: { matter: string; unit: string }) => `${p.matter}: ${p.unit}`,
    en: (p: { matter: string; unit: string }) => `${p.matter}: ${p.unit}`,
  },
  standingCaption: {
    vi: (p: { rank: number; final: string; grade: string }) => `Hạng ${p.rank} · ${p.final} điểm · ${p.grade}`,
    en: (p: { rank: number; final: string; grade: string }) => `Rank ${p.rank} · ${p.final} points · ${p.grade}`,
  },
  nominationLegend: {
    vi: (p: { role: string; year: string }) => `Bầu ${p.role}${p.year}`,
    en: (p: { role: string; year: string }) => `Election of the ${p.role}${p.year}`,
  },
  addedLegend: { vi: () => "Hội nghị bổ sung, đề cử", en: () => "Added or nominated at the meeting" },
  nominee: { vi: () => "Đơn vị", en: () => "Unit" },
  matter: { vi: () => "Nội dung biểu quyết", en: () => "Vote on" },
  reason: {
    vi: () => "Lý do bổ sung (bắt buộc với Cờ thi đua, Bằng khen)",
    en: () => "Reason for adding (required for the flag and certificates)",
  },
  addRow: {
    vi: () => "Thêm đơn vị do Hội nghị bổ sung, đề cử",
    en: () => "Add a unit the meeting proposes or nominates",
  },
  removeRow: { vi: () => "Bỏ dòng này", en: () => "Clear this row" },
  noSpareRow: {
    vi: () => "Đã dùng hết các dòng trống của cụm, khối này; lập lại danh sách bình xét để có thêm dòng.",
    en: () => "This cluster's spare rows are all used; prepare the list again for more rows.",
  },
  countBad: {
    vi: () => "Nhập số nguyên từ 0 trở lên.",
    en: () => "Enter a whole number of 0 or more.",
  },
  presentTooMany: {
    vi: (p: Count) => `Không quá ${p.count} thành viên.`,
    en: (p: Count) => `No more than ${p.count} members.`,
  },
  reasonNeeded: {
    vi: () => "Ghi lý do Hội nghị bổ sung đơn vị này.",
    en: () => "Write why the meeting adds this unit.",
  },
  unitNeeded: { vi: () => "Chọn đơn vị.", en: () => "Choose the unit." },
  matterNeeded: { vi: () => "Chọn nội dung biểu quyết.", en: () => "Choose what is voted on." },
  tally: { vi: () => "Kiểm phiếu", en: () => "Tally" },
  tallying: { vi: () => "Đang kiểm phiếu…", en: () => "Tallying…" },
  tallyBlocked: {
    vi: () => "Sửa các trường đánh dấu đỏ trước khi kiểm phiếu.",
    en: () => "Correct the fields marked in red before tallying.",
  },
  tallyRecorded: {
    vi: () =>
      "Đã ghi kết quả kiểm phiếu: kết quả biểu quyết được ghi cạnh đề nghị khen thưởng ở sheet Xếp hạng và Kết quả; đã ghi Nhật ký.",
    en: () =>
      "The tally was recorded: the vote stands beside each award proposal on the ranking and results sheets, and in the log.",
  },
  tallyNone: { vi: () => "Chưa kiểm phiếu.", en: () => "Not tallied yet." },
  tallyCurrent: {
    vi: () => "Kết quả kiểm phiếu đã ghi khớp với số phiếu và điểm hiện tại.",
    en: () => "The recorded tally matches the ballots and scores as they stand.",
  },

  // Results
  resultsTitle: {
    vi: (p: Cluster) => `Kết quả biểu quyết – ${p.cluster}`,
    en: (p: Cluster) => `The vote – ${p.cluster}`,
  },
  previewTitle: {
    vi: (p: Cluster) => `Số phiếu hiện có – ${p.cluster} (chưa ghi kết quả)`,
    en: (p: Cluster) => `Ballots as they stand – ${p.cluster} (not recorded)`,
  },
  quorumMet: {
    vi: (p: { present: number; members: number; needed: number }) =>
      `Có mặt ${p.present}/${p.members} thành viên: đủ túc số (cần ${p.needed}).`,
    en: (p: { present: number; members: number; needed: number }) =>
      `${p.present} of ${p.members} members present: quorum met (${p.needed} needed).`,
  },
  quorumMissed: {
    vi: (p: { present: number; members: number; needed: number }) =>
      `Có mặt ${p.present}/${p.members} thành viên: không đủ túc số (cần ${p.needed}); không nội dung nào được thông qua.`,
    en: (p: { present: number; members: number; needed: number }) =>
      `${p.present} of ${p.members} members present: no quorum (${p.needed} needed); nothing passes.`,
  },
  presentUnknown: {
    vi: () => "Chưa nhập số thành viên có mặt.",
    en: () => "Members present not entered.",
  },
  votesTable: { vi: () => "Kết quả từng nội dung", en: () => "Each motion" },
  colMatter: { vi: () => "Nội dung", en: () => "Motion" },
  colVotes: { vi: () => "Phiếu", en: () => "Votes" },
  colResult: { vi: () => "Kết quả", en: () => "Result" },
  votesCell: {
    vi: (p: { yes: number; no: number; share: string }) => `${p.yes} tán thành, ${p.no} không (${p.share} %)`,
    en: (p: { yes: number; no: number; share: string }) => `${p.yes} for, ${p.no} against (${p.share} %)`,
  },
  notVoted: { vi: () => "Chưa biểu quyết", en: () => "Not voted" },
  faulty: { vi: () => "Có lỗi", en: () => "Error" },
  elected: {
    vi: (p: { role: string; unit: string; yes: number; basis: number }) =>
      `${p.role}: ${p.unit} (${p.yes}/${p.basis} phiếu tán thành).`,
    en: (p: { role: string; unit: string; yes: number; basis: number }) =>
      `${p.role}: ${p.unit} (${p.yes} of ${p.basis} in favour).`,
  },
  notElected: {
    vi: (p: { role: string }) => `${p.role}: chưa bầu được.`,
    en: (p: { role: string }) => `${p.role}: not elected.`,
  },
  findingsOf: {
    vi: (p: Cluster) => `Kiểm tra – ${p.cluster}`,
    en: (p: Cluster) => `Checks – ${p.cluster}`,
  },
  otherFindings: { vi: () => "Kiểm tra chung", en: () => "General checks" },

  // 5. Minutes
  stepMinutes: { vi: () => "5. Biên bản", en: () => "5. Minutes" },
  minutesIntro: {
    vi: () =>
      "Biên bản họp bình xét, suy tôn của từng cụm, khối theo thể thức Nghị định số 30/2020/NĐ-CP: bản in trong sổ tính (sheet Biên bản) và tệp Word (.docx) để tải về.",
    en: () =>
      "Each cluster's minutes in Decree 30/2020 layout: a printable sheet in the workbook (Minutes) and a Word file (.docx) to download.",
  },
  makeMinutes: { vi: () => "Lập biên bản", en: () => "Make the minutes" },
  makingMinutes: { vi: () => "Đang lập biên bản…", en: () => "Making the minutes…" },
  minutesMade: {
    vi: (p: { sheets: string }) => `Đã lập biên bản (sheet ${p.sheets}) và ghi Nhật ký.`,
    en: (p: { sheets: string }) => `Minutes made (sheet ${p.sheets}) and logged.`,
  },
  minutesNotMade: { vi: () => "Chưa lập được biên bản:", en: () => "The minutes could not be made:" },
  minutesTable: { vi: () => "Các biên bản", en: () => "Minutes" },
  download: { vi: () => "Tải biên bản (.docx)", en: () => "Download the minutes (.docx)" },
  downloadOf: {
    vi: (p: Cluster) => `Tải biên bản (.docx) – ${p.cluster}`,
    en: (p: Cluster) => `Download the minutes (.docx) – ${p.cluster}`,
  },
  rendering: { vi: () => "Đang tạo tệp Word…", en: () => "Writing the Word file…" },
  downloaded: {
    vi: (p: { file: string }) =>
      `Đã tải “${p.file}”; tệp nằm trong thư mục Tải về (Downloads) của trình duyệt hoặc máy tính.`,
    en: (p: { file: string }) => `“${p.file}” was downloaded to the browser's or computer's Downloads folder.`,
  },
});

/** What the pane says is running while one of the meeting's operations holds the lock. */
export const MEETING_OPERATION_LABELS: Record<MeetingOperationName, MessageDef<Record<string, never>>> = {
  "read-meeting": { vi: () => "Đang đọc danh sách bình xét", en: () => "Reading the meeting's tables" },
  "prepare-meeting": { vi: () => "Đang lập danh sách bình xét", en: () => "Preparing the candidates' list" },
  "save-particulars": { vi: () => "Đang ghi thông tin cuộc họp", en: () => "Saving the meeting's particulars" },
  "make-ballots": { vi: () => "Đang lập phiếu bầu", en: () => "Making the ballots" },
  "open-ballots": { vi: () => "Đang mở phiếu bầu", en: () => "Opening the ballots" },
  tally: { vi: () => "Đang kiểm phiếu", en: () => "Tallying the vote" },
  "make-minutes": { vi: () => "Đang lập biên bản", en: () => "Making the minutes" },
  "download-minutes": { vi: () => "Đang tạo tệp biên bản", en: () => "Writing the minutes file" },
};
