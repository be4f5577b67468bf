// Forms on real files through LibreOffice: a master of a built-in template in cross mode (data entered by the
// secretariat), its forms written by the xlsx host, filled as each unit would, recalculated by LibreOffice with
// recalculation forced — every self form's totals and a peer form's totals equal the core's scoreLayer for that
// unit — and then the recalculated files collected back into the master, every value landing where it belongs.

import type { LayerScore } from "../../../src/core/model/scoringTypes";
import { computeLeaderRatios } from "../../../src/core/scoring/leaderRatios";
import { scoreLayer } from "../../../src/core/scoring/scoreLayer";
import { validateInputs } from "../../../src/core/validation/validateInputs";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import type { FormPlan } from "../../../src/workbook/forms/planForm";
import { cellAddress } from "../../../src/workbook/layout/cellAddress";
import { collectForms, type CollectResult } from "../../../src/workbook/operations/collectForms";
import { injectTemplate } from "../../../src/workbook/operations/injectTemplate";
import { makeForms } from "../../../src/workbook/operations/makeForms";
import { planInputs } from "../../../src/workbook/plan/planInputs";
import type { CellValue } from "../../../src/workbook/plan/planTypes";
import { parseWorkbook, type ParsedWorkbook } from "../../../src/workbook/read/parseWorkbook";
import { readPlan } from "../../../src/workbook/read/readPlan";
import { recalcWithLibreOffice } from "../../support/libreoffice";
import { scenarioFor, scenarioRawInputs } from "../../workbook/scenarios";

jest.setTimeout(240_000);

const scenario = scenarioFor("cum-xa-phuong", "cross", 5);
const core = validateInputs(scenarioRawInputs(scenario)).input;
const flat = core.flat;
const column = (grid: readonly (readonly CellValue[])[], c: number) => grid.map((row) => [row[c] ?? null]);
/** Peer forms checked: the first unit and the first unit of the second cluster. */
const PEER_RATERS = [0, 6];

const unitIndex = (form: FormPlan) => scenario.units.findIndex((u) => u.code === form.unit.code);

let forms: FormPlan[] = [];
let recalculated: XlsxHost[] = [];
let master: XlsxHost;
let collected: CollectResult;
let after: ParsedWorkbook;

async function totalsRow(host: XlsxHost, sheet: string, row: number, columns: number): Promise<CellValue[]> {
  const [read] = await host.read([{ sheet, range: `${cellAddress(row, 4)}:${cellAddress(row, 4 + columns - 1)}` }]);
  return read.values[0] ?? [];
}

beforeAll(async () => {
  master = XlsxHost.create();
  const injected = await injectTemplate(master, scenario.template, scenario.units, scenario.settings, {
    mode: "cross",
    period: scenario.period,
    clusterTitle: scenario.clusterTitle,
    lang: scenario.lang,
    now: "2026-03-01T08:00:00.000Z",
  });
  // The secretariat has the targets and actuals: peer forms show them, self forms start from them.
  await master.apply(planInputs(injected.layout!, { target: scenario.inputs.target, actual: scenario.inputs.actual }));
  forms = (await makeForms(master, { now: "2026-03-02T08:00:00.000Z" })).forms;

  const files: Uint8Array[] = [];
  for (const form of forms) {
    if (form.kind === "peer" && !PEER_RATERS.includes(unitIndex(form))) continue;
    const host = XlsxHost.create();
    await host.apply(form.plan);
    const c = scenario.units.findIndex((u) => u.code === form.unit.code);
    const { inputs } = scenario;
    await host.apply(
      planInputs(
        form.layout,
        form.kind === "self"
          ? {
              target: column(inputs.target, c),
              actual: column(inputs.actual, c),
              self: column(inputs.self, c),
              evidence: column(inputs.evidence, c),
            }
          : { peers: [inputs.peers![c]] },
      ),
    );
    files.push(await host.save());
  }
  forms = forms.filter((f) => f.kind === "self" || PEER_RATERS.includes(unitIndex(f)));
  recalculated = await Promise.all((await recalcWithLibreOffice(files)).map((file) => XlsxHost.load(file)));

  collected = await collectForms(
    master,
    recalculated.map((host, i) => ({ fileName: forms[i].fileName, host })),
    { now: "2026-03-20T09:00:00.000Z" },
  );
  const outline = await master.outline();
  after = parseWorkbook(await master.read(readPlan(outline)), outline);
});

describe("forms recalculated by LibreOffice", () => {
  it("show on each self form the core's self total for that unit", async () => {
    const selfForms = forms.filter((f) => f.kind === "self");
    expect(selfForms).toHaveLength(scenario.units.length);
    for (const [i, form] of forms.entries()) {
      if (form.kind !== "self") continue;
      const c = scenario.units.findIndex((u) => u.code === form.unit.code);
      // The unit alone, as its form holds it: leader ratios compare the unit with itself.
      const unitInput = validateInputs({
        flat,
        units: [scenario.units[c]],
        settings: core.settings,
        target: column(scenario.inputs.target, c),
        actual: column(scenario.inputs.actual, c),
        self: column(scenario.inputs.self, c),
      }).input;
      const [expected] = scoreLayer(
        flat,
        unitInput.self,
        unitInput.data,
        unitInput.units,
        computeLeaderRatios(flat, unitInput.data, unitInput.units),
      );
      const t = form.layout.self.totals;
      const rows = await Promise.all(
        [t.content, t.bonus, t.deduction, t.total].map((row) =>
          totalsRow(recalculated[i], form.layout.self.sheet, row, 1),
        ),
      );
      const content = expected.groups.reduce((a, b) => a + b, 0);
      const shown = rows.map((r) => r[0]);
      expect(shown.every((v) => typeof v === "number")).toBe(true);
      expect(shown[0] as number).toBeCloseTo(content, 9);
      expect(shown[1] as number).toBeCloseTo(expected.bonus, 9);
      expect(shown[2] as number).toBeCloseTo(expected.deduction, 9);
      expect(shown[3] as number).toBeCloseTo(expected.total, 9);
    }
  });

  it("show on a peer form the core's totals of the rater's grid for every other unit of its cluster, none beyond", async () => {
    const ratios = computeLeaderRatios(flat, core.data, core.units);
    let checked = 0;
    for (const [i, form] of forms.entries()) {
      if (form.kind !== "peer") continue;
      const c = scenario.units.findIndex((u) => u.code === form.unit.code);
      const scores: LayerScore[] = scoreLayer(flat, core.peers![c].grid, core.data, core.units, ratios);
      const peer = form.layout.peers[c];
      const totals = await totalsRow(recalculated[i], peer.sheet, peer.totals.total, scenario.units.length);
      const cluster = scenario.units[c].cluster;
      scores.forEach((score, ratee) => {
        if (ratee === c) return;
        // A rater scores its own cluster only: another cluster's column is not applicable, with no total.
        if (scenario.units[ratee].cluster !== cluster) {
          expect([ratee, totals[ratee] ?? null]).toEqual([ratee, null]);
          return;
        }
        expect(totals[ratee] as number).toBeCloseTo(score.total, 9);
        checked++;
      });
    }
    const clusterSize = (r: number) => scenario.units.filter((u) => u.cluster === scenario.units[r].cluster).length;
    expect(checked).toBe(PEER_RATERS.reduce((n, r) => n + clusterSize(r) - 1, 0));
  });

  it("are taken back whole into the master after LibreOffice saved them", () => {
    expect(
      collected.forms.filter((f) => !f.accepted).map((f) => [f.file, f.findings.map((x) => x.message.en)]),
    ).toEqual([]);
    const raw = after.raw!;
    const text = (v: unknown) => (v === undefined || v === "" ? null : v);
    for (const row of flat.rows) {
      for (let c = 0; c < scenario.units.length; c++) {
        if (row.kind !== "group")
          expect([row.code, c, text(raw.self[row.index][c])]).toEqual([
            row.code,
            c,
            text(scenario.inputs.self[row.index][c]),
          ]);
        if (row.leaf)
          expect([row.code, c, text(raw.evidence![row.index][c])]).toEqual([
            row.code,
            c,
            text(scenario.inputs.evidence[row.index][c]),
          ]);
      }
    }
    for (const r of PEER_RATERS) {
      const landed = raw.peers!.find((p) => p.rater === scenario.units[r].code)!.grid;
      for (const row of flat.rows) {
        if (row.kind === "manual" || row.kind === "qual")
          for (let c = 0; c < scenario.units.length; c++) {
            if (c === r) continue;
            // Only the rater's own cluster is carried back; other clusters' cells stay blank in the master.
            const same = scenario.units[c].cluster === scenario.units[r].cluster;
            const expected = same ? text(scenario.inputs.peers![r].grid[row.index][c]) : null;
            expect([row.code, r, c, text(landed[row.index][c])]).toEqual([row.code, r, c, expected]);
          }
      }
    }
    expect(after.log!.rows.length).toBe(2 + forms.length);
  });
});
