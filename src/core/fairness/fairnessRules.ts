// Rule ids of the fairness analysis and of the history it reads (past ranks and awards, rotation of flags).

export const FAIRNESS_RULES = {
  agreement: "fairness.agreement",
  agreementWeak: "fairness.agreement-weak",
  agreementRefused: "fairness.agreement-refused",
  raterLenient: "fairness.rater-lenient",
  raterHarsh: "fairness.rater-harsh",
  raterInconsistent: "fairness.rater-inconsistent",
  reciprocity: "fairness.reciprocity",
  selfInflation: "fairness.self-inflation",
  notFinal: "fairness.not-final",
  historyBadYear: "history.bad-year",
  historyBadRank: "history.bad-rank",
  historyBadAward: "history.bad-award",
  historyMissingUnit: "history.missing-unit",
  historyDuplicate: "history.duplicate",
  /** A past flag recorded for a unit whose rank that year was not 1 (an error in the history, not in this ranking). */
  rotationFlagNotRank1: "rotation.flag-not-rank-1",
  rotationTakingTurns: "rotation.taking-turns",
} as const;
