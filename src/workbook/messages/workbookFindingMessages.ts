// Findings about the workbook itself (not its scores): damaged or missing defined names, unreadable metadata,
// settings or units edited outside the add-in, and an injection the workbook refuses.

import { defineMessages } from "../../core/messages/messageTypes";

type Name = { name: string };
type Shape = { name: string; rows: number; columns: number; expectedRows: number; expectedColumns: number };

export const workbookFindingMessages = defineMessages({
  alreadyInjected: {
    vi: (p: Name) =>
      `Sổ tính này đã có bảng chấm điểm Thi đua (vùng tên ${p.name}); hãy tạo bảng mới trong một sổ tính khác.`,
    en: (p: Name) =>
      `This workbook already holds a Thi đua scoring table (name ${p.name}); create the new one in another workbook.`,
  },
  noUnits: {
    vi: () => "Chưa có đơn vị nào trong danh sách: cần ít nhất một đơn vị để tạo bảng chấm điểm.",
    en: () => "The unit list is empty: a scoring workbook needs at least one unit.",
  },
  nameMissing: {
    vi: (p: Name) =>
      `Không tìm thấy vùng tên ${p.name} trong sổ tính: có thể sheet chứa nó đã bị xóa. Hãy khôi phục bản sao trước đó.`,
    en: (p: Name) => `The defined name ${p.name} is missing: its sheet may have been deleted. Restore an earlier copy.`,
  },
  nameBroken: {
    vi: (p: Name) => `Vùng tên ${p.name} bị hỏng (#REF!): các ô nó chỉ tới đã bị xóa. Hãy khôi phục bản sao trước đó.`,
    en: (p: Name) => `The defined name ${p.name} is broken (#REF!): its cells were deleted. Restore an earlier copy.`,
  },
  nameElsewhere: {
    vi: (p: Name) =>
      `Vùng tên ${p.name} không còn chỉ vào bảng của Thi đua (có thể đã bị sửa sang sheet khác): không ghi gì vào đó. Hãy khôi phục bản sao trước đó.`,
    en: (p: Name) =>
      `The defined name ${p.name} no longer points at its Thi đua table (it may have been edited to another sheet): nothing is written there. Restore an earlier copy.`,
  },
  nameShape: {
    vi: (p: Shape) =>
      `Vùng tên ${p.name} có ${p.rows} dòng × ${p.columns} cột, đáng lẽ ${p.expectedRows} × ${p.expectedColumns}: có thể đã chèn hoặc xóa dòng, cột. Dữ liệu vùng này không được đọc.`,
    en: (p: Shape) =>
      `The defined name ${p.name} spans ${p.rows} rows × ${p.columns} columns instead of ${p.expectedRows} × ${p.expectedColumns}: rows or columns were inserted or deleted. Its data were not read.`,
  },
  metaMissing: {
    vi: () =>
      "Không tìm thấy dữ liệu mô tả bảng (sheet ẩn _thidua, vùng tên TD_Meta): đây không phải bảng chấm điểm Thi đua, hoặc bảng đã bị hỏng.",
    en: () =>
      "The workbook's metadata (very hidden sheet _thidua, name TD_Meta) is missing: this is not a Thi đua workbook, or it is damaged.",
  },
  metaUnreadable: {
    vi: (p: { reason: string }) => `Dữ liệu mô tả trong sheet ẩn _thidua không đọc được (${p.reason}).`,
    en: (p: { reason: string }) => `The metadata on the very hidden sheet _thidua cannot be read (${p.reason}).`,
  },
  metaVersion: {
    vi: (p: { found: string; expected: number }) =>
      `Bảng này theo phiên bản cấu trúc ${p.found}; add-in này đọc phiên bản ${p.expected}.`,
    en: (p: { found: string; expected: number }) =>
      `This workbook follows contract version ${p.found}; this add-in reads version ${p.expected}.`,
  },
  metaInvalid: {
    vi: (p: { field: string }) => `Dữ liệu mô tả bảng thiếu hoặc sai trường “${p.field}”.`,
    en: (p: { field: string }) => `The workbook's metadata lacks a valid “${p.field}”.`,
  },
  settingsChanged: {
    vi: (p: { key: string; found: string; expected: string }) =>
      `Thông số ${p.key} trong sheet Cài đặt là “${p.found}”, khác với giá trị đã dùng để lập công thức (“${p.expected}”); công thức vẫn dùng giá trị cũ. Hãy đổi cài đặt qua add-in.`,
    en: (p: { key: string; found: string; expected: string }) =>
      `Setting ${p.key} on the settings sheet reads “${p.found}”, not the value the formulas were built with (“${p.expected}”); the formulas still use the old value. Change settings through the add-in.`,
  },
  unitsChanged: {
    vi: (p: { row: number; field: string; found: string; expected: string }) =>
      `Dòng ${p.row} của sheet Đơn vị: “${p.field}” là “${p.found}”, khác với khi tạo bảng (“${p.expected}”); tiêu đề các sheet và công thức vẫn theo danh sách cũ. Hãy cập nhật đơn vị qua add-in.`,
    en: (p: { row: number; field: string; found: string; expected: string }) =>
      `Row ${p.row} of the units sheet: “${p.field}” reads “${p.found}”, not “${p.expected}” as when the workbook was made; sheet headers and formulas still follow the old list. Update units through the add-in.`,
  },
  unitsCount: {
    vi: (p: { found: number; expected: number }) =>
      `Sheet Đơn vị có ${p.found} đơn vị, khác với ${p.expected} đơn vị khi tạo bảng; hãy cập nhật đơn vị qua add-in.`,
    en: (p: { found: number; expected: number }) =>
      `The units sheet lists ${p.found} units, not the ${p.expected} the workbook was made with; update units through the add-in.`,
  },
  settingsInvalid: {
    vi: (p: { key: string }) =>
      `Thông số ${p.key} không hợp lệ nên không lập được công thức; hãy kiểm tra lại cài đặt.`,
    en: (p: { key: string }) =>
      `Setting ${p.key} is not valid, so no formulas can be built from it; check the settings.`,
  },
  logEdited: {
    vi: (p: { row: number }) =>
      `Nhật ký: dòng ${p.row} đã bị sửa sau khi ghi (hoặc một dòng phía trên nó đã bị xóa); chuỗi kiểm tra của dòng này không còn khớp.`,
    en: (p: { row: number }) =>
      `Log: row ${p.row} was edited after it was written (or a row above it was deleted); its check chain no longer matches.`,
  },
  settingsShare: {
    vi: (p: { key: string }) => `Thông số ${p.key} phải nằm trong khoảng từ 0 % đến 100 %.`,
    en: (p: { key: string }) => `Setting ${p.key} must lie between 0 % and 100 %.`,
  },
  settingsWeightsSum: {
    vi: (p: { sum: string }) =>
      `Các trọng số tự chấm, chấm chéo và thẩm định phải cộng lại đúng 100 % (hiện là ${p.sum} %).`,
    en: (p: { sum: string }) => `The self, peer and review weights must add up to 100 % (they add up to ${p.sum} %).`,
  },
  settingsThresholdsOrder: {
    vi: () => "Ngưỡng xếp loại phải giảm dần: HTXSNV cao hơn HTTNV, HTTNV cao hơn HTNV.",
    en: () => "Grade thresholds must descend: HTXSNV above HTTNV, HTTNV above HTNV.",
  },
  settingsWhole: {
    vi: (p: { key: string; min: number }) => `Thông số ${p.key} phải là số nguyên từ ${p.min} trở lên.`,
    en: (p: { key: string; min: number }) => `Setting ${p.key} must be a whole number of at least ${p.min}.`,
  },
  settingsMinRaters: {
    vi: (p: { drop: number; min: number }) =>
      `Khi bỏ ${p.drop} điểm mỗi phía, cần ít nhất ${p.min} người chấm để còn lại một điểm.`,
    en: (p: { drop: number; min: number }) =>
      `Dropping ${p.drop} totals on each side needs at least ${p.min} raters, so that one remains.`,
  },
  settingsName: {
    vi: (p: { key: string; max: number }) =>
      `Thông số ${p.key} phải là tên gọi đầy đủ, không để trống, không quá ${p.max} ký tự.`,
    en: (p: { key: string; max: number }) =>
      `Setting ${p.key} must be a full name, not blank, of at most ${p.max} characters.`,
  },
  settingsTimeZone: {
    vi: (p: { zone: string }) =>
      `Múi giờ "${p.zone}" không có trong danh sách múi giờ chuẩn (IANA); ghi ví dụ Asia/Ho_Chi_Minh.`,
    en: (p: { zone: string }) =>
      `Time zone "${p.zone}" is not a standard (IANA) time zone; write, e.g., Asia/Ho_Chi_Minh.`,
  },
  settingsTieBreakTwice: {
    vi: (p: { key: string }) => `Tiêu chí phân định ${p.key} có mặt hai lần trong thứ tự phân định.`,
    en: (p: { key: string }) => `Tie-break step ${p.key} appears twice in the tie-break order.`,
  },
  settingsWorkbookUnusable: {
    vi: (p: { errors: number }) =>
      `Chưa đổi cài đặt: sổ tính không phải bảng chấm điểm Thi đua dùng được (${p.errors} lỗi cấu trúc). Mở bước Kiểm tra để xem lý do.`,
    en: (p: { errors: number }) =>
      `Settings not changed: this is not a usable Thi đua workbook (${p.errors} structural errors). Open Validate to see why.`,
  },
  settingsLayoutMoved: {
    vi: (p: Name) =>
      `Chưa đổi cài đặt: vùng tên ${p.name} đã dời chỗ (có dòng hoặc cột bị chèn, xóa), nên ghi lại công thức có thể đè lên số liệu đã nhập. Hãy khôi phục bản sao trước đó.`,
    en: (p: Name) =>
      `Settings not changed: the defined name ${p.name} has moved (rows or columns were inserted or deleted), so rewriting the formulas could overwrite entries. Restore an earlier copy.`,
  },
  settingsUnknownKey: {
    vi: (p: { key: string; keys: string }) =>
      `Không có khóa cài đặt “${p.key}”; các khóa của sheet Cài đặt là: ${p.keys}.`,
    en: (p: { key: string; keys: string }) =>
      `There is no setting “${p.key}”; the keys of the settings sheet are: ${p.keys}.`,
  },
  settingsChoice: {
    vi: (p: { key: string; value: string; choices: string }) =>
      `Thông số ${p.key} không nhận giá trị “${p.value}”: hãy ghi một trong ${p.choices}.`,
    en: (p: { key: string; value: string; choices: string }) =>
      `Setting ${p.key} does not take “${p.value}”: write one of ${p.choices}.`,
  },
  settingsNumber: {
    vi: (p: { key: string; value: string }) => `Thông số ${p.key} phải là một số (đang ghi “${p.value}”).`,
    en: (p: { key: string; value: string }) => `Setting ${p.key} must be a number (found “${p.value}”).`,
  },
  settingsUnchanged: {
    vi: () => "Cài đặt không thay đổi: sổ tính được giữ nguyên.",
    en: () => "The settings are unchanged: the workbook was left as it is.",
  },
  rankRefused: {
    vi: (p: { errors: number }) =>
      `Chưa xếp hạng: còn ${p.errors} lỗi trong dữ liệu. Hãy sửa các lỗi rồi xếp hạng lại.`,
    en: (p: { errors: number }) => `Not ranked: the data still have ${p.errors} errors. Fix them, then rank again.`,
  },
});

export const WORKBOOK_RULES = {
  alreadyInjected: "workbook.already-injected",
  noUnits: "workbook.no-units",
  nameMissing: "workbook.name-missing",
  nameBroken: "workbook.name-broken",
  nameElsewhere: "workbook.name-elsewhere",
  nameShape: "workbook.name-shape",
  metaMissing: "workbook.meta-missing",
  metaUnreadable: "workbook.meta-unreadable",
  metaVersion: "workbook.meta-version",
  metaInvalid: "workbook.meta-invalid",
  settingsChanged: "workbook.settings-changed",
  settingsInvalid: "workbook.settings-invalid",
  settingsValue: "workbook.settings-value",
  settingsRefused: "workbook.settings-refused",
  settingsUnchanged: "workbook.settings-unchanged",
  /** A settings key that is not one of the settings sheet's (command line). */
  settingsUnknownKey: "workbook.settings-unknown-key",
  unitsChanged: "workbook.units-changed",
  rankRefused: "workbook.rank-refused",
  logEdited: "workbook.log-edited",
} as const;

// The registry joins Finding's rule ids (core/findings/ruleId.ts) without core importing this layer.
declare module "../../core/findings/ruleId" {
  interface RuleRegistries {
    workbook: typeof WORKBOOK_RULES;
  }
}
