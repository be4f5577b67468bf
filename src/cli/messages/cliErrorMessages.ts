// The one sentence the command prints on stderr when it cannot go on: bad arguments, files it cannot read or
// write, workbooks that are not Thi đua workbooks, and bugs.

import { defineMessages } from "../../core/messages/messageTypes";

type File = { file: string };
type Option = { option: string };
/** Every command, comma-separated, in the order of the year's work. */
type Commands = { commands: string };

export const cliErrorMessages = defineMessages({
  noCommand: {
    vi: (p: Commands) => `Thiếu lệnh: hãy chọn một trong các lệnh ${p.commands} (xem “thidua --help”).`,
    en: (p: Commands) => `No command given: choose one of ${p.commands} (see “thidua --help”).`,
  },
  unknownCommand: {
    vi: (p: Commands & { command: string }) =>
      `Không có lệnh “${p.command}”: các lệnh là ${p.commands} (xem “thidua --help”).`,
    en: (p: Commands & { command: string }) =>
      `There is no command “${p.command}”: the commands are ${p.commands} (see “thidua --help”).`,
  },
  unknownTopOption: {
    vi: (p: Option) => `thidua không có tùy chọn ${p.option} (xem “thidua --help”).`,
    en: (p: Option) => `thidua has no option ${p.option} (see “thidua --help”).`,
  },
  unknownOption: {
    vi: (p: Option & { command: string }) =>
      `Lệnh ${p.command} không có tùy chọn ${p.option} (xem “thidua ${p.command} --help”).`,
    en: (p: Option & { command: string }) =>
      `The ${p.command} command has no option ${p.option} (see “thidua ${p.command} --help”).`,
  },
  optionNeedsValue: {
    vi: (p: Option) => `Tùy chọn ${p.option} cần một giá trị, ví dụ ${p.option} <giá trị>.`,
    en: (p: Option) => `The option ${p.option} needs a value, e.g. ${p.option} <value>.`,
  },
  optionTakesNoValue: {
    vi: (p: Option) => `Tùy chọn ${p.option} không nhận giá trị.`,
    en: (p: Option) => `The option ${p.option} takes no value.`,
  },
  missingOption: {
    vi: (p: Option & { command: string }) =>
      `Lệnh ${p.command} cần tùy chọn ${p.option} (xem “thidua ${p.command} --help”).`,
    en: (p: Option & { command: string }) =>
      `The ${p.command} command needs the option ${p.option} (see “thidua ${p.command} --help”).`,
  },
  badChoice: {
    vi: (p: Option & { value: string; choices: string }) =>
      `Giá trị “${p.value}” của ${p.option} không hợp lệ: hãy chọn một trong ${p.choices}.`,
    en: (p: Option & { value: string; choices: string }) =>
      `“${p.value}” is not a valid ${p.option}: choose one of ${p.choices}.`,
  },
  blankValue: {
    vi: (p: Option) => `Tùy chọn ${p.option} không được để trống.`,
    en: (p: Option) => `The option ${p.option} must not be blank.`,
  },
  missingFile: {
    vi: (p: { command: string }) =>
      `Lệnh ${p.command} cần đúng một tệp .xlsx, ví dụ “thidua ${p.command} bang-cham-diem.xlsx”.`,
    en: (p: { command: string }) =>
      `The ${p.command} command needs exactly one .xlsx file, e.g. “thidua ${p.command} scoring.xlsx”.`,
  },
  missingReturned: {
    vi: () =>
      "Lệnh collect cần bảng tổng hợp và ít nhất một phiếu đã điền: “thidua collect tong-hop.xlsx phieu1.xlsx …”.",
    en: () =>
      "The collect command needs the master workbook and at least one returned form: “thidua collect master.xlsx form1.xlsx …”.",
  },
  missingPeriods: {
    vi: () =>
      "Lệnh rollup cần tệp tổng hợp năm và ít nhất một bảng của kỳ: “thidua rollup nam-2026.xlsx quy1.xlsx quy2.xlsx …”.",
    en: () =>
      "The rollup command needs the year summary file and at least one period workbook: “thidua rollup year-2026.xlsx q1.xlsx q2.xlsx …”.",
  },
  outNotRollup: {
    vi: (p: File) =>
      `Tệp ${p.file} đã có và không phải bảng tổng hợp năm; hãy chọn tên khác hoặc thêm --force để ghi đè.`,
    en: (p: File) =>
      `The file ${p.file} already exists and is not a year summary; choose another name or add --force to overwrite it.`,
  },
  outIsPeriod: {
    vi: (p: File) => `Tệp ${p.file} vừa là tệp tổng hợp năm vừa là bảng của một kỳ; hãy chọn tên khác cho tệp năm.`,
    en: (p: File) => `${p.file} is both the year summary and a period workbook; choose another name for the year file.`,
  },
  outIsFile: {
    vi: (p: { folder: string; command: string }) =>
      `${p.folder} là một tệp; --out của lệnh ${p.command} cần một thư mục.`,
    en: (p: { folder: string; command: string }) =>
      `${p.folder} is a file; the ${p.command} command's --out needs a folder.`,
  },
  extraArguments: {
    vi: (p: { command: string; extra: string }) => `Lệnh ${p.command} không nhận thêm đối số ${p.extra}.`,
    en: (p: { command: string; extra: string }) => `The ${p.command} command takes no further argument ${p.extra}.`,
  },
  unknownTemplate: {
    vi: (p: { id: string; ids: string }) =>
      `Không có mẫu “${p.id}”: các mẫu có sẵn là ${p.ids} (xem “thidua templates”).`,
    en: (p: { id: string; ids: string }) =>
      `There is no template “${p.id}”: the built-in templates are ${p.ids} (see “thidua templates”).`,
  },
  fileNotFound: {
    vi: (p: File) => `Không tìm thấy tệp ${p.file}.`,
    en: (p: File) => `The file ${p.file} does not exist.`,
  },
  fileIsFolder: {
    vi: (p: File) => `${p.file} là một thư mục, không phải tệp.`,
    en: (p: File) => `${p.file} is a folder, not a file.`,
  },
  fileNoAccess: {
    vi: (p: File) => `Không có quyền đọc tệp ${p.file}.`,
    en: (p: File) => `You are not allowed to read the file ${p.file}.`,
  },
  fileReadFailed: {
    vi: (p: File & { reason: string }) => `Không đọc được tệp ${p.file} (${p.reason}).`,
    en: (p: File & { reason: string }) => `The file ${p.file} could not be read (${p.reason}).`,
  },
  notOpened: {
    vi: (p: File & { reason: string }) => `Không mở được ${p.file}. ${p.reason}`,
    en: (p: File & { reason: string }) => `${p.file} cannot be opened. ${p.reason}`,
  },
  notThiDuaWorkbook: {
    vi: (p: File) =>
      `${p.file} không phải bảng chấm điểm Thi đua (không có dữ liệu mô tả _thidua); hãy tạo bảng bằng “thidua new”.`,
    en: (p: File) =>
      `${p.file} is not a Thi đua scoring workbook (it has no _thidua metadata); create one with “thidua new”.`,
  },
  formNotMaster: {
    vi: (p: File & { kind: string; unit: string }) =>
      `${p.file} là phiếu ${p.kind} của đơn vị ${p.unit}, không phải bảng tổng hợp của cụm, khối. Phiếu đơn vị gửi ` +
      `về được nhận vào bảng tổng hợp bằng lệnh collect: thidua collect TONG-HOP.xlsx "${p.file}"; sau đó kiểm tra, ` +
      "xếp hạng trên bảng tổng hợp.",
    en: (p: File & { kind: string; unit: string }) =>
      `${p.file} is the ${p.kind} form of unit ${p.unit}, not a cluster's master workbook. Returned forms are taken ` +
      `into the master with the collect command: thidua collect MASTER.xlsx "${p.file}"; then validate and rank the ` +
      "master.",
  },
  damagedMeta: {
    vi: (p: File & { reason: string }) => `Không dùng được ${p.file}: ${p.reason}`,
    en: (p: File & { reason: string }) => `${p.file} cannot be used: ${p.reason}`,
  },
  outExists: {
    vi: (p: File) => `Tệp ${p.file} đã có; hãy chọn tên khác hoặc thêm --force để ghi đè.`,
    en: (p: File) => `The file ${p.file} already exists; choose another name or add --force to overwrite it.`,
  },
  outNotXlsx: {
    vi: (p: File) => `Tên tệp ${p.file} cần có đuôi .xlsx.`,
    en: (p: File) => `The file name ${p.file} needs the .xlsx extension.`,
  },
  folderMissing: {
    vi: (p: { folder: string }) => `Không có thư mục ${p.folder} để ghi tệp vào.`,
    en: (p: { folder: string }) => `The folder ${p.folder} to write into does not exist.`,
  },
  folderNotMade: {
    vi: (p: { folder: string; reason: string }) => `Không tạo được thư mục ${p.folder} (${p.reason}).`,
    en: (p: { folder: string; reason: string }) => `The folder ${p.folder} could not be created (${p.reason}).`,
  },
  writeFailed: {
    vi: (p: File & { reason: string }) => `Không ghi được tệp ${p.file} (${p.reason}); tệp cũ, nếu có, vẫn nguyên vẹn.`,
    en: (p: File & { reason: string }) =>
      `The file ${p.file} could not be written (${p.reason}); the previous file, if any, is unchanged.`,
  },
  notUtf8: {
    vi: (p: File) => `Tệp ${p.file} không phải văn bản UTF-8; trong Excel hãy lưu bằng “CSV UTF-8 (Comma delimited)”.`,
    en: (p: File) => `The file ${p.file} is not UTF-8 text; in Excel save it as “CSV UTF-8 (Comma delimited)”.`,
  },
  workbookFailed: {
    vi: (p: File & { reason: string }) => `Không xử lý được ${p.file}: ${p.reason}`,
    en: (p: File & { reason: string }) => `${p.file} could not be processed: ${p.reason}`,
  },
  badAssignment: {
    vi: (p: { text: string }) =>
      `--set “${p.text}” không đúng dạng KHÓA=GIÁ_TRỊ, ví dụ --set finalRule=weighted (xem “thidua settings --help”).`,
    en: (p: { text: string }) =>
      `--set “${p.text}” is not of the form KEY=VALUE, e.g. --set finalRule=weighted (see “thidua settings --help”).`,
  },
  settingRefused: {
    vi: (p: File & { key: string; reason: string; more: number }) =>
      `Không đổi cài đặt ${p.key}: ${p.reason}${p.more > 0 ? ` (và ${p.more} lỗi khác)` : ""} ${p.file} được giữ nguyên.`,
    en: (p: File & { key: string; reason: string; more: number }) =>
      `Setting ${p.key} not changed: ${p.reason}${p.more > 0 ? ` (and ${p.more} more errors)` : ""} ${p.file} is unchanged.`,
  },
  settingsRefused: {
    vi: (p: File & { key: string; reason: string; more: number }) =>
      `Không đổi cài đặt: ${p.reason}${p.more > 0 ? ` (và ${p.more} lỗi khác)` : ""} ${p.file} được giữ nguyên.`,
    en: (p: File & { key: string; reason: string; more: number }) =>
      `Settings not changed: ${p.reason}${p.more > 0 ? ` (and ${p.more} more errors)` : ""} ${p.file} is unchanged.`,
  },
  settingsWorkbookRefused: {
    vi: (p: File & { reason: string }) => `${p.file}: ${p.reason}`,
    en: (p: File & { reason: string }) => `${p.file}: ${p.reason}`,
  },
  unexpected: {
    vi: (p: { reason: string }) =>
      `Lỗi ngoài dự kiến trong thidua (${p.reason}); hãy chạy lại với --debug và gửi kết quả cho người phát triển.`,
    en: (p: { reason: string }) =>
      `Unexpected error in thidua (${p.reason}); run again with --debug and send the output to the developers.`,
  },
});
