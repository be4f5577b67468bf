// The workbook's live formulas, recalculated by LibreOffice, must show exactly the core's numbers: for every
// built-in template in self, review and cross modes, a scenario is injected, filled, recalculated with
// recalculation forced, and every total, peer aggregate, final score, rank and grade is compared.

import type { RankingResult } from "../../../src/core/model/scoringTypes";
import { computeResults } from "../../../src/core/ranking/computeResults";
import { BUILTIN_TEMPLATES } from "../../../src/core/template/builtinTemplates";
import { validateInputs } from "../../../src/core/validation/validateInputs";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import { rangeAddress, type RangeBox } from "../../../src/workbook/layout/cellAddress";
import { WORKBOOK_MODES, type WorkbookLayout } from "../../../src/workbook/layout/workbookLayout";
import type { CellValue } from "../../../src/workbook/plan/planTypes";
import { planInject } from "../../../src/workbook/plan/planInject";
import { planInputs } from "../../../src/workbook/plan/planInputs";
import { recalcWithLibreOffice } from "../../support/libreoffice";
import { scenarioFor, scenarioRawInputs, type Scenario } from "../../workbook/scenarios";

jest.setTimeout(240_000);

interface Case {
  label: string;
  scenario: Scenario;
  layout: WorkbookLayout;
  expected: RankingResult;
  file: Uint8Array;
}

const EXCEL_ERRORS = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!)$/;

async function buildCase(templateId: string, mode: (typeof WORKBOOK_MODES)[number], seed: number): Promise<Case> {
  const scenario = scenarioFor(templateId, mode, seed);
  const host = XlsxHost.create();
  const injected = planInject(scenario.template, scenario.units, scenario.settings, {
    mode,
    period: scenario.period,
    clusterTitle: scenario.clusterTitle,
    lang: scenario.lang,
    now: "2026-11-23T08:00:00.000Z",
    existing: await host.outline(),
  });
  if (!injected.plan || !injected.layout)
    throw new Error(`${templateId}/${mode}: ${JSON.stringify(injected.findings)}`);
  await host.apply(injected.plan);
  await host.apply(planInputs(injected.layout, scenario.inputs));
  const checked = validateInputs(scenarioRawInputs(scenario));
  const errors = checked.findings.filter((f) => f.severity === "error");
  if (errors.length > 0) throw new Error(`scenario has invalid entries: ${errors[0].message.en}`);
  return {
    label: `${templateId} / ${mode}`,
    scenario,
    layout: injected.layout,
    expected: computeResults(checked.input),
    file: await host.save(),
  };
}

async function readBox(host: XlsxHost, sheet: string, box: RangeBox): Promise<CellValue[][]> {
  const [read] = await host.read([{ sheet, range: rangeAddress(box) }]);
  return read.values;
}

const cases: Case[] = [];
const recalculated: XlsxHost[] = [];

beforeAll(async () => {
  let seed = 11;
  for (const template of BUILTIN_TEMPLATES) {
    for (const mode of WORKBOOK_MODES) cases.push(await buildCase(template.id, mode, seed++));
  }
  const files = await recalcWithLibreOffice(cases.map((c) => c.file));
  for (const file of files) recalculated.push(await XlsxHost.load(file));
});

describe("live formulas recalculated by LibreOffice equal the core", () => {
  it("covers every built-in template in self, review and cross modes", () => {
    expect(cases.map((c) => c.label)).toHaveLength(BUILTIN_TEMPLATES.length * 3);
  });

  it("shows the core's self, peer, review and final totals, rank and grade for every unit", async () => {
    for (const [i, c] of cases.entries()) {
      const { result } = c.layout;
      const cols = result.columns;
      const rows = await readBox(recalculated[i], result.sheet, { ...result.table, columns: cols.count });
      c.expected.units.forEach((u, k) => {
        const row = rows[k];
        const where = `${c.label}, unit ${u.unit.code}`;
        expect({ where, code: row[cols.code] }).toEqual({ where, code: u.unit.code });
        expect({ where, self: row[cols.self] as number }).toEqual({ where, self: expect.closeTo(u.self.total, 6) });
        expect({ where, final: row[cols.final] as number }).toEqual({ where, final: expect.closeTo(u.final, 6) });
        expect({ where, rank: row[cols.rank] }).toEqual({ where, rank: u.rank });
        expect({ where, grade: row[cols.grade] }).toEqual({ where, grade: u.grade });
        if (u.peer === null) expect({ where, peer: row[cols.peer] ?? "" }).toEqual({ where, peer: "" });
        else expect({ where, peer: row[cols.peer] as number }).toEqual({ where, peer: expect.closeTo(u.peer, 6) });
        if (u.review !== null) {
          expect({ where, review: row[cols.review] as number }).toEqual({ where, review: expect.closeTo(u.review, 6) });
        }
      });
    }
  });

  it("shows the core's last-stage points for every criterion of every unit", async () => {
    for (const [i, c] of cases.entries()) {
      const grid = await readBox(recalculated[i], c.layout.final.sheet, c.layout.final.grid);
      c.expected.units.forEach((u, k) => {
        u.finalPoints.points.forEach((points, r) => {
          const where = `${c.label}, unit ${u.unit.code}, criterion ${c.layout.flat.rows[r].code}`;
          expect({ where, points: grid[r][k] as number }).toEqual({ where, points: expect.closeTo(points, 6) });
        });
      });
    }
  });

  it("has exercised a tie broken by the chain, a partial review and complete peer raters somewhere in the scenarios", () => {
    const all = cases.flatMap((c) => c.expected.units);
    expect(all.some((u) => u.tieBreak.length > 0)).toBe(true);
    expect(all.some((u) => u.review !== null && u.review !== u.self.total)).toBe(true);
    expect(all.some((u) => u.peer !== null && u.peerRaters >= 2)).toBe(true);
  });

  it("shows no error value in any cell of any sheet", async () => {
    for (const [i, c] of cases.entries()) {
      const host = recalculated[i];
      const outline = await host.outline();
      const reads = await host.read(outline.sheets.map((s) => ({ sheet: s.name, range: "A1:CZ600" })));
      for (const read of reads) {
        read.values.forEach((row, r) =>
          row.forEach((v, col) => {
            if (typeof v === "string" && EXCEL_ERRORS.test(v)) {
              throw new Error(`${c.label}: ${read.sheet} row ${r + 1} column ${col + 1} shows ${v}`);
            }
          }),
        );
      }
    }
  });
});
