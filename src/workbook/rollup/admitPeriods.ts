// Which period workbooks a year roll-up counts, as pure rules over what was read: one year and one kind of period
// (months or quarters), the same template, clusters that overlap, one file per period (the first given wins); a
// file that breaks a rule is left out with a finding that names it. A different template version or a unit that
// moved cluster is only a warning.

import { render } from "../../core/messages/messageTypes";
import type { RollupKind } from "../../core/messages/periodMessages";
import type { RuleId } from "../../core/findings/ruleId";
import { ROLLUP_RULES, rollupMessages as M } from "../messages/rollupMessages";
import type { SummarySource } from "./planYearSummary";
import type { PeriodWorkbook, RollupFinding } from "./readPeriodWorkbook";

export interface AdmitOptions {
  /** The year to roll up; default: the year of the first readable period. */
  year?: number;
  /** Months or quarters; default: the kind of the first readable period. */
  kind?: RollupKind;
}

export interface Admission {
  /** Null when no workbook states a period that can be read. */
  year: number | null;
  kind: RollupKind | null;
  /** The workbook the others are compared with (template, kind, year): the first ranked one with a period. */
  base: PeriodWorkbook | null;
  /** The workbooks that count, in calendar order; each has a period and results. */
  used: PeriodWorkbook[];
  /** Every workbook read, in the order given, marked used or not. */
  sources: SummarySource[];
  findings: RollupFinding[];
}

function error(file: string | null, rule: RuleId, message: RollupFinding["message"]): RollupFinding {
  return { rule, severity: "error", location: {}, message, file, ...(file ? { data: { file } } : {}) };
}

export function warning(
  file: string | null,
  rule: RuleId,
  message: RollupFinding["message"],
  unit?: string,
): RollupFinding {
  return {
    rule,
    severity: "warning",
    location: unit ? { unit } : {},
    message,
    file,
    ...(file ? { data: { file } } : {}),
  };
}

export function admitPeriods(read: readonly PeriodWorkbook[], options: AdmitOptions = {}): Admission {
  const findings: RollupFinding[] = [];
  const base = read.find((w) => w.period !== null && w.results !== null) ?? read.find((w) => w.period !== null) ?? null;
  const year = options.year ?? base?.period?.year ?? null;
  const kind = options.kind ?? base?.period?.kind ?? null;
  const sources: SummarySource[] = read.map((w) => ({
    fileName: w.fileName,
    period: w.period?.label ?? w.periodText,
    units: w.results?.length ?? 0,
    used: false,
  }));
  const nothing = (): Admission => {
    findings.push(error(null, ROLLUP_RULES.noPeriods, render(M.noPeriods, {})));
    return { year, kind, base, used: [], sources, findings };
  };
  if (year === null || kind === null || !base) return nothing();

  // Checked in the order given, so the first file of a period wins.
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
  used.sort((a, b) => a.period!.index - b.period!.index);
  return { year, kind, base, used, sources, findings };
}
