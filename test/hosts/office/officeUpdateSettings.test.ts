// A settings change through the Office host (Office.js in front of the in-memory Excel): outline, read and one write
// (3 requests) on a 5-unit workbook, formulas re-planned, and the sheets' validation and conditional-format rules
// neither lost nor duplicated.

import type { SettingsOverrides } from "../../../src/core/settings/settingsTypes";
import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { cellAddress } from "../../../src/workbook/layout/cellAddress";
import { updateSettings } from "../../../src/workbook/operations/updateSettings";
import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import { PAYLOAD_CEILING } from "../../../src/hosts/office/payloadSize";
import { createOfficeJsExcel } from "../../fakes/officejs/createOfficeJsExcel";
import { clusterOfSize } from "./clusterOfSize";
import { fillSizedCluster, injectSizedCluster } from "./sizedClusterWorkbook";

async function filledReviewWorkbook(units: number, settings: SettingsOverrides = {}) {
  const { Excel, Office, fake } = createOfficeJsExcel();
  const host = new OfficeHost(Excel, Office);
  const cluster = clusterOfSize("cum-xa-phuong", "review", units);
  const planned = await injectSizedCluster(host, cluster, settings);
  await fillSizedCluster(host, planned.layout!, cluster);
  return { fake, host, layout: planned.layout! };
}

// Every size and mode: officejs/operationMatrix.test.ts.
describe.each([5])("updateSettings through the Office host, %i units", (units) => {
  const requests = 3;
  it(`changes the settings in ${requests} requests without duplicating any sheet's rules`, async () => {
    const { fake, host, layout } = await filledReviewWorkbook(units);
    const sheets = fake.sheetNames();
    const rulesBefore = sheets.map((s) => ({ s, v: fake.validations(s), c: fake.conditionalFormats(s) }));
    expect(fake.validations(layout.self.sheet).length).toBeGreaterThan(0);
    expect(fake.conditionalFormats(layout.self.sheet).length).toBeGreaterThan(0);
    const col = layout.result.columns;
    const finalCell = cellAddress(layout.result.table.row, col.final);
    const formulaBefore = fake.cell(layout.result.sheet, finalCell).formula;

    fake.resetCounters();
    const update = await updateSettings(
      host,
      { finalRule: "weighted", weights: { self: 0.4, peer: 0, review: 0.6 }, tieBreak: ["priority"] },
      { now: "2026-03-03T10:00:00.000Z" },
    );
    expect(update.applied).toBe(true);
    expect(fake.syncCount).toBe(requests);
    expect(fake.maxPayload).toBeLessThanOrEqual(PAYLOAD_CEILING);

    expect(sheets.map((s) => ({ s, v: fake.validations(s), c: fake.conditionalFormats(s) }))).toEqual(rulesBefore);
    // The final total now blends self and review totals; it was the last-stage total before.
    const formulaAfter = fake.cell(layout.result.sheet, finalCell).formula;
    expect(formulaAfter).not.toBe(formulaBefore);
    expect(formulaAfter).toContain("0.4");
    expect(fake.sheet(layout.result.sheet).protection.protected).toBe(true);
    expect(fake.sheet(layout.settings.sheet).protection.protected).toBe(true);

    const validation = await validateWorkbook(host);
    expect(validation.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(validation.findings.map((f) => f.rule)).not.toContain("workbook.settings-changed");
  });
});

describe("updateSettings through the Office host, tie-break keys added", () => {
  it("hides the rank-key helper columns a longer tie-break order brings", async () => {
    // Injected with one key: the columns of the three others never existed, so injection hid none of them.
    const { fake, host } = await filledReviewWorkbook(5, { tieBreak: ["priority"] });
    const back = await updateSettings(
      host,
      { tieBreak: ["first-group", "fewer-deductions", "more-full-criteria", "priority"] },
      { now: "2026-03-03T11:00:00.000Z" },
    );
    expect(back.applied).toBe(true);
    const after = (await validateWorkbook(host)).parsed.layout!;
    const { columns, headerRow } = after.result;
    // Every helper column (cluster index, rounded final, the four keys, share) is hidden: width 0.
    const helpers = [columns.clusterIndex, columns.keyFinal, ...columns.keys.map((k) => k.column), columns.share];
    expect(helpers).toHaveLength(7);
    for (const column of helpers) {
      const address = cellAddress(headerRow, column);
      expect({ address, width: fake.cell(after.result.sheet, address).columnWidth }).toEqual({ address, width: 0 });
    }
  });
});
