// Rule ids of entry validation, in one place so the task pane, the CLI and the tests name them the same way.

export const VALIDATION_RULES = {
  /** A cell holds text (or a boolean, date, ±Infinity) where a number belongs; fixed when the text reads as one. */
  cellText: "cell.text",
  /** "1.000", "12,500": one separator followed by three digits, read differently in Vietnamese and English. */
  cellAmbiguousThousands: "cell.ambiguous-thousands",
  cellExcelError: "cell.excel-error",
  scoreOutOfRange: "score.out-of-range",
  scoreOffStep: "score.off-step",
  scoreBlankRequired: "score.blank-required",
  /** A qual cell holding a loose spelling of Đạt / Không đạt (fix: the exact label). */
  scoreQualLabel: "score.qual-label",
  scorePositiveDeduction: "score.positive-deduction",
  scoreBonusAboveCap: "score.bonus-above-cap",
  dataMissing: "data.missing",
  dataTargetNotPositive: "data.target-not-positive",
  dataActualNegative: "data.actual-negative",
  dataCountMissing: "data.count-missing",
  dataCountInvalid: "data.count-invalid",
  evidenceMissing: "evidence.missing",
  reviewChangeWithoutNote: "review.change-without-note",
  peerIncomplete: "peer.incomplete",
  peerSelfRating: "peer.self-rating",
  /** Entries on a peer sheet for units of another cluster: not counted (ranking is per cluster). */
  peerOtherCluster: "peer.other-cluster",
  peerUnknownRater: "peer.unknown-rater",
  unitsDuplicateCode: "units.duplicate-code",
  unitsBlankCode: "units.blank-code",
  unitsBlankName: "units.blank-name",
  unitsFormulaCode: "units.formula-code",
  unitsUnsafeCode: "units.unsafe-code",
  unitsFlagUnrecognised: "units.flag-unrecognised",
  criteriaTampered: "criteria.tampered",
  formulaOverwritten: "formula.overwritten",
  formulaAltered: "formula.altered",
  resultStale: "result.stale",
} as const;

export type ValidationRule = (typeof VALIDATION_RULES)[keyof typeof VALIDATION_RULES];
