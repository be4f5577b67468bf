// The task pane's undo (Hoàn tác): the button, its confirmation naming the operation and its time, the outcome.

import { defineMessages } from "../../core/messages/messageTypes";

type Confirm = { operation: string; time: string; summary: string };

export const undoPaneMessages = defineMessages({
  button: { vi: () => "Hoàn tác", en: () => "Undo" },
  buttonTitle: { vi: () => "Hoàn tác thao tác ghi cuối cùng", en: () => "Undo the last operation that wrote" },
  confirmTitle: { vi: () => "Hoàn tác thao tác cuối?", en: () => "Undo the last operation?" },
  confirm: {
    vi: (p: Confirm) =>
      `${p.operation} lúc ${p.time}${p.summary ? ` (${p.summary})` : ""}: mọi ô thao tác này đã đổi sẽ trở lại như ` +
      "trước. Nhật ký giữ dòng của thao tác và có thêm một dòng “Hoàn tác”.",
    en: (p: Confirm) =>
      `${p.operation} of ${p.time}${p.summary ? ` (${p.summary})` : ""}: every cell it changed goes back to what it ` +
      "was. The log keeps its row and gains an “Undo” row.",
  },
  confirmButton: { vi: () => "Hoàn tác", en: () => "Undo" },
  cancel: { vi: () => "Thôi", en: () => "Cancel" },
  nothing: {
    vi: () => "Không có gì để hoàn tác (việc tạo bảng chấm điểm không hoàn tác được).",
    en: () => "Nothing to undo (creating the scoring workbook cannot be undone).",
  },
  done: {
    vi: (p: { operation: string; cells: number }) => `Đã hoàn tác ${p.operation}: ${p.cells} ô được khôi phục.`,
    en: (p: { operation: string; cells: number }) => `Undid the ${p.operation}: ${p.cells} cells restored.`,
  },
  edited: {
    vi: (p: { count: number }) => `${p.count} ô đã bị sửa sau thao tác đó; chúng cũng được đưa về như trước:`,
    en: (p: { count: number }) => `${p.count} cells were edited after that operation; they were put back too:`,
  },
  progress: { vi: () => "Đang hoàn tác…", en: () => "Undoing…" },
});
