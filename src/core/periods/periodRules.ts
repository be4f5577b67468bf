// Rule ids of the year roll-up of monthly or quarterly results.

export const PERIOD_RULES = {
  unreadable: "period.unreadable",
  otherKind: "period.other-kind",
  otherYear: "period.other-year",
  duplicate: "period.duplicate",
  duplicateUnit: "period.duplicate-unit",
  badFinal: "period.bad-final",
  missing: "period.missing",
} as const;
