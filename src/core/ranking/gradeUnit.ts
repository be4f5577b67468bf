// A unit's grade (xếp loại): the best grade whose total threshold and per-criterion floor are both met; floors
// demote, never condemn (a total at the HTNV threshold is at worst HTNV); a disciplined person is KHTNV.

import type { Finding } from "../findings/findingTypes";
import { formatNumber } from "../messages/messageTypes";
import { rankingMessages } from "../messages/rankingMessages";
import { GRADES_BEST_FIRST, type Grade } from "../model/gradeTypes";
import type { Settings } from "../settings/settingsTypes";
import type { FlatTemplate } from "../template/flattenTemplate";
import { isLeafContentCriterion } from "./leafContentCriterion";
import { RANKING_RULES } from "./rankingRules";
import { renderByLang } from "./renderByLang";
import type { RankCandidate } from "./tieBreakValue";
import { unitLabel } from "./unitLabel";

/** Shares are compared with this slack so that a unit exactly on a boundary (90 of 100) passes despite float error. */
const TOLERANCE = 1e-9;
/** Criteria a below-floor message names before "and n more". */
const LISTED_CRITERIA = 4;

export interface GradeOutcome {
  grade: Grade;
  /** The best grade the total alone reaches (thresholds only, no floors, no disqualification). */
  reached: Grade;
  /**
   * "grade.below-floor": one per unit whose criteria under the reached grade's floor lowered its grade;
   * "grade.person-disciplined": a disciplined person graded KHTNV although the total reached a grade.
   */
  findings: Finding[];
}

/**
 * Grade = the best of HTXSNV, HTTNV, HTNV with final ÷ contentMax ≥ threshold and, when floors are set, every
 * leaf content criterion that is not floorExempt at final points ≥ floor × max. Floors demote a unit, they do not
 * condemn it: a total that reaches the HTNV threshold is graded at least HTNV whatever its floors (domain.md,
 * "Ranking, grades, awards"); KHTNV is for totals under that threshold. A disqualified unit is graded at most HTNV;
 * a disqualified person (a template whose subject is "person": disciplined in the period, Decree 335/2025) is graded
 * KHTNV whatever the score. Both comparisons allow 1e-9 on the share.
 */
export function gradeUnit(candidate: RankCandidate, flat: FlatTemplate, grades: Settings["grades"]): GradeOutcome {
  const points = candidate.finalPoints.points;
  let lowestShare = Infinity;
  for (const row of flat.rows) {
    if (isFloorCriterion(row)) lowestShare = Math.min(lowestShare, points[row.index] / row.max);
  }
  const thresholdMet = (g: Grade) => thresholdReached(candidate.final, flat, grades, g);
  const floorMet = (g: Grade) => g === "KHTNV" || !grades.floors || lowestShare >= grades.floors[g] - TOLERANCE;

  const reached = reachedGrade(candidate.final, flat, grades);
  // HTNV asks only for its threshold: a floor may take a unit down to HTNV, never below it.
  const floorGrade = GRADES_BEST_FIRST.find((g) => thresholdMet(g) && (g === "HTNV" || floorMet(g)))!;
  const person = flat.template.subject === "person";
  let grade = floorGrade;
  if (candidate.unit.disqualified) {
    if (person) grade = "KHTNV";
    else if (better(grade, "HTNV")) grade = "HTNV";
  }

  const findings: Finding[] = [];
  const floors = grades.floors;
  if (floors && reached !== "KHTNV" && better(reached, floorGrade)) {
    const keptAt = floorGrade;
    const floor = floors[reached];
    const under = criteriaUnderFloor(points, flat, floor);
    // One finding per unit, placed on its weakest criterion and naming the others: a flood of one finding per
    // criterion hides the one thing the council needs (which unit lost which grade, and why).
    const weakest = under.reduce((a, b) => (points[b.index] / b.max < points[a.index] / a.max ? b : a));
    const listed = under.slice(0, LISTED_CRITERIA);
    findings.push({
      rule: RANKING_RULES.gradeBelowFloor.id,
      severity: "warning",
      location: { area: "result", unit: candidate.unit.code, criterion: weakest.code, field: "grade" },
      message: renderByLang(rankingMessages.belowFloor, (lang) => ({
        unit: unitLabel(candidate.unit),
        code: weakest.code,
        points: points[weakest.index],
        max: weakest.max,
        count: under.length,
        list: listed
          .map((row) => `${row.code} (${formatNumber(points[row.index], lang)}/${formatNumber(row.max, lang)})`)
          .join(", "),
        more: under.length - listed.length,
        floor,
        reached,
        grade: keptAt,
        // HTNV kept although a criterion is under HTNV's own floor too: say that floors stop there.
        atWorst: keptAt === "HTNV" && !floorMet("HTNV") ? 1 : 0,
        subject: person ? ("person" as const) : ("unit" as const),
      })),
      data: {
        criterion: weakest.code,
        points: points[weakest.index],
        max: weakest.max,
        criteria: under.map((row) => row.code).join(", "),
        count: under.length,
        floor,
        reached,
        grade: keptAt,
      },
    });
  }
  if (person && candidate.unit.disqualified && reached !== "KHTNV") {
    findings.push({
      rule: RANKING_RULES.gradePersonDisciplined.id,
      severity: "warning",
      location: { area: "result", unit: candidate.unit.code, field: "grade" },
      message: renderByLang(rankingMessages.personDisciplined, () => ({ person: unitLabel(candidate.unit), reached })),
      data: { reached, grade },
    });
  }
  return { grade, reached, findings };
}

function isFloorCriterion(row: FlatTemplate["rows"][number]): boolean {
  return isLeafContentCriterion(row) && !row.floorExempt;
}

function thresholdReached(final: number, flat: FlatTemplate, grades: Settings["grades"], g: Grade): boolean {
  const share = flat.contentMax > 0 ? final / flat.contentMax : 0;
  return g === "KHTNV" || share >= grades.thresholds[g] - TOLERANCE;
}

/** The best grade a final total reaches by the thresholds alone (no floors, no disqualification). */
export function reachedGrade(final: number, flat: FlatTemplate, grades: Settings["grades"]): Grade {
  return GRADES_BEST_FIRST.find((g) => thresholdReached(final, flat, grades, g))!;
}

/** The leaf content criteria (floor-exempt ones aside) whose final points are under `floor` of their max. */
export function criteriaUnderFloor(points: Float64Array, flat: FlatTemplate, floor: number): FlatTemplate["rows"] {
  return flat.rows.filter((row) => isFloorCriterion(row) && points[row.index] / row.max < floor - TOLERANCE);
}

function better(a: Grade, b: Grade): boolean {
  return GRADES_BEST_FIRST.indexOf(a) < GRADES_BEST_FIRST.indexOf(b);
}
