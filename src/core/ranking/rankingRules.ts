// Rule ids of ranking, grading and award proposals. Each of their findings changes who is proposed for an award.

export const RANKING_RULES = {
  /** Weighted final rule, but a layer with weight has no total for the unit. */
  finalLayerMissing: { id: "final.layer-missing", bearsOnAwards: true },
  /** Criteria under the floor of the grade the total reached lowered the grade (never below HTNV). */
  gradeBelowFloor: { id: "grade.below-floor", bearsOnAwards: true },
  /** A person disciplined in the period (the "not eligible" flag of a person template) is graded KHTNV. */
  gradePersonDisciplined: { id: "grade.person-disciplined", bearsOnAwards: true },
  /** More HTXSNV in a cluster than the decree's share of its HTTNV. */
  gradeExcellentQuota: { id: "grade.excellent-quota", bearsOnAwards: true },
  rankTieUnresolved: { id: "rank.tie-unresolved", bearsOnAwards: true },
  awardFlagNotEligible: { id: "award.flag-not-eligible", bearsOnAwards: true },
  awardTieAtCutoff: { id: "award.tie-at-cutoff", bearsOnAwards: true },
} as const;
