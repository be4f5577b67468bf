// The columns of the criteria table (sheet Tiêu chí, defined name TD_Criteria) and the labels its cells use.

import type { CriterionKind, Direction } from "./templateTypes";
import type { Lang } from "../settings/settingsTypes";

/** Column ids in sheet order. Both guide languages get a column so that a table round trip loses nothing. */
export const CRITERIA_TABLE_COLUMNS = [
  "level",
  "code",
  "titleVi",
  "titleEn",
  "kind",
  "max",
  "step",
  "direction",
  "pointsEach",
  "evidenceRequired",
  "floorExempt",
  "guideVi",
  "guideEn",
] as const;

export type CriteriaTableColumn = (typeof CRITERIA_TABLE_COLUMNS)[number];

/** Position of each column in a row. */
export const CRITERIA_COLUMN_INDEX: Readonly<Record<CriteriaTableColumn, number>> = Object.fromEntries(
  CRITERIA_TABLE_COLUMNS.map((id, i) => [id, i]),
) as Record<CriteriaTableColumn, number>;

export const CRITERIA_TABLE_HEADERS: Readonly<Record<CriteriaTableColumn, Readonly<Record<Lang, string>>>> = {
  level: { vi: "Cấp", en: "Level" },
  code: { vi: "Mã", en: "Code" },
  titleVi: { vi: "Tên tiêu chí", en: "Title (Vietnamese)" },
  titleEn: { vi: "Tên tiêu chí (tiếng Anh)", en: "Title (English)" },
  kind: { vi: "Loại", en: "Kind" },
  max: { vi: "Điểm tối đa", en: "Max points" },
  step: { vi: "Bước điểm", en: "Step" },
  direction: { vi: "Chiều", en: "Direction" },
  pointsEach: { vi: "Điểm mỗi đơn vị", en: "Points each" },
  evidenceRequired: { vi: "Cần minh chứng", en: "Evidence required" },
  floorExempt: { vi: "Miễn ngưỡng sàn", en: "Floor exempt" },
  guideVi: { vi: "Hướng dẫn", en: "Guide (Vietnamese)" },
  guideEn: { vi: "Hướng dẫn (tiếng Anh)", en: "Guide (English)" },
};

/** The header row in a language. */
export function criteriaTableHeader(lang: Lang): string[] {
  return CRITERIA_TABLE_COLUMNS.map((id) => CRITERIA_TABLE_HEADERS[id][lang]);
}

export const KIND_LABELS: Readonly<Record<CriterionKind, Readonly<Record<Lang, string>>>> = {
  group: { vi: "Nhóm", en: "Group" },
  manual: { vi: "Chấm điểm", en: "Manual score" },
  qual: { vi: "Đạt/Không đạt", en: "Pass/fail" },
  quant_prop: { vi: "Định lượng (tỷ lệ)", en: "Quantitative (proportional)" },
  quant_leader: { vi: "Định lượng (so với dẫn đầu)", en: "Quantitative (vs leader)" },
  per_unit: { vi: "Theo số lượng", en: "Per unit" },
  bonus: { vi: "Điểm thưởng", en: "Bonus" },
  deduction: { vi: "Điểm trừ", en: "Deduction" },
};

/** Arrows read the same in both languages; the parser also accepts words (up/down, tăng/giảm). */
export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = { up: "↑", down: "↓" };

/** How a true flag (evidence required, floor exempt) is written; false is a blank cell. */
export const FLAG_MARK = "x";
