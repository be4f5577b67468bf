// The scoring table (bảng chấm điểm) as data: a tree of criteria with max points, plus template metadata.

/** Text in Vietnamese, optionally English. */
export interface LocalizedText {
  vi: string;
  en?: string;
}

/**
 * How a criterion gets its points (domain.md, "Criteria tree").
 * - group: sum of children, capped at max. A top-level group whose leaves are all `bonus` (or all `deduction`)
 *   is a *section*: a heading for those lines, not part of the content max.
 * - manual: a number 0..max on the `step` grid. qual: Đạt (max) / Không đạt (0).
 * - quant_prop: target/actual with direction. quant_leader: relative to the cluster's best ratio.
 * - per_unit: count × pointsEach, capped at max. bonus: ≥ 0, all bonus lines capped at the template's bonusCap.
 * - deduction: ≤ 0; `max` is the largest allowed magnitude (0 = no limit).
 */
export type CriterionKind =
  "group" | "manual" | "qual" | "quant_prop" | "quant_leader" | "per_unit" | "bonus" | "deduction";

export const CRITERION_KINDS: readonly CriterionKind[] = [
  "group",
  "manual",
  "qual",
  "quant_prop",
  "quant_leader",
  "per_unit",
  "bonus",
  "deduction",
];

/** ↑ more is better (revenue), ↓ less is better (poverty rate, overdue dossiers). */
export type Direction = "up" | "down";

export type PeriodKind = "year" | "school-year" | "quarter" | "month";

/**
 * Whom a template scores: member units (đơn vị: communes, departments, schools) or persons (cá nhân: cán bộ, công
 * chức, viên chức; Decree 335/2025). A person's template speaks of "cá nhân, họ và tên", proposes no collective
 * award, and grades a person disciplined in the period KHTNV whatever the score (domain.md, "Individual evaluation").
 */
export type TemplateSubject = "unit" | "person";

export interface CriterionNode {
  /** I, 1, 1.2, 1.2.3, B.1 … unique in the template. */
  code: string;
  title: LocalizedText;
  kind: CriterionKind;
  /** Max points; for a deduction the largest magnitude (0 = unlimited); for a bonus line its own ceiling. */
  max: number;
  /** manual: the grid points must lie on (default 0.25). */
  step?: number;
  /** quant_prop: direction (default "up"). */
  direction?: Direction;
  /** per_unit: points per counted item. */
  pointsEach?: number;
  /** Evidence (minh chứng) required for a non-zero entry; bonus and deduction always require it. */
  evidenceRequired?: boolean;
  /** Exempt this criterion from the per-criterion grade floors. */
  floorExempt?: boolean;
  /** Guidance shown to whoever scores (how to score, what evidence). */
  guide?: LocalizedText;
  children?: CriterionNode[];
}

export interface LegalDocument {
  /** e.g. "Luật 06/2022/QH15", "Nghị định 152/2025/NĐ-CP". */
  number: string;
  title: LocalizedText;
  /** ISO date of issue, when known. */
  date?: string;
}

export interface Template {
  id: string;
  /** Semantic version of this template's content; forms and workbooks record it. */
  version: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** Nominal scale (100, 1,000). Content max is computed from the groups. */
  scale: number;
  /** Cap on the sum of bonus lines (0 = no bonus). */
  bonusCap: number;
  periodKind: PeriodKind;
  /** Whom it scores; absent means units (every template written before persons were told apart). */
  subject?: TemplateSubject;
  /**
   * Person templates only: the template's award settings name individual titles (e.g. Chiến sĩ thi đua cơ sở), so
   * proposals run as for units. Absent or false: no award is proposed to a person (the flag and the certificate of a
   * cluster go to collectives).
   */
  individualAwards?: boolean;
  legalBasis: LegalDocument[];
  criteria: CriterionNode[];
  /** Settings this template brings (e.g. Decree 335 grade thresholds); the cluster's settings override them. */
  settings?: import("../settings/settingsTypes").SettingsOverrides;
}
