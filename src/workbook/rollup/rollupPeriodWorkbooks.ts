// The year roll-up as one operation: read every period workbook (through any Host), keep the ones that count
// (admitPeriods), roll them up with the core (domain.md "Periods": the mean of the periods present, graded on the
// template's thresholds), and write the year summary into `out`. Problems are findings naming the file; nothing is
// written when no period can be used.

import type { Lang } from "../../core/settings/settingsTypes";
import { periodName, type RollupKind } from "../../core/messages/periodMessages";
import { rollupYear, type PeriodResults, type YearUnit } from "../../core/periods/rollupYear";
import type { Host, ProgressFn } from "../host/hostTypes";
import { ROLLUP_RULES, rollupMessages as M } from "../messages/rollupMessages";
import type { WorkbookPlan } from "../plan/planTypes";
import { admitPeriods, warning, type AdmitOptions } from "./admitPeriods";
import { periodCount, planYearSummary, type SummarySource, type YearSummaryLayout } from "./planYearSummary";
import { readPeriodWorkbook, type PeriodWorkbook, type RollupFinding } from "./readPeriodWorkbook";

export type { RollupFinding } from "./readPeriodWorkbook";

export interface RollupSource {
  /** Shown in findings and in the summary's list of files. */
  fileName: string;
  host: Host;
}

export interface RollupOptions extends AdmitOptions {
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

/** The core's roll-up of the periods used, each unit's final per period, and a warning per period of the year absent. */
function rollUp(used: readonly PeriodWorkbook[], year: number, kind: RollupKind) {
  // The latest period's settings grade the year (the secretariat's current thresholds).
  const latest = used[used.length - 1];
  const input: PeriodResults[] = used.map((w) => ({ period: w.period!.label, results: w.results! }));
  const core = rollupYear(input, { year, kind, contentMax: latest.contentMax, settings: latest.settings });
  const findings: RollupFinding[] = core.findings.map((f) => ({ ...f, file: null }));
  const periods = Array.from({ length: periodCount(kind) }, (_, i) => canonicalLabel(year, kind, i + 1));
  const present = new Set(input.map((p) => p.period));
  for (const [i, label] of periods.entries()) {
    if (present.has(label)) continue;
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
    finals: periods.map((label) => finalsOf.get(u.code)?.get(label) ?? null),
  }));
  return { latest, periods, units, findings };
}

export async function rollupPeriodWorkbooks(
  periods: readonly RollupSource[],
  out: Host,
  options: RollupOptions = {},
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

  const admitted = admitPeriods(read, options);
  findings.push(...admitted.findings);
  const { year, kind, base, used, sources } = admitted;
  if (year === null || kind === null || !base || used.length === 0) {
    return { year, kind, periods: [], sources, units: [], findings, plan: null, layout: null };
  }

  const rolled = rollUp(used, year, kind);
  findings.push(...rolled.findings);
  const { latest, units } = rolled;
  const lang = options.lang ?? base.lang;
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
  return { year, kind, periods: rolled.periods, sources, units, findings, plan, layout };
}
