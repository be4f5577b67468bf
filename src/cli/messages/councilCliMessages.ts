// What the provincial council's commands say (province-ballots, province-tally, province-dossier, and the dossier of
// `thidua province --dossier`): their help, the sentence when they cannot go on, their progress and summaries.

import { defineMessages } from "../../core/messages/messageTypes";

type File = { file: string };
type Folder = { folder: string };

export const councilCliMessages = defineMessages({
  helpBallots: {
    vi: () =>
      `thidua province-ballots TỈNH.xlsx --out THƯ-MỤC [--paper A4|A5] [--copies SỐ] [--lang vi|en]

Lập phiếu biểu quyết của Hội đồng Thi đua - Khen thưởng tỉnh từ danh sách đề nghị trong TỈNH.xlsx: một tệp
.xlsx trong THƯ-MỤC, mỗi thành viên một phiếu giống nhau (mỗi phiếu một trang), các phần theo tên đầy đủ của
hình thức khen thưởng. TỈNH.xlsx không bị thay đổi.

  --out THƯ-MỤC   thư mục ghi tệp phiếu (tạo nếu chưa có)
  --paper A4|A5   khổ giấy (mặc định A4)
  --copies SỐ     số phiếu (mặc định: số thành viên Hội đồng trong sheet Cài đặt)

Mã thoát: 0 đã lập phiếu, 2 không lập được (đối số sai, không phải bảng tổng hợp của Tỉnh, chưa có số thành viên).`,
    en: () =>
      `thidua province-ballots PROVINCE.xlsx --out FOLDER [--paper A4|A5] [--copies N] [--lang vi|en]

Makes the ballots of the provincial emulation and commendation council from the list in PROVINCE.xlsx: one .xlsx
file in FOLDER, one identical ballot per member (a page each), its sections under the awards' full names.
PROVINCE.xlsx is not changed.

  --out FOLDER    the folder for the ballot file (made if missing)
  --paper A4|A5   the paper (default A4)
  --copies N      how many ballots (default: the council's members on the Settings sheet)

Exit code: 0 made, 2 not made (bad arguments, not a province workbook, the council's members not entered).`,
  },
  helpTally: {
    vi: () =>
      `thidua province-tally TỈNH.xlsx [--votes votes.csv] [--present SỐ] [--members SỐ] [--json] [--lang vi|en]

Kiểm phiếu biểu quyết của Hội đồng Thi đua - Khen thưởng tỉnh trên sheet Biểu quyết Hội đồng của TỈNH.xlsx, theo
túc số và tỷ lệ tán thành trong sheet Cài đặt (council.quorum, council.majority, tính trên tổng số thành viên).
Số phiếu đã nhập trong bảng được dùng; --votes, --present, --members ghi thêm vào bảng khi không có lỗi. Kết quả
trong bảng là công thức nên tự cập nhật khi sửa số phiếu.
votes.csv: UTF-8, dòng tiêu đề có các cột mã đơn vị (unit), hình thức (award), tán thành (yes), không tán thành
(no); cột cụm, khối nếu có thì bỏ qua.

  --votes votes.csv   số phiếu của từng đề nghị
  --present SỐ        số thành viên có mặt
  --members SỐ        tổng số thành viên Hội đồng (ghi vào sheet Cài đặt)

Mã thoát: 0 đã kiểm phiếu (có thể có cảnh báo), 1 có lỗi (không ghi gì; mỗi lỗi nêu ô hoặc dòng),
2 không dùng được (đối số sai, tệp không đọc được, không phải bảng tổng hợp của Tỉnh).
--json: {"members","present","quorum":{"needed","met"},"votes":[{"award","unit","name","yes","no","share",
         "result"}],"adopted":[{"award","unit"}],"findings":[{"rule","severity","sheet","cell","message"}],"written"}`,
    en: () =>
      `thidua province-tally PROVINCE.xlsx [--votes votes.csv] [--present N] [--members N] [--json] [--lang vi|en]

Counts the provincial council's ballots on the Council vote sheet of PROVINCE.xlsx with the quorum and the share
in favour on the Settings sheet (council.quorum, council.majority, of all members). The counts typed in the table
are used; --votes, --present and --members are written into it when nothing is wrong. The table's results are
formulas, so they follow any count corrected later.
votes.csv: UTF-8, a header naming the columns unit, award, yes, no (Vietnamese headers too); a cluster column, if
any, is ignored.

  --votes votes.csv   the counts for each proposal
  --present N         the members present
  --members N         the council's members (written to the Settings sheet)

Exit code: 0 counted (warnings allowed), 1 errors (nothing written; each names its cell or line),
2 unusable (bad arguments, unreadable file, not a province workbook).
--json: {"members","present","quorum":{"needed","met"},"votes":[{"award","unit","name","yes","no","share",
         "result"}],"adopted":[{"award","unit"}],"findings":[{"rule","severity","sheet","cell","message"}],"written"}`,
  },
  helpDossier: {
    vi: () =>
      `thidua province-dossier TỈNH.xlsx --out THƯ-MỤC [--lang vi|en]

Lập hồ sơ đề nghị khen thưởng (.docx, thể thức theo Nghị định 30/2020/NĐ-CP) từ TỈNH.xlsx: với mỗi đơn vị đề nghị
Cờ thi đua, một tờ trình và một danh sách đề nghị; thêm danh sách đề nghị khen thưởng chung. Sau khi Hội đồng biểu
quyết (thidua province-tally), chỉ các đơn vị được thông qua có tờ trình, kèm kết quả biểu quyết. Căn cứ pháp lý
theo bảng chấm điểm của từng cụm, khối; tên hình thức khen thưởng, cơ quan, người ký, nơi nhận theo sheet Cài đặt.
Cũng lập được ngay khi tổng hợp: thidua province … --dossier THƯ-MỤC.

  --out THƯ-MỤC   thư mục ghi các tệp .docx (tạo nếu chưa có; tệp cùng tên bị ghi đè)

Mã thoát: 0 đã lập, 2 không lập được (đối số sai, không phải bảng tổng hợp của Tỉnh, cài đặt sai).`,
    en: () =>
      `thidua province-dossier PROVINCE.xlsx --out FOLDER [--lang vi|en]

Writes the award dossier (.docx, Decree 30/2020/NĐ-CP layout) from PROVINCE.xlsx: for each unit proposed for the
emulation flag a submission and its list of proposals, and the whole list of proposals. Once the council has voted
(thidua province-tally), only the units it passed get a submission, citing its vote. The legal basis follows each
cluster's scoring table; the award names, issuing body, signer and addressee follow the Settings sheet.
Also made with the consolidation: thidua province … --dossier FOLDER.

  --out FOLDER   the folder for the .docx files (made if missing; files of the same name are replaced)

Exit code: 0 written, 2 not written (bad arguments, not a province workbook, unusable settings).`,
  },
  badCount: {
    vi: (p: { option: string; value: string; min: number }) =>
      `${p.option} “${p.value}” phải là một số nguyên từ ${p.min} trở lên.`,
    en: (p: { option: string; value: string; min: number }) =>
      `${p.option} “${p.value}” must be a whole number of at least ${p.min}.`,
  },
  outIsFile: {
    vi: (p: Folder) => `${p.folder} là một tệp; --out cần một thư mục.`,
    en: (p: Folder) => `${p.folder} is a file; --out needs a folder.`,
  },
  notMade: {
    vi: (p: File & { reason: string }) => `Không lập được từ ${p.file}: ${p.reason}`,
    en: (p: File & { reason: string }) => `Nothing could be made from ${p.file}: ${p.reason}`,
  },
  makingBallots: { vi: () => "Đang lập phiếu biểu quyết…", en: () => "Making the ballots…" },
  ballotsWritten: {
    vi: (p: File & { copies: number; paper: string }) =>
      `Đã ghi ${p.file}: ${p.copies} phiếu biểu quyết, khổ ${p.paper}.`,
    en: (p: File & { copies: number; paper: string }) => `Wrote ${p.file}: ${p.copies} ballot(s) on ${p.paper}.`,
  },
  makingDossier: { vi: () => "Đang lập hồ sơ đề nghị khen thưởng…", en: () => "Writing the award dossier…" },
  dossierWritten: {
    vi: (p: Folder & { count: number; submissions: number }) =>
      `Đã ghi ${p.count} tệp hồ sơ vào ${p.folder}: ${p.submissions} tờ trình đề nghị tặng Cờ thi đua và các danh sách đề nghị.`,
    en: (p: Folder & { count: number; submissions: number }) =>
      `Wrote ${p.count} dossier file(s) into ${p.folder}: ${p.submissions} flag submission(s) and the lists of proposals.`,
  },
  counting: { vi: () => "Đang kiểm phiếu…", en: () => "Counting the ballots…" },
  quorumLine: {
    vi: (p: { members: string; present: string; needed: string; met: boolean }) =>
      `Hội đồng: ${p.members} thành viên, ${p.present} có mặt (cần ${p.needed}): ` +
      (p.met ? "đủ túc số." : "không đủ túc số."),
    en: (p: { members: string; present: string; needed: string; met: boolean }) =>
      `Council: ${p.members} members, ${p.present} present (${p.needed} needed): ` +
      (p.met ? "quorum met." : "no quorum."),
  },
  tallyWritten: {
    vi: (p: File & { adopted: number; total: number }) =>
      `Đã ghi số phiếu vào ${p.file}; ${p.adopted}/${p.total} đề nghị được thông qua.`,
    en: (p: File & { adopted: number; total: number }) =>
      `Wrote the counts into ${p.file}; ${p.adopted} of ${p.total} proposals passed.`,
  },
  tallyCounted: {
    vi: (p: { adopted: number; total: number }) => `${p.adopted}/${p.total} đề nghị được thông qua.`,
    en: (p: { adopted: number; total: number }) => `${p.adopted} of ${p.total} proposals passed.`,
  },
  tallyRefused: {
    vi: (p: File) => `Có lỗi; ${p.file} không được ghi. Hãy sửa các ô hoặc dòng đã nêu rồi chạy lại.`,
    en: (p: File) => `There are errors; ${p.file} was not written. Fix the cells or lines named and run again.`,
  },
  votesBlank: { vi: () => "Thiếu mã đơn vị.", en: () => "The unit code is missing." },
  votesBadAward: {
    vi: (p: { value: string }) => `Hình thức “${p.value}” không đúng: ghi Cờ thi đua hoặc Bằng khen.`,
    en: (p: { value: string }) =>
      `The award “${p.value}” is not one the council votes on: write Emulation flag or Certificate of merit.`,
  },
  colAward: { vi: () => "Hình thức", en: () => "Award" },
  colUnit: { vi: () => "Đơn vị", en: () => "Unit" },
  colYes: { vi: () => "Tán thành", en: () => "For" },
  colNo: { vi: () => "Không", en: () => "Against" },
  colShare: { vi: () => "Tỷ lệ", en: () => "Share" },
  colResult: { vi: () => "Kết quả", en: () => "Result" },
  resultNotVoted: { vi: () => "Chưa biểu quyết", en: () => "Not voted" },
});
