// What the Excel (Office.js) host tells people: why Excel refused a request and what to do next, its progress
// steps, and which Excel API requirement sets this Excel lacks.

import { defineMessages, formatNumber as n } from "../../core/messages/messageTypes";

type Sheet = { sheet: string };
type Sheets = { sheets: string };
type Part = { part: number; parts: number };
type Missing = { missing: string };

export const officeHostMessages = defineMessages({
  protectedWithPassword: {
    vi: (p: Sheets) =>
      `Trang tính ${p.sheets} đang được bảo vệ bằng mật khẩu nên phần bổ trợ không ghi được. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ Trang tính), rồi chạy lại.`,
    en: (p: Sheets) =>
      `Sheet ${p.sheets} is protected with a password, so the add-in can't write to it. Unprotect it (Review › Unprotect Sheet), then run again.`,
  },
  protectedSheet: {
    vi: () =>
      "Excel từ chối ghi vì một trang tính hoặc cấu trúc sổ tính đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ Trang tính hoặc Bảo vệ Sổ làm việc), rồi chạy lại.",
    en: () =>
      "Excel refused the change because a sheet or the workbook structure is protected. Unprotect it (Review › Unprotect Sheet or Protect Workbook), then run again.",
  },
  passwordProtected: {
    vi: () =>
      "Một trang tính hoặc sổ tính đang được bảo vệ bằng mật khẩu nên phần bổ trợ không ghi được. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ Trang tính), rồi chạy lại.",
    en: () =>
      "A sheet or the workbook is protected with a password, so the add-in can't write to it. Unprotect it (Review › Unprotect Sheet), then run again.",
  },
  unprotectRefused: {
    vi: (p: Sheets) =>
      `Excel không cho phần bổ trợ bỏ bảo vệ trang tính ${p.sheets} (Excel báo “không có quyền”; điều này xảy ra khi trang tính vừa được người khác bỏ bảo vệ, hoặc với một số bản cập nhật của Excel). Hãy chạy lại; nếu vẫn lỗi, hãy tự bỏ bảo vệ trang tính đó (Xem lại › Bỏ bảo vệ Trang tính) rồi chạy lại.`,
    en: (p: Sheets) =>
      `Excel did not let the add-in unprotect sheet ${p.sheets} (Excel answered “access denied”: this happens when someone has just unprotected it, and with some Excel updates). Run again; if it happens again, unprotect the sheet yourself (Review › Unprotect Sheet) and run again.`,
  },
  protectRefused: {
    vi: () =>
      "Excel không cho phần bổ trợ bảo vệ lại một trang tính (có thể trang tính đó đã được bảo vệ sẵn). Hãy chạy lại đúng thao tác đó.",
    en: () =>
      "Excel did not let the add-in protect a sheet again (it may already be protected). Run the same command again.",
  },
  requestTooLarge: {
    vi: () =>
      "Excel từ chối một yêu cầu vì quá lớn: Excel trên web chỉ nhận mỗi lần tối đa 5 MB, còn phần bổ trợ giữ mỗi yêu cầu dưới 4,5 MB theo đúng cách Office.js gửi đi, nên bản Excel này có giới hạn thấp hơn. Phần đó chưa được ghi. Hãy dùng Excel trên máy tính, hoặc chia cụm thành các sổ tính nhỏ hơn.",
    en: () =>
      "Excel refused a request as too large: Excel on the web accepts at most 5 MB at a time, and the add-in keeps each request under 4.5 MB as Office.js sends it, so this Excel's limit is lower. That part was not written. Use Excel on the desktop, or split the cluster into smaller workbooks.",
  },
  responseTooLarge: {
    vi: () =>
      "Dữ liệu cần đọc vượt giới hạn một lần gửi của Excel trên web (5 MB), dù phần bổ trợ đã đọc từng phần đến từng dòng: có ô chứa văn bản rất dài. Hãy rút gọn các ô đó, chia cụm thành các sổ tính nhỏ hơn, hoặc dùng Excel trên máy tính.",
    en: () =>
      "The data to read exceeds what Excel on the web sends at once (5 MB), even read in parts down to single rows: some cells hold very long text. Shorten those cells, split the cluster into smaller workbooks, or use Excel on the desktop.",
  },
  rangeTooLarge: {
    vi: () =>
      "Vùng cần đọc hoặc ghi có nhiều ô hơn mức Excel xử lý được trong một lần (5 triệu ô khi đọc). Hãy chọn vùng nhỏ hơn, hoặc chia cụm thành các sổ tính nhỏ hơn.",
    en: () =>
      "The range to read or write has more cells than Excel handles at once (5 million cells for a read). Select a smaller range, or split the cluster into smaller workbooks.",
  },
  formulaTooLong: {
    vi: () =>
      "Một công thức phần bổ trợ cần ghi dài hơn giới hạn của Excel (thường do cụm có quá nhiều đơn vị chấm chéo). Hãy chia cụm thành các sổ tính nhỏ hơn, rồi chạy lại.",
    en: () =>
      "A formula the add-in has to write is longer than Excel allows (usually because the cluster has too many cross-scoring units). Split the cluster into smaller workbooks, then run again.",
  },
  invalidSelection: {
    vi: () =>
      "Excel không làm việc được với vùng đang chọn. Hãy chọn một khối ô liền nhau (không chọn nhiều vùng rời nhau, biểu đồ hay hình ảnh), rồi thử lại.",
    en: () =>
      "Excel cannot work with the current selection. Select one block of adjacent cells (not several separate areas, a chart or a picture), then try again.",
  },
  inactiveWorkbook: {
    vi: () =>
      "Một sổ tính khác được đưa lên trước trong lúc phần bổ trợ đang làm việc. Hãy bấm vào sổ tính đang mở ngăn Thi đua, rồi chạy lại.",
    en: () =>
      "Another workbook came to the front while the add-in was working. Click in the workbook that shows the Thi đua pane, then run again.",
  },
  notFound: {
    vi: () =>
      "Excel không tìm thấy một trang tính hoặc vùng tên mà phần bổ trợ cần (có thể đã bị đổi tên hoặc xóa). Hãy chạy Kiểm tra để xem chỗ hỏng.",
    en: () =>
      "Excel could not find a sheet or defined name the add-in needs (it may have been renamed or deleted). Run Validate to see what is damaged.",
  },
  sheetMissing: {
    vi: (p: Sheet) => `Không tìm thấy trang tính “${p.sheet}” trong sổ tính; hãy chạy Kiểm tra để xem chỗ hỏng.`,
    en: (p: Sheet) => `The workbook has no sheet named “${p.sheet}”; run Validate to see what is damaged.`,
  },
  sheetExists: {
    vi: (p: Sheet) =>
      `Sổ tính đã có trang tính “${p.sheet}”, nên không tạo lại được; hãy đổi tên trang tính đó rồi chạy lại.`,
    en: (p: Sheet) =>
      `The workbook already has a sheet named “${p.sheet}”, so it can't be created again; rename that sheet and run again.`,
  },
  alreadyExists: {
    vi: () =>
      "Sổ tính đã có một trang tính hoặc vùng tên mà phần bổ trợ định tạo. Hãy đổi tên trang tính đó rồi chạy lại.",
    en: () =>
      "The workbook already has a sheet or defined name the add-in wants to create. Rename that sheet, then run again.",
  },
  busy: {
    vi: () => "Excel đang bận hoặc tạm thời không phản hồi. Hãy chờ một lát rồi chạy lại.",
    en: () => "Excel is busy or not responding for the moment. Wait a little, then run again.",
  },
  invalidArgument: {
    vi: () =>
      "Excel từ chối một giá trị phần bổ trợ định ghi; chưa ghi xong. Hãy lưu tệp và báo lỗi này kèm tệp cho bộ phận hỗ trợ.",
    en: () =>
      "Excel refused a value the add-in tried to write; the write is incomplete. Save the file and report this problem with it to support.",
  },
  invalidOperation: {
    vi: () =>
      "Excel không cho phép thao tác này lúc này (ví dụ trên một trang tính đang ẩn). Hãy hiện trang tính đó rồi chạy lại.",
    en: () =>
      "Excel does not allow this operation right now (for example on a hidden sheet). Unhide the sheet, then run again.",
  },
  timeout: {
    vi: () =>
      "Excel không trả lời kịp (yêu cầu bị quá thời gian hoặc bị hủy giữa chừng). Hãy chờ một lát, rồi chạy lại đúng thao tác đó.",
    en: () =>
      "Excel did not answer in time (the request timed out or was cancelled). Wait a little, then run the same command again.",
  },
  writeUnchanged: {
    vi: () => "Sổ tính chưa bị thay đổi gì.",
    en: () => "Nothing in the workbook was changed.",
  },
  writeUndone: {
    vi: () => "Phần đã ghi dở đã được gỡ bỏ; sổ tính trở lại như trước.",
    en: () => "What had been written was taken back; the workbook is as it was before.",
  },
  writePartial: {
    vi: () =>
      "Có thể một phần đã được ghi; chạy lại đúng thao tác đó sẽ ghi nốt và sửa phần dở dang (không ghi trùng).",
    en: () =>
      "Part of the change may have been written; running the same command again completes it and repairs the rest (nothing is written twice).",
  },
  writePartialAfterFix: {
    vi: () =>
      "Có thể một phần đã được ghi. Hãy khắc phục nguyên nhân nêu trên rồi chạy lại đúng thao tác đó để ghi nốt (không ghi trùng).",
    en: () =>
      "Part of the change may have been written. Remove the cause above, then run the same command again to complete it (nothing is written twice).",
  },
  writePartialAfterFixOrUndo: {
    vi: () =>
      "Có thể một phần đã được ghi. Hãy khắc phục nguyên nhân nêu trên rồi chạy lại đúng thao tác đó để ghi nốt (không ghi trùng), hoặc dùng Hoàn tác để đưa sổ tính về như trước.",
    en: () =>
      "Part of the change may have been written. Remove the cause above, then run the same command again to complete it (nothing is written twice), or use Undo to put the workbook back as it was.",
  },
  writeUndoFailed: {
    vi: (p: Sheets) =>
      `Phần bổ trợ không gỡ được phần đã ghi dở: hãy xóa các trang tính ${p.sheets} vừa được tạo, rồi chạy lại.`,
    en: (p: Sheets) =>
      `The add-in could not take back what was half written: delete the sheets ${p.sheets} it had just added, then run again.`,
  },
  cellEditMode: {
    vi: () => "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc, rồi chạy lại.",
    en: () => "Excel is editing a cell. Press Enter or Esc, then run again.",
  },
  apiMissing: {
    vi: () =>
      "Phiên bản Excel này thiếu một tính năng phần bổ trợ cần. Hãy cập nhật Excel, hoặc dùng Excel trên web hoặc Microsoft 365.",
    en: () =>
      "This version of Excel lacks a feature the add-in needs. Update Excel, or use Excel on the web or Microsoft 365.",
  },
  general: {
    vi: () => "Excel báo lỗi nội bộ khi thực hiện yêu cầu. Hãy lưu tệp, mở lại sổ tính rồi chạy lại.",
    en: () =>
      "Excel reported an internal error while processing the request. Save the file, reopen the workbook and run again.",
  },
  writingPart: {
    vi: (p: Part) => `Đang ghi vào Excel (phần ${n(p.part, "vi")}/${n(p.parts, "vi")})`,
    en: (p: Part) => `Writing to Excel (part ${n(p.part, "en")} of ${n(p.parts, "en")})`,
  },
  requirementsMissing: {
    vi: (p: Missing) =>
      `Phiên bản Excel này thiếu ${p.missing}, nên phần bổ trợ không chạy được. Hãy dùng Excel 2021 trở lên, Microsoft 365 hoặc Excel trên web.`,
    en: (p: Missing) =>
      `This version of Excel lacks ${p.missing}, so the add-in can't run. Use Excel 2021 or later, Microsoft 365 or Excel on the web.`,
  },
});
