// Office host budgets (design.md: inject ≤ 3 syncs, validate ≤ 2, rank ≤ 3; requests ≤ 4 MB), measured on the
// fake Excel runtime: context.sync() calls and the largest request payload of each operation, by cluster size;
// the settings change and the undo of a ranking are measured the same way (design.md sets them no budget).

import { OfficeHost } from "../src/hosts/office/officeHost";
import type { WorkbookMode } from "../src/workbook/layout/workbookLayout";
import { rankWorkbook } from "../src/workbook/operations/rankWorkbook";
import { undoLast } from "../src/workbook/operations/undoLast";
import { updateSettings } from "../src/workbook/operations/updateSettings";
import { validateWorkbook } from "../src/workbook/operations/validateWorkbook";
import { createFakeExcel } from "../test/fakes/excel/createFakeExcel";
import { clusterOfSize } from "../test/hosts/office/clusterOfSize";
import { fillSizedCluster, injectSizedCluster } from "../test/hosts/office/sizedClusterWorkbook";

export interface SyncRow {
  units: number;
  mode: WorkbookMode;
  operation: "inject" | "validate" | "rank" | "undo rank" | "change settings";
  syncs: number;
  maxRequestBytes: number;
}

export async function officeSyncs(sizes: { units: number; mode: WorkbookMode }[]): Promise<SyncRow[]> {
  const rows: SyncRow[] = [];
  for (const { units, mode } of sizes) {
    const { Excel, Office, fake } = createFakeExcel();
    const host = new OfficeHost(Excel, Office);
    const cluster = clusterOfSize("cum-xa-phuong", mode, units);
    const record = (operation: SyncRow["operation"]) => {
      rows.push({ units, mode, operation, syncs: fake.syncCount, maxRequestBytes: fake.maxPayload });
      fake.resetCounters();
    };
    const planned = await injectSizedCluster(host, cluster);
    record("inject");
    await fillSizedCluster(host, planned.layout!, cluster);
    fake.resetCounters();
    await validateWorkbook(host);
    record("validate");
    await rankWorkbook(host, { now: "2026-03-02T09:00:00.000Z" });
    record("rank");
    await undoLast(host, { now: "2026-03-02T09:05:00.000Z" });
    record("undo rank");
    await updateSettings(
      host,
      {
        finalRule: "weighted",
        weights: { self: 0.3, peer: mode === "cross" ? 0.3 : 0, review: mode === "cross" ? 0.4 : 0.7 },
      },
      { now: "2026-03-02T09:10:00.000Z" },
    );
    record("change settings");
  }
  return rows;
}
