// Self-inflation (tự chấm cao): a unit's self-score above its final score by more than a share of the max, in total
// and per criterion. One finding per unit, naming its worst criteria, rather than one per cell.

import type { Finding } from "../findings/findingTypes";
import { fairnessMessages } from "../messages/fairnessMessages";
import { roundTo } from "../model/roundTo";
import type { RankingResult, UnitResult } from "../model/scoringTypes";
import { isLeafContentCriterion } from "../ranking/leafContentCriterion";
import { unitLabel } from "../ranking/unitLabel";
import type { Lang, Settings } from "../settings/settingsTypes";
import type { FlatTemplate } from "../template/flattenTemplate";
import { FAIRNESS_RULES } from "./fairnessRules";

/** Criteria named in a finding's sentence; the rest are counted ("and 2 more") and all are in the data. */
const CRITERIA_SHOWN = 3;

export interface CriterionInflation {
  code: string;
  self: number;
  final: number;
  max: number;
  /** self − final. */
  excess: number;
}

export interface SelfInflation {
  unit: string;
  cluster: string;
  self: number;
  final: number;
  /** self − final (negative when the final score is higher). */
  excess: number;
  /** true when excess is above the unit-level threshold. */
  totalInflated: boolean;
  /** Criteria above their own threshold, worst first (largest excess as a share of the criterion's max). */
  criteria: CriterionInflation[];
}

/**
 * Unit level: self.total − final > selfInflationShare × contentMax. Criterion level (leaf content criteria):
 * self points − final points > selfInflationShare × the criterion's max. Both sides are compared after rounding to
 * rankDecimals so that binary noise (95.5 − 90.5) never crosses a threshold the numbers only touch.
 */
export function checkSelfInflation(
  result: RankingResult,
  flat: FlatTemplate,
  settings: Settings,
): { units: SelfInflation[]; findings: Finding[] } {
  const share = settings.fairness.selfInflationShare;
  const decimals = settings.rankDecimals;
  const threshold = share * flat.contentMax;
  const leaves = flat.rows.filter(isLeafContentCriterion);
  const units: SelfInflation[] = [];
  const findings: Finding[] = [];
  for (const u of result.units) {
    const excess = u.self.total - u.final;
    const totalInflated = Number.isFinite(excess) && roundTo(excess, decimals) > roundTo(threshold, decimals);
    const criteria: CriterionInflation[] = [];
    for (const row of leaves) {
      const self = u.self.points[row.index];
      const final = u.finalPoints.points[row.index];
      const gap = self - final;
      if (Number.isFinite(gap) && roundTo(gap, decimals) > roundTo(share * row.max, decimals)) {
        criteria.push({ code: row.code, self, final, max: row.max, excess: gap });
      }
    }
    // Worst first as a share of each criterion's max, so a 2-of-5 gap outranks a 3-of-40 gap; ties keep table order.
    criteria.sort((a, b) => b.excess / b.max - a.excess / a.max);
    const entry: SelfInflation = {
      unit: u.unit.code,
      cluster: u.unit.cluster,
      self: u.self.total,
      final: u.final,
      excess: Number.isFinite(excess) ? excess : 0,
      totalInflated,
      criteria,
    };
    units.push(entry);
    if (totalInflated || criteria.length > 0) findings.push(finding(u, entry, threshold, share, flat.contentMax));
  }
  return { units, findings };
}

function finding(u: UnitResult, entry: SelfInflation, threshold: number, share: number, contentMax: number): Finding {
  const name = unitLabel(u.unit);
  const list = (lang: Lang) => {
    const shown = entry.criteria.slice(0, CRITERIA_SHOWN).map((c) => fairnessMessages.selfInflationCriterion[lang](c));
    const hidden = entry.criteria.length - shown.length;
    if (hidden > 0) shown.push(fairnessMessages.moreCriteria[lang]({ count: hidden }));
    return shown.join(", ");
  };
  const count = entry.criteria.length;
  const sentence = (lang: Lang) =>
    entry.totalInflated
      ? fairnessMessages.selfInflationTotal[lang]({ unit: name, ...totals(entry), threshold, share, contentMax }) +
        (count > 0 ? fairnessMessages.selfInflationCriteriaTail[lang]({ count, criteria: list(lang) }) : "")
      : fairnessMessages.selfInflationCriteriaOnly[lang]({ unit: name, count, share, criteria: list(lang) });
  const message = { vi: sentence("vi"), en: sentence("en") };
  return {
    rule: FAIRNESS_RULES.selfInflation,
    severity: "warning",
    location: {
      area: "self",
      unit: u.unit.code,
      // A criteria-only finding points at its worst criterion, so the user lands on the cell that explains it.
      ...(entry.totalInflated ? {} : { criterion: entry.criteria[0].code }),
    },
    message,
    data: {
      cluster: entry.cluster,
      self: entry.self,
      final: entry.final,
      excess: entry.excess,
      threshold,
      criteria: entry.criteria.map((c) => c.code).join(", "),
    },
  };
}

function totals(entry: SelfInflation) {
  return { self: entry.self, final: entry.final, excess: entry.excess };
}
