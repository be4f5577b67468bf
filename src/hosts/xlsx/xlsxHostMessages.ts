// What the .xlsx host tells people: unreadable files, sheets it cannot create or find, and its progress steps.

import { defineMessages } from "../../core/messages/messageTypes";

type Sheet = { sheet: string };

export const xlsxHostMessages = defineMessages({
  fileUnreadable: {
    vi: () => "Không đọc được tệp: đây không phải tệp Excel (.xlsx) hoặc tệp đã bị hỏng.",
    en: () => "The file can't be read: it is not an Excel (.xlsx) file, or it is damaged.",
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
