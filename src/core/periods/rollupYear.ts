// Rolls monthly or quarterly finals up into the year: the mean of the periods present, graded on the template's
// thresholds (domain.md "Periods").

import type { Finding } from "../findings/findingTypes";
import { periodMessages, periodName, type RollupKind } from "../messages/periodMessages";
import { render } from "../messages/messageTypes";
import type { Grade } from "../model/gradeTypes";
import { roundTo } from "../model/roundTo";
import type { Lang, Settings } from "../settings/settingsTypes";
import { PERIOD_RULES } from "./periodRules";
import type { RuleId } from "../findings/ruleId";

export interface PeriodResult {
  code: string;
  name: string;
  cluster: string;
  final: number;
}

export interface PeriodResults {
  /** "2026-01" (month) or "2026-Q1" (quarter). */
  period: string;
  results: PeriodResult[];
}

export interface YearUnit {
  code: string;
  name: string;
  cluster: string;
  /** Periods with a result, in calendar order, written canonically ("2026-03", "2026-Q2"). */
  periodsPresent: string[];
  /** Periods of the year without a result. */
  missing: string[];
  mean: number;
  grade: Grade;
}

export interface RollupOptions {
  year: number;
  kind: RollupKind;
  contentMax: number;
  settings: Settings;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-q(\d)$/i;

interface ParsedPeriod {
  year: number;
  kind: RollupKind;
  index: number;
}

function parsePeriod(text: string): ParsedPeriod | null {
  const trimmed = text.trim();
  const month = MONTH.exec(trimmed);
  if (month) {
    const index = Number(month[2]);
    return index >= 1 && index <= 12 ? { year: Number(month[1]), kind: "month", index } : null;
  }
  const quarter = QUARTER.exec(trimmed);
  if (quarter) {
    const index = Number(quarter[2]);
    return index >= 1 && index <= 4 ? { year: Number(quarter[1]), kind: "quarter", index } : null;
  }
  return null;
}

/** One unit's finals by period index (1–12 or 1–4) while rolling up. */
interface UnitFinals {
  code: string;
  name: string;
  cluster: string;
  finals: Map<number, number>;
  /** Position of the unit's first appearance in the input. */
  order: number;
}

function canonical(year: number, kind: RollupKind, index: number): string {
  return kind === "month" ? `${year}-${String(index).padStart(2, "0")}` : `${year}-Q${index}`;
}

/**
 * Errors (the period or result is left out): an unreadable period, a period of another year or kind, a period given
 * twice (the first counts), a unit twice in one period (the first counts), a non-finite final. Warning: a unit
 * missing some periods of the year, one finding per unit listing them.
 *
 * The year's grade applies the grade thresholds (share of contentMax) to the mean, compared after rounding to
 * rankDecimals as rankings are. Per-criterion floors do not apply: the periods' finals are totals, and a yearly
 * criterion score would need the periods' criterion scores, which the roll-up does not have (each period's own
 * grade already applied its floors). Name and cluster are taken from the latest period listing the unit.
 */
export function rollupYear(
  periods: readonly PeriodResults[],
  options: RollupOptions,
): { units: YearUnit[]; findings: Finding[] } {
  const { year, kind, contentMax, settings } = options;
  if (!(contentMax > 0)) throw new RangeError(`rollupYear: contentMax must be positive, got ${contentMax}`);
  const count = kind === "month" ? 12 : 4;
  const findings: Finding[] = [];
  const error = (rule: RuleId, row: number, field: string, message: Finding["message"], unit?: string): void => {
    findings.push({
      rule,
      severity: "error",
      location: { area: "result", row, field, ...(unit ? { unit } : {}) },
      message,
    });
  };

  // The periods that count, in calendar order.
  const accepted: { index: number; results: PeriodResult[]; label: string; row: number }[] = [];
  const seenPeriods = new Set<number>();
  periods.forEach((p, row) => {
    const parsed = parsePeriod(p.period);
    if (!parsed) {
      error(PERIOD_RULES.unreadable, row, p.period, render(periodMessages.unreadable, { period: p.period }));
      return;
    }
    const label = canonical(parsed.year, parsed.kind, parsed.index);
    if (parsed.kind !== kind) {
      error(PERIOD_RULES.otherKind, row, label, render(periodMessages.otherKind, { period: label, kind }));
    } else if (parsed.year !== year) {
      error(PERIOD_RULES.otherYear, row, label, render(periodMessages.otherYear, { period: label, year }));
    } else if (seenPeriods.has(parsed.index)) {
      error(PERIOD_RULES.duplicate, row, label, render(periodMessages.duplicatePeriod, { period: label }));
    } else {
      seenPeriods.add(parsed.index);
      accepted.push({ index: parsed.index, results: p.results, label, row });
    }
  });
  accepted.sort((a, b) => a.index - b.index);

  // Units come out in the order they first appear in the input; the latest period decides name and cluster.
  const order = new Map<string, number>();
  for (const p of periods) for (const r of p.results ?? []) if (!order.has(r.code)) order.set(r.code, order.size);
  const byCode = new Map<string, UnitFinals>();
  for (const p of accepted) {
    const seenUnits = new Set<string>();
    for (const r of p.results ?? []) {
      const name = r.name.trim() || r.code;
      if (seenUnits.has(r.code)) {
        error(
          PERIOD_RULES.duplicateUnit,
          p.row,
          p.label,
          render(periodMessages.duplicateUnit, { period: p.label, unit: name }),
          r.code,
        );
        continue;
      }
      seenUnits.add(r.code);
      if (typeof r.final !== "number" || !Number.isFinite(r.final)) {
        error(
          PERIOD_RULES.badFinal,
          p.row,
          p.label,
          render(periodMessages.badFinal, { period: p.label, unit: name }),
          r.code,
        );
        continue;
      }
      const acc = byCode.get(r.code) ?? {
        code: r.code,
        name: r.name,
        cluster: r.cluster,
        finals: new Map<number, number>(),
        order: order.get(r.code) ?? 0,
      };
      acc.name = r.name;
      acc.cluster = r.cluster;
      acc.finals.set(p.index, r.final);
      byCode.set(r.code, acc);
    }
  }

  const units: YearUnit[] = [...byCode.values()]
    .sort((a, b) => a.order - b.order)
    .map((acc) => {
      const present = [...acc.finals.keys()].sort((a, b) => a - b);
      const missingIndexes: number[] = [];
      for (let i = 1; i <= count; i++) if (!acc.finals.has(i)) missingIndexes.push(i);
      let sum = 0;
      for (const i of present) sum += acc.finals.get(i) as number;
      const mean = sum / present.length;
      const label = acc.name.trim() || acc.code;
      if (missingIndexes.length > 0) {
        const list = (lang: Lang) => missingIndexes.map((i) => periodName(kind, i, lang)).join(", ");
        const params = (lang: Lang) => ({ unit: label, year, kind, periods: list(lang), present: present.length });
        findings.push({
          rule: PERIOD_RULES.missing,
          severity: "warning",
          location: { area: "result", unit: acc.code },
          message: { vi: periodMessages.missing.vi(params("vi")), en: periodMessages.missing.en(params("en")) },
          data: { missing: missingIndexes.map((i) => canonical(year, kind, i)).join(", "), present: present.length },
        });
      }
      return {
        code: acc.code,
        name: acc.name,
        cluster: acc.cluster,
        periodsPresent: present.map((i) => canonical(year, kind, i)),
        missing: missingIndexes.map((i) => canonical(year, kind, i)),
        mean,
        grade: gradeOfMean(mean, contentMax, settings),
      };
    });
  return { units, findings };
}

function gradeOfMean(mean: number, contentMax: number, settings: Settings): Grade {
  const d = settings.rankDecimals;
  const value = roundTo(mean, d);
  const { thresholds } = settings.grades;
  if (value >= roundTo(thresholds.HTXSNV * contentMax, d)) return "HTXSNV";
  if (value >= roundTo(thresholds.HTTNV * contentMax, d)) return "HTTNV";
  if (value >= roundTo(thresholds.HTNV * contentMax, d)) return "HTNV";
  return "KHTNV";
}
