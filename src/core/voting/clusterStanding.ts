// Each cluster's standing going into its year-end meeting: the units in rank order with their score proposals, the
// candidates the score rules put to the vote (flags, then certificates), the units left out with their reason, and
// the worst rank each award may reach (its cut-off), so that a vote past it is an error.

import type { Award, Grade } from "../model/gradeTypes";
import type { RankingResult } from "../model/scoringTypes";
import type { Unit } from "../model/unitTypes";
import { certificateQuota } from "../ranking/proposeAwards";
import type { Settings } from "../settings/settingsTypes";

export interface StandingUnit {
  unit: Unit;
  rank: number;
  /** Final total, unrounded. */
  final: number;
  grade: Grade;
  /** What the score rules propose for the unit. */
  proposal: Award | null;
}

/** Why a unit inside an award's cut-off is not proposed for it. */
export type LeftOutReason = "disqualified" | "grade" | "tie";

export interface LeftOut {
  award: Award;
  unit: Unit;
  rank: number;
  grade: Grade;
  reason: LeftOutReason;
}

export interface ClusterStanding {
  cluster: string;
  /** Member units (one vote each), disqualified ones included. */
  members: number;
  /** The worst rank each award may go to by the score rules; 0 when the award has no quota. */
  cutoff: Record<Award, number>;
  quota: Record<Award, number>;
  /** Rank order (units sharing a rank in units order). */
  units: StandingUnit[];
  /** The score's proposals to vote on: flags, then certificates, each in rank order. */
  candidates: { award: Award; unit: Unit }[];
  leftOut: LeftOut[];
}

const eligible = (u: StandingUnit) => u.grade === "HTXSNV" && !u.unit.disqualified;

/**
 * The cut-offs walk the rank groups exactly as proposeAwards does. Flags: through the groups while flags are left,
 * stopping after a group with an ineligible unit or more eligible units than flags left; the cut-off is the last
 * group's rank. Certificates: through the groups while certificates are left, skipping flagged units; the cut-off is
 * the rank of the group that filled the quota or tied across it, or the last rank when eligible units ran out.
 */
function cutoffs(groups: StandingUnit[][], awards: Settings["awards"], members: number): Record<Award, number> {
  let flag = 0;
  let flagsLeft = awards.flags;
  for (const group of groups) {
    if (flagsLeft <= 0) break;
    flag = group[0].rank;
    const takers = group.filter(eligible).length;
    if (takers > flagsLeft) break;
    flagsLeft -= takers;
    if (takers < group.length) break;
  }
  let certificate = 0;
  let left = certificateQuota(members, awards);
  for (const group of groups) {
    if (left <= 0) break;
    certificate = group[0].rank;
    const takers = group.filter((u) => eligible(u) && u.proposal !== "co-thi-dua").length;
    if (takers > left) break;
    left -= takers;
  }
  return { "co-thi-dua": flag, "bang-khen": certificate };
}

function leftOutReason(u: StandingUnit): LeftOutReason {
  if (u.unit.disqualified) return "disqualified";
  return u.grade === "HTXSNV" ? "tie" : "grade";
}

/** One standing per cluster of a ranking, clusters in the ranking's order. */
export function clusterStandings(result: RankingResult, awards: Settings["awards"]): ClusterStanding[] {
  return result.clusters.map(({ cluster, members: indexes }) => {
    const units: StandingUnit[] = indexes.map((i) => {
      const r = result.units[i];
      return { unit: r.unit, rank: r.rank, final: r.final, grade: r.grade, proposal: r.award };
    });
    const groups: StandingUnit[][] = [];
    for (const u of units) {
      const last = groups[groups.length - 1];
      if (last && last[0].rank === u.rank) last.push(u);
      else groups.push([u]);
    }
    const members = units.length;
    const cutoff = cutoffs(groups, awards, members);
    const candidates = (["co-thi-dua", "bang-khen"] as const).flatMap((award) =>
      units.filter((u) => u.proposal === award).map((u) => ({ award, unit: u.unit })),
    );
    const leftOut: LeftOut[] = [];
    for (const award of ["co-thi-dua", "bang-khen"] as const) {
      for (const u of units) {
        // Tied for the flag but proposed for a certificate is still left out of the flag.
        const proposed = award === "co-thi-dua" ? u.proposal === "co-thi-dua" : u.proposal !== null;
        if (u.rank > cutoff[award] || proposed) continue;
        const reason = leftOutReason(u);
        // A unit left out of the flag for its grade or its flags is left out of the certificate for the same reason.
        const listed = leftOut.some((l) => l.unit.code === u.unit.code && l.reason === reason);
        if (!listed) leftOut.push({ award, unit: u.unit, rank: u.rank, grade: u.grade, reason });
      }
    }
    return {
      cluster,
      members,
      cutoff,
      quota: { "co-thi-dua": Math.max(0, awards.flags), "bang-khen": certificateQuota(members, awards) },
      units,
      candidates,
      leftOut,
    };
  });
}
