// The task pane's operations by name, in Vietnamese and English: what the pane says is running while every other
// button waits for it.
import { defineMessages, type MessageDef } from "../../core/messages/messageTypes";
import type { OperationName } from "../pane/operationName";
import { MEETING_OPERATION_LABELS } from "./meetingScreenMessages";

export const operationMessages = defineMessages({
  running: {
    vi: (p: { operation: string }) => `${p.operation}… Các thao tác khác tạm khóa cho đến khi việc này xong.`,
    en: (p: { operation: string }) => `${p.operation}… Other actions wait until it finishes.`,
  },
});

export const OPERATION_LABELS: Record<OperationName, MessageDef<Record<string, never>>> = {
  "read-workbook": { vi: () => "Đang đọc sổ tính", en: () => "Reading the workbook" },
  "read-units": {
    vi: () => "Đang đọc danh sách đơn vị từ vùng chọn",
    en: () => "Reading the units from the selection",
  },
  "read-criteria": {
    vi: () => "Đang đọc bảng tiêu chí từ vùng chọn",
    en: () => "Reading the criteria table from the selection",
  },
  inject: { vi: () => "Đang tạo bảng chấm điểm", en: () => "Creating the scoring table" },
  validate: { vi: () => "Đang kiểm tra số liệu", en: () => "Validating the entries" },
  fix: { vi: () => "Đang sửa tự động", en: () => "Applying fixes" },
  "select-cell": { vi: () => "Đang chuyển đến ô", en: () => "Going to the cell" },
  rank: { vi: () => "Đang xếp hạng", en: () => "Ranking" },
  analyse: { vi: () => "Đang phân tích", en: () => "Analysing" },
  "save-settings": { vi: () => "Đang lưu cài đặt", en: () => "Saving the settings" },
  "make-forms": { vi: () => "Đang lập phiếu", en: () => "Making the forms" },
  "open-forms": { vi: () => "Đang mở phiếu", en: () => "Opening the forms" },
  "collect-forms": { vi: () => "Đang nhận phiếu gửi về", en: () => "Taking in returned forms" },
  rollup: { vi: () => "Đang tổng hợp năm", en: () => "Rolling up the year" },
  province: { vi: () => "Đang tổng hợp của Tỉnh", en: () => "Consolidating for the province" },
  "read-undo": { vi: () => "Đang đọc thao tác có thể hoàn tác", en: () => "Reading what can be undone" },
  undo: { vi: () => "Đang hoàn tác", en: () => "Undoing" },
  "self-test": { vi: () => "Đang tự kiểm tra", en: () => "Running the self-test" },
  ...MEETING_OPERATION_LABELS,
};
