import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import type { WorkbookPlan } from "../../../src/workbook/plan/planTypes";
import { MemoryHost } from "../memoryHost";
import { scenarioFor, type Scenario } from "../scenarios";
import { fillScenario, injectScenario } from "../scenarioWorkbook";
import { cellAddress } from "../../../src/workbook/layout/cellAddress";

async function injected(scenario: Scenario, host = new MemoryHost()) {
  const planned = await injectScenario(host, scenario, { now: "2026-03-01T08:00:00.000Z", fileName: "cum1.xlsx" });
  return { host, planned };
}

async function filled(scenario: Scenario) {
  const { host, planned } = await injected(scenario);
  await fillScenario(host, planned.layout!, scenario);
  host.calls.length = 0;
  return { host, layout: planned.layout! };
}

describe("injectTemplate", () => {
  it("reads the outline once and applies one plan", async () => {
    const { host, planned } = await injected(scenarioFor("khoi-so-nganh", "cross", 1));
    expect(host.calls).toEqual(["outline", "apply"]);
    expect(planned.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(host.names.has("TD_PEER_P01")).toBe(true);
    expect(host.sheets.get("_thidua")!.visibility).toBe("veryHidden");
  });

  it("applies nothing when the plan is refused", async () => {
    const host = new MemoryHost();
    const scenario = scenarioFor("khoi-so-nganh", "self", 1);
    await injected(scenario, host);
    host.calls.length = 0;
    const again = await injected(scenario, host);
    expect(again.planned.plan).toBeNull();
    expect(host.calls).toEqual(["outline"]);
  });
});

describe("validateWorkbook", () => {
  it("finds nothing wrong in a valid filled workbook, in two host calls", async () => {
    const { host } = await filled(scenarioFor("cum-xa-phuong", "review", 3));
    const validation = await validateWorkbook(host);
    expect(host.calls).toEqual(["outline", "read"]);
    expect(validation.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(validation.input!.units).toHaveLength(validation.meta!.units.length);
  });

  it("locates each finding at its sheet and cell", async () => {
    const { host, layout } = await filled(scenarioFor("khoi-so-nganh", "self", 2));
    // The first manual row of khoi-so-nganh, unit P02 (column F): 99 is above any max.
    const row = layout.flat.rows.find((r) => r.kind === "manual")!;
    const address = `F${layout.self.grid.row + row.index}`;
    host.type(layout.self.sheet, address, 99);
    const validation = await validateWorkbook(host);
    const found = validation.findings.find((f) => f.rule === "score.out-of-range")!;
    expect(found).toMatchObject({ sheet: "Tự chấm", cell: address, location: { unit: "P02", criterion: row.code } });
  });

  it("makes the same two calls whatever the size", async () => {
    for (const mode of ["self", "cross"] as const) {
      const { host } = await filled(scenarioFor("ca-nhan-thang", mode, 5));
      await validateWorkbook(host);
      expect(host.calls).toEqual(["outline", "read"]);
    }
  });
});

describe("rankWorkbook", () => {
  it("writes result values, the input hash and a log entry in three host calls", async () => {
    // On the last stage, where the scenario's P01 and P02 tie (under cross mode's weighted default peers split them).
    const scenario = { ...scenarioFor("khoi-so-nganh", "cross", 4), settings: { finalRule: "last-stage" as const } };
    const { host, layout } = await filled(scenario);
    const ranking = await rankWorkbook(host, { now: "2026-03-02T09:00:00.000Z", fileName: "cum1.xlsx" });
    expect(host.calls).toEqual(["outline", "read", "apply"]);
    expect(ranking.result).not.toBeNull();
    const columns = layout.result.columns;
    const awarded = ranking.result!.units.filter((u) => u.award !== null);
    for (const unit of awarded) {
      const cell = host.cell(layout.result.sheet, cellAddress(layout.result.table.row + unit.index, columns.award));
      expect(cell!.v).toBe(unit.award === "co-thi-dua" ? "Cờ thi đua" : "Bằng khen");
    }
    // Units P01 and P02 tie on every score; the note says so.
    const note = host.cell(layout.result.sheet, cellAddress(layout.result.table.row, columns.tieBreak));
    expect(String(note!.v)).toContain("Bằng điểm");
    const hash = host.cell(layout.result.sheet, `C${layout.result.hashRow}`)!.v;
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    const meta = JSON.parse(String(host.cell("_thidua", "A1")!.v));
    expect(meta.inputHash).toBe(hash);
    // The log holds its header, the injection and now the ranking.
    expect(host.names.get("TD_LOG")!.range).toBe("A2:F4");
    expect(host.cell(layout.log.sheet, "B4")!.v).toBe("Xếp hạng");
    // 09:00 UTC, as Vietnam reads it.
    expect(host.cell(layout.log.sheet, "A4")!.v).toBe("16 giờ 00, ngày 02/03/2026");
  });

  it("plans the same results when ranked again over the same inputs", async () => {
    const { host } = await filled(scenarioFor("khoi-doanh-nghiep", "review", 6));
    const first = await rankWorkbook(host, { now: "2026-03-02T09:00:00.000Z" });
    const second = await rankWorkbook(host, { now: "2026-03-03T09:00:00.000Z" });
    const log = first.plan!.sheets.find((s) => s.key === "log")!.name;
    const withoutLog = (plan: WorkbookPlan) => ({
      ...plan,
      sheets: plan.sheets.filter((s) => s.key !== "log"),
      names: plan.names.filter((n) => n.name !== "TD_Log"),
      touches: plan.touches?.filter((s) => s !== log),
    });
    expect(withoutLog(second.plan!)).toEqual(withoutLog(first.plan!));
    // The same inputs ranked again: the log already records this ranking, so it gets no second entry.
    expect(second.plan!.sheets.map((s) => s.key)).not.toContain("log");
  });

  it("says the results are stale once an input changes after ranking", async () => {
    const { host, layout } = await filled(scenarioFor("khoi-so-nganh", "self", 8));
    await rankWorkbook(host, { now: "2026-03-02T09:00:00.000Z" });
    const fresh = await validateWorkbook(host);
    expect(fresh.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(fresh.findings.map((f) => f.rule)).not.toContain("result.stale");
    const row = layout.flat.rows.find((r) => r.kind === "manual")!;
    host.type(layout.self.sheet, `E${layout.self.grid.row + row.index}`, 0);
    const stale = (await validateWorkbook(host)).findings.find((f) => f.rule === "result.stale");
    expect(stale).toMatchObject({ severity: "warning", sheet: "Xếp hạng" });
  });

  it("writes nothing while the entries have errors", async () => {
    const { host, layout } = await filled(scenarioFor("khoi-so-nganh", "self", 9));
    const row = layout.flat.rows.find((r) => r.kind === "manual")!;
    host.type(layout.self.sheet, `E${layout.self.grid.row + row.index}`, "tám");
    const ranking = await rankWorkbook(host, { now: "2026-03-02T09:00:00.000Z" });
    expect(ranking.result).toBeNull();
    expect(ranking.plan).toBeNull();
    expect(host.calls).toEqual(["outline", "read"]);
    expect(ranking.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["cell.text", "workbook.rank-refused"]));
  });
});
