// The task pane's Tự kiểm tra (self-test): its entry on Start, its screen, the verdict and the report to copy.
import { defineMessages } from "../../core/messages/messageTypes";

export const selfTestPaneMessages = defineMessages({
  tab: { vi: () => "Tự kiểm tra", en: () => "Self-test" },
  title: { vi: () => "Tự kiểm tra", en: () => "Self-test" },
  intro: {
    vi: () =>
      "Tự kiểm tra chạy toàn bộ quy trình trên một cụm mẫu 5 đơn vị chấm chéo (tạo bảng, nhập điểm, kiểm tra, sửa, xếp hạng, đổi cài đặt, hoàn tác, phiếu gửi đi và nhận về), so sánh từng tổng điểm, hạng và xếp loại do Excel tính với phần bổ trợ, rồi xóa mọi thứ đã thêm vào sổ tính.",
    en: () =>
      "The self-test runs the whole cycle on a sample cluster of 5 cross-scored units (create the table, enter scores, validate, fix, rank, change settings, undo, forms out and back), compares every total, rank and grade Excel computes with the add-in's, then removes everything it added to the workbook.",
  },
  when: {
    vi: () =>
      "Nên chạy sau khi cài đặt phần bổ trợ, sau mỗi lần cập nhật Office, hoặc khi thấy số liệu bất thường. Chạy trong một sổ tính trống; mất khoảng một phút.",
    en: () =>
      "Run it after installing the add-in, after an Office update, or when numbers look wrong. Run it in a blank workbook; it takes about a minute.",
  },
  needsBlank: {
    vi: () =>
      "Sổ tính này đã có bảng chấm điểm, nên không chạy tự kiểm tra ở đây để không động đến số liệu. Hãy mở một sổ tính trống (Tệp › Mới › Sổ làm việc trống), mở Thi đua trong sổ tính đó rồi chọn Tự kiểm tra ở cuối màn hình bắt đầu.",
    en: () =>
      "This workbook holds a scoring table, so the self-test does not run here, to leave its data alone. Open a blank workbook (File › New › Blank workbook), open Thi đua there and choose Self-test at the bottom of the start screen.",
  },
  unavailable: {
    vi: () => "Ở đây phần bổ trợ không xóa được trang tính, nên không chạy được tự kiểm tra. Hãy chạy trong Excel.",
    en: () => "The add-in can't delete sheets here, so the self-test can't run. Run it in Excel.",
  },
  run: { vi: () => "Chạy tự kiểm tra", en: () => "Run the self-test" },
  running: { vi: () => "Đang tự kiểm tra…", en: () => "Running the self-test…" },
  passed: {
    vi: () => "Tự kiểm tra ĐẠT: phần bổ trợ chạy đúng trên Excel này, và sổ tính đã trở lại như trước.",
    en: () => "Self-test PASSED: the add-in works correctly in this Excel, and the workbook is as it was.",
  },
  failed: {
    vi: (p: { count: number }) =>
      `Tự kiểm tra KHÔNG ĐẠT ở ${p.count} bước. Hãy sao chép báo cáo dưới đây và gửi kèm thư cho bộ phận hỗ trợ.`,
    en: (p: { count: number }) =>
      `Self-test FAILED at ${p.count} steps. Copy the report below and send it to support in an email.`,
  },
  stepsLabel: { vi: () => "Kết quả từng bước", en: () => "Each step's result" },
  reportLabel: {
    vi: () => "Báo cáo để gửi bộ phận hỗ trợ",
    en: () => "Report to send to support",
  },
  copy: { vi: () => "Sao chép", en: () => "Copy" },
  copied: {
    vi: () => "Đã sao chép báo cáo; hãy dán vào thư gửi bộ phận hỗ trợ.",
    en: () => "The report is copied; paste it into your email to support.",
  },
  copyFailed: {
    vi: () => "Không sao chép tự động được. Báo cáo đã được chọn: hãy nhấn Ctrl+C (trên máy Mac: Cmd+C).",
    en: () => "The report could not be copied automatically. It is selected: press Ctrl+C (on a Mac: Cmd+C).",
  },
  entryTitle: { vi: () => "Tự kiểm tra phần bổ trợ", en: () => "Check the add-in" },
  entryIntro: {
    vi: () => "Kiểm tra phần bổ trợ chạy đúng trên Excel này, trong một sổ tính trống.",
    en: () => "Check that the add-in works correctly in this Excel, in a blank workbook.",
  },
  open: { vi: () => "Mở Tự kiểm tra", en: () => "Open the self-test" },
  close: { vi: () => "Đóng Tự kiểm tra", en: () => "Close the self-test" },
});
