// Texts a ranking run writes into the workbook: the count of further flags, severity labels (award labels are the
// glossary's).

import { defineMessages } from "../../core/messages/messageTypes";

export const resultMessages = defineMessages({
  moreFlags: {
    vi: (p: { count: number }) => `(và ${p.count} cảnh báo khác)`,
    en: (p: { count: number }) => `(and ${p.count} more)`,
  },
  error: { vi: () => "Lỗi", en: () => "Error" },
  warning: { vi: () => "Cảnh báo", en: () => "Warning" },
  info: { vi: () => "Thông tin", en: () => "Info" },
  noFindings: {
    vi: () => "Không có phát hiện nào về tính công bằng.",
    en: () => "No fairness findings.",
  },
});
