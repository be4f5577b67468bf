// What each finding of the fairness analysis is called where people read it (the Phân tích sheet, a screen): the
// office's words for a rule, not its id ("Chấm dễ dãi", not fairness.rater-lenient).

import { FAIRNESS_RULES } from "../fairness/fairnessRules";
import type { Bilingual } from "./messageTypes";

type FairnessRuleId = (typeof FAIRNESS_RULES)[keyof typeof FAIRNESS_RULES];

export const FAIRNESS_RULE_NAMES: Readonly<Record<FairnessRuleId, Bilingual>> = {
  [FAIRNESS_RULES.agreement]: { vi: "Mức thống nhất giữa các đơn vị chấm", en: "Agreement among raters" },
  [FAIRNESS_RULES.agreementWeak]: { vi: "Các đơn vị chấm ít thống nhất", en: "Weak agreement among raters" },
  [FAIRNESS_RULES.agreementRefused]: { vi: "Chưa đánh giá được mức thống nhất", en: "Agreement not measured" },
  [FAIRNESS_RULES.raterLenient]: { vi: "Chấm dễ dãi", en: "Lenient rater" },
  [FAIRNESS_RULES.raterHarsh]: { vi: "Chấm khắt khe", en: "Harsh rater" },
  [FAIRNESS_RULES.raterInconsistent]: { vi: "Chấm khác biệt so với các đơn vị khác", en: "Rater out of line" },
  [FAIRNESS_RULES.reciprocity]: { vi: "Chấm nâng đỡ lẫn nhau", en: "Mutual over-scoring" },
  [FAIRNESS_RULES.selfInflation]: { vi: "Tự chấm cao hơn kết quả", en: "Self-score inflated" },
  [FAIRNESS_RULES.notFinal]: { vi: "Kết quả chưa thể coi là cuối cùng", en: "Result not yet final" },
  [FAIRNESS_RULES.historyBadYear]: { vi: "Lịch sử: năm không hợp lệ", en: "History: year unreadable" },
  [FAIRNESS_RULES.historyBadRank]: { vi: "Lịch sử: thứ hạng không hợp lệ", en: "History: rank unreadable" },
  [FAIRNESS_RULES.historyBadAward]: {
    vi: "Lịch sử: hình thức khen thưởng không hợp lệ",
    en: "History: award unreadable",
  },
  [FAIRNESS_RULES.historyMissingUnit]: { vi: "Lịch sử: thiếu mã đơn vị", en: "History: unit missing" },
  [FAIRNESS_RULES.historyDuplicate]: { vi: "Lịch sử: dòng trùng lặp", en: "History: duplicate row" },
  [FAIRNESS_RULES.rotationFlagNotRank1]: {
    vi: "Cờ thi đua cho đơn vị không xếp hạng 1",
    en: "Flag to a unit not ranked first",
  },
  [FAIRNESS_RULES.rotationTakingTurns]: { vi: "Luân phiên Cờ thi đua", en: "Flags taken in turns" },
};

/** The name of a finding's rule, or the rule id itself for a rule outside the analysis. */
export function fairnessRuleName(rule: string): Bilingual {
  return (FAIRNESS_RULE_NAMES as Readonly<Record<string, Bilingual>>)[rule] ?? { vi: rule, en: rule };
}
