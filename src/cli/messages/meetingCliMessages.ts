// The year-end meeting's commands (meeting, ballots, tally, minutes): their help, what they print and the sentences
// they fail with, in Vietnamese and English.

import { defineMessages } from "../../core/messages/messageTypes";

type File = { file: string };

export const meetingHelpMessages = defineMessages({
  meeting: {
    vi: () =>
      `thidua meeting TỆP.xlsx [--cluster CỤM] [thông tin cuộc họp…]

Lập (hoặc lập lại) danh sách bình xét từ kết quả xếp hạng chưa cũ: sheet Bình xét liệt kê theo từng cụm, khối
các đơn vị được đề nghị Cờ thi đua, Bằng khen (hạng, tổng điểm, xếp loại), dòng bầu Trưởng, Phó Trưởng cụm năm sau,
dòng trống cho đơn vị Hội nghị bổ sung và các đơn vị không được đề nghị kèm lý do; sheet Cuộc họp để ghi thông tin
cuộc họp. Số phiếu đã nhập được giữ lại khi lập lại.

Ghi thông tin cuộc họp của một cụm (chỉ ghi những mục được nêu):
  --cluster CỤM            tên cụm, khối như ở sheet Đơn vị (không cần khi sổ tính chỉ có một cụm)
  --date 15/12/2026        ngày họp          --start "8 giờ 00"   --end "11 giờ 30"
  --place "…"              địa điểm          --town "Lào Cai"     địa danh ở dòng ngày tháng
  --organ "…"              tên cơ quan ở đầu văn bản (để trống: tên cụm)
  --chair "…" --chair-title "…"              người chủ trì và chức vụ
  --secretary "…" --secretary-title "…"      thư ký và chức vụ
  --attendees "…"          thành phần tham dự   --absent "…"   thành viên vắng mặt (lý do)
  --present 9              số thành viên có mặt
  --leader MÃ --deputy MÃ  đơn vị Trưởng, Phó Trưởng cụm năm nay
  --earlier-leaders "2025: MÃ; 2024: MÃ"      Trưởng cụm các năm trước (để xét luân phiên)

Mã thoát: 0 đã ghi, 1 kết quả xếp hạng có lỗi hoặc đã cũ, hay thông tin không đọc được (đã nêu), 2 không dùng được.`,
    en: () =>
      `thidua meeting FILE.xlsx [--cluster CLUSTER] [particulars…]

Prepares (or prepares again) the deliberation list from a ranking that is not stale: the Deliberation sheet lists
per cluster the units proposed for the emulation flag and certificates (rank, score, grade), rows to elect next
year's leader and deputy, spare rows for candidates the meeting adds, and the units left out with the reason; the
Meeting sheet takes the meeting's particulars. Ballots entered are kept when the list is prepared again.

Write one cluster's particulars (only those given):
  --cluster CLUSTER        as on the Units sheet (not needed when the workbook has one cluster)
  --date 15/12/2026        date              --start 8:00   --end 11:30
  --place "…"              place             --town "Lào Cai"   town on the date line
  --organ "…"              name atop the documents (blank: the cluster)
  --chair "…" --chair-title "…"              chair and position
  --secretary "…" --secretary-title "…"      secretary and position
  --attendees "…"          attending          --absent "…"   members absent (reason)
  --present 9              members present
  --leader CODE --deputy CODE                this year's leader and deputy units
  --earlier-leaders "2025: CODE; 2024: CODE" earlier leaders (for the rotation)

Exit codes: 0 written, 1 the ranking has errors or is stale, or a particular cannot be read (listed), 2 unusable.`,
  },
  ballots: {
    vi: () =>
      `thidua ballots TỆP.xlsx --out THƯ-MỤC [--paper A5|A4]

Lập phiếu bầu cho hội nghị bình xét: mỗi cụm, khối một tệp .xlsx sẵn sàng in (mỗi thành viên một phiếu, mỗi phiếu
một trang A5 hoặc A4), ghi tên đầy đủ của từng hình thức khen thưởng, các đơn vị được đề nghị kèm ô Đồng ý / Không
đồng ý, và phần bầu Trưởng, Phó Trưởng cụm năm sau. Khổ giấy mặc định theo cài đặt voting.ballotPaper.
Ghi một dòng Nhật ký vào TỆP.xlsx.

Mã thoát: 0 đã lập, 1 chưa có danh sách bình xét hoặc danh sách đã cũ, 2 không dùng được.`,
    en: () =>
      `thidua ballots FILE.xlsx --out FOLDER [--paper A5|A4]

Makes the meeting's ballots: one print-ready .xlsx per cluster (one ballot per member, each on its own A5 or A4
page) with each award's full name, the candidates with In favour / Against boxes, and next year's leader and deputy.
The paper follows the setting voting.ballotPaper unless given. Adds a log row to FILE.xlsx.

Exit codes: 0 made, 1 no deliberation list yet or it is stale, 2 unusable.`,
  },
  tally: {
    vi: () =>
      `thidua tally TỆP.xlsx [--votes votes.csv] [--present CỤM=SỐ]… [--json]

Kiểm phiếu: đếm số phiếu từng cụm, khối (đã nhập ở sheet Bình xét, hoặc từ votes.csv), kiểm tra túc số, tỷ lệ
thông qua, Cờ thi đua chỉ cho đơn vị hạng 1, Bằng khen trong ngưỡng số lượng, đơn vị bổ sung phải có lý do,
biểu quyết khác thứ tự điểm, luân phiên; rồi ghi kết quả bên cạnh đề nghị khen thưởng (Xếp hạng, Kết quả) và
Nhật ký. Có lỗi thì không ghi gì.

  --votes votes.csv   UTF-8, dòng đầu: cluster,unit,award,yes,no[,reason]
                      (hoặc cụm,mã đơn vị,hình thức,tán thành,không tán thành,lý do); award: Cờ thi đua,
                      Bằng khen, Trưởng cụm, Phó Trưởng cụm (hoặc co-thi-dua, bang-khen, leader, deputy)
  --present CỤM=SỐ    số thành viên có mặt của một cụm (nhắc lại cho từng cụm)
  --json              {"recorded", "clusters":[{cluster, members, present, quorum, votes, adopted, leader,
                      deputy}], "findings":[…]}

Mã thoát: 0 đã ghi (có thể kèm cảnh báo, như không đủ túc số), 1 có lỗi (đã nêu ô), 2 không dùng được.`,
    en: () =>
      `thidua tally FILE.xlsx [--votes votes.csv] [--present CLUSTER=N]… [--json]

Counts each cluster's ballots (typed on the Deliberation sheet, or from votes.csv), checks the quorum, the pass
share, the flag for rank 1 only, certificates within the cut-off, a reason for every added candidate, votes against
the score order and the rotation; then writes the outcome beside each award proposal (Ranking, Results) and a log
row. With errors nothing is written.

  --votes votes.csv   UTF-8, header cluster,unit,award,yes,no[,reason] (Vietnamese headers too); award: emulation
                      flag, certificate of merit, leader, deputy (or co-thi-dua, bang-khen, leader, deputy)
  --present CLUSTER=N members present in a cluster (repeat per cluster)
  --json              {"recorded", "clusters":[{cluster, members, present, quorum, votes, adopted, leader,
                      deputy}], "findings":[…]}

Exit codes: 0 recorded (warnings allowed, e.g. no quorum), 1 errors (their cells listed), 2 unusable.`,
  },
  minutes: {
    vi: () =>
      `thidua minutes TỆP.xlsx --out bien-ban.docx [--cluster CỤM]

Lập biên bản họp bình xét, suy tôn (Word .docx theo thể thức Nghị định 30/2020/NĐ-CP) từ kết quả kiểm phiếu
còn hiệu lực, và bản in trong sổ tính (sheet Biên bản). Sổ tính nhiều cụm: mỗi cụm một tệp
“bien-ban - CỤM.docx”, hoặc chỉ cụm nêu ở --cluster.

Mã thoát: 0 đã lập, 1 chưa kiểm phiếu hoặc kết quả kiểm phiếu đã cũ, 2 không dùng được.`,
    en: () =>
      `thidua minutes FILE.xlsx --out minutes.docx [--cluster CLUSTER]

Makes the minutes of the meeting (a Word .docx in Decree 30/2020/NĐ-CP layout) from a current tally, and their
printable copy in the workbook (a Minutes sheet). With several clusters: one “minutes - CLUSTER.docx” each, or
only the cluster given by --cluster.

Exit codes: 0 made, 1 not tallied or the tally is stale, 2 unusable.`,
  },
});

export const meetingCliMessages = defineMessages({
  preparing: { vi: () => "Đang lập danh sách bình xét…", en: () => "Preparing the deliberation list…" },
  tallying: { vi: () => "Đang kiểm phiếu…", en: () => "Counting the ballots…" },
  makingBallots: { vi: () => "Đang lập phiếu bầu…", en: () => "Making the ballots…" },
  makingMinutes: { vi: () => "Đang lập biên bản…", en: () => "Making the minutes…" },
  prepared: {
    vi: (p: File) => `Đã lập danh sách bình xét trong ${p.file} (sheet Bình xét, Cuộc họp).`,
    en: (p: File) => `The deliberation list is in ${p.file} (sheets Deliberation, Meeting).`,
  },
  particularsWritten: {
    vi: (p: File & { cluster: string; fields: number }) =>
      `Đã ghi ${p.fields} mục thông tin cuộc họp của ${p.cluster} vào ${p.file}.`,
    en: (p: File & { cluster: string; fields: number }) =>
      `Wrote ${p.fields} particulars of ${p.cluster} into ${p.file}.`,
  },
  notPrepared: {
    vi: (p: File) => `Không lập được danh sách bình xét trong ${p.file}.`,
    en: (p: File) => `No deliberation list could be prepared in ${p.file}.`,
  },
  candidateLine: {
    vi: (p: { award: string; units: string }) => `  ${p.award}: ${p.units || "không có"}`,
    en: (p: { award: string; units: string }) => `  ${p.award}: ${p.units || "none"}`,
  },
  leftOutLine: {
    vi: (p: { unit: string; award: string; reason: string }) => `  Không đề nghị ${p.award}: ${p.unit} – ${p.reason}`,
    en: (p: { unit: string; award: string; reason: string }) =>
      `  Not proposed for the ${p.award}: ${p.unit} – ${p.reason}`,
  },
  clusterNeeded: {
    vi: (p: { clusters: string }) => `Sổ tính có nhiều cụm, khối (${p.clusters}): hãy nêu --cluster.`,
    en: (p: { clusters: string }) => `The workbook has several clusters (${p.clusters}): give --cluster.`,
  },
  badPresent: {
    vi: (p: { value: string }) =>
      `--present “${p.value}” không đúng: ghi tên cụm, dấu bằng và số thành viên có mặt, ví dụ --present "Cụm 1=9".`,
    en: (p: { value: string }) =>
      `--present “${p.value}” is not right: give the cluster, an equals sign and the members present, e.g. --present "Cluster 1=9".`,
  },
  badCount: {
    vi: (p: { option: string; value: string }) => `${p.option} “${p.value}” phải là số nguyên từ 0 trở lên.`,
    en: (p: { option: string; value: string }) => `${p.option} “${p.value}” must be a whole number of at least 0.`,
  },
  outNotDocx: {
    vi: (p: File) => `Tên tệp ${p.file} cần có đuôi .docx.`,
    en: (p: File) => `The file name ${p.file} needs the .docx extension.`,
  },
  votesEmpty: { vi: () => "Tệp không có dòng nào.", en: () => "The file has no lines." },
  votesBlank: {
    vi: () => "Thiếu tên cụm hoặc mã đơn vị.",
    en: () => "The cluster or the unit code is missing.",
  },
  votesBadAward: {
    vi: (p: { value: string }) =>
      `Hình thức “${p.value}” không đúng: ghi Cờ thi đua, Bằng khen, Trưởng cụm hoặc Phó Trưởng cụm.`,
    en: (p: { value: string }) =>
      `“${p.value}” is not a matter to vote on: write emulation flag, certificate of merit, leader or deputy.`,
  },
  votesBadCount: {
    vi: (p: { value: string }) => `Số phiếu “${p.value}” phải là số nguyên từ 0 trở lên.`,
    en: (p: { value: string }) => `“${p.value}” ballots must be a whole number of at least 0.`,
  },
  votesRefused: {
    vi: (p: File) => `Tệp ${p.file} có lỗi; chưa kiểm phiếu.`,
    en: (p: File) => `${p.file} has errors; nothing was counted.`,
  },
  clusterHeading: {
    vi: (p: { cluster: string; present: string; members: number; needed: number; quorum: string }) =>
      `${p.cluster}: có mặt ${p.present}/${p.members} (túc số ${p.needed}) – ${p.quorum}`,
    en: (p: { cluster: string; present: string; members: number; needed: number; quorum: string }) =>
      `${p.cluster}: ${p.present} of ${p.members} present (quorum ${p.needed}) – ${p.quorum}`,
  },
  quorumMet: { vi: () => "đủ túc số", en: () => "quorum" },
  quorumMissed: { vi: () => "không đủ túc số", en: () => "no quorum" },
  quorumUnknown: { vi: () => "chưa có số có mặt", en: () => "present not entered" },
  colMatter: { vi: () => "Nội dung", en: () => "Vote on" },
  colUnit: { vi: () => "Đơn vị", en: () => "Unit" },
  colYes: { vi: () => "Tán thành", en: () => "For" },
  colNo: { vi: () => "Không", en: () => "Against" },
  colShare: { vi: () => "Tỷ lệ", en: () => "Share" },
  colResult: { vi: () => "Kết quả", en: () => "Result" },
  elected: {
    vi: (p: { role: string; unit: string }) => `  ${p.role}: ${p.unit}`,
    en: (p: { role: string; unit: string }) => `  ${p.role}: ${p.unit}`,
  },
  notElected: { vi: () => "chưa bầu được", en: () => "not elected" },
  recorded: {
    vi: (p: File) => `Đã ghi kết quả kiểm phiếu vào ${p.file}.`,
    en: (p: File) => `The tally was recorded in ${p.file}.`,
  },
  notRecorded: {
    vi: (p: File) => `Chưa ghi kết quả kiểm phiếu: ${p.file} không thay đổi.`,
    en: (p: File) => `The tally was not recorded: ${p.file} is unchanged.`,
  },
  ballotsWritten: {
    vi: (p: { count: number; copies: number; folder: string; paper: string }) =>
      `Đã lập ${p.count} tệp phiếu bầu (${p.copies} phiếu khổ ${p.paper}) trong ${p.folder}.`,
    en: (p: { count: number; copies: number; folder: string; paper: string }) =>
      `Made ${p.count} ballot files (${p.copies} ballots on ${p.paper}) in ${p.folder}.`,
  },
  ballotsNotMade: {
    vi: (p: File) => `Không lập được phiếu bầu từ ${p.file}.`,
    en: (p: File) => `No ballots could be made from ${p.file}.`,
  },
  minutesWritten: {
    vi: (p: { files: string; file: string }) => `Đã lập biên bản: ${p.files}; bản in trong ${p.file}.`,
    en: (p: { files: string; file: string }) => `Minutes written: ${p.files}; their printable copy is in ${p.file}.`,
  },
  minutesNotMade: {
    vi: (p: File) => `Không lập được biên bản từ ${p.file}.`,
    en: (p: File) => `No minutes could be made from ${p.file}.`,
  },
});
