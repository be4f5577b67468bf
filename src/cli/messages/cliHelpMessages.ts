// `thidua --help` and `thidua <command> --help`, in Vietnamese and English.

import { defineMessages } from "../../core/messages/messageTypes";
import { provinceCliMessages } from "./provinceCliMessages";

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
  thidua forms TỆP.xlsx --out THƯ-MỤC             lập phiếu gửi từng đơn vị (tự chấm, chấm chéo)
  thidua collect TỆP.xlsx PHIẾU.xlsx… [--json]    nhận phiếu đã điền vào bảng tổng hợp
  thidua rollup NĂM.xlsx KỲ.xlsx… [--json] [--force]
                                                   tổng hợp các tháng/quý thành kết quả cả năm
  thidua undo TỆP.xlsx [--json]                   hoàn tác thao tác ghi cuối (xếp hạng, sửa, cài đặt, phiếu)
  thidua settings TỆP.xlsx [--json] [--set KHÓA=GIÁ_TRỊ]…
                                                   xem hoặc đổi cài đặt của bảng (cách tính điểm, trọng số…)
  thidua meeting TỆP.xlsx [--cluster CỤM] [--date …]…
                                                   lập danh sách bình xét; ghi thông tin cuộc họp
  thidua ballots TỆP.xlsx --out THƯ-MỤC [--paper A5|A4]
                                                   lập phiếu bầu (mỗi cụm một tệp, mỗi thành viên một phiếu)
  thidua tally TỆP.xlsx [--votes votes.csv] [--present CỤM=SỐ]… [--json]
                                                   kiểm phiếu, ghi kết quả biểu quyết
  thidua minutes TỆP.xlsx --out bien-ban.docx [--cluster CỤM]
                                                   lập biên bản họp bình xét, suy tôn (.docx)
  thidua province --out TỈNH.xlsx CỤM.xlsx… [--year NĂM] [--json] [--force] [--dossier THƯ-MỤC]
                                                   danh sách đề nghị khen thưởng của Tỉnh từ các cụm, khối
  thidua province-ballots TỈNH.xlsx --out THƯ-MỤC [--paper A4|A5] [--copies SỐ]
                                                   phiếu biểu quyết của Hội đồng Thi đua - Khen thưởng tỉnh
  thidua province-tally TỈNH.xlsx [--votes votes.csv] [--present SỐ] [--members SỐ] [--json]
                                                   kiểm phiếu biểu quyết của Hội đồng tỉnh
  thidua province-dossier TỈNH.xlsx --out THƯ-MỤC
                                                   hồ sơ đề nghị khen thưởng: tờ trình, danh sách (.docx)

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
  thidua forms FILE.xlsx --out FOLDER             make the forms to email to each unit (self, peer)
  thidua collect FILE.xlsx FORM.xlsx… [--json]    take returned forms into the master workbook
  thidua rollup YEAR.xlsx PERIOD.xlsx… [--json] [--force]
                                                   roll months or quarters up into the year
  thidua undo FILE.xlsx [--json]                  undo the last writing operation (rank, fixes, settings, forms)
  thidua settings FILE.xlsx [--json] [--set KEY=VALUE]…
                                                   show or change the workbook's settings (final rule, weights…)
  thidua meeting FILE.xlsx [--cluster CLUSTER] [--date …]…
                                                   prepare the deliberation list; write the meeting's particulars
  thidua ballots FILE.xlsx --out FOLDER [--paper A5|A4]
                                                   make the ballots (a file per cluster, a ballot per member)
  thidua tally FILE.xlsx [--votes votes.csv] [--present CLUSTER=N]… [--json]
                                                   count the ballots, record the vote
  thidua minutes FILE.xlsx --out minutes.docx [--cluster CLUSTER]
                                                   write the minutes of the meeting (.docx)
  thidua province --out PROVINCE.xlsx CLUSTER.xlsx… [--year YEAR] [--json] [--force] [--dossier FOLDER]
                                                   the province's list of proposed awards from the clusters
  thidua province-ballots PROVINCE.xlsx --out FOLDER [--paper A4|A5] [--copies N]
                                                   the provincial council's ballots
  thidua province-tally PROVINCE.xlsx [--votes votes.csv] [--present N] [--members N] [--json]
                                                   count the provincial council's ballots
  thidua province-dossier PROVINCE.xlsx --out FOLDER
                                                   the award dossier: submissions and lists (.docx)

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
  --mode MODE          self (tự chấm) | review (tự chấm + thẩm định, mặc định) | cross (thêm chấm chéo;
                       điểm xếp hạng là bình quân gia quyền tự chấm 20 %, chấm chéo 30 %, thẩm định 50 %,
                       đổi bằng “thidua settings”)
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
  --mode MODE          self | review (self + review, the default) | cross (adds peer scoring; the final score
                       is weighted: self 20 %, peer 30 %, review 50 %, changed with “thidua settings”)
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
  forms: {
    vi: () =>
      `thidua forms TỆP.xlsx --out THƯ-MỤC [--new-ids] [--lang vi|en]

Lập cho mỗi đơn vị một phiếu tự chấm (và ở hình thức chấm chéo, thêm một phiếu chấm chéo) để gửi qua thư
điện tử: tệp .xlsx nhỏ có bảng tiêu chí khóa, hướng dẫn, kiểm tra dữ liệu nhập và tổng điểm tự tính, điền
được bằng Excel hoặc LibreOffice không cần add-in. Tên tệp: “<kỳ> - <mã> <tên đơn vị> - Tự chấm.xlsx”.
Phiếu đã lập trước đó giữ mã cũ, nên bản đã gửi vẫn được nhận; --new-ids cấp mã mới cho mọi phiếu (một đợt
mới: phiếu lập trước đó không còn được nhận). Ghi mã phiếu vào bảng tổng hợp và một dòng Nhật ký.
Mã thoát: 0 đã lập phiếu, 2 tệp không dùng được.`,
    en: () =>
      `thidua forms FILE.xlsx --out FOLDER [--new-ids] [--lang vi|en]

Makes for each unit a self-scoring form (and in cross mode a peer-scoring form too) to send by email: a small
.xlsx with the criteria table locked, instructions, data validation and live totals, to fill in Excel or
LibreOffice without the add-in. File names: “<period> - <code> <unit name> - Tự chấm.xlsx”.
A form made before keeps its id, so copies already sent are still accepted; --new-ids gives every form a new id
(a new round: forms made earlier are no longer accepted). Records the ids in the master and adds a log row.
Exit code: 0 forms made, 2 unusable file.`,
  },
  collect: {
    vi: () =>
      `thidua collect TỆP.xlsx PHIẾU.xlsx… [--json] [--lang vi|en]

Kiểm tra từng phiếu trước khi ghi: đúng cụm/khối, kỳ, phiên bản mẫu, mã phiếu do bảng này lập, bảng tiêu chí
không bị sửa, giá trị hợp lệ (số thập phân dấu phẩy dạng chữ như “8,5” là lỗi, kèm cách sửa). Phiếu lỗi bị từ
chối nguyên phiếu; phiếu tốt được chép vào bảng tổng hợp, phiếu gửi lại thay bản trước, Nhật ký ghi các ô thay đổi.
Mã thoát: 0 nhận hết, 1 có phiếu bị từ chối, 2 bảng tổng hợp không dùng được.
--json: {"forms":[{"file","accepted","kind","unit","formId","changed"}],
         "findings":[{"file","rule","severity","sheet","cell","unit","criterion","message"}]}`,
    en: () =>
      `thidua collect FILE.xlsx FORM.xlsx… [--json] [--lang vi|en]

Checks each returned form before writing: right cluster, period and template version, a form id this master
issued, the criteria table unchanged, valid values (a decimal comma typed as text, “8,5”, is an error with its
fix). A bad form is refused whole; good forms are copied into the master, a form sent again replaces the earlier
copy, and the log lists the cells that changed.
Exit code: 0 all accepted, 1 some refused, 2 unusable master.
--json: {"forms":[{"file","accepted","kind","unit","formId","changed"}],
         "findings":[{"file","rule","severity","sheet","cell","unit","criterion","message"}]}`,
  },
  undo: {
    vi: () =>
      `thidua undo TỆP.xlsx [--json] [--lang vi|en]

Hoàn tác thao tác ghi cuối cùng vào bảng (xếp hạng, sửa nhanh, đổi cài đặt, lập phiếu, nhận phiếu): mỗi ô mà thao
tác đã đổi trở lại đúng như trước (công thức là công thức, giá trị là giá trị, ô trống là ô trống). Chỉ một bước:
bản lưu nằm trong chính tệp (sheet ẩn _thidua_undo). Nhật ký giữ dòng của thao tác và có thêm một dòng “Hoàn tác”.
Ô bị sửa tay sau thao tác vẫn được đưa về như trước, và được liệt kê là cảnh báo. Việc tạo bảng không hoàn tác được.
Mã thoát: 0 đã hoàn tác hoặc không có gì để hoàn tác, 2 tệp không dùng được.
--json: {"undone","operation":{"operation","time","summary"}|null,"restored","findings":[…]}`,
    en: () =>
      `thidua undo FILE.xlsx [--json] [--lang vi|en]

Undoes the last operation that wrote into the workbook (ranking, fixes, a settings change, making or collecting
forms): every cell it changed is put back exactly (formulas as formulas, values as values, blanks as blanks).
One step only: the snapshot lives in the file itself (the hidden sheet _thidua_undo). The log keeps the
operation's row and gains an “Undo” row. Cells edited by hand after the operation are put back too, and listed as
warnings. Creating the workbook cannot be undone.
Exit code: 0 undone or nothing to undo, 2 unusable file.
--json: {"undone","operation":{"operation","time","summary"}|null,"restored","findings":[…]}`,
  },
  settings: {
    vi: () =>
      `thidua settings TỆP.xlsx [--json] [--set KHÓA=GIÁ_TRỊ]… [--lang vi|en]

Không có --set: in các cài đặt của bảng (khóa, giá trị, ý nghĩa) như sheet Cài đặt.
Có --set: đổi cài đặt bằng đúng thao tác “Cài đặt” của add-in: mọi công thức được lập lại theo cài đặt mới,
số liệu đã nhập giữ nguyên, Nhật ký có thêm một dòng, kết quả xếp hạng trước đó thành cũ (chạy lại rank);
“thidua undo” hoàn tác được. Nhiều --set được áp dụng cùng lúc, theo thứ tự.

Khóa là khóa của sheet Cài đặt, ví dụ:
  --set finalRule=weighted            cách tính điểm: last-stage (vòng cuối) hoặc weighted (bình quân gia quyền)
  --set weights.self=0.2 --set weights.peer=0.3 --set weights.review=0.5   (cộng lại phải bằng 1)
  --set awards.certificateShare=0.2   tỷ lệ Bằng khen (từ 0 đến 1)
  --set grades.floors.HTXSNV=none     bỏ mức sàn theo tiêu chí
  --set tieBreak=first-group,fewer-deductions
  --set timeZone=Asia/Ho_Chi_Minh
Giá trị không dùng được (khóa lạ, trọng số không cộng lại bằng 1, tỷ lệ ngoài 0..1, múi giờ lạ) bị từ chối bằng
một câu nêu tên khóa; tệp được giữ nguyên.
Mã thoát: 0 đã in hoặc đã đổi (hoặc không có gì thay đổi), 2 đối số, giá trị hoặc tệp không dùng được.
--json: không --set: {"settings":{"finalRule":…,"weights.self":…,…}};
        có --set: {"applied","changes":[{"key","from","to"}],"settings":{…}}`,
    en: () =>
      `thidua settings FILE.xlsx [--json] [--set KEY=VALUE]… [--lang vi|en]

Without --set: prints the workbook's settings (key, value, meaning) as the settings sheet holds them.
With --set: changes them through the add-in's own Settings operation: every formula is re-planned with the new
settings, entries stay as they are, the log gains a row, earlier results become stale (rank again); “thidua undo”
undoes it. Several --set are applied together, in order.

Keys are those of the settings sheet, for example:
  --set finalRule=weighted            the final rule: last-stage or weighted
  --set weights.self=0.2 --set weights.peer=0.3 --set weights.review=0.5   (they must add up to 1)
  --set awards.certificateShare=0.2   the certificate share (0 to 1)
  --set grades.floors.HTXSNV=none     no per-criterion floors
  --set tieBreak=first-group,fewer-deductions
  --set timeZone=Asia/Ho_Chi_Minh
A value that cannot be used (an unknown key, weights not adding up to 1, a share outside 0..1, an unknown time zone)
is refused with one sentence naming the key; the file is left as it was.
Exit code: 0 printed or changed (or nothing to change), 2 unusable arguments, values or file.
--json: without --set: {"settings":{"finalRule":…,"weights.self":…,…}};
        with --set: {"applied","changes":[{"key","from","to"}],"settings":{…}}`,
  },
  rollup: {
    vi: () =>
      `thidua rollup NĂM.xlsx KỲ.xlsx… [--json] [--force] [--lang vi|en]

Tổng hợp các bảng chấm điểm tháng hoặc quý của một năm (12 tháng hoặc 4 quý) thành NĂM.xlsx: mỗi đơn vị một
dòng, điểm từng kỳ, điểm bình quân các kỳ có kết quả và xếp loại năm (công thức tự tính theo ngưỡng của bảng
chấm điểm), số kỳ có kết quả, các kỳ thiếu. Điểm từng kỳ được tính lại từ số liệu của tệp (tệp chưa xếp hạng
vẫn dùng được). Kỳ đọc từ bảng, ví dụ “Quý I/2026”, “Tháng 3/2026”, “2026-Q1”.
Tệp khác mẫu, thuộc cụm/khối khác, trùng kỳ, còn lỗi hoặc không đọc được bị bỏ qua và được nêu tên; kỳ thiếu
được cảnh báo. Không ghi đè tệp đã có nếu đó không phải bảng tổng hợp năm, trừ khi có --force.
Mã thoát: 0 tổng hợp xong, 1 có tệp bị bỏ qua, 2 không có kỳ nào dùng được hoặc đối số sai.
--json: {"year","kind","periods":[{"file","period","units","used"}],
         "units":[{"code","name","cluster","finals":{"2026-Q1":…},"mean","grade","present","missing"}],
         "findings":[{"file","rule","severity","unit","message"}]}`,
    en: () =>
      `thidua rollup YEAR.xlsx PERIOD.xlsx… [--json] [--force] [--lang vi|en]

Rolls the monthly or quarterly scoring workbooks of one year (12 months or 4 quarters) up into YEAR.xlsx: a row
per unit with each period's final, the mean of the periods present and the year's grade (live formulas on the
scoring table's thresholds), the count of periods present and the missing ones. Each period's finals are
recomputed from the file's entries (unranked files are fine). The period is read from the workbook, e.g.
“Quý I/2026”, “Tháng 3/2026”, “2026-Q1”.
Files with another template, of other clusters, repeating a period, with errors or unreadable are left out and
named; missing periods are warned about. An existing file that is not a year summary is not overwritten unless
--force is given.
Exit code: 0 rolled up, 1 some files left out, 2 no usable period or bad arguments.
--json: {"year","kind","periods":[{"file","period","units","used"}],
         "units":[{"code","name","cluster","finals":{"2026-Q1":…},"mean","grade","present","missing"}],
         "findings":[{"file","rule","severity","unit","message"}]}`,
  },
  province: provinceCliMessages.help,
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
