// Messages of the Forms (Phiếu) screen, in Vietnamese and English: making and opening the forms to email, taking
// returned forms back, and the year roll-up of period workbooks.
import { LAYER_TERMS, termMessage } from "../../core/messages/glossary";
import { defineMessages } from "../../core/messages/messageTypes";

type Count = { count: number };
type Step = { index: number; total: number; file: string };
/** A form in a label: its kind (Tự chấm / Chấm chéo) and its unit code. */
type Which = { kind: string; unit: string };

export const formsMessages = defineMessages({
  tab: { vi: () => "Phiếu", en: () => "Forms" },

  // Forms out
  outTitle: { vi: () => "Gửi phiếu cho đơn vị", en: () => "Forms to send" },
  outIntro: {
    vi: () =>
      "Lập một phiếu cho mỗi đơn vị (khi chấm chéo: thêm một phiếu chấm chéo), điền sẵn số liệu hiện có. Mở từng phiếu, lưu với tên gợi ý rồi gửi qua thư điện tử.",
    en: () =>
      "Make one form per unit (in cross scoring, a peer form too), prefilled with the current entries. Open each form, save it under the suggested name and email it.",
  },
  make: { vi: () => "Tạo phiếu", en: () => "Make forms" },
  making: { vi: () => "Đang tạo phiếu…", en: () => "Making forms…" },
  remakeNote: {
    vi: () =>
      "Phiếu đã lập trước đây: tạo lại giữ nguyên mã phiếu, bản đã gửi vẫn được nhận. Chỉ cấp mã mới khi mở một đợt chấm mới.",
    en: () =>
      "Forms were made before: making them again keeps their ids, so copies already sent are still accepted. Issue new ids only for a new round.",
  },
  newIds: { vi: () => "Cấp mã mới…", en: () => "Issue new ids…" },
  remakeWarning: {
    vi: () => "Cấp mã mới cho mọi phiếu: các phiếu đã gửi đi sẽ bị từ chối khi gửi về, đơn vị phải điền phiếu mới.",
    en: () =>
      "New ids for every form: forms already sent out will be refused when they come back, and units must fill in the new ones.",
  },
  remakeConfirm: { vi: () => "Cấp mã mới", en: () => "Issue new ids" },
  cancel: { vi: () => "Hủy", en: () => "Cancel" },
  notMade: {
    vi: () => "Chưa lập được phiếu vì sổ tính có lỗi dưới đây. Mở bước Kiểm tra để sửa.",
    en: () => "The forms could not be made because of the problems below. Open Validate to fix them.",
  },
  made: {
    vi: (p: Count) => `Đã lập ${p.count} phiếu; mã phiếu đã ghi vào sổ tính và Nhật ký.`,
    en: (p: Count) => `${p.count} forms made; their ids were written to the workbook and its log.`,
  },
  saveHint: {
    vi: () =>
      "Mỗi phiếu mở ra thành một sổ tính mới. Lưu sổ tính đó với tên gợi ý (Tệp › Lưu Như), rồi gửi tệp cho đơn vị qua thư điện tử.",
    en: () =>
      "Each form opens as a new workbook. Save it under the suggested name (File › Save As), then email the file to the unit.",
  },
  formsTable: { vi: () => "Các phiếu đã lập", en: () => "Forms made" },
  colUnit: { vi: () => "Đơn vị", en: () => "Unit" },
  colKind: { vi: () => "Loại phiếu", en: () => "Form" },
  colFileName: { vi: () => "Tên tệp gợi ý", en: () => "Suggested file name" },
  colOpen: { vi: () => "Mở", en: () => "Open" },
  kindSelf: termMessage(LAYER_TERMS.self.short),
  kindPeer: termMessage(LAYER_TERMS.peer.short),
  fileNameOf: {
    vi: (p: Which) => `Tên tệp gợi ý (${p.kind}, ${p.unit})`,
    en: (p: Which) => `Suggested file name (${p.kind}, ${p.unit})`,
  },
  copy: { vi: () => "Chép tên", en: () => "Copy name" },
  copyOf: {
    vi: (p: Which) => `Chép tên (${p.kind}, ${p.unit})`,
    en: (p: Which) => `Copy name (${p.kind}, ${p.unit})`,
  },
  copied: { vi: () => "Đã chép", en: () => "Copied" },
  open: { vi: () => "Mở phiếu", en: () => "Open form" },
  openOf: {
    vi: (p: Which) => `Mở phiếu (${p.kind}, ${p.unit})`,
    en: (p: Which) => `Open form (${p.kind}, ${p.unit})`,
  },
  openAll: {
    vi: (p: Count) => `Mở tất cả (${p.count} phiếu)`,
    en: (p: Count) => `Open all (${p.count} forms)`,
  },
  openRest: {
    vi: (p: Count) => `Mở các phiếu chưa mở (${p.count})`,
    en: (p: Count) => `Open the forms not yet opened (${p.count})`,
  },
  cannotSave: {
    vi: () =>
      "Excel không cho phép phần bổ trợ tự lưu sổ tính mới (kể cả Excel trên web), nên không lưu được tất cả phiếu " +
      "trong một lần: mỗi phiếu mở ra, hãy lưu ngay với tên gợi ý. Máy này ghi nhớ các phiếu đã mở, kể cả khi đóng " +
      "và mở lại ngăn Thi đua.",
    en: () =>
      "Excel does not let an add-in save a new workbook (Excel on the web included), so the forms cannot be saved in " +
      "one go: save each form under its suggested name as it opens. This computer remembers which forms were " +
      "opened, even after the Thi đua pane is closed and reopened.",
  },
  openedCount: {
    vi: (p: { opened: number; total: number }) => `Đã mở ${p.opened}/${p.total} phiếu trên máy này.`,
    en: (p: { opened: number; total: number }) => `${p.opened} of ${p.total} forms opened on this computer.`,
  },
  opening: {
    vi: (p: { index: number; total: number }) => `Đang mở phiếu ${p.index}/${p.total}…`,
    en: (p: { index: number; total: number }) => `Opening form ${p.index} of ${p.total}…`,
  },
  opened: {
    vi: (p: Count) => `Đã mở ${p.count} phiếu thành sổ tính mới. Hãy lưu từng sổ tính với tên gợi ý.`,
    en: (p: Count) => `${p.count} forms opened as new workbooks. Save each one under its suggested name.`,
  },
  openedMark: { vi: () => "Đã mở", en: () => "Opened" },

  // Forms in
  inTitle: { vi: () => "Nhận phiếu gửi về", en: () => "Returned forms" },
  inIntro: {
    vi: () =>
      "Chọn các tệp phiếu (.xlsx) đơn vị gửi về. Phiếu hợp lệ được chép vào sổ tính này; phiếu sai bị từ chối và không thay đổi gì.",
    en: () =>
      "Pick the form files (.xlsx) the units sent back. Valid forms are copied into this workbook; a wrong form is refused and changes nothing.",
  },
  pick: { vi: () => "Chọn tệp phiếu…", en: () => "Choose form files…" },
  pickInput: { vi: () => "Tệp phiếu gửi về", en: () => "Returned form files" },
  dropHint: {
    vi: () => "hoặc kéo thả tệp vào đây",
    en: () => "or drop the files here",
  },
  reading: {
    vi: (p: Step) => `Đang đọc tệp ${p.index}/${p.total}: ${p.file}`,
    en: (p: Step) => `Reading file ${p.index} of ${p.total}: ${p.file}`,
  },
  checking: {
    vi: (p: Step) => `Đang kiểm tra phiếu ${p.index}/${p.total}: ${p.file}`,
    en: (p: Step) => `Checking form ${p.index} of ${p.total}: ${p.file}`,
  },
  writing: { vi: () => "Đang ghi vào sổ tính…", en: () => "Writing into the workbook…" },
  collecting: { vi: () => "Đang nhận phiếu…", en: () => "Taking the forms in…" },
  unreadableReason: {
    vi: () => "Trình duyệt không đọc được tệp này; hãy chọn lại tệp.",
    en: () => "The browser could not read this file; choose it again.",
  },
  masterUnusable: {
    vi: () => "Sổ tính này chưa nhận phiếu được vì các lỗi dưới đây. Mở bước Kiểm tra để sửa.",
    en: () => "This workbook can't take forms in because of the problems below. Open Validate to fix them.",
  },
  collected: {
    vi: (p: { accepted: number; refused: number }) => `Đã nhận ${p.accepted} phiếu, từ chối ${p.refused} phiếu.`,
    en: (p: { accepted: number; refused: number }) => `${p.accepted} forms accepted, ${p.refused} refused.`,
  },
  nothingWritten: {
    vi: () => "Không phiếu nào được nhận: số liệu của sổ tính không thay đổi; Nhật ký ghi lại các tệp bị từ chối.",
    en: () => "No form was accepted: no entry of the workbook changed; its log records the refused files.",
  },
  nothingChanged: {
    vi: () => "Không phiếu nào được nhận, và các tệp này đã có trong Nhật ký: sổ tính không thay đổi.",
    en: () => "No form was accepted, and these files are already in the log: the workbook is unchanged.",
  },
  writtenHint: {
    vi: () => "Các giá trị đã được ghi vào sổ tính và Nhật ký. Chạy Kiểm tra rồi Xếp hạng lại.",
    en: () => "The values were written into the workbook and its log. Run Validate, then Rank again.",
  },
  resultsTable: { vi: () => "Kết quả nhận phiếu", en: () => "Forms taken in" },
  accepted: { vi: () => "Đã nhận", en: () => "Accepted" },
  refused: { vi: () => "Từ chối", en: () => "Refused" },
  acceptedDetail: {
    vi: (p: { kind: string; unit: string; changed: number }) =>
      `Phiếu ${p.kind} của ${p.unit}: ${p.changed} ô thay đổi.`,
    en: (p: { kind: string; unit: string; changed: number }) =>
      `${p.kind} form of ${p.unit}: ${p.changed} cells changed.`,
  },
  replaces: {
    vi: (p: { file: string; time: string }) => `Thay cho bản nhận trước (${p.file}, lúc ${p.time}).`,
    en: (p: { file: string; time: string }) => `Replaces the earlier return (${p.file}, at ${p.time}).`,
  },
  copyNote: {
    vi: (p: { file: string }) => `Chép thư báo cho đơn vị (${p.file})`,
    en: (p: { file: string }) => `Copy the note to the unit (${p.file})`,
  },
  copyNoteShort: { vi: () => "Chép thư báo cho đơn vị", en: () => "Copy the note to the unit" },
  noteCopied: { vi: () => "Đã chép thư báo", en: () => "Note copied" },
  noteLabel: {
    vi: (p: { file: string }) => `Thư báo cho đơn vị về tệp ${p.file}`,
    en: (p: { file: string }) => `Note to the unit about ${p.file}`,
  },
  findingsOf: {
    vi: (p: { file: string }) => `Lưu ý về ${p.file}`,
    en: (p: { file: string }) => `Findings about ${p.file}`,
  },
  findingPlace: {
    vi: (p: { message: string; sheet: string; cell: string }) => `${p.message} (trang ${p.sheet}, ô ${p.cell})`,
    en: (p: { message: string; sheet: string; cell: string }) => `${p.message} (sheet ${p.sheet}, cell ${p.cell})`,
  },
  masterFindings: { vi: () => "Lưu ý về sổ tính", en: () => "About this workbook" },

  // Year roll-up
  rollupTitle: { vi: () => "Tổng hợp năm", en: () => "Year roll-up" },
  rollupIntro: {
    vi: () =>
      "Chọn các sổ tính của từng kỳ (tháng hoặc quý) trong năm. Điểm năm của mỗi đơn vị là trung bình các kỳ có mặt; bảng tổng hợp mở ra thành sổ tính mới.",
    en: () =>
      "Pick the workbooks of the periods (months or quarters) of a year. Each unit's year score is the mean of the periods present; the summary opens as a new workbook.",
  },
  rollupPick: { vi: () => "Chọn sổ tính các kỳ…", en: () => "Choose period workbooks…" },
  rollupInput: { vi: () => "Sổ tính các kỳ", en: () => "Period workbooks" },
  rollupRunning: { vi: () => "Đang tổng hợp năm…", en: () => "Rolling up the year…" },
  rollupSummarising: { vi: () => "Đang lập bảng tổng hợp năm…", en: () => "Making the year summary…" },
  rollupOpening: { vi: () => "Đang mở bảng tổng hợp…", en: () => "Opening the summary…" },
  rollupDone: {
    vi: (p: { file: string }) => `Đã mở bảng tổng hợp năm thành sổ tính mới. Hãy lưu với tên gợi ý: ${p.file}`,
    en: (p: { file: string }) =>
      `The year summary opened as a new workbook. Save it under the suggested name: ${p.file}`,
  },
  rollupNone: {
    vi: () => "Chưa lập được bảng tổng hợp năm từ các tệp này; xem các lưu ý dưới đây.",
    en: () => "No year summary could be made from these files; see the findings below.",
  },
  rollupFindings: { vi: () => "Lưu ý khi tổng hợp", en: () => "Roll-up findings" },
  rollupFileName: {
    vi: (p: { year: number }) => `Tổng hợp năm ${p.year}.xlsx`,
    en: (p: { year: number }) => `Year summary ${p.year}.xlsx`,
  },
});
