// Why each unit's result is what it is, in the words a council accepts (domain.md "Results that a council accepts"):
// its tie-break, a grade below what its total alone reaches (the criteria under their floor, not eligible, a person
// disciplined), and every award withheld inside its cut-off (rank 1 but not HTXSNV, not eligible, tied at the cut-off).

import { formatNumber, type Bilingual } from "../messages/messageTypes";
import { resultNoteMessages as M } from "../messages/resultNoteMessages";
import type { Award, Grade } from "../model/gradeTypes";
import type { RankingResult, UnitResult } from "../model/scoringTypes";
import type { Lang, Settings } from "../settings/settingsTypes";
import type { FlatTemplate } from "../template/flattenTemplate";
import { clusterStandings } from "../voting/clusterStanding";
import { templateProposesAwards } from "./computeResults";
import { criteriaUnderFloor, reachedGrade } from "./gradeUnit";

/** Criteria a floor note names before "and n more". */
const LISTED_CRITERIA = 4;

export interface UnitNotes {
  /** How a tie was broken (rankCluster's note), null without a tie. */
  tie: Bilingual | null;
  /** Why the grade is below what the total reaches. */
  grade: Bilingual | null;
  /** Why an award inside its cut-off is not proposed. */
  award: Bilingual | null;
}

const both = (text: (lang: Lang) => string): Bilingual => ({ vi: text("vi"), en: text("en") });

function better(a: Grade, b: Grade): boolean {
  const order: Grade[] = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];
  return order.indexOf(a) < order.indexOf(b);
}

function gradeNote(r: UnitResult, flat: FlatTemplate, grades: Settings["grades"]): Bilingual | null {
  const reached = reachedGrade(r.final, flat, grades);
  if (!better(reached, r.grade)) return null;
  const person = flat.template.subject === "person";
  if (r.unit.disqualified) {
    if (person) return both((lang) => M.gradeDisciplined[lang]({ reached }));
    return both((lang) => M.gradeNotEligible[lang]({ reached, subject: "unit" }));
  }
  if (!grades.floors) return null;
  const floor = grades.floors[reached as keyof typeof grades.floors];
  const under = criteriaUnderFloor(r.finalPoints.points, flat, floor);
  if (under.length === 0) return null;
  const points = (row: (typeof under)[number], lang: Lang) => formatNumber(r.finalPoints.points[row.index], lang);
  return both((lang) => {
    const list =
      under.length === 1
        ? M.criterionPoints[lang]({
            code: under[0].code,
            points: points(under[0], lang),
            max: formatNumber(under[0].max, lang),
          })
        : under
            .slice(0, LISTED_CRITERIA)
            .map((row) => `${row.code} (${points(row, lang)}/${formatNumber(row.max, lang)})`)
            .join(", ");
    return M.gradeUnderFloor[lang]({
      reached,
      grade: r.grade,
      floor: formatNumber(floor * 100, lang, 2),
      count: under.length,
      list,
      more: Math.max(0, under.length - LISTED_CRITERIA),
    });
  });
}

/** Notes of every unit, by its index in `result.units` order of units (UnitResult.index). */
export function resultNotes(result: RankingResult, flat: FlatTemplate, settings: Settings): UnitNotes[] {
  const notes: UnitNotes[] = result.units.map((r) => ({
    tie: r.tieBreakNote,
    grade: gradeNote(r, flat, settings.grades),
    award: null,
  }));
  if (!templateProposesAwards(flat.template)) return notes;
  const byCode = new Map(result.units.map((r) => [r.unit.code, r]));
  for (const standing of clusterStandings(result, settings.awards)) {
    for (const u of standing.units) {
      const withheld = (["co-thi-dua", "bang-khen"] as const).filter(
        (award: Award) =>
          standing.cutoff[award] > 0 &&
          u.rank <= standing.cutoff[award] &&
          (award === "co-thi-dua" ? u.proposal !== award : u.proposal === null),
      );
      if (withheld.length === 0) continue;
      const r = byCode.get(u.unit.code)!;
      notes[r.index].award = u.unit.disqualified
        ? both((lang) => M.awardNotEligible[lang]({ awards: withheld }))
        : u.grade !== "HTXSNV"
          ? both((lang) => M.awardGrade[lang]({ rank: u.rank, grade: u.grade, awards: withheld }))
          : both((lang) => M.awardTie[lang]({ awards: withheld }));
    }
  }
  return notes;
}

/** The notes of a unit as one text, one reason a line. */
export function notesText(notes: UnitNotes, lang: Lang): string {
  return [notes.tie, notes.grade, notes.award]
    .filter((n): n is Bilingual => n !== null)
    .map((n) => n[lang])
    .join("\n");
}
