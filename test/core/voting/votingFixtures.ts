// Hand-made standings for the voting tests: units with the ranks and grades a ranking gave them, award proposals made
// by the real proposeAwards, so every candidate and cut-off follows the score rules as the ranking applied them.

import { DEFAULT_SETTINGS, resolveSettings } from "../../../src/core/settings/defaultSettings";
import type { Grade } from "../../../src/core/model/gradeTypes";
import type { RankingResult, UnitResult } from "../../../src/core/model/scoringTypes";
import type { Unit } from "../../../src/core/model/unitTypes";
import { proposeAwards } from "../../../src/core/ranking/proposeAwards";
import type { Settings, SettingsOverrides } from "../../../src/core/settings/settingsTypes";
import { clusterStandings, type ClusterStanding } from "../../../src/core/voting/clusterStanding";
import type { VoteEntry } from "../../../src/core/voting/tallyCluster";

/** [code, rank, grade] or [code, rank, grade, disqualified]; the final total is 100 − rank. */
export type Placing = [string, number, Grade] | [string, number, Grade, boolean];

export function settingsWith(overrides: SettingsOverrides = {}): Settings {
  return resolveSettings(overrides);
}

export function unitOf(code: string, cluster: string, disqualified = false): Unit {
  return { code, name: `Đơn vị ${code}`, cluster, priority: false, disqualified };
}

/** A ranking of one or more clusters (placings in rank order within each). */
export function rankingOf(clusters: Record<string, Placing[]>, settings: Settings = DEFAULT_SETTINGS): RankingResult {
  const units: UnitResult[] = [];
  const out: RankingResult = { units, clusters: [], findings: [] };
  for (const [cluster, placings] of Object.entries(clusters)) {
    const start = units.length;
    for (const [code, rank, grade, disqualified] of placings) {
      units.push({
        unit: unitOf(code, cluster, disqualified === true),
        index: units.length,
        rank,
        final: 100 - rank,
        grade,
        award: null,
      } as unknown as UnitResult);
    }
    const members = units.slice(start);
    const proposal = proposeAwards(members, cluster, settings.awards);
    members.forEach((m, i) => (m.award = proposal.award[i]));
    out.clusters.push({ cluster, members: members.map((m) => m.index) });
  }
  return out;
}

export function standingOf(
  placings: Placing[],
  settings: Settings = DEFAULT_SETTINGS,
  cluster = "Cụm 1",
): ClusterStanding {
  return clusterStandings(rankingOf({ [cluster]: placings }, settings), settings.awards)[0];
}

/** A row of the vote table: the score's candidate unless `source` says it was added at the meeting. */
export function entry(row: number, fields: Partial<VoteEntry> & Pick<VoteEntry, "matter" | "unit">): VoteEntry {
  return {
    row,
    matterText: fields.matter ?? "",
    source: "score",
    reason: "",
    yes: null,
    no: null,
    ...fields,
  };
}

/** Ten units of Cụm 1: A3 is only HTTNV (so certificates skip it), A7 is disqualified. */
export const TEN: Placing[] = [
  ["A1", 1, "HTXSNV"],
  ["A2", 2, "HTXSNV"],
  ["A3", 3, "HTTNV"],
  ["A4", 4, "HTXSNV"],
  ["A5", 5, "HTXSNV"],
  ["A6", 6, "HTTNV"],
  ["A7", 7, "HTNV", true],
  ["A8", 8, "HTNV"],
  ["A9", 9, "HTNV"],
  ["A10", 10, "KHTNV"],
];
