// Tự kiểm tra (the self-test): the steps' names, what each found, and the lines of the report a user copies into an
// email to support.

import { defineMessages } from "../../core/messages/messageTypes";

type Cell = { cell: string };
type Count = { count: number };

export const selfTestMessages = defineMessages({
  title: { vi: () => "Thi đua – Tự kiểm tra", en: () => "Thi đua – Self-test" },

  // The steps, in the order they run.
  stepBlank: { vi: () => "Sổ tính trống", en: () => "Blank workbook" },
  stepInject: { vi: () => "Tạo bảng chấm điểm", en: () => "Create the scoring table" },
  stepEnter: { vi: () => "Nhập điểm", en: () => "Enter the scores" },
  stepValidate: { vi: () => "Kiểm tra số liệu", en: () => "Validate the entries" },
  stepFix: { vi: () => "Sửa nhanh", en: () => "Apply the fix" },
  stepRank: { vi: () => "Xếp hạng", en: () => "Rank" },
  stepCompareRank: {
    vi: () => "So sánh kết quả Excel tính với phần lõi (sau xếp hạng)",
    en: () => "Compare Excel's results with the core (after ranking)",
  },
  stepSettings: { vi: () => "Đổi cài đặt", en: () => "Change the settings" },
  stepCompareSettings: {
    vi: () => "So sánh kết quả Excel tính với phần lõi (sau khi đổi cài đặt)",
    en: () => "Compare Excel's results with the core (after the settings change)",
  },
  stepUndo: { vi: () => "Hoàn tác", en: () => "Undo" },
  stepCompareUndo: {
    vi: () => "So sánh kết quả Excel tính với phần lõi (sau khi hoàn tác)",
    en: () => "Compare Excel's results with the core (after the undo)",
  },
  stepForms: { vi: () => "Phiếu gửi đi và nhận về", en: () => "Forms out and back" },
  stepCompareForms: {
    vi: () => "So sánh kết quả Excel tính với phần lõi (sau khi nhận phiếu)",
    en: () => "Compare Excel's results with the core (after collecting the form)",
  },
  stepCleanup: { vi: () => "Dọn dẹp", en: () => "Clean up" },

  statusPass: { vi: () => "ĐẠT", en: () => "PASS" },
  statusFail: { vi: () => "KHÔNG ĐẠT", en: () => "FAIL" },
  statusSkip: { vi: () => "BỎ QUA", en: () => "SKIPPED" },
  statusNotRun: { vi: () => "CHƯA CHẠY", en: () => "NOT RUN" },

  // What each step found.
  blankOk: {
    vi: (p: { sheets: number; names: number }) =>
      `Sổ tính chưa có bảng chấm điểm Thi đua. Đã ghi nhận ${p.sheets} trang tính và ${p.names} tên để trả lại nguyên trạng sau khi kiểm tra.`,
    en: (p: { sheets: number; names: number }) =>
      `The workbook holds no Thi đua scoring table. Its sheets (${p.sheets}) and names (${p.names}) are recorded so that it is left as it was found.`,
  },
  notBlank: {
    vi: (p: { mark: string }) =>
      `Sổ tính này đã có bảng chấm điểm Thi đua (có “${p.mark}”), nên tự kiểm tra không chạy để không động đến số liệu. Hãy mở một sổ tính trống (Tệp › Mới › Sổ làm việc trống), mở Thi đua trong sổ tính đó rồi chạy lại.`,
    en: (p: { mark: string }) =>
      `This workbook already holds a Thi đua scoring table ("${p.mark}"), so the self-test does not run, to leave its data alone. Open a blank workbook (File › New › Blank workbook), open Thi đua there and run it again.`,
  },
  cannotRemove: {
    vi: () =>
      "Ở đây phần bổ trợ không xóa được trang tính, nên tự kiểm tra không chạy (sẽ để lại các trang đã thêm). Tự kiểm tra chạy trong Excel.",
    en: () =>
      "The add-in can't delete sheets here, so the self-test does not run (it would leave the sheets it adds behind). The self-test runs in Excel.",
  },
  injected: {
    vi: (p: { template: string; units: number; clusters: number; sheets: number; names: number }) =>
      `Mẫu “${p.template}”, ${p.units} đơn vị trong ${p.clusters} cụm, chấm chéo: đã tạo ${p.sheets} trang tính và ${p.names} tên; danh sách đơn vị đọc lại đúng như đã ghi.`,
    en: (p: { template: string; units: number; clusters: number; sheets: number; names: number }) =>
      `Template "${p.template}", ${p.units} units in ${p.clusters} clusters, cross scoring: ${p.sheets} sheets and ${p.names} names created; the units read back exactly as written.`,
  },
  injectRefused: {
    vi: () => "Phần bổ trợ từ chối tạo bảng chấm điểm:",
    en: () => "The add-in refused to create the scoring table:",
  },
  unitsReadBack: {
    vi: (p: Cell & { written: string; read: string }) =>
      `Ô ${p.cell} của danh sách đơn vị đọc lại là “${p.read}”, trong khi đã ghi “${p.written}”.`,
    en: (p: Cell & { written: string; read: string }) =>
      `Cell ${p.cell} of the units table reads back as "${p.read}", while "${p.written}" was written.`,
  },
  entered: {
    vi: (p: Count & Cell & { typed: string }) =>
      `Đã nhập ${p.count} ô như người dùng gõ (tự chấm, chấm chéo, thẩm định, số liệu, minh chứng), trong đó ô ${p.cell} gõ “${p.typed}” với dấu phẩy thập phân.`,
    en: (p: Count & Cell & { typed: string }) =>
      `${p.count} cells entered as a user types them (self, peer and review scores, data, evidence), among them ${p.cell} typed as "${p.typed}" with a decimal comma.`,
  },
  validated: {
    vi: (p: Cell & { typed: string; value: string }) =>
      `Phát hiện đúng lỗi ở ô ${p.cell} (“${p.typed}”) và đề xuất sửa thành ${p.value}; không có phát hiện nào khác.`,
    en: (p: Cell & { typed: string; value: string }) =>
      `Found the error in ${p.cell} ("${p.typed}") and offered to change it to ${p.value}; nothing else was found.`,
  },
  commaMissed: {
    vi: (p: Cell & { typed: string }) =>
      `Không phát hiện lỗi ở ô ${p.cell}, nơi đã gõ “${p.typed}”, hoặc không có đề xuất sửa: có thể Excel đã tự đổi giá trị khi ghi.`,
    en: (p: Cell & { typed: string }) =>
      `No error was found in ${p.cell}, where "${p.typed}" was typed, or it came without a fix: Excel may have changed the value as it was written.`,
  },
  unexpectedFindings: {
    vi: (p: Count) => `Có ${p.count} phát hiện ngoài dự kiến:`,
    en: (p: Count) => `${p.count} unexpected findings:`,
  },
  finding: {
    vi: (p: { place: string; message: string }) => `${p.place}${p.message}`,
    en: (p: { place: string; message: string }) => `${p.place}${p.message}`,
  },
  fixed: {
    vi: (p: Cell & { value: string }) =>
      `Đã sửa ô ${p.cell} thành ${p.value}; kiểm tra lại không còn lỗi hay cảnh báo nào.`,
    en: (p: Cell & { value: string }) => `${p.cell} changed to ${p.value}; validating again finds no error or warning.`,
  },
  fixCount: {
    vi: (p: Count) => `Sửa nhanh ghi ${p.count} ô, trong khi cần đúng 1 ô.`,
    en: (p: Count) => `The fix wrote ${p.count} cells where exactly 1 was expected.`,
  },
  ranked: {
    vi: (p: Count) =>
      `Đã xếp hạng ${p.count} đơn vị; số liệu phần bổ trợ đọc lại từ sổ tính cho cùng kết quả với số liệu đã nhập.`,
    en: (p: Count) =>
      `${p.count} units ranked; the entries the add-in read back from the workbook give the same results as those entered.`,
  },
  rankRefused: { vi: () => "Phần bổ trợ từ chối xếp hạng:", en: () => "The add-in refused to rank:" },
  readBackDiffers: {
    vi: (p: { unit: string; read: string; entered: string }) =>
      `Đơn vị ${p.unit}: điểm cuối cùng tính từ số liệu đọc lại là ${p.read}, từ số liệu đã nhập là ${p.entered}.`,
    en: (p: { unit: string; read: string; entered: string }) =>
      `Unit ${p.unit}: the final score from the entries read back is ${p.read}, from those entered ${p.entered}.`,
  },
  compared: {
    vi: (p: Count) =>
      `${p.count} ô do công thức của Excel tính (điểm nhóm, thưởng, trừ, tự chấm, chấm chéo, thẩm định, điểm cuối cùng, hạng, xếp loại, điểm từng tiêu chí) khớp với phần lõi.`,
    en: (p: Count) =>
      `${p.count} cells computed by Excel's formulas (group, bonus, deduction, self, peer, review and final totals, rank, grade, each criterion's points) match the core.`,
  },
  mismatches: {
    vi: (p: Count & { cells: number }) => `${p.count} trong ${p.cells} ô do Excel tính khác với phần lõi:`,
    en: (p: Count & { cells: number }) => `${p.count} of ${p.cells} cells computed by Excel differ from the core:`,
  },
  mismatch: {
    vi: (p: Cell & { unit: string; what: string; found: string; expected: string }) =>
      `${p.cell} (đơn vị ${p.unit}, ${p.what}): Excel tính ${p.found}, phần lõi tính ${p.expected}`,
    en: (p: Cell & { unit: string; what: string; found: string; expected: string }) =>
      `${p.cell} (unit ${p.unit}, ${p.what}): Excel shows ${p.found}, the core computes ${p.expected}`,
  },
  moreMismatches: {
    vi: (p: Count) => `… và ${p.count} ô khác.`,
    en: (p: Count) => `… and ${p.count} more cells.`,
  },
  blankValue: { vi: () => "(trống)", en: () => "(blank)" },
  whatGroup: { vi: (p: { code: string }) => `điểm nhóm ${p.code}`, en: (p: { code: string }) => `group ${p.code}` },
  whatBonus: { vi: () => "điểm thưởng", en: () => "bonus" },
  whatDeduction: { vi: () => "điểm trừ", en: () => "deductions" },
  whatSelf: { vi: () => "tổng tự chấm", en: () => "self total" },
  whatPeer: { vi: () => "điểm chấm chéo", en: () => "peer score" },
  whatReview: { vi: () => "điểm thẩm định", en: () => "review score" },
  whatFinal: { vi: () => "điểm cuối cùng", en: () => "final score" },
  whatRank: { vi: () => "hạng", en: () => "rank" },
  whatGrade: { vi: () => "xếp loại", en: () => "grade" },
  whatPoints: {
    vi: (p: { code: string }) => `điểm tiêu chí ${p.code}`,
    en: (p: { code: string }) => `points of criterion ${p.code}`,
  },
  settingsChanged: {
    vi: () => "Đã đổi trọng số các lớp điểm và ngưỡng xếp loại; các công thức được lập lại theo cài đặt mới.",
    en: () => "The layer weights and grade thresholds changed; the formulas were planned again for the new settings.",
  },
  settingsRefused: {
    vi: () => "Phần bổ trợ không ghi cài đặt mới:",
    en: () => "The add-in did not write the new settings:",
  },
  undone: {
    vi: (p: Count) => `Đã hoàn tác việc đổi cài đặt; ${p.count} ô được khôi phục.`,
    en: (p: Count) => `The settings change was undone; ${p.count} cells restored.`,
  },
  undoWrong: {
    vi: (p: { operation: string }) => `Hoàn tác không khôi phục việc đổi cài đặt (thao tác hoàn tác: ${p.operation}).`,
    en: (p: { operation: string }) =>
      `The undo did not restore the settings change (operation undone: ${p.operation}).`,
  },
  formsDone: {
    vi: (p: Count & { unit: string; cell: string }) =>
      `Đã lập ${p.count} phiếu; phiếu tự chấm của ${p.unit} được ghi thành tệp .xlsx trong bộ nhớ, sửa ô ${p.cell} như đơn vị điền phiếu, đọc lại và nhận về: 1 ô trong sổ tính thay đổi. (Không mở cửa sổ Excel mới.)`,
    en: (p: Count & { unit: string; cell: string }) =>
      `${p.count} forms made; ${p.unit}'s self form was written to an .xlsx file in memory, cell ${p.cell} changed as the unit fills it in, read back and collected: 1 cell of the workbook changed. (No new Excel window is opened.)`,
  },
  formsRefused: {
    vi: () => "Phần bổ trợ không lập được phiếu:",
    en: () => "The add-in could not make the forms:",
  },
  formRefused: {
    vi: (p: { changed: number }) => `Phiếu gửi về không được nhận như dự kiến (số ô thay đổi: ${p.changed}):`,
    en: (p: { changed: number }) => `The returned form was not taken in as expected (cells changed: ${p.changed}):`,
  },
  formsUnavailable: {
    vi: () => "Không thực hiện được trên Excel này: phần bổ trợ không ghi, đọc được tệp .xlsx ở đây.",
    en: () => "Not available on this Excel: the add-in can't write and read .xlsx files here.",
  },
  cleaned: {
    vi: (p: { sheets: number; names: number }) =>
      `Đã xóa ${p.sheets} trang tính và ${p.names} tên do tự kiểm tra tạo; sổ tính trở lại như trước khi kiểm tra.`,
    en: (p: { sheets: number; names: number }) =>
      `${p.sheets} sheets and ${p.names} names the self-test added were deleted; the workbook is as it was before.`,
  },
  leftBehind: {
    vi: (p: { parts: string }) => `Sổ tính chưa trở lại như trước: ${p.parts}. Hãy đóng sổ tính này mà không lưu.`,
    en: (p: { parts: string }) =>
      `The workbook is not as it was before: ${p.parts}. Close this workbook without saving it.`,
  },
  partSheetsAdded: {
    vi: (p: { list: string }) => `còn các trang ${p.list}`,
    en: (p: { list: string }) => `sheets ${p.list} are still there`,
  },
  partNamesAdded: {
    vi: (p: { list: string }) => `còn các tên ${p.list}`,
    en: (p: { list: string }) => `names ${p.list} are still there`,
  },
  partGone: {
    vi: (p: { list: string }) => `mất ${p.list}`,
    en: (p: { list: string }) => `${p.list} went missing`,
  },
  partChanged: {
    vi: (p: { list: string }) => `đã thay đổi ${p.list}`,
    en: (p: { list: string }) => `${p.list} changed`,
  },
  excelFailed: {
    vi: (p: { message: string }) => `Excel báo lỗi: ${p.message}`,
    en: (p: { message: string }) => `Excel reported an error: ${p.message}`,
  },
  unexpectedError: {
    vi: (p: { message: string }) => `Lỗi ngoài dự kiến trong phần bổ trợ: ${p.message}`,
    en: (p: { message: string }) => `Unexpected error in the add-in: ${p.message}`,
  },
  notRun: {
    vi: () => "Không chạy vì một bước trước đó không thành công.",
    en: () => "Not run because an earlier step did not succeed.",
  },

  // The report.
  progress: {
    vi: (p: { step: string; index: number; total: number }) => `Bước ${p.index}/${p.total}: ${p.step}`,
    en: (p: { step: string; index: number; total: number }) => `Step ${p.index} of ${p.total}: ${p.step}`,
  },
  verdictPass: {
    vi: (p: { passed: number; skipped: number }) =>
      `Kết quả: ĐẠT (${p.passed} bước đạt${p.skipped > 0 ? `, ${p.skipped} bước bỏ qua` : ""}).`,
    en: (p: { passed: number; skipped: number }) =>
      `Result: PASS (${p.passed} steps passed${p.skipped > 0 ? `, ${p.skipped} skipped` : ""}).`,
  },
  verdictFail: {
    vi: (p: { failed: number; total: number }) => `Kết quả: KHÔNG ĐẠT (${p.failed} trong ${p.total} bước không đạt).`,
    en: (p: { failed: number; total: number }) => `Result: FAIL (${p.failed} of ${p.total} steps failed).`,
  },
  reportTime: {
    vi: (p: { time: string }) => `Thời gian: ${p.time}`,
    en: (p: { time: string }) => `Time: ${p.time}`,
  },
  reportExcel: {
    vi: (p: { host: string; platform: string; version: string; language: string }) =>
      `Excel: ${p.host}, nền tảng ${p.platform}, phiên bản ${p.version}, ngôn ngữ ${p.language}`,
    en: (p: { host: string; platform: string; version: string; language: string }) =>
      `Excel: ${p.host}, platform ${p.platform}, version ${p.version}, language ${p.language}`,
  },
  reportSupported: {
    vi: (p: { sets: string }) => `Bộ yêu cầu ExcelApi được hỗ trợ: ${p.sets}`,
    en: (p: { sets: string }) => `ExcelApi requirement sets supported: ${p.sets}`,
  },
  reportUnsupported: {
    vi: (p: { sets: string }) => `Bộ yêu cầu ExcelApi không được hỗ trợ: ${p.sets}`,
    en: (p: { sets: string }) => `ExcelApi requirement sets not supported: ${p.sets}`,
  },
  reportCluster: {
    vi: (p: { template: string; units: number }) =>
      `Cụm tự kiểm tra: mẫu ${p.template}, ${p.units} đơn vị, 2 cụm, chấm chéo.`,
    en: (p: { template: string; units: number }) =>
      `Self-test cluster: template ${p.template}, ${p.units} units, 2 clusters, cross scoring.`,
  },
  none: { vi: () => "không có", en: () => "none" },
  unknown: { vi: () => "không rõ", en: () => "unknown" },
  reportSteps: { vi: () => "Các bước:", en: () => "Steps:" },
});
