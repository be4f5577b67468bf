// A ranking run: layer scores, final totals, then ranks, grades and award proposals inside each cluster.

import type { Finding } from "../findings/findingTypes";
import { rankingMessages } from "../messages/rankingMessages";
import type { LayerId, NumGrid } from "../model/gridTypes";
import type { ClusterResult, LayerScore, RankingResult, ScoringInput, UnitResult } from "../model/scoringTypes";
import type { Unit } from "../model/unitTypes";
import type { FlatTemplate } from "../template/flattenTemplate";
import { finalTotal } from "../scoring/finalScore";
import { computeLeaderRatios } from "../scoring/leaderRatios";
import { aggregatePeers } from "../scoring/peerAggregate";
import { scorePeerTotals } from "../scoring/peerTotals";
import { scoreLastStage, scoreLayer } from "../scoring/scoreLayer";
import { checkExcellentQuota } from "./excellentQuota";
import { gradeUnit } from "./gradeUnit";
import { proposeAwards } from "./proposeAwards";
import { rankCluster } from "./rankCluster";
import { renderByLang } from "./renderByLang";
import { unitListHead } from "./unitLabel";
import { RANKING_RULES } from "./rankingRules";

/** Units a layer-missing message names before "and n more" (the finding's data lists them all). */
const MESSAGE_NAME_LIMIT = 10;

/**
 * Scores every layer, takes each unit's final total by settings.finalRule, and ranks, grades and proposes awards
 * inside each cluster label (clusters in order of first appearance; an empty label is a cluster of its own).
 * finalPoints are the last-stage points (review where entered, else self) under either rule: tie-breaks and
 * floors look at them. A template whose subjects are persons proposes no award (the flag and the certificate of a
 * cluster go to collectives) unless it defines individual titles (template.individualAwards). Linear in the number
 * of score cells, plus a sort per cluster.
 */
export function computeResults(input: ScoringInput): RankingResult {
  const { flat, units, settings, data } = input;
  if (units.length === 0) return { units: [], clusters: [], findings: [] };

  const leaderRatios = computeLeaderRatios(flat, data, units);
  const self = scoreLayer(flat, input.self, data, units, leaderRatios);
  const review =
    input.review && hasEntry(input.review)
      ? scoreLastStage(flat, input.self, input.review, data, units, leaderRatios)
      : null;
  const peers =
    input.peers && input.peers.length > 0
      ? aggregatePeers(scorePeerTotals(flat, units, input.peers, data, leaderRatios), units, settings.peerTrim)
      : null;

  const missingUnits = new Map<LayerId, Unit[]>();
  const results: UnitResult[] = units.map((unit, index) => {
    const finalPoints: LayerScore = review ? review[index] : self[index];
    const layers = {
      self: self[index].total,
      peer: peers ? peers.value[index] : null,
      review: review ? review[index].total : null,
    };
    const total = finalTotal(settings.finalRule, settings.weights, layers);
    if (total.renormalised) {
      for (const layer of total.missing) {
        const list = missingUnits.get(layer);
        if (list) list.push(unit);
        else missingUnits.set(layer, [unit]);
      }
    }
    return {
      unit,
      index,
      self: self[index],
      peer: layers.peer,
      peerRaters: peers ? peers.raters[index] : 0,
      review: layers.review,
      finalPoints,
      final: total.final,
      rank: 0,
      tieBreak: [],
      tieBreakNote: null,
      grade: "KHTNV",
      award: null,
    };
  });

  const findings: Finding[] = [];
  for (const layer of ["self", "peer", "review"] as const) {
    const missing = missingUnits.get(layer);
    if (!missing) continue;
    const all = missing.length === units.length ? 1 : 0;
    findings.push({
      rule: RANKING_RULES.finalLayerMissing.id,
      severity: "warning",
      location: { area: layer, field: "finalRule" },
      message: renderByLang(rankingMessages.layerMissing, (lang) => ({
        layer,
        all,
        units: unitListHead(missing.slice(0, MESSAGE_NAME_LIMIT), missing.length, lang),
      })),
      data: { layer, units: missing.map((u) => u.code).join(", ") },
    });
  }

  const proposesAwards = templateProposesAwards(flat.template);
  const clusters: ClusterResult[] = [];
  for (const [cluster, memberIndexes] of membersByCluster(units)) {
    const members = memberIndexes.map((i) => results[i]);
    const ranking = rankCluster(members, cluster, flat, settings);
    members.forEach((r, p) => {
      r.rank = ranking.rank[p];
      r.tieBreak = ranking.tieBreak[p];
      r.tieBreakNote = ranking.tieBreakNote[p];
    });
    findings.push(...ranking.findings);
    for (const p of ranking.order) {
      const graded = gradeUnit(members[p], flat, settings.grades);
      members[p].grade = graded.grade;
      findings.push(...graded.findings);
    }
    findings.push(
      ...checkExcellentQuota(
        cluster,
        members.map((r) => r.grade),
        settings.grades.excellentShareOfGood,
      ),
    );
    if (proposesAwards) {
      const proposal = proposeAwards(members, cluster, settings.awards);
      members.forEach((r, p) => (r.award = proposal.award[p]));
      findings.push(...proposal.findings);
    }
    clusters.push({ cluster, members: ranking.order.map((p) => memberIndexes[p]) });
  }
  return { units: results, clusters, findings };
}

/** Collectives are proposed for awards; persons only where the template defines individual titles. */
export function templateProposesAwards(template: FlatTemplate["template"]): boolean {
  return template.subject !== "person" || template.individualAwards === true;
}

/** A review grid counts as a layer only if some cell holds a number (blank everywhere = no review). */
function hasEntry(grid: NumGrid): boolean {
  return grid.some((row) => row.some((cell) => typeof cell === "number" && Number.isFinite(cell)));
}

/** Unit indexes per cluster label, labels in order of first appearance. */
function membersByCluster(units: readonly Unit[]): Map<string, number[]> {
  const byCluster = new Map<string, number[]>();
  units.forEach((unit, i) => {
    const list = byCluster.get(unit.cluster);
    if (list) list.push(i);
    else byCluster.set(unit.cluster, [i]);
  });
  return byCluster;
}
