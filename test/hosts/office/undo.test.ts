// Undo through the Office host on the fake Excel runtime: a ranking with its snapshot still takes 3 syncs, the undo
// at most 3, each request under 4 MB, and the result cells and metadata are back as they were; the snapshot of a
// settings change on a 50-unit cross-scored workbook is measured against the 4 MB request budget.

import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { undoLast } from "../../../src/workbook/operations/undoLast";
import { updateSettings } from "../../../src/workbook/operations/updateSettings";
import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import type { WorkbookMode } from "../../../src/workbook/layout/workbookLayout";
import type { WorkbookPlan } from "../../../src/workbook/plan/planTypes";
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

/** The characters the snapshot rows of a plan hold (what the undo sheet adds to the write). */
function snapshotChars(plan: WorkbookPlan): number {
  const sheet = plan.sheets.find((s) => s.key === "undo")!;
  return sheet.blocks.reduce(
    (n, b) => n + b.cells.reduce((m, row) => m + row.reduce((k, c) => k + String(c.v ?? "").length, 0), 0),
    0,
  );
}

describe("undo on the Office host", () => {
  it("ranks in 3 syncs with the snapshot, and undoes in at most 3, putting the results back", async () => {
    const { fake, host, layout } = await filled("review", 5);
    const hashCell = `C${layout.result.hashRow}`;
    const before = fake.cell(layout.result.sheet, hashCell).value;
    const validationBefore = await validateWorkbook(host);

    fake.resetCounters();
    await rankWorkbook(host, { now: "2026-03-02T09:00:00.000Z" });
    expect(fake.syncCount).toBe(3);
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

  it("keeps a settings change's snapshot of a 50-unit cross-scored workbook under the 4 MB request budget", async () => {
    const { fake, host } = await filled("cross", 50);
    fake.resetCounters();
    const applied: WorkbookPlan[] = [];
    const apply = host.apply.bind(host);
    host.apply = async (plan, progress) => {
      applied.push(plan);
      return apply(plan, progress);
    };
    const update = await updateSettings(
      host,
      { finalRule: "weighted", tieBreak: ["priority"] },
      {
        now: "2026-03-03T10:00:00.000Z",
      },
    );
    expect(update.applied).toBe(true);
    const chars = snapshotChars(applied[0]);
    process.stdout.write(`settings snapshot, 50-unit cross: ${chars} characters\n`);
    expect(chars * 3).toBeLessThanOrEqual(PAYLOAD_CEILING);
    expect(fake.payloads.every((p) => p <= PAYLOAD_CEILING)).toBe(true);
  }, 120_000);
});
