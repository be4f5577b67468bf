// Which criterion rows count one by one for floors and "criteria at full points": scored content leaves.

import type { CriterionRow } from "../template/flattenTemplate";

/** A leaf content criterion: takes an input, is not a bonus or deduction line, and has points to earn (max > 0). */
export function isLeafContentCriterion(row: CriterionRow): boolean {
  return row.leaf && row.section === "content" && row.kind !== "bonus" && row.kind !== "deduction" && row.max > 0;
}
