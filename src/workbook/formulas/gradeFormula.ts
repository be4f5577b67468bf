// The grade (xếp loại) as nested IFs from HTXSNV down, equal to core's gradeUnit.ts: the best grade whose
// threshold on the share of content max and whose floor on the lowest criterion share are both met, 1e-9 slack.

import type { Grade } from "../../core/model/gradeTypes";
import type { Settings } from "../../core/settings/settingsTypes";
import { formulaNumber, formulaText } from "./formulaLiteral";

/** Core's TOLERANCE, written out so that the spreadsheet subtracts it exactly as core does. */
const SLACK = "0.000000001";

const RANKED: Exclude<Grade, "KHTNV">[] = ["HTXSNV", "HTTNV", "HTNV"];

export interface GradeCells {
  /** final ÷ content max. */
  share: string;
  /** Lowest share of max over floor criteria; null when the template has none (floors never bind). */
  lowest: string | null;
}

/** A disqualified unit (fixed when the workbook is made) is graded at most HTNV. */
export function gradeFormula(grades: Settings["grades"], cells: GradeCells, disqualified: boolean): string {
  const met = RANKED.map((g) => {
    const total = `${cells.share}>=${formulaNumber(grades.thresholds[g])}-${SLACK}`;
    if (!grades.floors || cells.lowest === null) return total;
    return `AND(${total},${cells.lowest}>=${formulaNumber(grades.floors[g])}-${SLACK})`;
  });
  if (disqualified) return `IF(OR(${met.join(",")}),${formulaText("HTNV")},${formulaText("KHTNV")})`;
  let formula = formulaText("KHTNV");
  for (let i = RANKED.length - 1; i >= 0; i--) formula = `IF(${met[i]},${formulaText(RANKED[i])},${formula})`;
  return formula;
}
