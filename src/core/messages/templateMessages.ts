// Messages of template validation (schema and semantic rules) and of reading a criteria table into a template.

import { defineMessages, formatNumber } from "./messageTypes";
import type { Lang } from "../settings/settingsTypes";
import { CRITERIA_TABLE_HEADERS, type CriteriaTableColumn } from "../template/criteriaTableColumns";

/** A value quoted in a message: numbers in the language's format, anything else as given. */
function shown(value: string | number, lang: Lang): string {
  return typeof value === "number" ? formatNumber(value, lang, 4) : value;
}

type Node = { node: string };
type NodeValue = { node: string; value: string | number };
type NodeField = { node: string; field: string };
type Value = { value: string | number };
type Field = { field: string };
type Row = { row: number };
type RowValue = { row: number; value: string | number };
type RowField = { row: number; column: CriteriaTableColumn; value: string | number };
type RowColumn = { row: number; column: CriteriaTableColumn };

/** A criteria-table column as its header reads in the language. */
const col = (column: CriteriaTableColumn, lang: Lang) => CRITERIA_TABLE_HEADERS[column][lang];

/** Rows are shown 1-based, as a person counts them. */
const r = (row: number) => row + 1;

export const templateMessages = defineMessages({
  notAnObject: {
    vi: (_: Record<string, never>) => "Mẫu bảng chấm điểm không phải là một đối tượng hợp lệ.",
    en: (_: Record<string, never>) => "The template is not a valid object.",
  },
  tooDeep: {
    vi: (p: { node: string; depth: number }) =>
      `Tiêu chí “${p.node}” nằm ở cấp ${p.depth}, sâu hơn mức cho phép (tối đa 8 cấp).`,
    en: (p: { node: string; depth: number }) =>
      `Criterion “${p.node}” sits at level ${p.depth}, deeper than allowed (at most 8 levels).`,
  },
  missingField: {
    vi: (p: NodeField) => `Tiêu chí “${p.node}”: thiếu trường “${p.field}”.`,
    en: (p: NodeField) => `Criterion “${p.node}”: the field “${p.field}” is missing.`,
  },
  invalidCode: {
    vi: (p: NodeValue) =>
      `Tiêu chí “${p.node}”: mã tiêu chí phải là chuỗi ký tự không rỗng, không có khoảng trắng ở đầu hoặc cuối (đang là ${shown(p.value, "vi")}).`,
    en: (p: NodeValue) =>
      `Criterion “${p.node}”: the code must be non-empty text without leading or trailing spaces (found ${shown(p.value, "en")}).`,
  },
  invalidTitle: {
    vi: (p: NodeField) => `Tiêu chí “${p.node}”: “${p.field}” phải là văn bản có tên tiếng Việt không rỗng.`,
    en: (p: NodeField) => `Criterion “${p.node}”: “${p.field}” must be text with a non-empty Vietnamese title.`,
  },
  unknownKind: {
    vi: (p: NodeValue) =>
      `Tiêu chí “${p.node}”: loại tiêu chí ${shown(p.value, "vi")} không tồn tại (dùng: group, manual, qual, quant_prop, quant_leader, per_unit, bonus, deduction).`,
    en: (p: NodeValue) =>
      `Criterion “${p.node}”: unknown kind ${shown(p.value, "en")} (use group, manual, qual, quant_prop, quant_leader, per_unit, bonus or deduction).`,
  },
  invalidMax: {
    vi: (p: NodeValue) =>
      `Tiêu chí “${p.node}”: điểm tối đa phải là một số hữu hạn, không âm (đang là ${shown(p.value, "vi")}).`,
    en: (p: NodeValue) =>
      `Criterion “${p.node}”: max points must be a finite, non-negative number (found ${shown(p.value, "en")}).`,
  },
  invalidStep: {
    vi: (p: NodeValue) => `Tiêu chí “${p.node}”: bước điểm phải là một số dương (đang là ${shown(p.value, "vi")}).`,
    en: (p: NodeValue) => `Criterion “${p.node}”: the step must be a positive number (found ${shown(p.value, "en")}).`,
  },
  invalidDirection: {
    vi: (p: NodeValue) =>
      `Tiêu chí “${p.node}”: chiều đánh giá phải là “up” (càng cao càng tốt) hoặc “down” (càng thấp càng tốt), đang là ${shown(p.value, "vi")}.`,
    en: (p: NodeValue) =>
      `Criterion “${p.node}”: the direction must be “up” (more is better) or “down” (less is better), found ${shown(p.value, "en")}.`,
  },
  invalidPointsEach: {
    vi: (p: NodeValue) =>
      `Tiêu chí “${p.node}”: điểm mỗi đơn vị phải là một số hữu hạn (đang là ${shown(p.value, "vi")}).`,
    en: (p: NodeValue) => `Criterion “${p.node}”: points each must be a finite number (found ${shown(p.value, "en")}).`,
  },
  invalidFlag: {
    vi: (p: NodeField) => `Tiêu chí “${p.node}”: “${p.field}” phải là đúng hoặc sai (true/false).`,
    en: (p: NodeField) => `Criterion “${p.node}”: “${p.field}” must be true or false.`,
  },
  invalidNode: {
    vi: (p: Node) => `Tiêu chí “${p.node}” không phải là một đối tượng hợp lệ (cần mã, tên, loại và điểm tối đa).`,
    en: (p: Node) => `Criterion “${p.node}” is not a valid object (it needs a code, title, kind and max).`,
  },
  invalidChildren: {
    vi: (p: Node) => `Tiêu chí “${p.node}”: danh sách tiêu chí con không hợp lệ.`,
    en: (p: Node) => `Criterion “${p.node}”: the list of child criteria is not valid.`,
  },
  unknownField: {
    vi: (p: NodeField) => `Tiêu chí “${p.node}”: trường “${p.field}” không được hỗ trợ.`,
    en: (p: NodeField) => `Criterion “${p.node}”: the field “${p.field}” is not supported.`,
  },
  invalidCriteriaList: {
    vi: (_: Record<string, never>) => "Mẫu phải có danh sách tiêu chí (criteria) không rỗng.",
    en: (_: Record<string, never>) => "The template needs a non-empty list of criteria.",
  },
  invalidId: {
    vi: (p: Value) =>
      `Mã mẫu phải viết thường, không dấu, các từ nối bằng gạch ngang, ví dụ “cum-xa-phuong” (đang là ${shown(p.value, "vi")}).`,
    en: (p: Value) =>
      `The template id must be a lowercase slug such as “cum-xa-phuong” (found ${shown(p.value, "en")}).`,
  },
  invalidVersion: {
    vi: (p: Value) => `Phiên bản mẫu phải có dạng x.y.z, ví dụ “1.0.0” (đang là ${shown(p.value, "vi")}).`,
    en: (p: Value) => `The template version must look like x.y.z, e.g. “1.0.0” (found ${shown(p.value, "en")}).`,
  },
  invalidScale: {
    vi: (p: Value) => `Thang điểm phải là một số dương (đang là ${shown(p.value, "vi")}).`,
    en: (p: Value) => `The scale must be a positive number (found ${shown(p.value, "en")}).`,
  },
  invalidBonusCap: {
    vi: (p: Value) => `Mức trần điểm thưởng phải là một số không âm (đang là ${shown(p.value, "vi")}).`,
    en: (p: Value) => `The bonus cap must be a non-negative number (found ${shown(p.value, "en")}).`,
  },
  invalidSubject: {
    vi: (p: Value & { field: string }) =>
      p.field === "subject"
        ? `Đối tượng đánh giá (subject) phải là “unit” (đơn vị) hoặc “person” (cá nhân) (đang là ${shown(p.value, "vi")}).`
        : `Trường ${p.field} phải là true hoặc false (đang là ${shown(p.value, "vi")}).`,
    en: (p: Value & { field: string }) =>
      p.field === "subject"
        ? `The subject must be “unit” or “person” (found ${shown(p.value, "en")}).`
        : `The field ${p.field} must be true or false (found ${shown(p.value, "en")}).`,
  },
  invalidPeriodKind: {
    vi: (p: Value) =>
      `Kỳ đánh giá phải là “year”, “school-year”, “quarter” hoặc “month” (đang là ${shown(p.value, "vi")}).`,
    en: (p: Value) =>
      `The period kind must be “year”, “school-year”, “quarter” or “month” (found ${shown(p.value, "en")}).`,
  },
  invalidLegalBasis: {
    vi: (p: Field) =>
      `Căn cứ pháp lý “${p.field}” không hợp lệ: mỗi văn bản cần số hiệu, tên tiếng Việt và ngày ban hành (nếu có) dạng YYYY-MM-DD.`,
    en: (p: Field) =>
      `Legal basis “${p.field}” is not valid: each document needs a number, a Vietnamese title and, if given, an issue date as YYYY-MM-DD.`,
  },
  noLegalBasis: {
    vi: (_: Record<string, never>) => "Mẫu chưa ghi căn cứ pháp lý.",
    en: (_: Record<string, never>) => "The template states no legal basis.",
  },
  invalidTemplateText: {
    vi: (p: Field) => `“${p.field}” của mẫu phải là văn bản có nội dung tiếng Việt không rỗng.`,
    en: (p: Field) => `The template's “${p.field}” must be text with non-empty Vietnamese.`,
  },
  invalidSettings: {
    vi: (p: Field) => `Cài đặt kèm theo mẫu không hợp lệ tại “${p.field}”.`,
    en: (p: Field) => `The template's settings are not valid at “${p.field}”.`,
  },
  invalidTemplateField: {
    vi: (p: Field) => `Trường “${p.field}” của mẫu không hợp lệ hoặc không được hỗ trợ.`,
    en: (p: Field) => `The template field “${p.field}” is not valid or not supported.`,
  },
  duplicateCode: {
    vi: (p: Node) => `Mã tiêu chí “${p.node}” bị trùng; mỗi tiêu chí cần một mã riêng.`,
    en: (p: Node) => `The criterion code “${p.node}” is used more than once; each criterion needs its own code.`,
  },
  groupWithoutChildren: {
    vi: (p: Node) => `Nhóm “${p.node}” không có tiêu chí con.`,
    en: (p: Node) => `Group “${p.node}” has no child criteria.`,
  },
  leafWithChildren: {
    vi: (p: Node) => `Tiêu chí “${p.node}” không phải là nhóm nhưng lại có tiêu chí con.`,
    en: (p: Node) => `Criterion “${p.node}” is not a group but has child criteria.`,
  },
  perUnitWithoutPoints: {
    vi: (p: Node) => `Tiêu chí tính theo số lượng “${p.node}” cần số điểm mỗi đơn vị lớn hơn 0.`,
    en: (p: Node) => `Per-unit criterion “${p.node}” needs points each greater than 0.`,
  },
  maxOffStep: {
    vi: (p: { node: string; max: number; step: number }) =>
      `Tiêu chí “${p.node}”: điểm tối đa ${formatNumber(p.max, "vi", 4)} không phải là bội số của bước điểm ${formatNumber(p.step, "vi", 4)}.`,
    en: (p: { node: string; max: number; step: number }) =>
      `Criterion “${p.node}”: max points ${formatNumber(p.max, "en", 4)} is not a multiple of the step ${formatNumber(p.step, "en", 4)}.`,
  },
  groupMaxUnreachable: {
    vi: (p: { node: string; max: number; sum: number }) =>
      `Nhóm “${p.node}” có điểm tối đa ${formatNumber(p.max, "vi", 4)} nhưng tổng điểm tối đa của các tiêu chí con chỉ là ${formatNumber(p.sum, "vi", 4)}: không đơn vị nào đạt được điểm tối đa của nhóm.`,
    en: (p: { node: string; max: number; sum: number }) =>
      `Group “${p.node}” has max ${formatNumber(p.max, "en", 4)} but its children's max points add up to only ${formatNumber(p.sum, "en", 4)}: no unit can reach the group's max.`,
  },
  sectionMixed: {
    vi: (p: { node: string; other: string }) =>
      `Nhóm “${p.node}” trộn lẫn điểm thưởng hoặc điểm trừ với tiêu chí chấm điểm (ví dụ “${p.other}”); điểm thưởng và điểm trừ phải ở nhóm riêng.`,
    en: (p: { node: string; other: string }) =>
      `Group “${p.node}” mixes bonus or deduction lines with scored criteria (e.g. “${p.other}”); bonus and deduction lines need their own section.`,
  },
  bonusWithoutCap: {
    vi: (p: Node) => `Có dòng điểm thưởng “${p.node}” nhưng mức trần điểm thưởng của mẫu bằng 0.`,
    en: (p: Node) => `Bonus line “${p.node}” exists but the template's bonus cap is 0.`,
  },
  bonusSectionMax: {
    vi: (p: { node: string; max: number; cap: number }) =>
      `Phần điểm thưởng “${p.node}” có điểm tối đa ${formatNumber(p.max, "vi", 4)}, khác với mức trần điểm thưởng ${formatNumber(p.cap, "vi", 4)} của mẫu.`,
    en: (p: { node: string; max: number; cap: number }) =>
      `Bonus section “${p.node}” has max ${formatNumber(p.max, "en", 4)}, unlike the template's bonus cap of ${formatNumber(p.cap, "en", 4)}.`,
  },
  noContent: {
    vi: (_: Record<string, never>) => "Mẫu không có tiêu chí chấm điểm nào có điểm tối đa lớn hơn 0.",
    en: (_: Record<string, never>) => "The template has no scored criteria with max points above 0.",
  },
  tableEmpty: {
    vi: (_: Record<string, never>) => "Bảng tiêu chí không có dòng nào.",
    en: (_: Record<string, never>) => "The criteria table has no rows.",
  },
  rowLevelInvalid: {
    vi: (p: RowValue) => `Dòng ${r(p.row)}: cấp phải là số nguyên từ 1 trở lên (đang là ${shown(p.value, "vi")}).`,
    en: (p: RowValue) => `Row ${r(p.row)}: the level must be a whole number from 1 up (found ${shown(p.value, "en")}).`,
  },
  rowLevelJump: {
    vi: (p: { row: number; level: number; previous: number }) =>
      `Dòng ${r(p.row)}: cấp ${p.level} không thể đứng ngay sau cấp ${p.previous} (mỗi lần chỉ xuống thêm một cấp; dòng đầu tiên là cấp 1).`,
    en: (p: { row: number; level: number; previous: number }) =>
      `Row ${r(p.row)}: level ${p.level} cannot follow level ${p.previous} (go down one level at a time; the first row is level 1).`,
  },
  rowCodeMissing: {
    vi: (p: Row) => `Dòng ${r(p.row)}: thiếu mã tiêu chí.`,
    en: (p: Row) => `Row ${r(p.row)}: the criterion code is missing.`,
  },
  rowTitleMissing: {
    vi: (p: Row) => `Dòng ${r(p.row)}: thiếu tên tiêu chí (tiếng Việt).`,
    en: (p: Row) => `Row ${r(p.row)}: the criterion title (Vietnamese) is missing.`,
  },
  rowGuideWithoutVietnamese: {
    vi: (p: Row) => `Dòng ${r(p.row)}: có hướng dẫn tiếng Anh nhưng thiếu hướng dẫn tiếng Việt.`,
    en: (p: Row) => `Row ${r(p.row)}: there is an English guide but no Vietnamese guide.`,
  },
  rowKindUnknown: {
    vi: (p: RowValue) =>
      `Dòng ${r(p.row)}: loại tiêu chí ${shown(p.value, "vi")} không hợp lệ (ví dụ: Nhóm, Chấm điểm, Đạt/Không đạt, Định lượng (tỷ lệ), Định lượng (so với dẫn đầu), Theo số lượng, Điểm thưởng, Điểm trừ).`,
    en: (p: RowValue) =>
      `Row ${r(p.row)}: unknown kind ${shown(p.value, "en")} (e.g. Group, Manual score, Pass/fail, Quantitative (proportional), Quantitative (vs leader), Per unit, Bonus, Deduction).`,
  },
  rowNumberInvalid: {
    vi: (p: RowField) => `Dòng ${r(p.row)}: “${col(p.column, "vi")}” phải là một số (đang là ${shown(p.value, "vi")}).`,
    en: (p: RowField) => `Row ${r(p.row)}: “${col(p.column, "en")}” must be a number (found ${shown(p.value, "en")}).`,
  },
  rowNumberAmbiguous: {
    vi: (p: RowField & { thousands: number; decimal: number }) =>
      `Dòng ${r(p.row)}: “${col(p.column, "vi")}” ghi ${shown(p.value, "vi")} có thể hiểu là ${formatNumber(p.thousands, "vi", 4)} hoặc ${formatNumber(p.decimal, "vi", 4)}; hãy nhập lại dưới dạng số.`,
    en: (p: RowField & { thousands: number; decimal: number }) =>
      `Row ${r(p.row)}: “${col(p.column, "en")}” reads ${shown(p.value, "en")}, which could mean ${formatNumber(p.thousands, "en", 4)} or ${formatNumber(p.decimal, "en", 4)}; enter it as a number.`,
  },
  rowNumberMissing: {
    vi: (p: RowColumn) => `Dòng ${r(p.row)}: thiếu “${col(p.column, "vi")}”.`,
    en: (p: RowColumn) => `Row ${r(p.row)}: “${col(p.column, "en")}” is missing.`,
  },
  rowDirectionUnknown: {
    vi: (p: RowValue) =>
      `Dòng ${r(p.row)}: chiều ${shown(p.value, "vi")} không hợp lệ (dùng ↑ hoặc ↓, tăng hoặc giảm).`,
    en: (p: RowValue) => `Row ${r(p.row)}: unknown direction ${shown(p.value, "en")} (use ↑ or ↓, up or down).`,
  },
  rowFlagInvalid: {
    vi: (p: RowField) =>
      `Dòng ${r(p.row)}: “${col(p.column, "vi")}” phải là “x” hoặc để trống (đang là ${shown(p.value, "vi")}).`,
    en: (p: RowField) =>
      `Row ${r(p.row)}: “${col(p.column, "en")}” must be “x” or blank (found ${shown(p.value, "en")}).`,
  },
});
