// Undo through the Office host (Office.js in front of the in-memory Excel): a ranking with its snapshot still takes 3
// syncs, the undo at most 3, each request under 4.5 MiB, and the result cells and metadata are back as they were.
// The snapshot of a settings change at every size is measured against a request in officejs/operationMatrix.

import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { undoLast } from "../../../src/workbook/operations/undoLast";
import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import type { WorkbookMode } from "../../../src/workbook/layout/workbookLayout";
import { UNDO_SHEET } from "../../../src/workbook/undo/undoSheet";
import { PAYLOAD_CEILING } from "../../../src/hosts/office/payloadSize";
import { createOfficeJsExcel } from "../../fakes/officejs/createOfficeJsExcel";
import { clusterOfSize } from "./clusterOfSize";
import { fillSizedCluster, injectSizedCluster } from "./sizedClusterWorkbook";

async function filled(mode: WorkbookMode, units: number) {
  const { Excel, Office, fake } = createOfficeJsExcel();
  const host = new OfficeHost(Excel, Office);
  const cluster = clusterOfSize("cum-xa-phuong", mode, units);
  const planned = await injectSizedCluster(host, cluster);
  await fillSizedCluster(host, planned.layout!, cluster);
  return { fake, host, layout: planned.layout! };
}

describe("undo on the Office host", () => {
  it("ranks in 2 syncs with the snapshot (the outline it already saw rides with the reads), and undoes in at most 3, putting the results back", async () => {
    const { fake, host, layout } = await filled("review", 5);
    const hashCell = `C${layout.result.hashRow}`;
    const before = fake.cell(layout.result.sheet, hashCell).value;
    const validationBefore = await validateWorkbook(host);

    fake.resetCounters();
    await rankWorkbook(host, { now: "2026-03-02T09:00:00.000Z" });
    expect(fake.syncCount).toBe(2);
    expect(fake.maxPayload).toBeLessThanOrEqual(PAYLOAD_CEILING);
    expect(fake.cell(layout.result.sheet, hashCell).value).not.toBe(before);
    expect(fake.sheet(UNDO_SHEET).visibility).toBe("VeryHidden");

    fake.resetCounters();
    const undo = await undoLast(host, { now: "2026-03-02T09:30:00.000Z" });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(fake.maxPayload).toBeLessThanOrEqual(PAYLOAD_CEILING);
    expect(undo.undone).toBe(true);
    // The Office host reads formulas back its own way: none counts as edited since the ranking.
    expect(undo.findings).toEqual([]);
    expect(fake.cell(layout.result.sheet, hashCell).value).toBe(before);
    expect((await validateWorkbook(host)).findings).toEqual(validationBefore.findings);
  });
});
