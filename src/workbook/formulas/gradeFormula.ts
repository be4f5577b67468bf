// The grade (xếp loại) as nested IFs from HTXSNV down, equal to core's gradeUnit.ts: the best grade whose
// threshold on the share of content max and whose floor on the lowest criterion share are both met, 1e-9 slack;
// HTNV asks for its threshold only (floors demote, never below HTNV), and a disciplined person is KHTNV.

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

/** What the workbook fixed about the one graded when it was made (units change only through the add-in). */
export interface GradedSubject {
  disqualified: boolean;
  /** The template's subjects are persons (template.subject "person"). */
  person: boolean;
}

/**
 * A disqualified unit is graded at most HTNV; a disqualified person (disciplined in the period) is KHTNV whatever
 * the score. A total that reaches HTNV's threshold is at least HTNV: only HTXSNV and HTTNV check the floors.
 */
export function gradeFormula(grades: Settings["grades"], cells: GradeCells, subject: GradedSubject): string {
  if (subject.disqualified && subject.person) return formulaText("KHTNV");
  const met = RANKED.map((g) => {
    const total = `${cells.share}>=${formulaNumber(grades.thresholds[g])}-${SLACK}`;
    if (!grades.floors || cells.lowest === null || g === "HTNV") return total;
    return `AND(${total},${cells.lowest}>=${formulaNumber(grades.floors[g])}-${SLACK})`;
  });
  if (subject.disqualified) return `IF(${met[2]},${formulaText("HTNV")},${formulaText("KHTNV")})`;
  let formula = formulaText("KHTNV");
  for (let i = RANKED.length - 1; i >= 0; i--) formula = `IF(${met[i]},${formulaText(RANKED[i])},${formula})`;
  return formula;
}
