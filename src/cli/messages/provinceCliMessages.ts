// What `thidua province` says: its help, the one sentence when it cannot go on, its progress and its summary, in
// Vietnamese and English.

import { defineMessages } from "../../core/messages/messageTypes";

type File = { file: string };

export const provinceCliMessages = defineMessages({
  help: {
    vi: () =>
      `thidua province --out TỈNH.xlsx CỤM.xlsx… [--year NĂM] [--json] [--force] [--dossier THƯ-MỤC] [--lang vi|en]

Tổng hợp bảng chấm điểm của các cụm, khối thi đua thành danh sách đề nghị khen thưởng của Tỉnh (TỈNH.xlsx):
danh sách đề nghị theo từng hình thức (Cờ thi đua, Bằng khen) và các trường hợp đề nghị Hội đồng quyết định,
bảng tổng hợp từng cụm, khối, bảng thống kê (xếp loại, khen thưởng theo cụm, so sánh với năm trước khi sheet
Lịch sử có số liệu), danh sách đơn vị, kết quả kiểm tra và cài đặt của Ban Thi đua - Khen thưởng.
Trước khi tính, từng bảng được kiểm tra: bảng còn lỗi, chưa xếp hạng hoặc kết quả đã cũ, chưa có biểu quyết (khi
Tỉnh yêu cầu), khác năm hoặc kỳ, khác phiên bản bảng điểm cùng loại, có đơn vị trùng với cụm, khối khác, vượt số
Cờ thi đua hoặc Bằng khen, tự tách trường hợp bằng điểm, hoặc đề nghị Cờ thi đua trái quy định luân phiên thì
không được đưa vào danh sách; mỗi phát hiện nêu tệp, sheet và ô. Các tệp của cụm, khối không bị thay đổi.
Nếu TỈNH.xlsx đã có và là bảng tổng hợp của Tỉnh, cài đặt trong sheet Cài đặt của nó được dùng lại rồi bảng được
ghi đè; tệp khác chỉ bị ghi đè khi có --force.

  --out TỈNH.xlsx   tệp tổng hợp sẽ ghi
  --year NĂM        năm tổng hợp (mặc định: theo cài đặt, nếu không thì năm mà đa số bảng ghi)
  --force           ghi đè --out dù đó không phải bảng tổng hợp của Tỉnh
  --dossier THƯ-MỤC lập luôn hồ sơ đề nghị khen thưởng (.docx) vào THƯ-MỤC (xem thidua province-dossier --help)

Mã thoát: 0 mọi bảng được đưa vào danh sách, 1 có bảng không được đưa vào (đã nêu lý do),
2 không ghi gì (đối số sai, không đọc được bảng nào của cụm, khối).
--json: {"year","period","clusters":[{"key","file","cluster","members","period","template","ranked","votes",
         "grades","flags","certificates","counted","reasons"}],
         "proposals":[{"section","award","cluster","file","code","name","final","contentMax","rank","grade",
         "vote","note"}],"findings":[{"file","rule","severity","sheet","cell","unit","message"}]}`,
    en: () =>
      `thidua province --out PROVINCE.xlsx CLUSTER.xlsx… [--year YEAR] [--json] [--force] [--dossier FOLDER] [--lang vi|en]

Consolidates the scoring workbooks of the emulation clusters and blocks into the province's list of proposed
awards (PROVINCE.xlsx): the proposals by award (emulation flags, certificates of merit) and the cases for the
council to decide, a summary per cluster, statistics (grades, awards by cluster, last year where the history
sheets hold it), the unit table, the checks and the Board's settings.
Each workbook is checked before it counts: one with errors, not ranked or stale, without votes (where the province
requires them), of another year or period, on another version of its kind's scoring table, sharing a unit with
another cluster, over the flag or certificate quota, with a tie decided in the workbook, or proposing a flag the
rotation rule forbids stays out of the list; each finding names its file, sheet and cell. The cluster files are
not changed. If PROVINCE.xlsx exists and is a province workbook, the settings on its Settings sheet are kept and
it is written over; another file is replaced only with --force.

  --out PROVINCE.xlsx   the province workbook to write
  --year YEAR           the year consolidated (default: the settings', else the year most workbooks state)
  --force               write over --out even when it is not a province workbook
  --dossier FOLDER      also write the award dossier (.docx) into FOLDER (see thidua province-dossier --help)

Exit code: 0 every workbook is in the list, 1 some are left out (with the reasons),
2 nothing written (bad arguments, no cluster workbook could be read).
--json: {"year","period","clusters":[{"key","file","cluster","members","period","template","ranked","votes",
         "grades","flags","certificates","counted","reasons"}],
         "proposals":[{"section","award","cluster","file","code","name","final","contentMax","rank","grade",
         "vote","note"}],"findings":[{"file","rule","severity","sheet","cell","unit","message"}]}`,
  },
  missingClusters: {
    vi: () =>
      "Lệnh province cần --out và ít nhất một bảng chấm điểm của cụm, khối: “thidua province --out tinh.xlsx cum1.xlsx cum2.xlsx …”.",
    en: () =>
      "The province command needs --out and at least one cluster workbook: “thidua province --out province.xlsx cluster1.xlsx cluster2.xlsx …”.",
  },
  badYear: {
    vi: (p: { value: string }) => `--year “${p.value}” không phải một năm (ví dụ 2026).`,
    en: (p: { value: string }) => `--year “${p.value}” is not a year (e.g. 2026).`,
  },
  outIsCluster: {
    vi: (p: File) => `Tệp ${p.file} vừa là tệp tổng hợp của Tỉnh vừa là bảng của một cụm, khối; hãy chọn tên khác.`,
    en: (p: File) => `${p.file} is both the province workbook and a cluster workbook; choose another name.`,
  },
  givenTwice: {
    vi: (p: File) => `Tệp ${p.file} được nêu hai lần; mỗi bảng của cụm, khối chỉ nêu một lần.`,
    en: (p: File) => `${p.file} is given twice; give each cluster workbook once.`,
  },
  outNotProvince: {
    vi: (p: File) =>
      `Tệp ${p.file} đã có và không phải bảng tổng hợp của Tỉnh; hãy chọn tên khác hoặc thêm --force để ghi đè.`,
    en: (p: File) =>
      `The file ${p.file} already exists and is not a province workbook; choose another name or add --force to overwrite it.`,
  },
  badSettings: {
    vi: (p: File & { problems: string }) =>
      `Cài đặt trong ${p.file} chưa dùng được: ${p.problems} Hãy sửa sheet Cài đặt rồi chạy lại.`,
    en: (p: File & { problems: string }) =>
      `The settings in ${p.file} cannot be used: ${p.problems} Fix the Settings sheet and run again.`,
  },
  written: {
    vi: (p: File & { flags: number; certificates: number; council: number; counted: number; files: number }) =>
      `Đã ghi ${p.file}: ${p.flags} đề nghị Cờ thi đua, ${p.certificates} đề nghị Bằng khen, ` +
      `${p.council} trường hợp đề nghị Hội đồng xem xét; ${p.counted}/${p.files} bảng của cụm, khối được đưa vào danh sách.`,
    en: (p: File & { flags: number; certificates: number; council: number; counted: number; files: number }) =>
      `Wrote ${p.file}: ${p.flags} flag(s), ${p.certificates} certificate(s) proposed, ${p.council} case(s) for the ` +
      `council; ${p.counted} of ${p.files} cluster workbooks are in the list.`,
  },
  notWritten: {
    vi: (p: File) => `Không đọc được bảng chấm điểm nào của cụm, khối; ${p.file} không được ghi.`,
    en: (p: File) => `No cluster workbook could be read; ${p.file} was not written.`,
  },
  sectionFlags: { vi: () => "Đề nghị Cờ thi đua", en: () => "Proposed for the emulation flag" },
  sectionCertificates: { vi: () => "Đề nghị Bằng khen", en: () => "Proposed for the certificate of merit" },
  sectionCouncil: { vi: () => "Đề nghị Hội đồng xem xét", en: () => "For the council to decide" },
  colCluster: { vi: () => "Cụm, khối", en: () => "Cluster" },
  colUnit: { vi: () => "Đơn vị", en: () => "Unit" },
  colFinal: { vi: () => "Tổng điểm", en: () => "Total" },
  colRank: { vi: () => "Hạng", en: () => "Rank" },
  colGrade: { vi: () => "Xếp loại", en: () => "Grade" },
  colNote: { vi: () => "Ghi chú", en: () => "Notes" },
  writing: { vi: (p: File) => `Đang ghi ${p.file}…`, en: (p: File) => `Writing ${p.file}…` },
});
