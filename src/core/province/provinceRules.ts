// Rule ids of the province consolidation's findings, one registry (the checks of domain.md "Province consolidation").

export const PROVINCE_RULES = {
  /** Not a Thi đua cluster workbook that can be read. */
  unreadable: "province.unreadable",
  /** The workbook's own check found errors: listed under their own rules, summed up by this one. */
  clusterErrors: "province.cluster-errors",
  notRanked: "province.not-ranked",
  stale: "province.stale",
  votesMissing: "province.votes-missing",
  /** The meeting's recorded tally no longer matches its ballots, members present or scores. */
  votesStale: "province.votes-stale",
  otherYear: "province.other-year",
  otherPeriod: "province.other-period",
  templateVersion: "province.template-version",
  unitInTwoClusters: "province.unit-in-two-clusters",
  sameUnitName: "province.same-unit-name",
  flagsOverQuota: "province.flags-over-quota",
  certificatesOverQuota: "province.certificates-over-quota",
  tieOpen: "province.tie-open",
  tieBroken: "province.tie-broken",
  awardEdited: "province.award-edited",
  rotationGap: "province.rotation-gap",
  rotationTurns: "province.rotation-turns",
  voteFailed: "province.vote-failed",
  voteAdded: "province.vote-added",
  voteAbsent: "province.vote-absent",
  historyRow: "province.history-row",
  ownWarnings: "province.own-warnings",
  noClusters: "province.no-clusters",
  /** The provincial council's vote (tallyCouncil). */
  councilMembers: "province.council-members",
  councilPresent: "province.council-present",
  councilRow: "province.council-row",
  councilCount: "province.council-count",
  councilQuorum: "province.council-quorum",
  councilNotVoted: "province.council-not-voted",
  councilTwoAwards: "province.council-two-awards",
  councilFlags: "province.council-flags",
  /** Ballots typed for a proposal the new list no longer holds (a consolidation run again). */
  councilDropped: "province.council-dropped",
} as const;

export type ProvinceRule = (typeof PROVINCE_RULES)[keyof typeof PROVINCE_RULES];
