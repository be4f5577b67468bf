// After a settings change in a .xlsx file (final rule, weights, trimming, thresholds, tie-break order), the re-planned
// live formulas, recalculated by LibreOffice, show exactly the core's finals, ranks and grades under the new settings.

import type { RankingResult } from "../../../src/core/model/scoringTypes";
import { computeResults } from "../../../src/core/ranking/computeResults";
import { resolveSettings } from "../../../src/core/settings/defaultSettings";
import type { SettingsOverrides } from "../../../src/core/settings/settingsTypes";
import { validateInputs } from "../../../src/core/validation/validateInputs";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import { rangeAddress } from "../../../src/workbook/layout/cellAddress";
import type { WorkbookLayout, WorkbookMode } from "../../../src/workbook/layout/workbookLayout";
import { updateSettings } from "../../../src/workbook/operations/updateSettings";
import { planInject } from "../../../src/workbook/plan/planInject";
import { planInputs } from "../../../src/workbook/plan/planInputs";
import { recalcWithLibreOffice } from "../../support/libreoffice";
import { scenarioFor, scenarioRawInputs, scenarioSettings } from "../../workbook/scenarios";

jest.setTimeout(240_000);

interface Case {
  label: string;
  /** The layout under the new settings (its result columns follow the new tie-break order). */
  layout: WorkbookLayout;
  /** Result columns the old settings had. */
  oldColumns: number;
  expected: RankingResult;
  /** What the core gives under the settings the workbook was made with. */
  before: RankingResult;
  file: Uint8Array;
}

async function buildCase(
  templateId: string,
  mode: WorkbookMode,
  seed: number,
  overrides: SettingsOverrides,
): Promise<Case> {
  const scenario = scenarioFor(templateId, mode, seed);
  const host = XlsxHost.create();
  const options = {
    mode,
    period: scenario.period,
    clusterTitle: scenario.clusterTitle,
    lang: scenario.lang,
    now: "2026-11-23T08:00:00.000Z",
  };
  const injected = planInject(scenario.template, scenario.units, scenario.settings, {
    ...options,
    existing: await host.outline(),
  });
  await host.apply(injected.plan!);
  await host.apply(planInputs(injected.layout!, scenario.inputs));
  const update = await updateSettings(host, overrides, { now: "2026-11-23T09:00:00.000Z", fileName: "cum.xlsx" });
  if (!update.applied) throw new Error(`${templateId}/${mode}: ${JSON.stringify(update.findings)}`);
  const settings = resolveSettings(scenarioSettings(scenario), overrides);
  const checked = validateInputs({ ...scenarioRawInputs(scenario), settings });
  // The layout of a fresh workbook with the new settings: the same cells, by the same builder.
  const fresh = planInject(scenario.template, scenario.units, settings, {
    ...options,
    existing: { sheets: [], names: [] },
  });
  return {
    label: `${templateId} / ${mode}`,
    layout: fresh.layout!,
    oldColumns: injected.layout!.result.columns.count,
    expected: computeResults(checked.input),
    before: computeResults(validateInputs(scenarioRawInputs(scenario)).input),
    file: await host.save(),
  };
}

const cases: Case[] = [];
const recalculated: XlsxHost[] = [];

beforeAll(async () => {
  cases.push(
    await buildCase("khoi-so-nganh", "cross", 21, {
      finalRule: "weighted",
      weights: { self: 0.25, peer: 0.25, review: 0.5 },
      peerTrim: { dropEachSide: 0, minRaters: 3 },
      grades: { thresholds: { HTXSNV: 0.85, HTTNV: 0.75, HTNV: 0.6 } },
      tieBreak: ["priority", "more-full-criteria"],
    }),
    await buildCase("cum-xa-phuong", "review", 22, {
      grades: { thresholds: { HTXSNV: 0.8, HTTNV: 0.7, HTNV: 0.5 }, floors: null },
      tieBreak: ["more-full-criteria", "fewer-deductions", "first-group"],
    }),
  );
  const files = await recalcWithLibreOffice(cases.map((c) => c.file));
  for (const file of files) recalculated.push(await XlsxHost.load(file));
});

describe("a settings change recalculated by LibreOffice equals the core", () => {
  it("shows the core's final, rank and grade under the new settings for every unit", async () => {
    for (const [i, c] of cases.entries()) {
      const { result } = c.layout;
      const cols = result.columns;
      const [read] = await recalculated[i].read([
        { sheet: result.sheet, range: rangeAddress({ ...result.table, columns: c.oldColumns }) },
      ]);
      c.expected.units.forEach((u, k) => {
        const row = read.values[k];
        const where = `${c.label}, unit ${u.unit.code}`;
        expect({ where, code: row[cols.code] }).toEqual({ where, code: u.unit.code });
        expect({ where, final: row[cols.final] as number }).toEqual({ where, final: expect.closeTo(u.final, 6) });
        expect({ where, rank: row[cols.rank] }).toEqual({ where, rank: u.rank });
        expect({ where, grade: row[cols.grade] }).toEqual({ where, grade: u.grade });
        if (u.peer !== null) {
          expect({ where, peer: row[cols.peer] as number }).toEqual({ where, peer: expect.closeTo(u.peer, 6) });
        }
        // Rank-key columns the old tie-break order had and the new one hasn't are empty.
        for (let col = cols.count; col < c.oldColumns; col++)
          expect({ where, col, v: row[col] }).toEqual({ where, col, v: null });
      });
    }
  });

  it("exercised a tie broken by the new order and grades or ranks the new settings changed", () => {
    expect(cases.flatMap((c) => c.expected.units).some((u) => u.tieBreak.length > 0)).toBe(true);
    for (const c of cases) {
      const view = (r: RankingResult) => r.units.map((u) => `${u.rank} ${u.grade}`);
      expect({ label: c.label, changed: view(c.expected).join() !== view(c.before).join() }).toEqual({
        label: c.label,
        changed: true,
      });
    }
  });
});
