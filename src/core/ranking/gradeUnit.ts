// A unit's grade (xếp loại): the best grade whose total threshold and per-criterion floor are both met.

import type { Finding } from "../findings/findingTypes";
import { rankingMessages } from "../messages/rankingMessages";
import { GRADES_BEST_FIRST, type Grade } from "../model/gradeTypes";
import type { Settings } from "../settings/settingsTypes";
import type { FlatTemplate } from "../template/flattenTemplate";
import { isLeafContentCriterion } from "./leafContentCriterion";
import { renderByLang } from "./renderByLang";
import type { RankCandidate } from "./tieBreakValue";
import { unitLabel } from "./unitLabel";

/** Shares are compared with this slack so that a unit exactly on a boundary (90 of 100) passes despite float error. */
const TOLERANCE = 1e-9;

export interface GradeOutcome {
  grade: Grade;
  /** The best grade the total alone reaches (thresholds only, no floors, no disqualification). */
  reached: Grade;
  /** "grade.below-floor", one per criterion under the floor of the grade the total reached. */
  findings: Finding[];
}

/**
 * Grade = the best of HTXSNV, HTTNV, HTNV with final ÷ contentMax ≥ threshold and, when floors are set, every
 * leaf content criterion that is not floorExempt at final points ≥ floor × max; else KHTNV. A disqualified unit
 * is graded at most HTNV. Both comparisons allow 1e-9 on the share.
 */
export function gradeUnit(candidate: RankCandidate, flat: FlatTemplate, grades: Settings["grades"]): GradeOutcome {
  const share = flat.contentMax > 0 ? candidate.final / flat.contentMax : 0;
  const points = candidate.finalPoints.points;
  let lowestShare = Infinity;
  for (const row of flat.rows) {
    if (isFloorCriterion(row)) lowestShare = Math.min(lowestShare, points[row.index] / row.max);
  }
  const thresholdMet = (g: Grade) => g === "KHTNV" || share >= grades.thresholds[g] - TOLERANCE;
  const floorMet = (g: Grade) => g === "KHTNV" || !grades.floors || lowestShare >= grades.floors[g] - TOLERANCE;

  const reached = GRADES_BEST_FIRST.find(thresholdMet)!;
  let grade = GRADES_BEST_FIRST.find((g) => thresholdMet(g) && floorMet(g))!;
  if (candidate.unit.disqualified && better(grade, "HTNV")) grade = "HTNV";

  const findings: Finding[] = [];
  const floors = grades.floors;
  if (floors && reached !== "KHTNV" && !floorMet(reached)) {
    const keptAt = GRADES_BEST_FIRST.find((g) => thresholdMet(g) && floorMet(g))!;
    const floor = floors[reached];
    for (const row of flat.rows) {
      if (!isFloorCriterion(row) || points[row.index] / row.max >= floor - TOLERANCE) continue;
      findings.push({
        rule: "grade.below-floor",
        severity: "warning",
        location: { area: "result", unit: candidate.unit.code, criterion: row.code, field: "grade" },
        message: renderByLang(rankingMessages.belowFloor, () => ({
          unit: unitLabel(candidate.unit),
          criterion: row.code,
          points: points[row.index],
          max: row.max,
          floor,
          reached,
          grade: keptAt,
        })),
        data: { points: points[row.index], max: row.max, floor, reached, grade: keptAt },
      });
    }
  }
  return { grade, reached, findings };

  function isFloorCriterion(row: FlatTemplate["rows"][number]): boolean {
    return isLeafContentCriterion(row) && !row.floorExempt;
  }
}

function better(a: Grade, b: Grade): boolean {
  return GRADES_BEST_FIRST.indexOf(a) < GRADES_BEST_FIRST.indexOf(b);
}
