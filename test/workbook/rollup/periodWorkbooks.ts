// Period workbooks for roll-up tests: a small manual-only template (I: 1.1 of max 60, II: 2.1 of max 40, content
// max 100) so that a unit's final is exactly the sum of its two scores, injected, filled and ranked in an XlsxHost.

import type { Unit } from "../../../src/core/model/unitTypes";
import type { Template } from "../../../src/core/template/templateTypes";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import type { WorkbookMode } from "../../../src/workbook/layout/workbookLayout";
import { injectTemplate } from "../../../src/workbook/operations/injectTemplate";
import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { planInputs } from "../../../src/workbook/plan/planInputs";
import type { CellValue } from "../../../src/workbook/plan/planTypes";

export const QUARTER_TEMPLATE: Template = {
  id: "quy-thu",
  version: "1.0.0",
  title: { vi: "Bảng chấm điểm quý (thử)", en: "Quarterly table (test)" },
  scale: 100,
  bonusCap: 0,
  periodKind: "quarter",
  legalBasis: [{ number: "Luật 06/2022/QH15", title: { vi: "Luật Thi đua, khen thưởng" }, date: "2022-06-15" }],
  criteria: [
    {
      code: "I",
      title: { vi: "Nhiệm vụ chuyên môn" },
      kind: "group",
      max: 60,
      children: [{ code: "1.1", title: { vi: "Kết quả nhiệm vụ" }, kind: "manual", max: 60, step: 0.5 }],
    },
    {
      code: "II",
      title: { vi: "Công tác thi đua" },
      kind: "group",
      max: 40,
      children: [{ code: "2.1", title: { vi: "Phong trào thi đua" }, kind: "manual", max: 40, step: 0.5 }],
    },
  ],
};

export function unitList(codes: string[], cluster = "Khối 1"): Unit[] {
  return codes.map((code) => ({ code, name: `Sở ${code}`, cluster, priority: false, disqualified: false }));
}

export interface PeriodWorkbookSpec {
  period: string;
  units: Unit[];
  /** Scores of 1.1 and 2.1 per unit code (final = their sum); a unit without an entry is blank. */
  scores: Record<string, [number, number]>;
  template?: Template;
  mode?: WorkbookMode;
  lang?: "vi" | "en";
  /** Rank after filling (default true). */
  rank?: boolean;
}

export async function periodWorkbook(spec: PeriodWorkbookSpec): Promise<XlsxHost> {
  const host = XlsxHost.create();
  const planned = await injectTemplate(host, spec.template ?? QUARTER_TEMPLATE, spec.units, undefined, {
    mode: spec.mode ?? "self",
    period: spec.period,
    clusterTitle: "Khối thi đua các sở",
    lang: spec.lang ?? "vi",
    now: "2026-12-20T08:00:00.000Z",
  });
  if (!planned.layout) throw new Error(JSON.stringify(planned.findings.map((f) => f.message.en)));
  const self: CellValue[][] = planned.layout.flat.rows.map(() => spec.units.map(() => null));
  spec.units.forEach((u, c) => {
    const s = spec.scores[u.code];
    if (!s) return;
    self[1][c] = s[0];
    self[3][c] = s[1];
  });
  await host.apply(planInputs(planned.layout, { self }));
  if (spec.rank !== false) {
    const ranked = await rankWorkbook(host, { now: "2026-12-21T08:00:00.000Z" });
    if (!ranked.result) throw new Error(JSON.stringify(ranked.findings.map((f) => f.message.en)));
  }
  return host;
}
