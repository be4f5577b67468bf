// Award proposals inside one cluster: emulation flags (Cờ thi đua) to the leaders, then certificates (Bằng khen).

import type { Finding } from "../findings/findingTypes";
import { rankingMessages } from "../messages/rankingMessages";
import type { Award, Grade } from "../model/gradeTypes";
import type { Unit } from "../model/unitTypes";
import type { Settings } from "../settings/settingsTypes";
import { renderByLang } from "./renderByLang";
import { clusterLabel, unitLabel, unitList } from "./unitLabel";
import { RANKING_RULES } from "./rankingRules";

export interface AwardCandidate {
  unit: Unit;
  rank: number;
  grade: Grade;
}

export interface AwardProposal {
  /** Proposed award of each member, by position in `members`. */
  award: (Award | null)[];
  findings: Finding[];
}

/** Certificate quota: max(certificateMin, ⌊certificateShare × members⌋); 1e-9 keeps 0.29 × 100 at 29. */
export function certificateQuota(members: number, awards: Settings["awards"]): number {
  return Math.max(awards.certificateMin, Math.floor(awards.certificateShare * members + 1e-9));
}

/**
 * Proposes awards to one cluster's members (any order; `rank` from rankCluster). Eligible = HTXSNV and not
 * disqualified. Rank groups (units sharing a rank) are walked best first.
 *
 * Flags (quota `awards.flags`): a group's eligible units take flags while they fit the remaining quota. A flag never
 * passes over a better-ranked unit: the walk stops after the first group that holds any ineligible unit. So with one
 * flag (the default) only a rank-1 unit is ever flagged, and with a quota of k the flags go to the top k units in
 * rank order, as long as each of them and everyone above is eligible. Each ineligible rank-1 unit gets
 * "award.flag-not-eligible" (info) when flags > 0.
 *
 * Certificates (quota certificateQuota(members)) go to the next eligible units by rank, skipping flagged units and
 * ineligible ones (a certificate goes to every HTXSNV unit in turn, not only to the leaders).
 *
 * For either kind, when a group's eligible units outnumber the remaining quota, none of them is proposed,
 * "award.tie-at-cutoff" (warning) names them, and that kind stops. Units tied at the flag cut-off stay candidates
 * for certificates. Members counts every unit of the cluster, disqualified ones included.
 */
export function proposeAwards(
  members: readonly AwardCandidate[],
  cluster: string,
  awards: Settings["awards"],
): AwardProposal {
  const award: (Award | null)[] = members.map(() => null);
  const findings: Finding[] = [];
  const groups = rankGroups(members);
  const eligible = (m: number) => members[m].grade === "HTXSNV" && !members[m].unit.disqualified;
  const name = clusterLabel(cluster);

  if (awards.flags > 0) {
    for (const m of groups[0] ?? []) {
      if (eligible(m)) continue;
      const { unit, grade } = members[m];
      findings.push({
        rule: RANKING_RULES.awardFlagNotEligible.id,
        severity: "info",
        location: { area: "result", unit: unit.code, field: "award" },
        message: unit.disqualified
          ? renderByLang(rankingMessages.flagDisqualified, (lang) => ({ cluster: name[lang], unit: unitLabel(unit) }))
          : renderByLang(rankingMessages.flagNotExcellent, (lang) => ({
              cluster: name[lang],
              unit: unitLabel(unit),
              grade,
            })),
        data: { cluster, grade, disqualified: unit.disqualified },
      });
    }
  }

  let flagsLeft = awards.flags;
  for (const group of groups) {
    if (flagsLeft <= 0) break;
    const takers = group.filter(eligible);
    if (takers.length > flagsLeft) {
      findings.push(tieAtCutoff(takers, "co-thi-dua", flagsLeft));
      break;
    }
    for (const m of takers) award[m] = "co-thi-dua";
    flagsLeft -= takers.length;
    if (takers.length < group.length) break;
  }

  let certificatesLeft = certificateQuota(members.length, awards);
  for (const group of groups) {
    if (certificatesLeft <= 0) break;
    const takers = group.filter((m) => eligible(m) && award[m] === null);
    if (takers.length > certificatesLeft) {
      findings.push(tieAtCutoff(takers, "bang-khen", certificatesLeft));
      break;
    }
    for (const m of takers) award[m] = "bang-khen";
    certificatesLeft -= takers.length;
  }
  return { award, findings };

  function tieAtCutoff(tied: number[], kind: Award, remaining: number): Finding {
    const units = tied.map((m) => members[m].unit);
    const rank = members[tied[0]].rank;
    return {
      rule: RANKING_RULES.awardTieAtCutoff.id,
      severity: "warning",
      location: { area: "result", unit: units[0].code, field: "award" },
      message: renderByLang(rankingMessages.tieAtCutoff, (lang) => ({
        cluster: name[lang],
        units: unitList(units, lang),
        rank,
        award: kind,
        remaining,
      })),
      data: { cluster, award: kind, rank, remaining, units: units.map((u) => u.code).join(", ") },
    };
  }
}

/** Member positions grouped by rank, best rank first, input order inside a group. */
function rankGroups(members: readonly AwardCandidate[]): number[][] {
  const byRank = new Map<number, number[]>();
  members.forEach((m, i) => {
    const group = byRank.get(m.rank);
    if (group) group.push(i);
    else byRank.set(m.rank, [i]);
  });
  return [...byRank.keys()].sort((a, b) => a - b).map((r) => byRank.get(r)!);
}
