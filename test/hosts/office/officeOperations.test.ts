// The workbook operations through the Office host with Microsoft's Office.js client in front of the in-memory Excel,
// with the design's request budgets (inject in at most 3 context.sync() calls, validate in 2, rank in 3) where they
// hold today, at 5 and at 50 units, and every request under 4.5 MiB as the client sends it. A 50-unit cross-scored
// workbook reads more than Excel on the web answers at once, so its validate and rank take more requests for now
// (a ratchet below, until the reads shrink: issue #12).

import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import type { WorkbookMode } from "../../../src/workbook/layout/workbookLayout";
import { PAYLOAD_CEILING } from "../../../src/hosts/office/payloadSize";
import { createOfficeJsExcel } from "../../fakes/officejs/createOfficeJsExcel";
import { clusterOfSize } from "./clusterOfSize";
import { fillSizedCluster, injectSizedCluster } from "./sizedClusterWorkbook";

const TEMPLATE = "cum-xa-phuong";

async function injected(mode: WorkbookMode, units: number) {
  const { Excel, Office, fake } = createOfficeJsExcel();
  const host = new OfficeHost(Excel, Office);
  const cluster = clusterOfSize(TEMPLATE, mode, units);
  const planned = await injectSizedCluster(host, cluster);
  return { fake, host, cluster, planned };
}

/** An injected workbook with every entry filled in. */
async function filled(mode: WorkbookMode, units: number) {
  const { fake, host, cluster, planned } = await injected(mode, units);
  await fillSizedCluster(host, planned.layout!, cluster);
  return { fake, host };
}

describe.each([5, 50])("a %i-unit cluster", (units) => {
  it.each(["self", "review"] as const)(
    "injects the %s-mode table in at most 3 requests under 4.5 MiB",
    async (mode) => {
      const { fake, planned } = await injected(mode, units);
      expect(planned.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(fake.syncCount).toBeLessThanOrEqual(3);
      expect(fake.maxPayload).toBeLessThanOrEqual(PAYLOAD_CEILING);
      expect(fake.names().map((n) => n.name)).toEqual(expect.arrayContaining(["TD_Self", "TD_Criteria", "TD_Units"]));
    },
  );

  describe.each(["self", "review", "cross"] as const)("filled in %s mode", (mode) => {
    let workbook: Awaited<ReturnType<typeof filled>>;
    beforeAll(async () => {
      workbook = await filled(mode, units);
    });

    it("validates in 2 requests (6 at most at 50 units cross)", async () => {
      const { fake, host } = workbook;
      fake.resetCounters();
      const validation = await validateWorkbook(host);
      expect(fake.syncCount).toBeLessThanOrEqual(units === 50 && mode === "cross" ? 6 : 2);
      expect(validation.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(validation.input!.units).toHaveLength(units);
    });

    it("ranks in 3 requests (7 at most at 50 units cross) and writes the results", async () => {
      const { fake, host } = workbook;
      fake.resetCounters();
      const ranking = await rankWorkbook(host, { now: "2026-03-02T09:00:00.000Z", fileName: "cum1.xlsx" });
      expect(fake.syncCount).toBeLessThanOrEqual(units === 50 && mode === "cross" ? 7 : 3);
      expect(fake.maxPayload).toBeLessThanOrEqual(PAYLOAD_CEILING);
      expect(ranking.result!.units).toHaveLength(units);
      const result = ranking.plan!.sheets[0];
      const hash = result.blocks[result.blocks.length - 1];
      expect(fake.cell(result.name, hash.at).value).toBe(hash.cells[0][0].v);
      expect(fake.sheet(result.name).protection.protected).toBe(true);
    });
  });
});

describe("cross-scored injection", () => {
  it("injects a 5-unit cross-scored table in at most 3 requests", async () => {
    const { fake, planned } = await injected("cross", 5);
    expect(planned.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(fake.syncCount).toBeLessThanOrEqual(3);
  });

  it("splits a 50-unit cross-scored table (50 peer sheets) into requests under 4.5 MiB, complete", async () => {
    // 50 peer sheets of 50 unit columns on the 1,000-point template hold about 4.5 MB of formulas and constants
    // alone: this table takes more requests than the budget of 3 (see the report), but each stays under 4.5 MiB.
    const { fake } = await injected("cross", 50);
    expect(fake.syncCount).toBeGreaterThan(2);
    expect(fake.payloads.every((p) => p <= PAYLOAD_CEILING)).toBe(true);
    expect(fake.names().filter((n) => n.name.startsWith("TD_Peer_"))).toHaveLength(50);
    expect(fake.sheet("_thidua").visibility).toBe("VeryHidden");
  });
});
