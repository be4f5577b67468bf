// The --json form of a ranking (design.md "Command line"): units cluster by cluster in rank order, numbers
// unrounded, the tie-break note in the chosen language or null.

import type { Award, Grade } from "../../core/model/gradeTypes";
import type { RankingResult } from "../../core/model/scoringTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import type { LocatedFinding } from "../../workbook/operations/locatedFinding";
import { findingsJson, type FindingJson } from "./findingJson";

export interface RankedUnitJson {
  code: string;
  name: string;
  cluster: string;
  self: number;
  peer: number | null;
  review: number | null;
  final: number;
  rank: number;
  tieBreak: string | null;
  grade: Grade;
  award: Award | null;
}

export interface RankJson {
  template: { id: string; version: string };
  units: RankedUnitJson[];
  findings: FindingJson[];
}

/** `result` null (not ranked) gives no units, only the findings saying why. */
export function rankingJson(
  template: { id: string; version: string },
  result: RankingResult | null,
  findings: readonly LocatedFinding[],
  lang: Lang,
): RankJson {
  const units: RankedUnitJson[] = [];
  for (const cluster of result?.clusters ?? []) {
    for (const index of cluster.members) {
      const u = result!.units[index];
      units.push({
        code: u.unit.code,
        name: u.unit.name,
        cluster: u.unit.cluster,
        self: u.self.total,
        peer: u.peer,
        review: u.review,
        final: u.final,
        rank: u.rank,
        tieBreak: u.tieBreakNote ? u.tieBreakNote[lang] : null,
        grade: u.grade,
        award: u.award,
      });
    }
  }
  return { template: { id: template.id, version: template.version }, units, findings: findingsJson(findings, lang) };
}
