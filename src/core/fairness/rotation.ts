// Rotation (luân phiên) from the history sheet (Lịch sử): flags recorded for units not ranked 1, and clusters where
// the emulation flag seems to be handed round rather than won.

import type { Finding, FindingLocation } from "../findings/findingTypes";
import { fairnessMessages } from "../messages/fairnessMessages";
import { AWARD_TERMS } from "../messages/glossary";
import { render, type Bilingual } from "../messages/messageTypes";
import type { Award } from "../model/gradeTypes";
import type { CellGrid } from "../model/gridTypes";
import type { Unit } from "../model/unitTypes";
import { isBlankText, parseNumberCell, rawText } from "../parse/parseNumberCell";
import { clusterLabel, unitLabel } from "../ranking/unitLabel";
import type { Lang, Settings } from "../settings/settingsTypes";
import { FAIRNESS_RULES } from "./fairnessRules";

export interface HistoryRow {
  /** Row index in the history table (0-based), for locating findings. */
  row: number;
  year: number;
  unit: string;
  rank: number;
  award: Award | null;
}

/** Award labels as the secretariat types them or as the CLI writes them (compared trimmed, NFC, lower case). */
const AWARD_WORDS: ReadonlyMap<string, Award> = new Map(
  (Object.keys(AWARD_TERMS) as Award[]).flatMap((award): [string, Award][] => [
    [AWARD_TERMS[award].short.vi.toLowerCase(), award],
    [award, award],
  ]),
);

type Field = "year" | "unit" | "rank" | "award";

const HISTORY_FIELD_RULES = {
  year: FAIRNESS_RULES.historyBadYear,
  unit: FAIRNESS_RULES.historyMissingUnit,
  rank: FAIRNESS_RULES.historyBadRank,
  award: FAIRNESS_RULES.historyBadAward,
} as const satisfies Record<Field, string>;

function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && isBlankText(value));
}

/** A whole number in [min, max] from a number cell or numeric text; null otherwise. */
function wholeNumber(value: unknown, min: number, max: number): number | null {
  const parsed = parseNumberCell(value);
  if (parsed.kind !== "number") return null;
  const n = parsed.value;
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/**
 * Reads history rows: year, unit code, rank, award. Blank rows are skipped; so is a first row whose year cell is
 * text that is not a number (a header). A row with any bad cell is reported (error) and left out, and so is a second
 * row for the same year and unit. A blank award is no award.
 */
export function parseHistory(rows: CellGrid): { rows: HistoryRow[]; findings: Finding[] } {
  const out: HistoryRow[] = [];
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cells = [], i) => {
    const [yearCell, unitCell, rankCell, awardCell] = [0, 1, 2, 3].map((c) => cells[c]);
    if ([yearCell, unitCell, rankCell, awardCell].every(isBlankCell)) return;
    if (i === 0 && typeof yearCell === "string" && parseNumberCell(yearCell).kind === "error") return;
    const errors: Finding[] = [];
    const error = (field: Field, message: Bilingual): void => {
      errors.push({
        rule: HISTORY_FIELD_RULES[field],
        severity: "error",
        location: { area: "history", row: i, field },
        message,
      });
    };
    const year = wholeNumber(yearCell, 1000, 9999);
    if (year === null)
      error("year", render(fairnessMessages.historyBadYear, { row: i, value: rawText(yearCell ?? "") }));
    const unit = isBlankCell(unitCell) ? "" : rawText(unitCell).normalize("NFC").trim();
    if (!unit) error("unit", render(fairnessMessages.historyMissingUnit, { row: i }));
    const rank = wholeNumber(rankCell, 1, Number.MAX_SAFE_INTEGER);
    if (rank === null)
      error("rank", render(fairnessMessages.historyBadRank, { row: i, value: rawText(rankCell ?? "") }));
    let award: Award | null = null;
    if (!isBlankCell(awardCell)) {
      const word = rawText(awardCell).normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
      award = AWARD_WORDS.get(word) ?? null;
      if (award === null)
        error("award", render(fairnessMessages.historyBadAward, { row: i, value: rawText(awardCell) }));
    }
    if (errors.length > 0 || year === null || rank === null) {
      findings.push(...errors);
      return;
    }
    const key = `${year}\u0000${unit}`;
    const first = seen.get(key);
    if (first !== undefined) {
      findings.push({
        rule: FAIRNESS_RULES.historyDuplicate,
        severity: "error",
        location: { area: "history", row: i, unit },
        message: render(fairnessMessages.historyDuplicate, { row: i, first, unit, year }),
      });
      return;
    }
    seen.set(key, i);
    out.push({ row: i, year, unit, rank, award });
  });
  return { rows: out, findings };
}

/** One year's flag in a taking-turns sequence. */
interface FlagYear {
  year: number;
  unit: string;
}

/**
 * Errors: a flag recorded for a unit whose rank is not 1. Warnings ("rotation.taking-turns", one per cluster):
 * history rows are grouped by the cluster of their unit in `units` (rows of units no longer listed are left out).
 * Going back from the latest year with history, take the unbroken run of years in which exactly one unit of the
 * cluster got the flag (a year with no flag or with two ends the run). Inside that run, a window of the last
 * w ≥ max(rotationYears, 2) years is taking turns when either
 * - cycle: its k distinct units (2 ≤ k < w) take the flag in the same order round after round: the first k years
 *   are all different and every year repeats the unit of k years before (A B A, A B C A B C); or
 * - every unit: w equals the number M of the cluster's units and the last M flags went to M different units,
 *   so each unit had exactly one (A B C in a cluster of three).
 * The longest cycle window is reported; failing that, the every-unit window.
 */
export function checkRotation(history: readonly HistoryRow[], units: readonly Unit[], settings: Settings): Finding[] {
  const findings: Finding[] = [];
  const unitOf = new Map<string, Unit>();
  for (const unit of units) if (!unitOf.has(unit.code)) unitOf.set(unit.code, unit);
  const name = (code: string) => {
    const unit = unitOf.get(code);
    return unit ? unitLabel(unit) : code;
  };

  for (const row of history) {
    if (row.award !== "co-thi-dua" || row.rank === 1) continue;
    findings.push({
      rule: FAIRNESS_RULES.rotationFlagNotRank1,
      severity: "error",
      location: { area: "history", row: row.row, unit: row.unit, field: "award" },
      message: render(fairnessMessages.flagNotRank1, { year: row.year, unit: name(row.unit), rank: row.rank }),
      data: { year: row.year, unit: row.unit, rank: row.rank },
    });
  }

  const minWindow = Math.max(2, Math.floor(settings.fairness.rotationYears));
  const clusters = new Map<string, { members: Set<string>; rows: HistoryRow[] }>();
  for (const unit of units) {
    const entry = clusters.get(unit.cluster) ?? { members: new Set<string>(), rows: [] };
    entry.members.add(unit.code);
    clusters.set(unit.cluster, entry);
  }
  for (const row of history) {
    const unit = unitOf.get(row.unit);
    if (unit) clusters.get(unit.cluster)?.rows.push(row);
  }

  for (const [cluster, { members, rows }] of clusters) {
    const run = singleFlagRun(rows);
    const found = findCycle(run, minWindow) ?? findEveryUnit(run, members, minWindow);
    if (!found) continue;
    const label = clusterLabel(cluster);
    const sequence = (lang: Lang) =>
      found.window.map((f) => fairnessMessages.flagYear[lang]({ unit: name(f.unit), year: f.year })).join(", ");
    const sentence = (lang: Lang) =>
      found.period === null
        ? fairnessMessages.takingTurnsEveryUnit[lang]({
            cluster: label[lang],
            years: found.window.length,
            sequence: sequence(lang),
          })
        : fairnessMessages.takingTurnsCycle[lang]({
            cluster: label[lang],
            years: found.window.length,
            sequence: sequence(lang),
            period: found.period,
          });
    const location: FindingLocation = { area: "history" };
    findings.push({
      rule: FAIRNESS_RULES.rotationTakingTurns,
      severity: "warning",
      location,
      message: { vi: sentence("vi"), en: sentence("en") },
      data: {
        cluster,
        years: found.window.length,
        from: found.window[0].year,
        to: found.window[found.window.length - 1].year,
        units: found.window.map((f) => f.unit).join(", "),
        period: found.period,
      },
    });
  }
  return findings;
}

/** The latest unbroken run of years with history in which exactly one unit got the flag, oldest first. */
function singleFlagRun(rows: readonly HistoryRow[]): FlagYear[] {
  const flagsByYear = new Map<number, Set<string>>();
  for (const row of rows) {
    const flags = flagsByYear.get(row.year) ?? new Set<string>();
    if (row.award === "co-thi-dua") flags.add(row.unit);
    flagsByYear.set(row.year, flags);
  }
  const years = [...flagsByYear.keys()].sort((a, b) => b - a);
  const run: FlagYear[] = [];
  for (const year of years) {
    const flags = flagsByYear.get(year) as Set<string>;
    if (flags.size !== 1) break;
    run.unshift({ year, unit: [...flags][0] });
  }
  return run;
}

interface TakingTurns {
  window: FlagYear[];
  /** Units in the repeating round; null for the every-unit pattern. */
  period: number | null;
}

function findCycle(run: readonly FlagYear[], minWindow: number): TakingTurns | null {
  for (let w = run.length; w >= Math.max(minWindow, 3); w--) {
    const window = run.slice(run.length - w);
    const k = new Set(window.map((f) => f.unit)).size;
    if (k < 2 || k >= w) continue;
    if (new Set(window.slice(0, k).map((f) => f.unit)).size !== k) continue;
    let repeats = true;
    for (let i = 0; i + k < w && repeats; i++) repeats = window[i].unit === window[i + k].unit;
    if (repeats) return { window, period: k };
  }
  return null;
}

function findEveryUnit(run: readonly FlagYear[], members: ReadonlySet<string>, minWindow: number): TakingTurns | null {
  const m = members.size;
  if (m < minWindow || run.length < m) return null;
  const window = run.slice(run.length - m);
  const flagged = new Set(window.map((f) => f.unit));
  if (flagged.size !== m || ![...members].every((code) => flagged.has(code))) return null;
  return { window, period: null };
}
