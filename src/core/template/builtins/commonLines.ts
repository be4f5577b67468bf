// Bonus and deduction lines that several built-in templates share word for word, so their wording stays one.

import type { CriterionNode } from "../templateTypes";

/** Bonus: a new model or good practice recognised and replicated by the competent authority. */
export function newModelBonus(code: string, max: number): CriterionNode {
  return {
    code,
    title: {
      vi: "Có mô hình mới, cách làm hay được cơ quan có thẩm quyền công nhận, nhân rộng",
      en: "A new model or good practice recognised and replicated by the competent authority",
    },
    kind: "bonus",
    max,
  };
}

/** Deduction D.1: no launch of the movement, no pact, no registration (Huế practice: −8 on the 1,000-point scale). */
export function noLaunchDeduction(max: number): CriterionNode {
  return {
    code: "D.1",
    title: {
      vi: "Không tổ chức phát động, ký kết giao ước, đăng ký thi đua",
      en: "No launch of the movement, no pact signed, no emulation registration",
    },
    kind: "deduction",
    max,
    guide: { vi: `Trừ ${max} điểm.`, en: `Deduct ${max} points.` },
  };
}
