// The self-test's verdict rests on which cells it checks and what it expects there (computedCells). Here a real
// spreadsheet engine settles that independently of any evaluator: the self-test's cluster, injected and filled as a
// file, recalculated by LibreOffice, shows in exactly those cells exactly those values, before and after the
// self-test's settings change.

import { computeResults } from "../../../src/core/ranking/computeResults";
import { validateInputs } from "../../../src/core/validation/validateInputs";
import type { Settings } from "../../../src/core/settings/settingsTypes";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import type { WorkbookLayout } from "../../../src/workbook/layout/workbookLayout";
import { updateSettings } from "../../../src/workbook/operations/updateSettings";
import { planInject } from "../../../src/workbook/plan/planInject";
import { planInputs } from "../../../src/workbook/plan/planInputs";
import { compareComputed, computedCells, computedReads } from "../../../src/workbook/selftest/computedCells";
import { fixedSelf, selfTestCluster, SELF_TEST_SETTINGS_CHANGE } from "../../../src/workbook/selftest/selfTestCluster";
import { recalcWithLibreOffice } from "../../support/libreoffice";

jest.setTimeout(240_000);

const cluster = selfTestCluster();

function expected(layout: WorkbookLayout, settings: Settings) {
  const { inputs } = cluster;
  return computeResults(
    validateInputs({
      flat: layout.flat,
      units: layout.units,
      settings,
      target: inputs.target,
      actual: inputs.actual,
      self: fixedSelf(cluster),
      review: inputs.review,
      peers: [...inputs.peers],
    }).input,
  );
}

let layout: WorkbookLayout;
let settings: Settings;
let changed: Settings;
const recalculated: XlsxHost[] = [];

beforeAll(async () => {
  const host = XlsxHost.create();
  const planned = planInject(cluster.template, cluster.units, undefined, {
    mode: "cross",
    period: "2026",
    lang: "vi",
    now: "2026-03-01T08:00:00.000Z",
    existing: await host.outline(),
  });
  layout = planned.layout!;
  settings = planned.meta!.settings;
  await host.apply(planned.plan!);
  await host.apply(planInputs(layout, { ...cluster.inputs, self: fixedSelf(cluster) }));
  const before = await host.save();
  const update = await updateSettings(host, SELF_TEST_SETTINGS_CHANGE, { now: "2026-03-01T08:05:00.000Z" });
  expect(update.applied).toBe(true);
  changed = update.settings!;
  const files = await recalcWithLibreOffice([before, await host.save()]);
  for (const file of files) recalculated.push(await XlsxHost.load(file));
});

describe("the cells the self-test checks, recalculated by LibreOffice", () => {
  it("show the core's totals, ranks and grades for the self-test's cluster", async () => {
    const cells = computedCells(layout, expected(layout, settings));
    expect(cells).toHaveLength(290);
    expect(compareComputed(cells, await recalculated[0].read(computedReads(layout)))).toEqual([]);
  });

  it("show them after the self-test's settings change too, which moves some of them", async () => {
    const after = expected(layout, changed);
    const cells = computedCells(layout, after);
    expect(compareComputed(cells, await recalculated[1].read(computedReads(layout)))).toEqual([]);
    // The change is not a no-op: the old expectations no longer hold in the new file.
    const stale = compareComputed(
      computedCells(layout, expected(layout, settings)),
      await recalculated[1].read(computedReads(layout)),
    );
    expect(stale.length).toBeGreaterThan(0);
  });
});
