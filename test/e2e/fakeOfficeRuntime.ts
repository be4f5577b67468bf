// Bundled (esbuild, IIFE) and served in place of Office.js for the end-to-end test: installs the fake Excel runtime
// on window, and exposes a handle that lets the test type a cluster's entries into the fake as a person would.
import { planInject } from "../../src/workbook/plan/planInject";
import { planInputs } from "../../src/workbook/plan/planInputs";
import { installFakeExcel } from "../fakes/excel/createFakeExcel";
import { resultsEvaluator } from "../fakes/resultsEvaluator";
import { scenarioFor } from "../workbook/scenarios";
import { cellAddress } from "../../src/workbook/layout/cellAddress";

const { fake } = installFakeExcel(window, { displayLanguage: "vi-VN", sheets: ["Sheet1"] });
// Result formulas show what a correct Excel shows (the self-test compares them with the core).
fake.setEvaluator(resultsEvaluator(fake));

/** The cluster the test injects through the pane: khoi-so-nganh, self scoring, the scenario's units and entries. */
const scenario = scenarioFor("khoi-so-nganh", "self", 2);
const injectOptions = { mode: scenario.mode, period: "2026", clusterTitle: "Khối Sở", lang: "vi" as const };

/** Where the pane put everything: the same plan over the same blank workbook gives the same layout. */
function layout() {
  const planned = planInject(scenario.template, scenario.units, undefined, {
    ...injectOptions,
    now: "2026-03-01T08:00:00.000Z",
    existing: { sheets: [{ name: "Sheet1", visibility: "visible" }], names: [] },
  });
  if (!planned.layout) throw new Error("e2e: the scenario cannot be planned");
  return planned.layout;
}

const handle = {
  fake,
  injectOptions,
  /** The units as lines to paste into the Start screen (tab-separated, as copied from Excel). */
  unitLines: scenario.units.map((u) => [u.code, u.name, u.cluster].join("\t")).join("\n"),
  /** Types every entry of the scenario into the workbook (valid by construction). */
  enterScores() {
    const plan = planInputs(layout(), scenario.inputs);
    for (const sheet of plan.sheets)
      for (const block of sheet.blocks)
        fake.seed(
          sheet.name,
          block.at,
          block.cells.map((row) => row.map((c) => c.v ?? null)),
        );
  },
  /** Types one bad value over a self score: the first manual criterion of the unit in `column`. */
  enterBadScore(column: number, value: string | number): string {
    const l = layout();
    const row = l.flat.rows.find((r) => r.kind === "manual");
    if (!row) throw new Error("e2e: no manual criterion");
    const address = cellAddress(l.self.grid.row + row.index, l.self.grid.column + column);
    fake.seed(l.self.sheet, address, [[value]]);
    return address;
  },
  selfSheet: () => layout().self.sheet,
};

Object.assign(window, { __thiduaE2E: handle });
export type E2EHandle = typeof handle;
