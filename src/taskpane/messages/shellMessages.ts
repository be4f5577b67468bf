// Messages of the task pane shell (home screen, outside-Office card), in Vietnamese and English.
import { defineMessages } from "../../core/messages/messageTypes";

export const shellMessages = defineMessages({
  productName: { vi: () => "Thi đua", en: () => "Thi đua" },
  tagline: {
    vi: () => "Chấm điểm và xếp hạng thi đua cụm, khối",
    en: () => "Emulation scoring and ranking for clusters and blocks",
  },

  outsideTitle: { vi: () => "Thi đua chạy trong Excel", en: () => "Thi đua runs inside Excel" },
  outsideWhat: {
    vi: () =>
      "Thi đua giúp bộ phận thường trực cụm, khối thi đua chấm điểm và xếp hạng các đơn vị ngay trong Excel: đưa bảng chấm điểm vào sổ tính, kiểm tra số liệu các đơn vị đã chấm, xếp hạng và đề xuất khen thưởng.",
    en: () =>
      "Thi đua helps the secretariat of an emulation cluster or block score and rank its member units in Excel: it puts the scoring table into a workbook, checks the scores the units entered, ranks them and proposes awards.",
  },
  outsideWhy: {
    vi: () => "Trang này đang được mở trong trình duyệt, ngoài Excel, nên ở đây chưa dùng được.",
    en: () => "This page is open in a browser, outside Excel, so it cannot be used here.",
  },
  outsideHowTitle: { vi: () => "Cách mở trong Excel", en: () => "How to open it in Excel" },
  outsideStepWeb: {
    vi: () =>
      "Excel trên web: Chèn (Insert) › Phần bổ trợ (Add-ins) › Tải lên Phần bổ trợ của tôi (Upload My Add-in), rồi chọn tệp manifest.xml của Thi đua do bộ phận quản trị cung cấp.",
    en: () =>
      "Excel on the web: Insert › Add-ins › Upload My Add-in, then choose the Thi đua manifest.xml file your administrator gave you.",
  },
  outsideStepDesktop: {
    vi: () =>
      "Excel trên máy tính (Windows, Mac): bộ phận công nghệ thông tin cài phần bổ trợ cho bạn từ cùng tệp manifest.xml.",
    en: () => "Excel on Windows or Mac: your IT staff install the add-in for you from the same manifest.xml file.",
  },
  outsideStepOpen: {
    vi: () => "Sau đó, trên thẻ Trang đầu (Home), trong nhóm Thi đua, bấm Mở Thi đua.",
    en: () => "Then, on the Home tab, in the Thi đua group, click Open Thi đua.",
  },

  homeJobsTitle: { vi: () => "Thi đua giúp bạn", en: () => "What Thi đua does" },
  jobTemplate: {
    vi: () => "Đưa bảng chấm điểm theo mẫu có sẵn vào sổ tính, kèm trang cài đặt và danh sách đơn vị.",
    en: () => "Puts a scoring table from a built-in template into the workbook, with settings and the list of units.",
  },
  jobValidate: {
    vi: () => "Kiểm tra số liệu các đơn vị đã chấm: ô còn trống, điểm vượt mức tối đa, thiếu minh chứng.",
    en: () => "Checks the scores the units entered: empty cells, scores above the maximum, missing evidence.",
  },
  jobRank: {
    vi: () => "Xếp hạng, phân loại mức hoàn thành nhiệm vụ và đề xuất Cờ thi đua, Bằng khen.",
    en: () => "Ranks and grades the units and proposes emulation flags and certificates of merit.",
  },
  homeStatus: {
    vi: () =>
      "Các bước này cần Excel hỗ trợ phần bổ trợ từ ExcelApi 1.8 trở lên (Microsoft 365, Excel 2019 trở về sau, Excel trên web).",
    en: () =>
      "These steps need an Excel with ExcelApi 1.8 or later (Microsoft 365, Excel 2019 and later, Excel on the web).",
  },
});
