// What the .xlsx host tells people: unreadable files, sheets it cannot create or find, and its progress steps.

import { defineMessages } from "../../core/messages/messageTypes";

type Sheet = { sheet: string };

export const xlsxHostMessages = defineMessages({
  // Full sentences: the callers put them after their own (the file name, what could not be done).
  fileUnreadable: {
    vi: () => "Đây không phải tệp Excel (.xlsx), hoặc tệp đã bị hỏng.",
    en: () => "It is not an Excel (.xlsx) file, or it is damaged.",
  },
  oldExcelFile: {
    vi: () =>
      "Đây là tệp Excel 97–2003 (.xls): hãy mở tệp bằng Excel, chọn Tệp › Lưu Như, chọn kiểu “Sổ làm việc Excel " +
      "(*.xlsx)”, rồi dùng tệp .xlsx vừa lưu.",
    en: () =>
      "It is an Excel 97–2003 file (.xls): open it in Excel, choose File › Save As, pick “Excel Workbook (*.xlsx)”, " +
      "and use the .xlsx file saved.",
  },
  sheetExists: {
    vi: (p: Sheet) => `Sổ tính đã có trang tính “${p.sheet}”, nên không tạo lại được.`,
    en: (p: Sheet) => `The workbook already has a sheet named “${p.sheet}”, so it can't be created again.`,
  },
  sheetNameRefused: {
    vi: (p: Sheet) => `Excel không chấp nhận tên trang tính “${p.sheet}”.`,
    en: (p: Sheet) => `Excel does not accept “${p.sheet}” as a sheet name.`,
  },
  sheetMissing: {
    vi: (p: Sheet) => `Không tìm thấy trang tính “${p.sheet}” trong sổ tính.`,
    en: (p: Sheet) => `The workbook has no sheet named “${p.sheet}”.`,
  },
  writingSheet: {
    vi: (p: Sheet) => `Đang ghi trang tính “${p.sheet}”`,
    en: (p: Sheet) => `Writing sheet “${p.sheet}”`,
  },
  writingNames: {
    vi: () => "Đang đặt tên vùng",
    en: () => "Setting defined names",
  },
});
