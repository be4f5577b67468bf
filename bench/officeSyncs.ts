// Office host budgets (design.md: inject ≤ 3 syncs, validate ≤ 2, rank ≤ 3, settings change and undo ≤ 4; every
// request and answer ≤ 4.5 MiB as Microsoft's Office.js client serialises it), measured through the Office.js harness
// (test/fakes/officejs): the requests the real client sends for each operation, and the largest request and answer
// body in bytes, by cluster size and mode.

import { OfficeHost } from "../src/hosts/office/officeHost";
import type { WorkbookMode } from "../src/workbook/layout/workbookLayout";
import { rankWorkbook } from "../src/workbook/operations/rankWorkbook";
import { undoLast } from "../src/workbook/operations/undoLast";
import { updateSettings } from "../src/workbook/operations/updateSettings";
import { validateWorkbook } from "../src/workbook/operations/validateWorkbook";
import { createOfficeJsExcel } from "../test/fakes/officejs/createOfficeJsExcel";
import { clusterOfSize } from "../test/hosts/office/clusterOfSize";
import { fillSizedCluster, injectSizedCluster } from "../test/hosts/office/sizedClusterWorkbook";

export interface SyncRow {
  units: number;
  mode: WorkbookMode;
  operation: "inject" | "validate" | "rank" | "undo rank" | "change settings";
  syncs: number;
  /** The largest request body and answer body, in UTF-8 bytes, as they crossed the transport. */
  maxRequestBytes: number;
  maxResponseBytes: number;
}

export async function officeSyncs(sizes: { units: number; mode: WorkbookMode }[]): Promise<SyncRow[]> {
  const rows: SyncRow[] = [];
  for (const { units, mode } of sizes) {
    const { Excel, Office, fake } = createOfficeJsExcel();
    const host = new OfficeHost(Excel, Office);
    const cluster = clusterOfSize("cum-xa-phuong", mode, units);
    const record = (operation: SyncRow["operation"]) => {
      const requests = fake.requests;
      rows.push({
        units,
        mode,
        operation,
        syncs: fake.syncCount,
        maxRequestBytes: Math.max(0, ...requests.map((r) => r.requestBytes)),
        maxResponseBytes: Math.max(0, ...requests.map((r) => r.responseBytes)),
      });
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
