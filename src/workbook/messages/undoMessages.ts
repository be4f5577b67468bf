// Undo (Hoàn tác): the operations' names, the log row an undo appends, and what an undo reports.

import { defineMessages } from "../../core/messages/messageTypes";
import type { UndoOperation } from "../undo/undoSheet";

export const UNDO_RULES = {
  nothing: "undo.nothing",
  cellChanged: "undo.cell-changed",
  unfinished: "undo.unfinished",
} as const;

// The registry joins Finding's rule ids (core/findings/ruleId.ts) without core importing this layer.
declare module "../../core/findings/ruleId" {
  interface RuleRegistries {
    undo: typeof UNDO_RULES;
  }
}

type Operation = { operation: string; time: string };

export const undoMessages = defineMessages({
  rank: { vi: () => "Xếp hạng", en: () => "Ranking" },
  fix: { vi: () => "Sửa nhanh", en: () => "Fixes" },
  settings: { vi: () => "Đổi cài đặt", en: () => "Settings change" },
  collect: { vi: () => "Nhận phiếu trả về", en: () => "Collecting returned forms" },
  forms: { vi: () => "Tạo phiếu", en: () => "Making forms" },
  meeting: { vi: () => "Bình xét (danh sách, thông tin cuộc họp)", en: () => "Deliberation (list, particulars)" },
  tally: { vi: () => "Kiểm phiếu", en: () => "Tally" },
  minutes: { vi: () => "Lập biên bản", en: () => "Making the minutes" },
  logAction: { vi: () => "Hoàn tác", en: () => "Undo" },
  logSummary: {
    vi: (p: Operation & { cells: number }) => `Hoàn tác: ${p.operation} lúc ${p.time}; ${p.cells} ô được khôi phục.`,
    en: (p: Operation & { cells: number }) => `Undo: ${p.operation} of ${p.time}; ${p.cells} cells restored.`,
  },
  nothing: {
    vi: () =>
      "Không có thao tác nào để hoàn tác: chưa có thao tác ghi nào từ khi tạo bảng, hoặc thao tác cuối đã được hoàn " +
      "tác. (Việc tạo bảng chấm điểm không hoàn tác được.)",
    en: () =>
      "There is nothing to undo: no operation has written since the workbook was created, or the last one was " +
      "already undone. (Creating the workbook cannot be undone.)",
  },
  cellChanged: {
    vi: (p: { cell: string; operation: string }) =>
      `Ô ${p.cell} đã được sửa sau thao tác ${p.operation}; hoàn tác đã đưa ô về giá trị trước thao tác, nội dung sửa ` +
      "sau đó không còn.",
    en: (p: { cell: string; operation: string }) =>
      `Cell ${p.cell} was edited after the ${p.operation}; the undo put back its content from before that ` +
      "operation, and the later edit is gone.",
  },
  unfinished: {
    vi: (p: Operation) =>
      `Thao tác ${p.operation} lúc ${p.time} đã bị ngắt giữa chừng; hoàn tác đưa mọi ô nó đã ghi về như trước khi ` +
      "thao tác bắt đầu.",
    en: (p: Operation) =>
      `The ${p.operation} of ${p.time} was cut off part-way; the undo put every cell it wrote back as it was before ` +
      "it began.",
  },
  sheetMissing: {
    vi: (p: { sheet: string }) => `Không tìm thấy sheet ${p.sheet}: các ô của nó không được khôi phục.`,
    en: (p: { sheet: string }) => `The sheet ${p.sheet} is gone: its cells were not restored.`,
  },
});

/** An operation's name as the snapshot's header records it. */
export function operationName(operation: UndoOperation) {
  return undoMessages[operation];
}
