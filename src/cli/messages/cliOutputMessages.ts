// What the command prints when things go as planned: progress steps, table headings, summaries, the units.csv
// findings and the demo's introduction.

import { defineMessages } from "../../core/messages/messageTypes";

type File = { file: string };
type Count = { count: number };
/** Forms of one kind: how many were issued and are back, and the unit codes still awaited ("" when none). */
type Returns = { returned: number; issued: number; missing: string };
/** Whom the template scores: member units (đơn vị) or persons (cá nhân). */
type Who = "unit" | "person";
const WHO_VI = { unit: "đơn vị", person: "cá nhân" } as const;

export const cliOutputMessages = defineMessages({
  // Progress (stderr)
  reading: { vi: (p: File) => `Đang đọc ${p.file}…`, en: (p: File) => `Reading ${p.file}…` },
  validating: { vi: () => "Đang kiểm tra số liệu…", en: () => "Checking the entries…" },
  ranking: { vi: () => "Đang kiểm tra và xếp hạng…", en: () => "Checking and ranking…" },
  building: {
    vi: (p: { template: string; units: number }) => `Đang lập bảng chấm điểm ${p.template} cho ${p.units} đơn vị…`,
    en: (p: { template: string; units: number }) => `Building the ${p.template} scoring table for ${p.units} units…`,
  },
  filling: {
    vi: () => "Đang điền điểm tự chấm, số liệu và điểm thẩm định mẫu…",
    en: () => "Filling in sample self scores, data and review scores…",
  },
  writing: { vi: (p: File) => `Đang ghi ${p.file}…`, en: (p: File) => `Writing ${p.file}…` },

  // rollup
  rollingUp: { vi: () => "Đang tổng hợp các kỳ…", en: () => "Rolling the periods up…" },
  rollupWritten: {
    vi: (p: File & { units: number; periods: number; year: number }) =>
      `Đã ghi ${p.file}: ${p.units} đơn vị, ${p.periods} kỳ của năm ${p.year}.`,
    en: (p: File & { units: number; periods: number; year: number }) =>
      `Wrote ${p.file}: ${p.units} units, ${p.periods} periods of ${p.year}.`,
  },
  rollupNotWritten: {
    vi: (p: File) => `Không có kỳ nào dùng được; ${p.file} không được ghi.`,
    en: (p: File) => `No usable period; ${p.file} was not written.`,
  },
  colMean: { vi: () => "Bình quân", en: () => "Mean" },
  colMissing: { vi: () => "Kỳ thiếu", en: () => "Missing" },

  // forms, collect
  makingForms: { vi: () => "Đang lập phiếu…", en: () => "Making the forms…" },
  formsWritten: {
    vi: (p: { count: number; folder: string; file: string }) =>
      `Đã lập ${p.count} phiếu trong ${p.folder}; đã ghi mã phiếu và Nhật ký vào ${p.file}.`,
    en: (p: { count: number; folder: string; file: string }) =>
      `Made ${p.count} forms in ${p.folder}; the form ids and a log row were written into ${p.file}.`,
  },
  formsNotMade: {
    vi: (p: File) => `Không lập được phiếu từ ${p.file}.`,
    en: (p: File) => `No forms could be made from ${p.file}.`,
  },
  formAccepted: {
    vi: (p: File & { unit: string; changed: number }) => `✓ ${p.file}: nhận phiếu ${p.unit}, ${p.changed} ô thay đổi.`,
    en: (p: File & { unit: string; changed: number }) =>
      `✓ ${p.file}: form of ${p.unit} taken in, ${p.changed} cells changed.`,
  },
  formRefused: { vi: (p: File) => `✗ ${p.file}: bị từ chối.`, en: (p: File) => `✗ ${p.file}: refused.` },
  collected: {
    vi: (p: File & { accepted: number; refused: number; logged: number }) =>
      `Nhận ${p.accepted} phiếu, từ chối ${p.refused} phiếu; ` +
      (p.accepted > 0
        ? `đã ghi vào ${p.file}.`
        : p.logged > 0
          ? `số liệu của ${p.file} không thay đổi, Nhật ký ghi lại các tệp bị từ chối.`
          : `${p.file} không thay đổi.`),
    en: (p: File & { accepted: number; refused: number; logged: number }) =>
      `${p.accepted} forms taken in, ${p.refused} refused; ` +
      (p.accepted > 0
        ? `written into ${p.file}.`
        : p.logged > 0
          ? `no entry of ${p.file} changed; its log records the refused files.`
          : `${p.file} is unchanged.`),
  },

  refusalNoteHeading: {
    vi: () => "Thư báo cho đơn vị (chép vào thư điện tử gửi lại):",
    en: () => "Note to the unit (copy it into your reply):",
  },
  returnsSelf: {
    vi: (p: Returns) =>
      `Phiếu tự chấm đã nhận: ${p.returned}/${p.issued} đơn vị` + (p.missing ? `; còn thiếu: ${p.missing}.` : "."),
    en: (p: Returns) =>
      `Self forms back: ${p.returned} of ${p.issued} units` + (p.missing ? `; awaited: ${p.missing}.` : "."),
  },
  returnsPeer: {
    vi: (p: Returns) =>
      `Phiếu chấm chéo đã nhận: ${p.returned}/${p.issued} đơn vị` + (p.missing ? `; còn thiếu: ${p.missing}.` : "."),
    en: (p: Returns) =>
      `Peer forms back: ${p.returned} of ${p.issued} units` + (p.missing ? `; awaited: ${p.missing}.` : "."),
  },
  nextPeerLater: {
    vi: (p: File) =>
      `Phiếu chấm chéo gửi đi khi đã nhận đủ phiếu tự chấm: khi đó chạy “thidua forms ${p.file} --out phieu-cham-cheo” ` +
      "để lập lại phiếu (mã phiếu giữ nguyên; phiếu chấm chéo mang số liệu các đơn vị đã báo), rồi gửi mỗi đơn vị phiếu " +
      "chấm chéo của mình.",
    en: (p: File) =>
      `Peer forms go out once every self form is back: then run “thidua forms ${p.file} --out peer-forms” to make the ` +
      "forms again (their ids stay; the peer forms carry the data the units reported) and send each unit its peer form.",
  },
  nextPeerNow: {
    vi: (p: File) =>
      `Tiếp theo: đã đủ phiếu tự chấm, nay gửi phiếu chấm chéo. Chạy “thidua forms ${p.file} --out phieu-cham-cheo” ` +
      "(mã phiếu giữ nguyên; phiếu chấm chéo mang số liệu các đơn vị đã báo), rồi gửi mỗi đơn vị tệp “… - Chấm chéo.xlsx” " +
      "của mình.",
    en: (p: File) =>
      `Next: every self form is back, so the peer forms go out now. Run “thidua forms ${p.file} --out peer-forms” ` +
      "(their ids stay; the peer forms carry the data the units reported), then send each unit its own peer form file.",
  },
  nextWhenAll: {
    vi: (p: File) => `Khi đã nhận đủ phiếu: chạy “thidua validate ${p.file}” rồi “thidua rank ${p.file}”.`,
    en: (p: File) => `Once every form is back: run “thidua validate ${p.file}”, then “thidua rank ${p.file}”.`,
  },
  nextRank: {
    vi: (p: File) => `Tiếp theo: đã đủ phiếu; chạy “thidua validate ${p.file}” rồi “thidua rank ${p.file}”.`,
    en: (p: File) => `Next: every form is back; run “thidua validate ${p.file}”, then “thidua rank ${p.file}”.`,
  },
  nextReviewRank: {
    vi: (p: File & { sheet: string }) =>
      `Tiếp theo: đã đủ phiếu; Trưởng cụm, khối nhập điểm thẩm định vào sheet ${p.sheet} (ô để trống là giữ điểm tự chấm), ` +
      `rồi chạy “thidua validate ${p.file}” và “thidua rank ${p.file}”.`,
    en: (p: File & { sheet: string }) =>
      `Next: every form is back; the cluster leader enters review scores on the ${p.sheet} sheet (a blank cell keeps ` +
      `the self score), then run “thidua validate ${p.file}” and “thidua rank ${p.file}”.`,
  },

  // settings
  settingsHeading: {
    vi: (p: File) => `Cài đặt của ${p.file} (đổi bằng: thidua settings ${p.file} --set KHÓA=GIÁ_TRỊ)`,
    en: (p: File) => `Settings of ${p.file} (change with: thidua settings ${p.file} --set KEY=VALUE)`,
  },
  colSettingKey: { vi: () => "Khóa", en: () => "Key" },
  colSettingValue: { vi: () => "Giá trị", en: () => "Value" },
  colSettingMeaning: { vi: () => "Ý nghĩa", en: () => "Meaning" },
  changingSettings: { vi: () => "Đang đổi cài đặt…", en: () => "Changing the settings…" },
  settingsChanged: {
    vi: (p: File & { count: number }) =>
      `Đã đổi ${p.count} thông số và ghi vào ${p.file}: công thức đã lập lại theo cài đặt mới, số liệu đã nhập giữ nguyên, ` +
      `Nhật ký có thêm một dòng. Kết quả xếp hạng trước đó đã cũ: hãy chạy “thidua rank ${p.file}”.`,
    en: (p: File & { count: number }) =>
      `${p.count} settings changed and written into ${p.file}: the formulas follow the new settings, entries are ` +
      `unchanged, the log has one more row. Earlier results are stale: run “thidua rank ${p.file}”.`,
  },
  settingsUnchanged: {
    vi: (p: File) => `Cài đặt không thay đổi: ${p.file} được giữ nguyên.`,
    en: (p: File) => `The settings are unchanged: ${p.file} was left as it is.`,
  },

  // templates
  templatesHeading: {
    vi: () => "Các mẫu bảng chấm điểm có sẵn:",
    en: () => "Built-in scoring templates:",
  },
  templateLine: {
    vi: (p: { scale: string; bonus: string; groups: number; version: string }) =>
      `thang ${p.scale} điểm, thưởng tối đa ${p.bonus}, ${p.groups} nhóm tiêu chí, phiên bản ${p.version}`,
    en: (p: { scale: string; bonus: string; groups: number; version: string }) =>
      `${p.scale}-point scale, bonus up to ${p.bonus}, ${p.groups} criteria groups, version ${p.version}`,
  },
  templatesHint: {
    vi: () => "Tạo bảng: thidua new --template <mã mẫu> --units units.csv --out bang-cham-diem.xlsx",
    en: () => "Create a workbook: thidua new --template <template id> --units units.csv --out scoring.xlsx",
  },

  // new
  created: {
    vi: (p: File & { template: string; units: number; mode: string; period: string; who: Who }) =>
      `Đã tạo ${p.file}: bảng chấm điểm “${p.template}”, ${p.units} ${WHO_VI[p.who]}, ${p.mode}, kỳ ${p.period}.`,
    en: (p: File & { template: string; units: number; mode: string; period: string; who: Who }) =>
      `Created ${p.file}: the “${p.template}” scoring table, ${p.units} ${p.who === "person" ? "persons" : "units"}, ${p.mode}, period ${p.period}.`,
  },
  createdWeighted: {
    vi: (p: File & { self: string; peer: string; review: string }) =>
      `Điểm xếp hạng: bình quân gia quyền (tự chấm ${p.self} %, chấm chéo ${p.peer} %, thẩm định ${p.review} %); ` +
      `xem, đổi bằng “thidua settings ${p.file}”.`,
    en: (p: File & { self: string; peer: string; review: string }) =>
      `Final score: weighted (self ${p.self} %, peer ${p.peer} %, review ${p.review} %); see or change it with ` +
      `“thidua settings ${p.file}”.`,
  },
  createdLastStage: {
    vi: (p: File) =>
      `Điểm xếp hạng: điểm vòng cuối (thẩm định nếu có, nếu không là tự chấm); xem, đổi bằng “thidua settings ${p.file}”.`,
    en: (p: File) =>
      `Final score: the last stage (review where entered, else self); see or change it with “thidua settings ${p.file}”.`,
  },
  createdNext: {
    vi: (p: File & { dataSheet: string; mode: "self" | "review" | "cross" }) =>
      `Tiếp theo: nhập chỉ tiêu giao (nếu có) vào sheet ${p.dataSheet}; lập phiếu gửi các đơn vị bằng ` +
      `“thidua forms ${p.file} --out phieu” và gửi mỗi đơn vị phiếu tự chấm của mình` +
      (p.mode === "cross" ? " (phiếu chấm chéo gửi sau, khi đã nhận đủ phiếu tự chấm)" : "") +
      `; nhận phiếu gửi về bằng “thidua collect ${p.file} <các tệp phiếu>”` +
      (p.mode === "self" ? "" : "; Trưởng cụm, khối nhập điểm thẩm định") +
      `; rồi chạy “thidua validate ${p.file}” và “thidua rank ${p.file}”.`,
    en: (p: File & { dataSheet: string; mode: "self" | "review" | "cross" }) =>
      `Next: enter the assigned targets (if any) on the ${p.dataSheet} sheet; make the forms with ` +
      `“thidua forms ${p.file} --out forms” and send each unit its self form` +
      (p.mode === "cross" ? " (the peer forms go out later, once every self form is back)" : "") +
      `; take the returned forms in with “thidua collect ${p.file} <form files>”` +
      (p.mode === "self" ? "" : "; the cluster leader enters the review scores") +
      `; then run “thidua validate ${p.file}” and “thidua rank ${p.file}”.`,
  },
  notCreated: {
    vi: () => "Chưa tạo bảng: hãy sửa các lỗi trên rồi chạy lại.",
    en: () => "No workbook was created: fix the errors above and run again.",
  },
  modeSelf: { vi: () => "chế độ tự chấm", en: () => "self-scoring mode" },
  modeReview: { vi: () => "chế độ tự chấm và thẩm định", en: () => "self-scoring and review mode" },
  modeCross: {
    vi: () => "chế độ tự chấm, chấm chéo và thẩm định",
    en: () => "self, cross-scoring and review mode",
  },

  // units.csv
  csvLine: {
    vi: (p: File & { line: number }) => `${p.file}, dòng ${p.line}`,
    en: (p: File & { line: number }) => `${p.file}, line ${p.line}`,
  },
  csvEmpty: {
    vi: () => "Tệp trống: cần dòng tiêu đề code,name,cluster và mỗi đơn vị một dòng.",
    en: () => "The file is empty: it needs the header code,name,cluster and one line per unit.",
  },
  csvMissingColumns: {
    vi: (p: { columns: string }) =>
      `Dòng tiêu đề thiếu cột ${p.columns}; dòng đầu tiên phải là code,name,cluster (thêm priority,disqualified nếu cần).`,
    en: (p: { columns: string }) =>
      `The header lacks the column ${p.columns}; the first line must be code,name,cluster (plus priority,disqualified if needed).`,
  },
  csvUnknownColumn: {
    vi: (p: { column: string }) => `Cột “${p.column}” không được dùng và đã bỏ qua.`,
    en: (p: { column: string }) => `The column “${p.column}” is not used and was ignored.`,
  },
  csvUnclosedQuote: {
    vi: () => "Dấu ngoặc kép mở ở đây không được đóng, nên phần còn lại của tệp không đọc được.",
    en: () => "A double quote opened here is never closed, so the rest of the file cannot be read.",
  },
  csvExtraFields: {
    vi: (p: { found: number; expected: number }) =>
      `Dòng có ${p.found} trường nhưng tiêu đề chỉ có ${p.expected} cột; các trường thừa bị bỏ qua (tên có dấu phẩy cần đặt trong ngoặc kép).`,
    en: (p: { found: number; expected: number }) =>
      `The line has ${p.found} fields but the header only ${p.expected} columns; the extra fields were ignored (put names with commas in double quotes).`,
  },

  // validate / rank
  clean: {
    vi: (p: File) => `${p.file}: không có lỗi, không có cảnh báo.`,
    en: (p: File) => `${p.file}: no errors, no warnings.`,
  },
  summary: {
    vi: (p: File & { errors: number; warnings: number }) => `${p.file}: ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
    en: (p: File & { errors: number; warnings: number }) =>
      `${p.file}: ${p.errors} error${p.errors === 1 ? "" : "s"}, ${p.warnings} warning${p.warnings === 1 ? "" : "s"}.`,
  },
  undone: {
    vi: (p: File & { operation: string; time: string; cells: number }) =>
      `Đã hoàn tác ${p.operation} lúc ${p.time}: ${p.cells} ô được khôi phục; đã ghi vào ${p.file} (Nhật ký có thêm một dòng).`,
    en: (p: File & { operation: string; time: string; cells: number }) =>
      `Undid the ${p.operation} of ${p.time}: ${p.cells} cells restored; written into ${p.file} (one more log row).`,
  },
  undoing: { vi: () => "Đang hoàn tác thao tác cuối…", en: () => "Undoing the last operation…" },
  ranked: {
    vi: (p: File & { sheets: string }) => `Đã ghi kết quả xếp hạng vào ${p.file} (sheet ${p.sheets}).`,
    en: (p: File & { sheets: string }) => `The ranking was written into ${p.file} (sheets ${p.sheets}).`,
  },
  notRanked: {
    vi: (p: File) => `Chưa xếp hạng: hãy sửa các lỗi trên rồi chạy lại; ${p.file} không bị thay đổi.`,
    en: (p: File) => `Not ranked: fix the errors above and run again; ${p.file} was not changed.`,
  },
  severityError: { vi: (p: Count) => `Lỗi (${p.count})`, en: (p: Count) => `Errors (${p.count})` },
  severityWarning: { vi: (p: Count) => `Cảnh báo (${p.count})`, en: (p: Count) => `Warnings (${p.count})` },
  severityInfo: { vi: (p: Count) => `Thông tin (${p.count})`, en: (p: Count) => `Notes (${p.count})` },
  moreOfRule: {
    vi: (p: Count) => `… và ${p.count} phát hiện khác cùng loại (xem đủ bằng --json)`,
    en: (p: Count) => `… and ${p.count} more of the same kind (see them all with --json)`,
  },

  // ranking table
  clusterHeading: {
    vi: (p: { cluster: string; count: number; who: Who }) => `Cụm/khối: ${p.cluster} (${p.count} ${WHO_VI[p.who]})`,
    en: (p: { cluster: string; count: number; who: Who }) =>
      `Cluster: ${p.cluster} (${p.count} ${p.who === "person" ? "persons" : "units"})`,
  },
  noCluster: { vi: () => "(không ghi cụm/khối)", en: () => "(no cluster)" },
  colRank: { vi: () => "Hạng", en: () => "Rank" },
  colCode: { vi: () => "Mã", en: () => "Code" },
  colName: { vi: () => "Đơn vị", en: () => "Unit" },
  colPersonName: { vi: () => "Họ và tên", en: () => "Full name" },
  colFinal: { vi: () => "Điểm", en: () => "Score" },
  colGrade: { vi: () => "Xếp loại", en: () => "Grade" },
  colAward: { vi: () => "Đề nghị khen", en: () => "Award proposal" },
  colNote: { vi: () => "Ghi chú", en: () => "Note" },
  colSelf: { vi: () => "Tự chấm", en: () => "Self" },
  colPeer: { vi: () => "Chấm chéo", en: () => "Peer" },

  // demo
  demoTitle: {
    vi: () => "Thi đua: bản trình diễn",
    en: () => "Thi đua: demonstration",
  },
  demoIntro: {
    vi: (p: { units: number; cluster: string; period: string }) =>
      `Khối ${p.units} sở, ngành (“${p.cluster}”), năm ${p.period}: các sở tự chấm theo mẫu khoi-so-nganh (100 điểm, thưởng tối đa 5), Trưởng khối thẩm định lại một số tiêu chí.`,
    en: (p: { units: number; cluster: string; period: string }) =>
      `A block of ${p.units} provincial departments (“${p.cluster}”), year ${p.period}: each department scored itself on the khoi-so-nganh template (100 points, bonus up to 5), and the block leader reviewed some criteria.`,
  },
  demoWritten: {
    vi: (p: File) => `Đã ghi ${p.file}: mở bằng Excel hoặc LibreOffice để xem bảng điểm, công thức và phân tích.`,
    en: (p: File) =>
      `Wrote ${p.file}: open it in Excel or LibreOffice to see the scores, the formulas and the analysis.`,
  },
  demoTry: {
    vi: (p: File & { sheet: string }) => `Thử sửa một điểm trong sheet ${p.sheet} rồi chạy “thidua rank ${p.file}”.`,
    en: (p: File & { sheet: string }) =>
      `Try changing a score on the ${p.sheet} sheet, then run “thidua rank ${p.file}”.`,
  },
});
