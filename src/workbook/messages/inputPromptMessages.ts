// Data-validation texts on input cells: the error alert (stop style) names the allowed range, the prompt says what
// to enter. Numbers in the reader's format (Vietnamese decimal comma).

import { defineMessages, formatNumber } from "../../core/messages/messageTypes";

type Range = { code: string; max: number; step: number };
type Code = { code: string };
type Max = { code: string; max: number };

const vi = (n: number) => formatNumber(n, "vi", 6);
const en = (n: number) => formatNumber(n, "en", 6);

export const inputPromptMessages = defineMessages({
  errorTitle: { vi: () => "Giá trị không hợp lệ", en: () => "Value not allowed" },
  manualTitle: { vi: (p: Code) => `Điểm tiêu chí ${p.code}`, en: (p: Code) => `Criterion ${p.code}` },
  manual: {
    vi: (p: Range) => `Điểm tiêu chí ${p.code} phải từ 0 đến ${vi(p.max)}, bước ${vi(p.step)}.`,
    en: (p: Range) => `Points for criterion ${p.code} must be between 0 and ${en(p.max)}, in steps of ${en(p.step)}.`,
  },
  qual: {
    vi: (p: Code) => `Tiêu chí ${p.code}: chọn “Đạt” hoặc “Không đạt” trong danh sách.`,
    en: (p: Code) => `Criterion ${p.code}: choose “Đạt” (pass) or “Không đạt” (fail) from the list.`,
  },
  bonus: {
    vi: (p: Max) => `Điểm thưởng ${p.code} phải từ 0 đến ${vi(p.max)}; cần có minh chứng.`,
    en: (p: Max) => `Bonus ${p.code} must be between 0 and ${en(p.max)}; evidence is required.`,
  },
  deduction: {
    vi: (p: Max) => `Điểm trừ ${p.code} nhập số âm, từ ${vi(-p.max)} đến 0; cần có minh chứng.`,
    en: (p: Max) =>
      `Deduction ${p.code} is entered as a negative number, from ${en(-p.max)} to 0; evidence is required.`,
  },
  deductionUnlimited: {
    vi: (p: Code) => `Điểm trừ ${p.code} nhập số âm (nhỏ hơn hoặc bằng 0); cần có minh chứng.`,
    en: (p: Code) => `Deduction ${p.code} is entered as a negative number (0 or below); evidence is required.`,
  },
  override: {
    vi: (p: Max) => `Điểm thẩm định ${p.code} phải từ 0 đến ${vi(p.max)}; để trống nếu chấp nhận điểm tính từ số liệu.`,
    en: (p: Max) =>
      `Review points for ${p.code} must be between 0 and ${en(p.max)}; leave blank to accept the computed points.`,
  },
  reviewBlank: {
    vi: () => "Để trống nghĩa là chấp nhận điểm tự chấm.",
    en: () => "Blank means the self-score is accepted.",
  },
  target: {
    vi: (p: Code) => `Chỉ tiêu của tiêu chí ${p.code} phải là số lớn hơn 0.`,
    en: (p: Code) => `The target of criterion ${p.code} must be a number above 0.`,
  },
  actual: {
    vi: (p: Code) => `Số thực hiện của tiêu chí ${p.code} phải là số không âm.`,
    en: (p: Code) => `The actual of criterion ${p.code} must be a number of 0 or more.`,
  },
  count: {
    vi: (p: Code) => `Số lượng của tiêu chí ${p.code} phải là số nguyên không âm.`,
    en: (p: Code) => `The count of criterion ${p.code} must be a whole number of 0 or more.`,
  },
  historyYear: { vi: () => "Năm là số nguyên có 4 chữ số.", en: () => "The year is a four-digit whole number." },
  historyRank: { vi: () => "Thứ hạng là số nguyên từ 1 trở lên.", en: () => "The rank is a whole number from 1." },
  historyAward: {
    vi: () => "Chọn khen thưởng trong danh sách, hoặc để trống.",
    en: () => "Choose the award from the list, or leave it blank.",
  },
});
