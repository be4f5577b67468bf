// Messages of entry validation (parse, score, data, evidence, peer, units, criteria tamper, formulas, stale
// results), in the voice of a secretariat's checker, Vietnamese and English.

import type { Lang } from "../settings/settingsTypes";
import { defineMessages, formatNumber } from "./messageTypes";

/** Which cell a message is about: layer is self, review, peer, target, actual or count (per_unit actual). */
export interface CellParams {
  layer: string;
  /** Whom the template scores: "person" speaks of a cá nhân, "unit" of a unit (đơn vị). */
  who: string;
  unit: string;
  /** Rater code on peer grids, "" elsewhere. */
  rater: string;
  criterion: string;
  [key: string]: string | number;
}

// Six decimals: a value off the step grid (8,333) must show as typed, not rounded onto the grid.
const num = (value: string | number, lang: Lang) => (typeof value === "number" ? formatNumber(value, lang, 6) : value);

function cellVi(p: CellParams): string {
  const at = `${p.who === "person" ? "cá nhân" : "đơn vị"} ${p.unit}, tiêu chí ${p.criterion}`;
  switch (p.layer) {
    case "self":
      return `Ô tự chấm của ${at}`;
    case "review":
      return `Ô thẩm định của ${at}`;
    case "peer":
      return `Ô chấm chéo của ${p.who === "person" ? "cá nhân" : "đơn vị"} ${p.rater} cho ${at}`;
    case "target":
      return `Ô chỉ tiêu của ${at}`;
    case "count":
      return `Ô số lượng của ${at}`;
    default:
      return `Ô số thực hiện của ${at}`;
  }
}

function cellEn(p: CellParams): string {
  const at = `${p.who === "person" ? "person" : "unit"} ${p.unit}, criterion ${p.criterion}`;
  switch (p.layer) {
    case "self":
      return `The self-score of ${at}`;
    case "review":
      return `The review score of ${at}`;
    case "peer":
      return `The peer score given by ${p.who === "person" ? "person" : "unit"} ${p.rater} to ${at}`;
    case "target":
      return `The target of ${at}`;
    case "count":
      return `The count of ${at}`;
    default:
      return `The actual of ${at}`;
  }
}

type Fixed = CellParams & { raw: string; fix: number };
type Valued = CellParams & { value: number };
type Ranged = CellParams & { value: number; max: number };

const AREA_VI: Record<string, string> = {
  self: "tự chấm",
  review: "thẩm định",
  peer: "chấm chéo",
  target: "chỉ tiêu",
  actual: "số thực hiện",
  evidence: "minh chứng",
  result: "xếp hạng",
  units: "đơn vị",
  criteria: "tiêu chí",
};
const AREA_EN: Record<string, string> = {
  self: "self-scores",
  review: "review",
  peer: "peer scores",
  target: "targets",
  actual: "actuals",
  evidence: "evidence",
  result: "ranking",
  units: "units",
  criteria: "criteria",
};

/** Where a formula cell sits, from its location; empty parts are left out. */
export interface FormulaParams {
  cell: string;
  area: string;
  unit: string;
  rater: string;
  criterion: string;
  [key: string]: string | number;
}

function formulaWhereVi(p: FormulaParams): string {
  const parts = [
    p.area ? `bảng ${AREA_VI[p.area] ?? p.area}` : "",
    p.rater ? `người chấm ${p.rater}` : "",
    p.unit ? `đơn vị ${p.unit}` : "",
    p.criterion ? `tiêu chí ${p.criterion}` : "",
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

function formulaWhereEn(p: FormulaParams): string {
  const parts = [
    p.area ? `${AREA_EN[p.area] ?? p.area}` : "",
    p.rater ? `rater ${p.rater}` : "",
    p.unit ? `unit ${p.unit}` : "",
    p.criterion ? `criterion ${p.criterion}` : "",
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

const CRITERIA_FIELD_VI: Record<string, string> = {
  rows: "số dòng",
  level: "cấp",
  code: "mã",
  kind: "loại",
  max: "điểm tối đa",
  step: "bước chấm",
  direction: "chiều chỉ tiêu",
  pointsEach: "điểm mỗi đơn vị tính",
};
const CRITERIA_FIELD_EN: Record<string, string> = {
  rows: "row count",
  level: "level",
  code: "code",
  kind: "kind",
  max: "max points",
  step: "step",
  direction: "direction",
  pointsEach: "points each",
};

const FLAG_VI: Record<string, string> = { priority: "ưu tiên", disqualified: "không đủ điều kiện xét khen thưởng" };
const FLAG_EN: Record<string, string> = { priority: "priority", disqualified: "disqualified" };

export const validationMessages = defineMessages({
  // Text that reads as a number: the cell holds text, Excel does not add it up; the fix writes the number.
  textNumber: {
    vi: (p: Fixed) => `${cellVi(p)} ghi “${p.raw}” dạng chữ, Excel không cộng được; sửa thành số ${num(p.fix, "vi")}?`,
    en: (p: Fixed) =>
      `${cellEn(p)} holds “${p.raw}” as text, which Excel does not add up; change it to the number ${num(p.fix, "en")}?`,
  },
  decimalComma: {
    vi: (p: Fixed) =>
      `${cellVi(p)} ghi “${p.raw}” dạng chữ (dấu phẩy thập phân gõ thành chữ); sửa thành số ${num(p.fix, "vi")}?`,
    en: (p: Fixed) =>
      `${cellEn(p)} holds “${p.raw}”: a decimal comma typed as text; change it to the number ${num(p.fix, "en")}?`,
  },
  unitSuffix: {
    vi: (p: Fixed) => `${cellVi(p)} ghi “${p.raw}”: có chữ “điểm” kèm theo số; sửa thành số ${num(p.fix, "vi")}?`,
    en: (p: Fixed) =>
      `${cellEn(p)} holds “${p.raw}”: the number has a unit written after it; change it to the number ${num(p.fix, "en")}?`,
  },
  spaces: {
    vi: (p: Fixed) =>
      `${cellVi(p)} ghi “${p.raw}”: có khoảng trắng đặc biệt (khoảng trắng không ngắt) nên thành chữ; sửa thành số ${num(p.fix, "vi")}?`,
    en: (p: Fixed) =>
      `${cellEn(p)} holds “${p.raw}”: special (non-breaking) spaces make it text; change it to the number ${num(p.fix, "en")}?`,
  },
  fullWidth: {
    vi: (p: Fixed) =>
      `${cellVi(p)} ghi “${p.raw}” bằng chữ số toàn khổ (full-width); sửa thành số ${num(p.fix, "vi")}?`,
    en: (p: Fixed) =>
      `${cellEn(p)} holds “${p.raw}” in full-width digits; change it to the number ${num(p.fix, "en")}?`,
  },
  textReadInvalid: {
    vi: (p: CellParams & { raw: string; value: number }) =>
      `${cellVi(p)} ghi “${p.raw}” dạng chữ; đọc ra ${num(p.value, "vi")} nhưng số này cũng không hợp lệ ở đây; hãy nhập lại.`,
    en: (p: CellParams & { raw: string; value: number }) =>
      `${cellEn(p)} holds “${p.raw}” as text; it reads as ${num(p.value, "en")}, which is not valid here either; enter it again.`,
  },
  notANumber: {
    vi: (p: CellParams & { raw: string }) => `${cellVi(p)} ghi “${p.raw}”, không phải là số; hãy nhập lại bằng số.`,
    en: (p: CellParams & { raw: string }) => `${cellEn(p)} holds “${p.raw}”, which is not a number; enter a number.`,
  },
  dateValue: {
    vi: (p: CellParams & { raw: string }) =>
      `${cellVi(p)} đang chứa ngày tháng (${p.raw}), không phải điểm; hãy nhập lại bằng số.`,
    en: (p: CellParams & { raw: string }) => `${cellEn(p)} holds a date (${p.raw}), not a score; enter a number.`,
  },
  ambiguousThousands: {
    vi: (p: CellParams & { raw: string; thousands: number; decimal: number }) =>
      `${cellVi(p)} ghi “${p.raw}”: không rõ là ${num(p.thousands, "vi")} (dấu phân cách hàng nghìn) hay ${num(p.decimal, "vi")} (dấu thập phân); hãy nhập lại bằng số.`,
    en: (p: CellParams & { raw: string; thousands: number; decimal: number }) =>
      `${cellEn(p)} holds “${p.raw}”: it could be ${num(p.thousands, "en")} (thousands separator) or ${num(p.decimal, "en")} (decimal mark); enter the number again.`,
  },
  excelError: {
    vi: (p: CellParams & { raw: string }) =>
      `${cellVi(p)} đang báo lỗi Excel ${p.raw}; hãy sửa công thức hoặc nhập lại số.`,
    en: (p: CellParams & { raw: string }) =>
      `${cellEn(p)} shows the Excel error ${p.raw}; fix the formula or enter the number again.`,
  },

  outOfRange: {
    vi: (p: Ranged) =>
      `${cellVi(p)} ghi ${num(p.value, "vi")}, ngoài khoảng cho phép từ 0 đến ${num(p.max, "vi")} điểm.`,
    en: (p: Ranged) => `${cellEn(p)} is ${num(p.value, "en")}, outside the allowed range 0 to ${num(p.max, "en")}.`,
  },
  bonusNegative: {
    vi: (p: Valued) => `${cellVi(p)} ghi ${num(p.value, "vi")}: điểm thưởng không được âm.`,
    en: (p: Valued) => `${cellEn(p)} is ${num(p.value, "en")}: bonus points cannot be negative.`,
  },
  bonusAboveLine: {
    vi: (p: Ranged) =>
      `${cellVi(p)} ghi ${num(p.value, "vi")}: điểm thưởng của dòng này tối đa ${num(p.max, "vi")} điểm.`,
    en: (p: Ranged) => `${cellEn(p)} is ${num(p.value, "en")}: this bonus line allows at most ${num(p.max, "en")}.`,
  },
  deductionBelowMax: {
    vi: (p: Ranged) =>
      `${cellVi(p)} ghi ${num(p.value, "vi")}: dòng này trừ tối đa ${num(p.max, "vi")} điểm (nhập từ -${num(p.max, "vi")} đến 0).`,
    en: (p: Ranged) =>
      `${cellEn(p)} is ${num(p.value, "en")}: this line deducts at most ${num(p.max, "en")} (enter -${num(p.max, "en")} to 0).`,
  },
  qualInvalid: {
    vi: (p: CellParams & { raw: string }) => `${cellVi(p)} ghi “${p.raw}”: ô này chỉ nhận “Đạt” hoặc “Không đạt”.`,
    en: (p: CellParams & { raw: string }) =>
      `${cellEn(p)} holds “${p.raw}”: only “Đạt” (pass) or “Không đạt” (fail) are accepted.`,
  },
  qualLabel: {
    vi: (p: CellParams & { raw: string; label: string }) =>
      `${cellVi(p)} ghi “${p.raw}”, chưa đúng chữ trong danh sách; sửa thành “${p.label}”?`,
    en: (p: CellParams & { raw: string; label: string }) =>
      `${cellEn(p)} holds “${p.raw}”, not the exact list entry; change it to “${p.label}”?`,
  },
  offStep: {
    vi: (p: CellParams & { value: number; step: number; fix: number }) =>
      `${cellVi(p)} ghi ${num(p.value, "vi")}, không theo bước chấm ${num(p.step, "vi")} điểm; sửa thành ${num(p.fix, "vi")}?`,
    en: (p: CellParams & { value: number; step: number; fix: number }) =>
      `${cellEn(p)} is ${num(p.value, "en")}, not on the scoring step of ${num(p.step, "en")}; change it to ${num(p.fix, "en")}?`,
  },
  blankRequired: {
    vi: (p: CellParams) => `${cellVi(p)} còn trống; tiêu chí này bắt buộc phải chấm.`,
    en: (p: CellParams) => `${cellEn(p)} is blank; this criterion must be scored.`,
  },
  positiveDeduction: {
    vi: (p: CellParams & { value: number; fix: number }) =>
      `${cellVi(p)} ghi ${num(p.value, "vi")}: điểm trừ phải nhập số âm; sửa thành ${num(p.fix, "vi")}?`,
    en: (p: CellParams & { value: number; fix: number }) =>
      `${cellEn(p)} is ${num(p.value, "en")}: deductions are entered as negative numbers; change it to ${num(p.fix, "en")}?`,
  },
  positiveDeductionTooLarge: {
    vi: (p: Ranged) =>
      `${cellVi(p)} ghi ${num(p.value, "vi")}: điểm trừ phải nhập số âm, và dòng này trừ tối đa ${num(p.max, "vi")} điểm.`,
    en: (p: Ranged) =>
      `${cellEn(p)} is ${num(p.value, "en")}: deductions are entered as negative numbers, and this line deducts at most ${num(p.max, "en")}.`,
  },
  bonusAboveCap: {
    vi: (p: CellParams & { sum: number; cap: number }) =>
      `${cellVi(p)}: tổng điểm thưởng của ${p.who === "person" ? "cá nhân" : "đơn vị"} là ${num(p.sum, "vi")}, vượt mức trần ${num(p.cap, "vi")} điểm; phần vượt không được tính.`,
    en: (p: CellParams & { sum: number; cap: number }) =>
      `${cellEn(p)}: the ${p.who === "person" ? "person" : "unit"}'s bonus lines add up to ${num(p.sum, "en")}, above the bonus cap of ${num(p.cap, "en")}; the excess does not count.`,
  },

  dataMissing: {
    vi: (p: CellParams) => `${cellVi(p)} còn trống; tiêu chí định lượng cần có đủ chỉ tiêu và số thực hiện.`,
    en: (p: CellParams) => `${cellEn(p)} is blank; a quantitative criterion needs both a target and an actual.`,
  },
  targetNotPositive: {
    vi: (p: Valued) => `${cellVi(p)} ghi ${num(p.value, "vi")}: chỉ tiêu phải lớn hơn 0.`,
    en: (p: Valued) => `${cellEn(p)} is ${num(p.value, "en")}: a target must be greater than 0.`,
  },
  actualNegative: {
    vi: (p: Valued) => `${cellVi(p)} ghi ${num(p.value, "vi")}: số thực hiện không được âm.`,
    en: (p: Valued) => `${cellEn(p)} is ${num(p.value, "en")}: an actual cannot be negative.`,
  },
  countMissing: {
    vi: (p: CellParams) => `${cellVi(p)} còn trống; hãy nhập số lượng (nhập 0 nếu không có).`,
    en: (p: CellParams) => `${cellEn(p)} is blank; enter the count (0 if none).`,
  },
  countInvalid: {
    vi: (p: Valued) => `${cellVi(p)} ghi ${num(p.value, "vi")}: số lượng phải là số nguyên không âm.`,
    en: (p: Valued) => `${cellEn(p)} is ${num(p.value, "en")}: a count must be a whole number, 0 or more.`,
  },

  evidenceMissingBonus: {
    vi: (p: { unit: string; criterion: string; value: number | string }) =>
      `Đơn vị ${p.unit} tự chấm điểm thưởng ${num(p.value, "vi")} ở tiêu chí ${p.criterion} nhưng chưa có minh chứng.`,
    en: (p: { unit: string; criterion: string; value: number | string }) =>
      `Unit ${p.unit} claims a bonus of ${num(p.value, "en")} on criterion ${p.criterion} without evidence.`,
  },
  evidenceMissingDeduction: {
    vi: (p: { unit: string; criterion: string; value: number | string }) =>
      `Đơn vị ${p.unit} có điểm trừ ${num(p.value, "vi")} ở tiêu chí ${p.criterion} nhưng chưa ghi minh chứng (lý do trừ).`,
    en: (p: { unit: string; criterion: string; value: number | string }) =>
      `Unit ${p.unit} has a deduction of ${num(p.value, "en")} on criterion ${p.criterion} with no evidence (reason).`,
  },
  evidenceMissing: {
    vi: (p: { unit: string; criterion: string; value: number | string }) =>
      `Đơn vị ${p.unit}, tiêu chí ${p.criterion} (bắt buộc có minh chứng) ghi ${num(p.value, "vi")} nhưng chưa có minh chứng.`,
    en: (p: { unit: string; criterion: string; value: number | string }) =>
      `Unit ${p.unit}, criterion ${p.criterion} (evidence required) is ${num(p.value, "en")} but has no evidence.`,
  },
  reviewChanged: {
    vi: (p: { unit: string; criterion: string; self: number | string; review: number | string }) =>
      `Thẩm định sửa điểm của đơn vị ${p.unit}, tiêu chí ${p.criterion} từ ${num(p.self, "vi")} thành ${num(p.review, "vi")} nhưng chưa ghi lý do.`,
    en: (p: { unit: string; criterion: string; self: number | string; review: number | string }) =>
      `The review changes unit ${p.unit}, criterion ${p.criterion} from ${num(p.self, "en")} to ${num(p.review, "en")} without a note.`,
  },
  reviewFilledBlank: {
    vi: (p: { unit: string; criterion: string; review: number | string }) =>
      `Thẩm định chấm ${num(p.review, "vi")} cho đơn vị ${p.unit}, tiêu chí ${p.criterion} (đơn vị để trống) nhưng chưa ghi lý do.`,
    en: (p: { unit: string; criterion: string; review: number | string }) =>
      `The review scores ${num(p.review, "en")} for unit ${p.unit}, criterion ${p.criterion} (left blank by the unit) without a note.`,
  },
  reviewOverride: {
    vi: (p: { unit: string; criterion: string; review: number | string }) =>
      `Thẩm định thay điểm tính tự động của đơn vị ${p.unit}, tiêu chí ${p.criterion} bằng ${num(p.review, "vi")} nhưng chưa ghi lý do.`,
    en: (p: { unit: string; criterion: string; review: number | string }) =>
      `The review replaces the computed points of unit ${p.unit}, criterion ${p.criterion} with ${num(p.review, "en")} without a note.`,
  },
  peerIncomplete: {
    vi: (p: { rater: string; unit: string; missing: number }) =>
      `Bảng chấm chéo của đơn vị ${p.rater} cho đơn vị ${p.unit} còn ${p.missing} ô trống hoặc không hợp lệ; cột này không được tính vào điểm chấm chéo bình quân.`,
    en: (p: { rater: string; unit: string; missing: number }) =>
      `Unit ${p.rater}'s peer scores for unit ${p.unit} have ${p.missing} blank or invalid cells; this column is left out of the peer aggregate.`,
  },
  peerUnknownRater: {
    vi: (p: { rater: string }) =>
      `Bảng chấm chéo của “${p.rater}” không khớp với mã đơn vị nào trong danh sách đơn vị; bảng này không được tính.`,
    en: (p: { rater: string }) =>
      `The peer sheet of “${p.rater}” matches no unit code in the units list; it is not counted.`,
  },
  peerSelfRating: {
    vi: (p: { rater: string; criterion: string; raw: string }) =>
      `Đơn vị ${p.rater} tự chấm cho chính mình trên bảng chấm chéo (tiêu chí ${p.criterion}, ghi “${p.raw}”); ô này không được tính.`,
    en: (p: { rater: string; criterion: string; raw: string }) =>
      `Unit ${p.rater} scored itself on its peer sheet (criterion ${p.criterion}, “${p.raw}”); the cell is ignored.`,
  },
  peerOtherCluster: {
    vi: (p: { rater: string; unit: string; cells: number }) =>
      `Bảng chấm chéo của đơn vị ${p.rater} có ${p.cells} ô chấm cho đơn vị ngoài cụm/khối của mình (đầu tiên: ${p.unit}); ` +
      "mỗi đơn vị chỉ chấm các đơn vị cùng cụm/khối, các ô này không được tính.",
    en: (p: { rater: string; unit: string; cells: number }) =>
      `Unit ${p.rater}'s peer sheet has ${p.cells} entries for units outside its cluster (first: ${p.unit}); a unit ` +
      "scores only the units of its own cluster, so these entries are ignored.",
  },
  truncated: {
    vi: (p: { rule: string; omitted: number }) =>
      `Còn ${formatNumber(p.omitted, "vi")} trường hợp cùng loại (${p.rule}) không liệt kê hết; hãy sửa các trường hợp trên rồi kiểm tra lại.`,
    en: (p: { rule: string; omitted: number }) =>
      `${formatNumber(p.omitted, "en")} more findings of this kind (${p.rule}) are not listed; fix those above and check again.`,
  },

  fixToNumber: {
    vi: (p: { value: number }) => `Sửa thành ${num(p.value, "vi")}`,
    en: (p: { value: number }) => `Change to ${num(p.value, "en")}`,
  },
  fixToText: {
    vi: (p: { value: string }) => `Sửa thành “${p.value}”`,
    en: (p: { value: string }) => `Change to “${p.value}”`,
  },
  fixRestoreFormula: {
    vi: () => "Khôi phục công thức",
    en: () => "Restore the formula",
  },

  unitsDuplicateCode: {
    vi: (p: { code: string; rows: string }) =>
      `Mã đơn vị “${p.code}” bị trùng (các dòng ${p.rows} trong danh sách đơn vị); mỗi đơn vị cần một mã riêng (không phân biệt chữ hoa, chữ thường).`,
    en: (p: { code: string; rows: string }) =>
      `Unit code “${p.code}” is used more than once (rows ${p.rows} of the units list); each unit needs its own code (case does not count).`,
  },
  unitsBlankCode: {
    vi: (p: { row: number }) => `Dòng ${p.row} của danh sách đơn vị chưa có mã đơn vị.`,
    en: (p: { row: number }) => `Row ${p.row} of the units list has no unit code.`,
  },
  unitsBlankName: {
    vi: (p: { code: string; row: number }) => `Đơn vị ${p.code} (dòng ${p.row}) chưa có tên.`,
    en: (p: { code: string; row: number }) => `Unit ${p.code} (row ${p.row}) has no name.`,
  },
  unitsFormulaCode: {
    vi: (p: { code: string; row: number; first: string }) =>
      `Mã đơn vị “${p.code}” (dòng ${p.row}) bắt đầu bằng “${p.first}”, Excel có thể hiểu thành công thức; hãy đổi mã.`,
    en: (p: { code: string; row: number; first: string }) =>
      `Unit code “${p.code}” (row ${p.row}) starts with “${p.first}”, which Excel may read as a formula; change the code.`,
  },
  unitsUnsafeChars: {
    vi: (p: { code: string; row: number; chars: string }) =>
      `Mã đơn vị “${p.code}” (dòng ${p.row}) có ký tự ${p.chars} không dùng được trong tên trang tính hoặc tên vùng (defined name) của Excel; mã chỉ gồm chữ, số, dấu gạch dưới “_” và dấu chấm “.”.`,
    en: (p: { code: string; row: number; chars: string }) =>
      `Unit code “${p.code}” (row ${p.row}) contains ${p.chars}, which cannot go into Excel sheet names or defined names; use letters, digits, “_” and “.” only.`,
  },
  unitsCodeTooLong: {
    vi: (p: { code: string; row: number; length: number; limit: number }) =>
      `Mã đơn vị “${p.code}” (dòng ${p.row}) dài ${p.length} ký tự; tối đa ${p.limit} ký tự.`,
    en: (p: { code: string; row: number; length: number; limit: number }) =>
      `Unit code “${p.code}” (row ${p.row}) is ${p.length} characters long; the limit is ${p.limit}.`,
  },
  unitsFlagUnrecognised: {
    vi: (p: { code: string; row: number; field: string; raw: string }) =>
      `Cột “${FLAG_VI[p.field] ?? p.field}” của đơn vị ${p.code} (dòng ${p.row}) ghi “${p.raw}”, không rõ là có hay không; tạm hiểu là không (ghi “x” hoặc “Có” nếu có).`,
    en: (p: { code: string; row: number; field: string; raw: string }) =>
      `The “${FLAG_EN[p.field] ?? p.field}” column of unit ${p.code} (row ${p.row}) holds “${p.raw}”, neither yes nor no; read as no (write “x” or “Có” for yes).`,
  },

  criteriaRowCount: {
    vi: (p: { expected: number; found: number }) =>
      `Bảng tiêu chí đã bị sửa: có ${p.found} dòng, lẽ ra ${p.expected} dòng theo bảng chấm điểm đã giao.`,
    en: (p: { expected: number; found: number }) =>
      `The criteria table was changed: it has ${p.found} rows; the scoring table has ${p.expected}.`,
  },
  criteriaField: {
    vi: (p: { row: number; code: string; field: string; expectedVi: string; expectedEn: string; found: string }) =>
      `Bảng tiêu chí đã bị sửa ở dòng ${p.row} (tiêu chí ${p.code}), cột ${CRITERIA_FIELD_VI[p.field] ?? p.field}: lẽ ra “${p.expectedVi}”, nay là “${p.found}”.`,
    en: (p: { row: number; code: string; field: string; expectedVi: string; expectedEn: string; found: string }) =>
      `The criteria table was changed at row ${p.row} (criterion ${p.code}), ${CRITERIA_FIELD_EN[p.field] ?? p.field}: expected “${p.expectedEn}”, found “${p.found}”.`,
  },
  criteriaMoved: {
    vi: (p: { row: number; code: string; expectedRow: number }) =>
      `Bảng tiêu chí đã bị đổi thứ tự: tiêu chí ${p.code} nằm ở dòng ${p.row}, lẽ ra ở dòng ${p.expectedRow}.`,
    en: (p: { row: number; code: string; expectedRow: number }) =>
      `The criteria table was reordered: criterion ${p.code} is on row ${p.row}; it belongs on row ${p.expectedRow}.`,
  },

  formulaOverwritten: {
    vi: (p: FormulaParams & { found: string }) =>
      `Ô ${p.cell}${formulaWhereVi(p)} lẽ ra là công thức nhưng đã bị ghi đè bằng “${p.found}”; hãy khôi phục công thức.`,
    en: (p: FormulaParams & { found: string }) =>
      `Cell ${p.cell}${formulaWhereEn(p)} should hold a formula but was overwritten with “${p.found}”; restore the formula.`,
  },
  formulaCleared: {
    vi: (p: FormulaParams) =>
      `Ô ${p.cell}${formulaWhereVi(p)} lẽ ra là công thức nhưng đã bị xoá trắng; hãy khôi phục công thức.`,
    en: (p: FormulaParams) =>
      `Cell ${p.cell}${formulaWhereEn(p)} should hold a formula but was cleared; restore the formula.`,
  },
  formulaAltered: {
    vi: (p: FormulaParams & { expected: string; found: string }) =>
      `Công thức ở ô ${p.cell}${formulaWhereVi(p)} đã bị sửa: lẽ ra “${p.expected}”, nay là “${p.found}”.`,
    en: (p: FormulaParams & { expected: string; found: string }) =>
      `The formula in cell ${p.cell}${formulaWhereEn(p)} was changed: expected “${p.expected}”, found “${p.found}”.`,
  },

  resultStale: {
    vi: () =>
      "Kết quả xếp hạng đang lưu được tính từ số liệu cũ (số liệu đã thay đổi sau lần xếp hạng trước); hãy chạy xếp hạng lại.",
    en: () =>
      "The stored ranking was computed from older inputs (they changed since the last ranking run); rank again.",
  },
});
