// Rule ids of grading findings, in one place so the task pane, the CLI and the tests name them the same way.

export const RANKING_RULES = {
  /** Criteria under the floor of the grade the total reached lowered the grade (never below HTNV). */
  belowFloor: "grade.below-floor",
  /** A person disciplined in the period (the "not eligible" flag of a person template) is graded KHTNV. */
  personDisciplined: "grade.person-disciplined",
} as const;
