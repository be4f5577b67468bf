// What reading a province workbook back can say: not a province workbook, or metadata it cannot use.

import { defineMessages } from "../../core/messages/messageTypes";

export const provinceReadMessages = defineMessages({
  notProvince: {
    vi: () => "Đây không phải bảng tổng hợp của Tỉnh (thiếu tên TD_Province_Meta); hãy lập bằng lệnh thidua province.",
    en: () => "This is not a province workbook (it has no TD_Province_Meta name); make one with thidua province.",
  },
  metaUnreadable: {
    vi: () =>
      "Không đọc được dữ liệu ẩn của bảng tổng hợp (sheet _thidua, tên TD_Province_Meta); hãy tổng hợp lại từ các " +
      "bảng của cụm, khối.",
    en: () =>
      "The province workbook's hidden data (sheet _thidua, name TD_Province_Meta) cannot be read; consolidate " +
      "the cluster workbooks again.",
  },
});
