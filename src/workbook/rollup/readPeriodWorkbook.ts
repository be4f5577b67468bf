// Reads one period workbook for the year roll-up: its metadata (period, template, units, settings) and each unit's
// final score. Finals are recomputed by the core from the workbook's entries, never taken from the Xếp hạng
// cells: a workbook that was not ranked, or was edited after ranking, still gives the right finals, and a
// workbook whose entries have errors gives none (it is reported and left out).

import type { Finding } from "../../core/findings/findingTypes";
import { render, type Bilingual } from "../../core/messages/messageTypes";
import type { PeriodResult } from "../../core/periods/rollupYear";
import { computeResults } from "../../core/ranking/computeResults";
import type { Lang, Settings } from "../../core/settings/settingsTypes";
import { flattenTemplate } from "../../core/template/flattenTemplate";
import { HostError, type Host } from "../host/hostTypes";
import { ROLLUP_RULES, rollupMessages as M } from "../messages/rollupMessages";
import { validateParsed } from "../operations/validateWorkbook";
import { parseWorkbook } from "../read/parseWorkbook";
import { readPlan } from "../read/readPlan";
import { canonicalPeriod, type CanonicalPeriod } from "../../core/periods/canonicalPeriod";
import type { RuleId } from "../../core/findings/ruleId";

/** A roll-up finding, with the period workbook it is about (null: about the year as a whole). */
export interface RollupFinding extends Finding {
  file: string | null;
}

export interface PeriodWorkbook {
  fileName: string;
  /** The period label as the workbook states it ("Quý I/2026"). */
  periodText: string;
  period: CanonicalPeriod | null;
  template: { id: string; version: string; title: string };
  contentMax: number;
  settings: Settings;
  lang: Lang;
  clusterTitle: string | null;
  /** One per unit in the workbook's units order; null when the entries have errors. */
  results: PeriodResult[] | null;
}

export interface PeriodRead {
  workbook: PeriodWorkbook | null;
  findings: RollupFinding[];
}

function fileFinding(file: string, rule: RuleId, message: Finding["message"], data?: Finding["data"]): RollupFinding {
  return { rule, severity: "error", location: {}, message, file, data: { file, ...(data ?? {}) } };
}

/** A period workbook that cannot be read (or has no usable metadata): left out, with the reason. */
function unreadable(fileName: string, reason: Bilingual): PeriodRead {
  return {
    workbook: null,
    findings: [
      fileFinding(fileName, ROLLUP_RULES.unreadable, {
        vi: M.unreadable.vi({ file: fileName, reason: reason.vi }),
        en: M.unreadable.en({ file: fileName, reason: reason.en }),
      }),
    ],
  };
}

export async function readPeriodWorkbook(fileName: string, host: Host): Promise<PeriodRead> {
  let parsed;
  try {
    const outline = await host.outline();
    parsed = parseWorkbook(await host.read(readPlan(outline)), outline);
  } catch (error) {
    if (!(error instanceof HostError)) throw error;
    return unreadable(fileName, error.detail);
  }
  const meta = parsed.meta;
  if (!meta) {
    return unreadable(fileName, parsed.findings[0]?.message ?? render(M.noMeta, {}));
  }
  const validation = validateParsed(parsed);
  const errors = validation.findings.filter((f) => f.severity === "error").length;
  const findings: RollupFinding[] = [];
  let results: PeriodResult[] | null = null;
  if (validation.input && errors === 0) {
    results = computeResults(validation.input).units.map((u) => ({
      code: u.unit.code,
      name: u.unit.name,
      cluster: u.unit.cluster,
      final: u.final,
    }));
  } else {
    findings.push(
      fileFinding(
        fileName,
        ROLLUP_RULES.notRankable,
        render(M.notRankable, { file: fileName, errors: Math.max(errors, 1) }),
        {
          errors,
        },
      ),
    );
  }
  const title = meta.template.title;
  return {
    workbook: {
      fileName,
      periodText: meta.period,
      period: canonicalPeriod(meta.period),
      template: {
        id: meta.template.id,
        version: meta.template.version,
        title: (meta.lang === "en" && title.en) || title.vi,
      },
      contentMax: flattenTemplate(meta.template).contentMax,
      settings: meta.settings,
      lang: meta.lang,
      clusterTitle: meta.clusterTitle,
      results,
    },
    findings,
  };
}
