// `thidua --help` and `thidua <command> --help`, in Vietnamese and English.

import { defineMessages } from "../../core/messages/messageTypes";

export const cliHelpMessages = defineMessages({
  overall: {
    vi: () =>
      `thidua: chấm điểm, xếp hạng thi đua cụm/khối trên tệp Excel (.xlsx)

Cách dùng:
  thidua templates [--json]                       các mẫu bảng chấm điểm có sẵn
  thidua new --template ID --units units.csv --out TỆP.xlsx [--mode self|review|cross]
             [--period 2026] [--cluster-title "…"] [--force]
                                                   tạo bảng chấm điểm cho các đơn vị
  thidua validate TỆP.xlsx [--json]               kiểm tra điểm đã nhập
  thidua rank TỆP.xlsx [--json] [--out RA.xlsx]   xếp hạng, xếp loại, đề nghị khen thưởng
  thidua demo [--out THƯ-MỤC]                     một khối sở, ngành mẫu: tạo, chấm, xếp hạng

Tùy chọn chung:
  --lang vi|en   ngôn ngữ thông báo và của bảng mới (mặc định: vi)
  --json         kết quả dạng JSON trên stdout (không in tiến trình)
  --debug        in chi tiết lỗi (stack trace) khi có lỗi ngoài dự kiến
  --help, -h     trợ giúp; “thidua <lệnh> --help” cho từng lệnh
  --version      phiên bản

Mã thoát: 0 thành công, 1 có lỗi trong số liệu (đã liệt kê), 2 không dùng được (đối số sai, tệp không đọc được).`,
    en: () =>
      `thidua: emulation scoring and ranking of clusters and blocks over Excel (.xlsx) files

Usage:
  thidua templates [--json]                       the built-in scoring templates
  thidua new --template ID --units units.csv --out FILE.xlsx [--mode self|review|cross]
             [--period 2026] [--cluster-title "…"] [--force]
                                                   create a scoring workbook for the units
  thidua validate FILE.xlsx [--json]              check the entered scores
  thidua rank FILE.xlsx [--json] [--out OUT.xlsx] rank, grade and propose awards
  thidua demo [--out FOLDER]                      a sample block of departments: create, score, rank

Common options:
  --lang vi|en   language of messages and of a new workbook (default: vi)
  --json         JSON output on stdout (no progress lines)
  --debug        print the details (stack trace) of an unexpected error
  --help, -h     help; “thidua <command> --help” for one command
  --version      the version

Exit codes: 0 success, 1 the entries have errors (listed), 2 unusable (bad arguments, unreadable file).`,
  },
  templates: {
    vi: () =>
      `thidua templates [--json] [--lang vi|en]

Liệt kê các mẫu bảng chấm điểm có sẵn: mã mẫu, thang điểm, điểm thưởng tối đa, các nhóm tiêu chí.
--json: mảng các mẫu {id, version, title, scale, contentMax, bonusCap, periodKind, groups, legalBasis}.`,
    en: () =>
      `thidua templates [--json] [--lang vi|en]

Lists the built-in scoring templates: id, scale, bonus cap, criteria groups.
--json: an array of templates {id, version, title, scale, contentMax, bonusCap, periodKind, groups, legalBasis}.`,
  },
  new: {
    vi: () =>
      `thidua new --template ID --units units.csv --out TỆP.xlsx [tùy chọn]

Tạo bảng chấm điểm (.xlsx) theo một mẫu có sẵn cho các đơn vị trong units.csv.

  --template ID        mã mẫu (xem “thidua templates”), ví dụ khoi-so-nganh
  --units units.csv    danh sách đơn vị, UTF-8, dòng đầu là tiêu đề code,name,cluster
                       (thêm cột priority, disqualified nếu cần: ghi x hoặc Có)
  --out TỆP.xlsx       tệp sẽ tạo (không ghi đè tệp đã có, trừ khi có --force)
  --mode MODE          self (tự chấm) | review (tự chấm + thẩm định, mặc định) | cross (thêm chấm chéo)
  --period KỲ          kỳ đánh giá, ví dụ 2026 hoặc "Quý I/2026" (mặc định: năm hiện tại)
  --cluster-title "…"  tên cụm/khối in ở đầu các sheet
  --lang vi|en         ngôn ngữ của bảng và thông báo (mặc định: vi)
  --force              ghi đè tệp --out nếu đã có

Ví dụ units.csv:
  code,name,cluster,priority
  STC,Sở Tài chính,Khối tổng hợp,
  SNV,Sở Nội vụ,Khối tổng hợp,x
  SYT,"Sở Y tế, tỉnh Lào Cai",Khối văn hóa – xã hội,`,
    en: () =>
      `thidua new --template ID --units units.csv --out FILE.xlsx [options]

Creates a scoring workbook (.xlsx) from a built-in template for the units in units.csv.

  --template ID        template id (see “thidua templates”), e.g. khoi-so-nganh
  --units units.csv    the unit list, UTF-8, first line the header code,name,cluster
                       (plus priority, disqualified columns if needed: write x or yes)
  --out FILE.xlsx      the file to create (an existing file is kept unless --force)
  --mode MODE          self | review (self + review, the default) | cross (adds peer scoring)
  --period PERIOD      the period, e.g. 2026 or "Q1/2026" (default: the current year)
  --cluster-title "…"  cluster or block title printed at the top of the sheets
  --lang vi|en         language of the workbook and messages (default: vi)
  --force              overwrite --out if it exists

Example units.csv:
  code,name,cluster,priority
  STC,Sở Tài chính,Khối tổng hợp,
  SNV,Sở Nội vụ,Khối tổng hợp,x
  SYT,"Sở Y tế, tỉnh Lào Cai",Khối văn hóa – xã hội,`,
  },
  validate: {
    vi: () =>
      `thidua validate TỆP.xlsx [--json] [--lang vi|en]

Kiểm tra mọi điểm, số liệu, minh chứng đã nhập; mỗi phát hiện kèm sheet và ô.
Mã thoát: 0 không có lỗi (có thể có cảnh báo), 1 có lỗi, 2 tệp không dùng được.
--json: {"findings":[{"rule","severity","sheet","cell","unit","criterion","message"}]}`,
    en: () =>
      `thidua validate FILE.xlsx [--json] [--lang vi|en]

Checks every entered score, figure and piece of evidence; each finding names its sheet and cell.
Exit code: 0 no errors (warnings allowed), 1 errors found, 2 unusable file.
--json: {"findings":[{"rule","severity","sheet","cell","unit","criterion","message"}]}`,
  },
  rank: {
    vi: () =>
      `thidua rank TỆP.xlsx [--out RA.xlsx] [--json] [--lang vi|en]

Kiểm tra, xếp hạng trong từng cụm/khối, xếp loại, đề nghị khen thưởng và ghi kết quả vào bảng
(ghi đè an toàn tại chỗ, hoặc ra tệp --out và giữ nguyên tệp gốc). Không ghi gì khi số liệu còn lỗi.
Mã thoát: 0 đã xếp hạng, 1 số liệu có lỗi, 2 tệp không dùng được.
--json: {"template":{"id","version"},"units":[{"code","name","cluster","self","peer","review","final",
        "rank","tieBreak","grade","award"}],"findings":[…]}`,
    en: () =>
      `thidua rank FILE.xlsx [--out OUT.xlsx] [--json] [--lang vi|en]

Checks, ranks inside each cluster, grades, proposes awards and writes the results into the workbook
(safely in place, or into --out leaving the original as it was). Writes nothing while entries have errors.
Exit code: 0 ranked, 1 the entries have errors, 2 unusable file.
--json: {"template":{"id","version"},"units":[{"code","name","cluster","self","peer","review","final",
        "rank","tieBreak","grade","award"}],"findings":[…]}`,
  },
  demo: {
    vi: () =>
      `thidua demo [--out THƯ-MỤC] [--lang vi|en]

Tạo demo.xlsx trong THƯ-MỤC (mặc định: thư mục hiện tại, ghi đè demo.xlsx cũ): một khối 10 sở, ngành
với điểm tự chấm, số liệu, minh chứng, một phần thẩm định, một điểm thưởng, một điểm trừ và một trường hợp
bằng điểm; rồi kiểm tra, xếp hạng và in bảng xếp hạng.`,
    en: () =>
      `thidua demo [--out FOLDER] [--lang vi|en]

Writes demo.xlsx into FOLDER (default: the current folder, replacing an earlier demo.xlsx): a block of 10
provincial departments with self scores, data, evidence, a partial review, a bonus, a deduction and a tie;
then checks it, ranks it and prints the ranking.`,
  },
});
