// The year roll-up as one operation: read every period workbook (through any Host), keep the periods that fit
// (same template, same clusters, one file per period of one year), roll them up with the core (domain.md
// "Periods": the mean of the periods present, graded on the template's thresholds), and write the year summary
// into `out`. Problems are findings naming the file; nothing is written when no period can be used.

import { render } from "../../core/messages/messageTypes";
import { periodName, type RollupKind } from "../../core/messages/periodMessages";
import { rollupYear as rollupPeriods, type PeriodResults, type YearUnit } from "../../core/periods/rollupYear";
import type { Lang } from "../../core/settings/settingsTypes";
import type { Host, ProgressFn } from "../host/hostTypes";
import { ROLLUP_RULES, rollupMessages as M } from "../messages/rollupMessages";
import type { WorkbookPlan } from "../plan/planTypes";
import { periodCount, planYearSummary, type SummarySource, type YearSummaryLayout } from "./planYearSummary";
import { readPeriodWorkbook, type PeriodWorkbook, type RollupFinding } from "./readPeriodWorkbook";
import type { RuleId } from "../../core/findings/ruleId";

export type { RollupFinding } from "./readPeriodWorkbook";

export interface RollupSource {
  /** Shown in findings and in the summary's list of files. */
  fileName: string;
  host: Host;
}

export interface RollupYearOptions {
  /** The year to roll up; default: the year of the first readable period. */
  year?: number;
  /** Months or quarters; default: the kind of the first readable period. */
  kind?: RollupKind;
  /** The summary's language; default: the first readable workbook's. */
  lang?: Lang;
  progress?: ProgressFn;
}

export interface YearRollupUnit extends YearUnit {
  /** Final per period of the year in calendar order, null where missing. */
  finals: (number | null)[];
}

export interface YearRollup {
  year: number | null;
  kind: RollupKind | null;
  /** Canonical labels of every period of the year ("2026-Q1" … "2026-Q4"). */
  periods: string[];
  sources: SummarySource[];
  units: YearRollupUnit[];
  findings: RollupFinding[];
  /** The plan applied to `out`, null when nothing was written. */
  plan: WorkbookPlan | null;
  layout: YearSummaryLayout | null;
}

function canonicalLabel(year: number, kind: RollupKind, index: number): string {
  return kind === "month" ? `${year}-${String(index).padStart(2, "0")}` : `${year}-Q${index}`;
}

function error(file: string | null, rule: RuleId, message: RollupFinding["message"]): RollupFinding {
  return { rule, severity: "error", location: {}, message, file, ...(file ? { data: { file } } : {}) };
}

function warning(file: string | null, rule: RuleId, message: RollupFinding["message"], unit?: string): RollupFinding {
  return {
    rule,
    severity: "warning",
    location: unit ? { unit } : {},
    message,
    file,
    ...(file ? { data: { file } } : {}),
  };
}

export async function rollupYear(
  periods: readonly RollupSource[],
  out: Host,
  options: RollupYearOptions = {},
): Promise<YearRollup> {
  const findings: RollupFinding[] = [];
  const read: PeriodWorkbook[] = [];
  for (const [i, source] of periods.entries()) {
    options.progress?.({
      fraction: i / Math.max(periods.length, 1),
      step: { vi: `Đọc ${source.fileName}`, en: `Reading ${source.fileName}` },
    });
    const got = await readPeriodWorkbook(source.fileName, source.host);
    findings.push(...got.findings);
    if (got.workbook) read.push(got.workbook);
  }

  const base = read.find((w) => w.period !== null && w.results !== null) ?? read.find((w) => w.period !== null);
  const year = options.year ?? base?.period?.year ?? null;
  const kind = options.kind ?? base?.period?.kind ?? null;
  const lang = options.lang ?? base?.lang ?? read[0]?.lang ?? "vi";
  const sources: SummarySource[] = read.map((w) => ({
    fileName: w.fileName,
    period: w.period?.label ?? w.periodText,
    units: w.results?.length ?? 0,
    used: false,
  }));
  const nothing = (): YearRollup => {
    findings.push(error(null, ROLLUP_RULES.noPeriods, render(M.noPeriods, {})));
    return { year, kind, periods: [], sources, units: [], findings, plan: null, layout: null };
  };
  if (year === null || kind === null || !base) return nothing();

  // Which workbooks count: checked in the order given, so the first file of a period wins.
  const used: PeriodWorkbook[] = [];
  const firstOf = new Map<string, string>();
  const clusterOf = new Map<string, string>();
  const clusters = new Set<string>();
  read.forEach((w, i) => {
    const file = w.fileName;
    const period = w.period;
    if (!period) {
      findings.push(
        error(file, ROLLUP_RULES.periodUnreadable, render(M.periodUnreadable, { file, period: w.periodText })),
      );
      return;
    }
    if (period.kind !== kind) {
      findings.push(error(file, ROLLUP_RULES.otherKind, render(M.otherKind, { file, period: period.label, kind })));
      return;
    }
    if (period.year !== year) {
      findings.push(error(file, ROLLUP_RULES.otherYear, render(M.otherYear, { file, period: period.label, year })));
      return;
    }
    if (w.template.id !== base.template.id) {
      findings.push(
        error(
          file,
          ROLLUP_RULES.templateMismatch,
          render(M.templateMismatch, { file, id: w.template.id, expected: base.template.id, first: base.fileName }),
        ),
      );
      return;
    }
    if (!w.results) return; // reported when read: entries with errors
    const own = new Set(w.results.map((r) => r.cluster));
    if (clusters.size > 0 && ![...own].some((c) => clusters.has(c))) {
      findings.push(
        error(
          file,
          ROLLUP_RULES.otherClusters,
          render(M.otherClusters, { file, clusters: [...own].join(", "), expected: [...clusters].join(", ") }),
        ),
      );
      return;
    }
    const first = firstOf.get(period.label);
    if (first !== undefined) {
      findings.push(
        error(file, ROLLUP_RULES.duplicatePeriod, render(M.duplicatePeriod, { file, period: period.label, first })),
      );
      return;
    }
    if (w.template.version !== base.template.version) {
      findings.push(
        warning(
          file,
          ROLLUP_RULES.templateVersion,
          render(M.templateVersion, { file, version: w.template.version, expected: base.template.version }),
        ),
      );
    }
    for (const r of w.results) {
      const before = clusterOf.get(r.code);
      if (before !== undefined && before !== r.cluster) {
        const unit = r.name.trim() || r.code;
        findings.push(
          warning(
            file,
            ROLLUP_RULES.clusterMismatch,
            render(M.clusterMismatch, { file, unit, cluster: r.cluster, expected: before }),
            r.code,
          ),
        );
      }
      clusterOf.set(r.code, r.cluster);
      clusters.add(r.cluster);
    }
    firstOf.set(period.label, file);
    used.push(w);
    sources[i].used = true;
  });
  if (used.length === 0) return nothing();

  // Calendar order; the latest period's settings grade the year (the secretariat's current thresholds).
  used.sort((a, b) => a.period!.index - b.period!.index);
  const latest = used[used.length - 1];
  const input: PeriodResults[] = used.map((w) => ({ period: w.period!.label, results: w.results! }));
  const core = rollupPeriods(input, { year, kind, contentMax: latest.contentMax, settings: latest.settings });
  findings.push(...core.findings.map((f) => ({ ...f, file: null })));
  const count = periodCount(kind);
  const labels = Array.from({ length: count }, (_, i) => canonicalLabel(year, kind, i + 1));
  for (const [i, label] of labels.entries()) {
    if (firstOf.has(label)) continue;
    const name = (l: Lang) => `${periodName(kind, i + 1, l)}${l === "vi" ? " năm" : ""} ${year}`;
    findings.push(
      warning(null, ROLLUP_RULES.periodAbsent, {
        vi: M.periodAbsent.vi({ period: name("vi") }),
        en: M.periodAbsent.en({ period: name("en") }),
      }),
    );
  }

  const finalsOf = new Map<string, Map<string, number>>();
  for (const p of input) {
    for (const r of p.results) {
      const map = finalsOf.get(r.code) ?? new Map<string, number>();
      if (!map.has(p.period)) map.set(p.period, r.final);
      finalsOf.set(r.code, map);
    }
  }
  const units: YearRollupUnit[] = core.units.map((u) => ({
    ...u,
    finals: labels.map((label) => finalsOf.get(u.code)?.get(label) ?? null),
  }));

  const { plan, layout } = planYearSummary(
    {
      year,
      kind,
      units: units.map((u) => ({
        code: u.code,
        name: u.name,
        cluster: u.cluster,
        finals: u.finals,
        missing: u.missing,
      })),
      settings: latest.settings,
      contentMax: latest.contentMax,
      templateLabel: `${latest.template.title} (${latest.template.id} ${latest.template.version})`,
      sources,
      findings,
      lang,
    },
    await out.outline(),
  );
  await out.apply(plan, options.progress);
  return { year, kind, periods: labels, sources, units, findings, plan, layout };
}
