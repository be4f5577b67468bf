// Messages of ranking, grading and award proposals: findings and tie-break notes, in Vietnamese and English.

import type { Award, Grade } from "../model/gradeTypes";
import type { LayerId } from "../model/gridTypes";
import { AWARD_TERMS, LAYER_TERMS } from "./glossary";
import { defineMessages, formatNumber } from "./messageTypes";

const pct = (share: number, lang: "vi" | "en") => formatNumber(share * 100, lang, 2);

/**
 * Tie-break clauses take numbers already formatted for their language (lists of values cannot be message
 * parameters), so they are rendered one language at a time; `others` is a list of unit names, or "" when the
 * clause concerns every unit of the tie (the tie sentence already names them).
 */
export interface TieClauseParams {
  others: string;
  mine: string;
  theirs: string;
  group: string;
  [key: string]: string;
}

const named = (others: string) => (others ? " " + others : "");

export const rankingMessages = defineMessages({
  noCluster: {
    vi: () => "(không có cụm/khối)",
    en: () => "(no cluster)",
  },
  andMore: {
    vi: (p: { count: number }) => `và ${p.count} đơn vị khác`,
    en: (p: { count: number }) => `and ${p.count} more`,
  },
  tieWith: {
    vi: (p: { others: string; total: string }) => `Bằng điểm với ${p.others} (${p.total})`,
    en: (p: { others: string; total: string }) => `Tied with ${p.others} (${p.total})`,
  },
  aboveFirstGroup: {
    vi: (p: TieClauseParams) =>
      `xếp trên${named(p.others)} nhờ điểm nhóm ${p.group} cao hơn (${p.mine} so với ${p.theirs})`,
    en: (p: TieClauseParams) =>
      `ranked above${named(p.others)} on higher points in group ${p.group} (${p.mine} vs ${p.theirs})`,
  },
  belowFirstGroup: {
    vi: (p: TieClauseParams) =>
      `xếp dưới${named(p.others)} vì điểm nhóm ${p.group} thấp hơn (${p.mine} so với ${p.theirs})`,
    en: (p: TieClauseParams) =>
      `ranked below${named(p.others)} on lower points in group ${p.group} (${p.mine} vs ${p.theirs})`,
  },
  aboveFewerDeductions: {
    vi: (p: TieClauseParams) => `xếp trên${named(p.others)} nhờ bị trừ ít điểm hơn (${p.mine} so với ${p.theirs})`,
    en: (p: TieClauseParams) => `ranked above${named(p.others)} on smaller deductions (${p.mine} vs ${p.theirs})`,
  },
  belowFewerDeductions: {
    vi: (p: TieClauseParams) => `xếp dưới${named(p.others)} vì bị trừ nhiều điểm hơn (${p.mine} so với ${p.theirs})`,
    en: (p: TieClauseParams) => `ranked below${named(p.others)} on larger deductions (${p.mine} vs ${p.theirs})`,
  },
  aboveMoreFullCriteria: {
    vi: (p: TieClauseParams) =>
      `xếp trên${named(p.others)} nhờ nhiều tiêu chí đạt điểm tối đa hơn (${p.mine} so với ${p.theirs})`,
    en: (p: TieClauseParams) =>
      `ranked above${named(p.others)} on more criteria at full points (${p.mine} vs ${p.theirs})`,
  },
  belowMoreFullCriteria: {
    vi: (p: TieClauseParams) =>
      `xếp dưới${named(p.others)} vì ít tiêu chí đạt điểm tối đa hơn (${p.mine} so với ${p.theirs})`,
    en: (p: TieClauseParams) =>
      `ranked below${named(p.others)} on fewer criteria at full points (${p.mine} vs ${p.theirs})`,
  },
  abovePriority: {
    vi: (p: TieClauseParams) => `xếp trên${named(p.others)} nhờ thuộc diện ưu tiên`,
    en: (p: TieClauseParams) => `ranked above${named(p.others)} as a priority unit`,
  },
  belowPriority: {
    vi: (p: TieClauseParams) => `xếp dưới${named(p.others)} vì không thuộc diện ưu tiên`,
    en: (p: TieClauseParams) => `ranked below${named(p.others)} as it is not a priority unit`,
  },
  stillTied: {
    vi: (p: { others: string }) => `vẫn bằng${named(p.others)} sau mọi tiêu chí phụ: Hội đồng quyết định`,
    en: (p: { others: string }) =>
      `still tied with${named(p.others) || " them"} after every tie-break: the council decides`,
  },
  tieUnresolved: {
    vi: (p: { cluster: string; units: string; total: number; rank: number; decimals: number }) =>
      `Cụm/khối ${p.cluster}: ${p.units} bằng điểm (${formatNumber(p.total, "vi", p.decimals)}) và bằng nhau ở mọi ` +
      `tiêu chí phụ, cùng xếp hạng ${p.rank}. Hội đồng quyết định.`,
    en: (p: { cluster: string; units: string; total: number; rank: number; decimals: number }) =>
      `Cluster ${p.cluster}: ${p.units} are tied (${formatNumber(p.total, "en", p.decimals)}) on every tie-break ` +
      `and share rank ${p.rank}. The council decides.`,
  },
  belowFloor: {
    vi: (p: BelowFloorParams) =>
      (p.count === 1
        ? `${p.unit}: tiêu chí ${p.code} đạt ${formatNumber(p.points, "vi")}/` +
          `${formatNumber(p.max, "vi")} điểm, dưới mức sàn ${pct(p.floor, "vi")}% điểm tối đa của loại ` +
          `${p.reached} mà tổng điểm đạt tới; ${SUBJECT_VI[p.subject]} được xếp loại ${p.grade}`
        : `${p.unit}: ${p.count} tiêu chí dưới mức sàn ${pct(p.floor, "vi")}% điểm tối đa của loại ` +
          `${p.reached} mà tổng điểm đạt tới: ${p.list}${p.more ? ` và ${p.more} tiêu chí khác` : ""}; ` +
          `${SUBJECT_VI[p.subject]} được xếp loại ${p.grade}`) +
      (p.atWorst ? " (tổng điểm đạt ngưỡng HTNV nên mức sàn không hạ xếp loại thấp hơn HTNV)." : "."),
    en: (p: BelowFloorParams) =>
      (p.count === 1
        ? `${p.unit}: criterion ${p.code} has ${formatNumber(p.points, "en")} of ` +
          `${formatNumber(p.max, "en")} points, below the ${pct(p.floor, "en")}% floor of ${p.reached}, ` +
          `which the total reached; the ${p.subject} is graded ${p.grade}`
        : `${p.unit}: ${p.count} criteria are below the ${pct(p.floor, "en")}% floor of ` +
          `${p.reached}, which the total reached: ${p.list}${p.more ? ` and ${p.more} more` : ""}; ` +
          `the ${p.subject} is graded ${p.grade}`) +
      (p.atWorst ? " (the total reaches the HTNV threshold, so floors do not lower the grade below HTNV)." : "."),
  },
  personDisciplined: {
    vi: (p: { person: string; reached: Grade }) =>
      `${p.person} bị kỷ luật trong kỳ đánh giá: xếp loại KHTNV theo Nghị định 335/2025/NĐ-CP, dù tổng điểm ` +
      `đạt mức ${p.reached}.`,
    en: (p: { person: string; reached: Grade }) =>
      `${p.person} was disciplined in the period: graded KHTNV under Decree 335/2025/NĐ-CP, although the total ` +
      `reaches ${p.reached}.`,
  },
  excellentQuota: {
    vi: (p: { cluster: string; excellent: number; good: number; share: number }) =>
      `Cụm/khối ${p.cluster}: ${p.excellent} đơn vị xếp loại HTXSNV, vượt ${pct(p.share, "vi")}% số đơn vị ` +
      `HTTNV (${p.good}).`,
    en: (p: { cluster: string; excellent: number; good: number; share: number }) =>
      `Cluster ${p.cluster}: ${p.excellent} units graded HTXSNV exceed ${pct(p.share, "en")}% of the number graded ` +
      `HTTNV (${p.good}).`,
  },
  tieAtCutoff: {
    vi: (p: { cluster: string; units: string; rank: number; award: Award; remaining: number }) =>
      `Cụm/khối ${p.cluster}: ${p.units} cùng xếp hạng ${p.rank} tại ngưỡng đề nghị ${AWARD_TERMS[p.award].inText.vi} ` +
      `(còn ${p.remaining} suất): không đề nghị đơn vị nào trong số này. Hội đồng quyết định.`,
    en: (p: { cluster: string; units: string; rank: number; award: Award; remaining: number }) =>
      `Cluster ${p.cluster}: ${p.units} share rank ${p.rank} at the ${AWARD_TERMS[p.award].inText.en} cut-off ` +
      `(${p.remaining} left): none of them is proposed. The council decides.`,
  },
  flagNotExcellent: {
    vi: (p: { cluster: string; unit: string; grade: Grade }) =>
      `Cụm/khối ${p.cluster}: ${p.unit} xếp hạng 1 nhưng xếp loại ${p.grade}, chưa đạt HTXSNV, nên không đề nghị ` +
      `${AWARD_TERMS["co-thi-dua"].inText.vi}.`,
    en: (p: { cluster: string; unit: string; grade: Grade }) =>
      `Cluster ${p.cluster}: ${p.unit} is ranked 1 but graded ${p.grade}, not HTXSNV, so no ` +
      `${AWARD_TERMS["co-thi-dua"].inText.en} is proposed.`,
  },
  flagDisqualified: {
    vi: (p: { cluster: string; unit: string }) =>
      `Cụm/khối ${p.cluster}: ${p.unit} xếp hạng 1 nhưng đang thuộc diện không xét khen thưởng ` +
      `(xem xét kỷ luật, điều tra), nên không đề nghị ${AWARD_TERMS["co-thi-dua"].inText.vi}.`,
    en: (p: { cluster: string; unit: string }) =>
      `Cluster ${p.cluster}: ${p.unit} is ranked 1 but disqualified (pending discipline or investigation), so no ` +
      `${AWARD_TERMS["co-thi-dua"].inText.en} is proposed.`,
  },
  layerMissing: {
    vi: (p: { layer: LayerId; units: string; all: number }) =>
      `Lớp ${LAYER_TERMS[p.layer].inText.vi} không có điểm ` +
      `${p.all ? "cho mọi đơn vị" : "cho " + p.units}: lớp này được bỏ qua khi tính điểm cuối cùng và trọng số của các lớp còn lại ` +
      `đã được chuẩn hóa lại (tổng bằng 1).`,
    en: (p: { layer: LayerId; units: string; all: number }) =>
      `The ${LAYER_TERMS[p.layer].inText.en} layer has no scores ${p.all ? "for any unit" : "for " + p.units}: it is left ` +
      `out of the final total and the other layers' weights were renormalised to sum to 1.`,
  },
});

/** Who is graded: a member unit (đơn vị) or a person (cá nhân) of an individual template. */
const SUBJECT_VI = { unit: "đơn vị", person: "cá nhân" } as const;

type BelowFloorParams = {
  unit: string;
  subject: "unit" | "person";
  /** 1 when the grade stayed HTNV although a criterion is under HTNV's floor as well. */
  atWorst: number;
  /** The weakest criterion, named alone when it is the only one. */
  code: string;
  points: number;
  max: number;
  /** How many criteria are under the floor, and them listed ("1.1 (22,5/30), 3.1 (7,5/10)"), formatted per language. */
  count: number;
  list: string;
  more: number;
  floor: number;
  reached: Grade;
  grade: Grade;
};
