// Rule ids of a meeting's tally, in one place so that the workbook, the task pane, the CLI and tests name them alike.

export const VOTING_RULES = {
  matterUnknown: "voting.matter-unknown",
  unitMissing: "voting.unit-missing",
  unitUnknown: "voting.unit-unknown",
  unitOtherCluster: "voting.unit-other-cluster",
  duplicate: "voting.duplicate",
  reasonMissing: "voting.reason-missing",
  /** A candidate the meeting added beyond the score's proposals, with its reason: the council sees it. */
  addedCandidate: "voting.added-candidate",
  addedDisqualified: "voting.added-disqualified",
  countInvalid: "voting.count-invalid",
  countsAbovePresent: "voting.counts-above-present",
  presentMissing: "voting.present-missing",
  presentInvalid: "voting.present-invalid",
  noQuorum: "voting.no-quorum",
  notVoted: "voting.not-voted",
  flagNotFirst: "voting.flag-not-first",
  certificateBelowCutoff: "voting.certificate-below-cutoff",
  quotaExceeded: "voting.quota-exceeded",
  twoAwards: "voting.two-awards",
  againstScoreOrder: "voting.against-score-order",
  notExcellent: "voting.not-excellent",
  rotation: "voting.rotation",
  leaderTie: "voting.leader-tie",
  noneElected: "voting.none-elected",
  leaderAndDeputy: "voting.leader-and-deputy",
  leaderAgain: "voting.leader-again",
  earlierLeadersUnreadable: "voting.earlier-leaders-unreadable",
} as const;

export type VotingRule = (typeof VOTING_RULES)[keyof typeof VOTING_RULES];
