// The Office host's outline, reads and selection against the fake Excel: one request each, sheets and names as the
// Host contract gives them, blanks as null, text that looks like a formula read as text, missing sheets and bad
// ranges as empty reads, and answers too large for Excel on the web read in parts.

import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { HostError, type RangeRequest, type WorkbookOutline } from "../../../src/workbook/host/hostTypes";
import { createOfficeJsExcel, type OfficeJsOptions } from "../../fakes/officejs/createOfficeJsExcel";
import { PEER, SELF, officePlan } from "./officePlan";

/** The sample plan applied; `limits` (a response limit) apply from then on. */
async function workbook(options: OfficeJsOptions = {}, limits: { responseLimit?: number } = {}) {
  const { Excel, Office, fake } = createOfficeJsExcel(options);
  const host = new OfficeHost(Excel, Office);
  await host.apply(officePlan());
  fake.setLimits(limits);
  fake.resetCounters();
  return { Excel, Office, fake, host };
}

describe("the outline", () => {
  it("lists sheets with their visibility and names with their sheet and range, in one request", async () => {
    const { fake, host } = await workbook();
    const outline = await host.outline();
    expect(fake.syncCount).toBe(1);
    expect(outline).toEqual({
      sheets: [
        { name: "Sheet1", visibility: "visible" },
        { name: SELF, visibility: "visible" },
        { name: PEER, visibility: "visible" },
        { name: "_thidua", visibility: "veryHidden" },
      ],
      names: [
        { name: "TD_Self", sheet: SELF, range: "B4:C5" },
        { name: "TD_Peer_OB", sheet: PEER, range: "B2:C2" },
        { name: "TD_Meta", sheet: "_thidua", range: "A1" },
      ],
    });
  });

  it("gives a name whose sheet was deleted (#REF!) or that holds a constant no sheet and no range", async () => {
    const { Excel, Office } = createOfficeJsExcel({ sheets: ["Sheet1", "Cũ"] });
    await Excel.run(async (context) => {
      context.workbook.names.add("TD_Old", "='Cũ'!$A$1:$B$2");
      context.workbook.names.add("TD_Year", "=2026");
      context.workbook.worksheets.getItem("Cũ").visibility = "Hidden";
      await context.sync();
      context.workbook.worksheets.getItem("Cũ").delete();
      await context.sync();
    });
    const outline = await new OfficeHost(Excel, Office).outline();
    expect(outline.names).toEqual([
      { name: "TD_Old", sheet: null, range: null },
      { name: "TD_Year", sheet: null, range: null },
    ]);
  });

  it("reports hidden sheets as hidden", async () => {
    const { Excel, Office } = createOfficeJsExcel({ sheets: ["Sheet1", "Ẩn"] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Ẩn").visibility = "Hidden";
      await context.sync();
    });
    expect((await new OfficeHost(Excel, Office).outline()).sheets[1]).toEqual({ name: "Ẩn", visibility: "hidden" });
  });
});

describe("reading ranges", () => {
  it("reads every range in one request, blanks as null and formulas without their =", async () => {
    const { fake, host } = await workbook();
    fake.setEvaluator((formula) => (formula === "=SUM(B4:B4)" ? 8 : 1));
    const [read] = await host.read([{ sheet: SELF, range: "A3:C6", formulas: true }]);
    expect(fake.syncCount).toBe(1);
    expect(read).toEqual({
      sheet: SELF,
      range: "A3:C6",
      values: [
        ["Mã", "U1", "U2"],
        ["1.1", 8, null],
        ["1.2", "Đạt", "=1+1"],
        ["Tổng", 8, 1],
      ],
      formulas: [
        [null, null, null],
        [null, null, null],
        [null, null, null],
        [null, "SUM(B4:B4)", "RANK.EQ(B4,B4:C4)"],
      ],
    });
  });

  it("reads text that looks like a formula as text, not as a formula", async () => {
    const { host } = await workbook();
    const [read] = await host.read([{ sheet: SELF, range: "A7:C7", formulas: true }]);
    expect(read.values).toEqual([['=HYPERLINK("http://x")', "+1", "-2"]]);
    expect(read.formulas).toEqual([[null, null, null]]);
  });

  it("leaves formulas out unless asked, and finds a sheet whatever the case of its name", async () => {
    const { host } = await workbook();
    const [read] = await host.read([{ sheet: "tự chấm", range: "B4" }]);
    expect(read).toEqual({ sheet: SELF, range: "B4", values: [[8]], formulas: [] });
  });

  it("gives empty reads for a missing sheet and a bad range, and the others in request order", async () => {
    const { fake, host } = await workbook();
    const reads = await host.read([
      { sheet: "Không có", range: "A1:B2" },
      { sheet: SELF, range: "not a range" },
      { sheet: PEER, range: "B2:C2" },
    ]);
    expect(fake.syncCount).toBe(1);
    expect(reads).toEqual([
      { sheet: "Không có", range: "A1:B2", values: [], formulas: [] },
      { sheet: SELF, range: "not a range", values: [], formulas: [] },
      { sheet: PEER, range: "B2:C2", values: [["U1", 7.5]], formulas: [] },
    ]);
  });

  it("sends no request when nothing can be read", async () => {
    const { fake, host } = await workbook();
    expect(await host.read([{ sheet: SELF, range: "A0" }])).toEqual([
      { sheet: SELF, range: "A0", values: [], formulas: [] },
    ]);
    expect(fake.syncCount).toBe(0);
  });

  it("reads in parts, as many as needed, when Excel's answer would be too large at once", async () => {
    const { fake, host } = await workbook({}, { responseLimit: 300 });
    const reads = await host.read([
      { sheet: SELF, range: "A3:C9", formulas: true },
      { sheet: PEER, range: "B2:C2" },
    ]);
    expect(fake.syncCount).toBeGreaterThan(2);
    expect(reads[0].values).toHaveLength(7);
    expect(reads[0].values[6]).toEqual(["'quoted", "TRUE", "50%"]);
    expect(reads[0].formulas[3]).toEqual([null, "SUM(B4:B4)", "RANK.EQ(B4,B4:C4)"]);
    expect(reads[0].range).toBe("A3:C9");
    expect(reads[1].values).toEqual([["U1", 7.5]]);
  });

  it("groups ranges into requests by the modelled size of Excel's answer, none refused", async () => {
    const { Excel, Office, fake } = createOfficeJsExcel({ sheets: ["Sheet1"] });
    const grid = Array.from({ length: 100 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    fake.seed("Sheet1", "A1:J100", grid);
    const host = new OfficeHost(Excel, Office, { readLimit: 6000 });
    // A 10 × 10 range of values is modelled at 256 + 10 × 4 + 100 × 24 = 2,696 bytes: two fit 6,000, three don't.
    const three = ["A1:J10", "A11:J20", "A21:J30"].map((range) => ({ sheet: "Sheet1", range }));
    const reads = await host.read(three);
    expect(fake.syncCount).toBe(2);
    expect(reads.map((r) => r.values[0][0])).toEqual([0, 100, 200]);
    // 100 rows alone: 244 bytes a row, so bands of (6,000 − 256) / 244 = 23 rows: 23, 23, 23, 23 and 8.
    fake.resetCounters();
    const [whole] = await host.read([{ sheet: "Sheet1", range: "A1:J100" }]);
    expect(fake.syncCount).toBe(5);
    expect(whole.values).toEqual(grid);
    expect(whole.range).toBe("A1:J100");
    expect(fake.requests.every((r) => r.responseBytes <= 6000)).toBe(true);
  });

  it("reports a single cell too large to send as payload-too-large", async () => {
    const { host } = await workbook({}, { responseLimit: 10 });
    await expect(host.read([{ sheet: SELF, range: "A1" }])).rejects.toMatchObject({ code: "payload-too-large" });
  });
});

describe("selecting a cell", () => {
  it("activates the sheet and selects the cell in one request", async () => {
    const { fake, host } = await workbook();
    await host.select(PEER, "C2");
    expect(fake.syncCount).toBe(1);
    expect(fake.selection()).toEqual({ sheet: PEER, address: "'CC O''Brien'!C2" });
  });

  it("reports a missing sheet as not found", async () => {
    const { host } = await workbook();
    const error = await host.select("Không có", "A1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "not-found" });
  });
});

describe("the outline with the reads planned from it", () => {
  /** A1 and A3:C4 of every sheet the outline lists. */
  const everySheet = (outline: WorkbookOutline): RangeRequest[] =>
    outline.sheets.flatMap((s) => [
      { sheet: s.name, range: "A1" },
      { sheet: s.name, range: "A3:C4", formulas: true },
    ]);

  it("sends the reads along with the outline, in one request, once the host has seen the workbook", async () => {
    const { fake, host } = await workbook();
    await host.outline();
    fake.resetCounters();
    const { outline, reads } = await host.outlineAndRead(everySheet);
    expect(fake.syncCount).toBe(1);
    expect(outline.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([SELF, PEER]));
    expect(reads).toEqual(await host.read(everySheet(outline)));
  });

  it("reads after the outline when the host has not seen the workbook yet", async () => {
    const { Excel, Office, fake } = await workbook();
    const fresh = new OfficeHost(Excel, Office);
    const { outline, reads } = await fresh.outlineAndRead(everySheet);
    expect(fake.syncCount).toBe(2);
    expect(reads).toEqual(await fresh.read(everySheet(outline)));
  });

  it("reads what a sheet added meanwhile by someone else asks for in one more request, keeping the rest", async () => {
    const { Excel, fake, host } = await workbook();
    await host.outline();
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Thêm");
      await context.sync();
    });
    fake.resetCounters();
    const { outline, reads } = await host.outlineAndRead(everySheet);
    expect(outline.sheets.map((s) => s.name)).toContain("Thêm");
    expect(fake.syncCount).toBe(2);
    expect(reads).toEqual(await host.read(everySheet(outline)));
    expect(reads).toHaveLength(2 * outline.sheets.length);
    // The second request reads the new sheet only: a quarter of the sheets, far fewer actions than the first.
    const [first, second] = fake.requests.filter((r) => r.kind === "sync");
    expect(second.actions * 2).toBeLessThan(first.actions);
  });
});
