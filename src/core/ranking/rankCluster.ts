// Competition ranks (1, 2, 2, 4) inside one cluster, with the tie-break chain and a plain-words note per tie.

import type { Finding } from "../findings/findingTypes";
import type { Bilingual, MessageDef } from "../messages/messageTypes";
import { formatNumber } from "../messages/messageTypes";
import { rankingMessages, type TieClauseParams } from "../messages/rankingMessages";
import { roundTo } from "../model/roundTo";
import type { TieBreakStep } from "../model/scoringTypes";
import type { Lang, Settings, TieBreakKey } from "../settings/settingsTypes";
import type { FlatTemplate } from "../template/flattenTemplate";
import { renderByLang } from "./renderByLang";
import { tieBreakDirection, tieBreakValue, type RankCandidate } from "./tieBreakValue";
import { clusterLabel, unitList, unitListHead } from "./unitLabel";
import { RANKING_RULES } from "./rankingRules";

export interface ClusterRanking {
  /** Positions in `members`, best first; units sharing a rank keep their input order. */
  order: number[];
  /** Rank of each member, by position in `members`. */
  rank: number[];
  /** Tie-break steps used for each member (empty when its total is unique in the cluster). */
  tieBreak: TieBreakStep[][];
  /** Tie-break note of each member, null when its total is unique in the cluster. */
  tieBreakNote: (Bilingual | null)[];
  /** "rank.tie-unresolved", one per group of units still tied after the whole chain. */
  findings: Finding[];
}

/** Some of the other units of a tie (sorted positions → member positions) and how many there are in all. */
interface Others {
  shown: number[];
  count: number;
}

/** Names listed in a tie-break note before "and n more". */
const NOTE_NAME_LIMIT = 5;

type ClauseDef = MessageDef<TieClauseParams>;

const CLAUSES: Record<TieBreakKey, { above: ClauseDef; below: ClauseDef }> = {
  "first-group": { above: rankingMessages.aboveFirstGroup, below: rankingMessages.belowFirstGroup },
  "fewer-deductions": { above: rankingMessages.aboveFewerDeductions, below: rankingMessages.belowFewerDeductions },
  "more-full-criteria": { above: rankingMessages.aboveMoreFullCriteria, below: rankingMessages.belowMoreFullCriteria },
  priority: { above: rankingMessages.abovePriority, below: rankingMessages.belowPriority },
};

/**
 * Ranks one cluster's members.
 *
 * rank(u) = 1 + the number of members v of the cluster that are strictly better than u, where v is better than u
 * when, compared lexicographically,
 *   1. roundTo(final, rankDecimals) is higher, then
 *   2. each key of settings.tieBreak in order, every value compared after roundTo(rankDecimals) (see tieBreakValue):
 *      "first-group" higher, "fewer-deductions" smaller |deduction|, "more-full-criteria" more, "priority" true first.
 * A workbook reproduces it with COUNTIFS over the rounded key columns: 1 + COUNTIFS(total ">" t) +
 * COUNTIFS(total "=" t, key1 ">" k1) + COUNTIFS(total "=" t, key1 "=" k1, key2 ">" k2) + … (with "<" for deductions).
 * Members equal on the total and on every key share the rank and get a "council decides" finding; nothing is broken
 * silently. Notes name the other tied units in rank order. The cost is a sort of the cluster plus linear work per key for the tied members.
 */
export function rankCluster(
  members: readonly RankCandidate[],
  cluster: string,
  flat: FlatTemplate,
  settings: Pick<Settings, "tieBreak" | "rankDecimals">,
): ClusterRanking {
  const n = members.length;
  const decimals = settings.rankDecimals;
  // NaN cannot be ordered; it only arises from a bug upstream, and sorting it last keeps the comparator consistent.
  const total = members.map((m) => {
    const t = roundTo(m.final, decimals);
    return Number.isNaN(t) ? -Infinity : t;
  });
  const byTotal = Array.from({ length: n }, (_, i) => i).sort((a, b) => descending(total[a], total[b]));
  const result: ClusterRanking = {
    order: [],
    rank: new Array<number>(n).fill(0),
    tieBreak: Array.from({ length: n }, () => []),
    tieBreakNote: new Array<Bilingual | null>(n).fill(null),
    findings: [],
  };
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && total[byTotal[end]] === total[byTotal[start]]) end++;
    const run = byTotal.slice(start, end);
    if (run.length === 1) {
      result.rank[run[0]] = start + 1;
      result.order.push(run[0]);
    } else {
      resolveTie(run, start + 1, total[run[0]], members, cluster, flat, settings, result);
    }
    start = end;
  }
  return result;
}

function descending(a: number, b: number): number {
  return a === b ? 0 : a > b ? -1 : 1;
}

/**
 * Orders a run of members with equal rounded totals by the tie-break chain, and writes ranks, steps and notes.
 * Long on purpose: the ranks, each member's note and the unresolved-tie findings all read the same block tables
 * (which members still agree after each key), so splitting it would pass those tables between five small functions
 * that make sense only together.
 */
function resolveTie(
  run: number[],
  firstRank: number,
  runTotal: number,
  members: readonly RankCandidate[],
  cluster: string,
  flat: FlatTemplate,
  settings: Pick<Settings, "tieBreak" | "rankDecimals">,
  out: ClusterRanking,
): void {
  const keys = settings.tieBreak;
  const decimals = settings.rankDecimals;
  const values = new Map<number, number[]>();
  for (const m of run)
    values.set(
      m,
      keys.map((k) => tieBreakValue(k, members[m], flat, decimals)),
    );
  const valueOf = (m: number, level: number) => values.get(m)![level];
  const compare = (a: number, b: number) => {
    for (let k = 0; k < keys.length; k++) {
      const c = descending(valueOf(a, k) * tieBreakDirection(keys[k]), valueOf(b, k) * tieBreakDirection(keys[k]));
      if (c !== 0) return c;
    }
    return 0;
  };
  const sorted = run.slice().sort(compare);
  const size = sorted.length;

  // agree[i]: how many leading keys sorted[i] shares with sorted[i − 1]; blocks at level L are maximal ranges
  // whose neighbours agree on at least L keys (level 0 = the whole run, level keys.length = still tied).
  const agree = new Array<number>(size).fill(0);
  for (let i = 1; i < size; i++) {
    let k = 0;
    while (k < keys.length && valueOf(sorted[i], k) === valueOf(sorted[i - 1], k)) k++;
    agree[i] = k;
  }
  const blockStart: number[][] = [];
  const blockEnd: number[][] = [];
  for (let level = 0; level <= keys.length; level++) {
    const s = new Array<number>(size);
    const e = new Array<number>(size);
    for (let i = 0; i < size; i++) s[i] = i > 0 && agree[i] >= level ? s[i - 1] : i;
    for (let i = size - 1; i >= 0; i--) e[i] = i < size - 1 && agree[i + 1] >= level ? e[i + 1] : i + 1;
    blockStart.push(s);
    blockEnd.push(e);
  }

  for (let i = 0; i < size; i++) {
    out.order.push(sorted[i]);
    out.rank[sorted[i]] = firstRank + blockStart[keys.length][i];
  }

  for (let i = 0; i < size; i++) {
    const m = sorted[i];
    const steps: TieBreakStep[] = [];
    const clauses: ((lang: Lang) => string)[] = [];
    let level = 0;
    for (; level < keys.length; level++) {
      steps.push({ key: keys[level], value: valueOf(m, level) });
      const s = blockStart[level][i];
      const e = blockEnd[level][i];
      const subStart = blockStart[level + 1][i];
      const subEnd = blockEnd[level + 1][i];
      const clause = CLAUSES[keys[level]];
      if (subStart > s) clauses.push(stepClause(clause.below, othersIn(s, subStart, i), m, level));
      if (subEnd < e) clauses.push(stepClause(clause.above, othersIn(subEnd, e, i), m, level));
      if (subEnd - subStart === 1) break;
    }
    if (level === keys.length) {
      const tied = othersIn(blockStart[level][i], blockEnd[level][i], i);
      clauses.push((lang) => rankingMessages.stillTied[lang]({ others: othersText(tied, lang) }));
    }
    out.tieBreak[m] = steps;
    const othersInRun = othersIn(0, size, i);
    out.tieBreakNote[m] = {
      vi: note("vi", othersInRun, clauses),
      en: note("en", othersInRun, clauses),
    };
  }

  const level = keys.length;
  for (let i = 0; i < size; i++) {
    const e = blockEnd[level][i];
    if (blockStart[level][i] !== i || e - i < 2) continue;
    const tied = sorted.slice(i, e).map((x) => members[x].unit);
    const name = clusterLabel(cluster);
    out.findings.push({
      rule: RANKING_RULES.rankTieUnresolved.id,
      severity: "warning",
      location: { area: "result", unit: tied[0].code, field: "rank" },
      message: renderByLang(rankingMessages.tieUnresolved, (lang) => ({
        cluster: name[lang],
        units: unitList(tied, lang),
        total: runTotal,
        rank: firstRank + i,
        decimals,
      })),
      data: { cluster, units: tied.map((u) => u.code).join(", "), rank: firstRank + i, total: runTotal },
    });
  }

  /**
   * The members at sorted positions [from, to) other than position `self`: the first few, for naming, and their
   * count. Notes name at most NOTE_NAME_LIMIT units, so a large tie costs linear, not quadratic, work.
   */
  function othersIn(from: number, to: number, self: number): Others {
    const shown: number[] = [];
    for (let p = from; p < to && shown.length < NOTE_NAME_LIMIT; p++) if (p !== self) shown.push(sorted[p]);
    return { shown, count: to - from - (self >= from && self < to ? 1 : 0) };
  }

  /** Names the others unless they are every other unit of the tie (the tie sentence names those already). */
  function othersText(others: Others, lang: Lang): string {
    if (others.count === size - 1) return "";
    return unitListHead(
      others.shown.map((x) => members[x].unit),
      others.count,
      lang,
    );
  }

  function stepClause(def: ClauseDef, others: Others, m: number, level: number) {
    return (lang: Lang) => {
      const theirs = [...new Set(others.shown.map((x) => valueOf(x, level)))];
      const shown = readableDecimals([valueOf(m, level), ...theirs], decimals);
      const params: TieClauseParams = {
        others: othersText(others, lang),
        mine: formatNumber(valueOf(m, level), lang, shown),
        theirs: theirs.map((v) => formatNumber(v, lang, shown)).join("; "),
        group: flat.contentTops.length > 0 ? flat.rows[flat.contentTops[0]].code : "",
      };
      return def[lang](params);
    };
  }

  function note(lang: Lang, othersInRun: Others, clauses: ((lang: Lang) => string)[]): string {
    const head = rankingMessages.tieWith[lang]({
      others: unitListHead(
        othersInRun.shown.map((x) => members[x].unit),
        othersInRun.count,
        lang,
      ),
      total: formatNumber(runTotal, lang, Math.min(READER_DECIMALS, decimals)),
    });
    return [head, ...clauses.map((c) => c(lang))].join("; ") + ".";
  }
}

/** Decimals a note shows: as many as a reader needs (points are written with two) unless that hides a difference. */
const READER_DECIMALS = 2;

/**
 * The fewest decimals, from two up to `max`, at which the values stay as distinct as they are at `max` decimals (the
 * ranking compares totals at `max`): "44,32 so với 43,82", but "44,321 so với 44,324" where two would read equal.
 */
function readableDecimals(values: readonly number[], max: number): number {
  const distinct = (d: number) => new Set(values.map((v) => roundTo(v, d))).size;
  const wanted = distinct(max);
  for (let d = Math.min(READER_DECIMALS, max); d < max; d++) if (distinct(d) === wanted) return d;
  return max;
}
