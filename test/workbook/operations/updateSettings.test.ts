// Changing a workbook's settings: the formulas become what a fresh injection with the new settings plans, entries,
// earlier log rows and the ranking's own values stay, one log row is added, and bad input writes nothing.

import { computeResults } from "../../../src/core/ranking/computeResults";
import { resolveSettings } from "../../../src/core/settings/defaultSettings";
import type { Settings, SettingsOverrides } from "../../../src/core/settings/settingsTypes";
import { validateInputs } from "../../../src/core/validation/validateInputs";
import type { CellSpec } from "../../../src/workbook/plan/planTypes";
import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { updateSettings } from "../../../src/workbook/operations/updateSettings";
import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import { cellAddress, columnLetter, parseRange } from "../../../src/workbook/layout/cellAddress";
import type { WorkbookLayout } from "../../../src/workbook/layout/workbookLayout";
import { planInject } from "../../../src/workbook/plan/planInject";
import { MemoryHost } from "../memoryHost";
import { cellsOf } from "../planCells";
import { scenarioFor, scenarioRawInputs, scenarioSettings, type Scenario } from "../scenarios";
import { injectFilledScenario } from "../scenarioWorkbook";

const INJECTED = "2026-03-01T08:00:00.000Z";
const RANKED = "2026-03-02T09:00:00.000Z";
const CHANGED = "2026-03-03T10:00:00.000Z";

async function filled(scenario: Scenario) {
  const host = new MemoryHost();
  const layout = await injectFilledScenario(host, scenario, { now: INJECTED, fileName: "cum1.xlsx" });
  host.calls.length = 0;
  return { host, layout };
}

/** Every stored cell of every sheet, copied, by sheet name and address. */
function snapshot(host: MemoryHost): Map<string, Map<string, CellSpec>> {
  const out = new Map<string, Map<string, CellSpec>>();
  for (const sheet of host.sheets.values()) {
    out.set(sheet.name, new Map([...sheet.cells].map(([a, c]) => [a, { ...c }])));
  }
  return out;
}

/** The workbook a fresh injection of the same scenario with `settings` plans (every sheet, new names). */
function freshPlan(scenario: Scenario, settings: Settings) {
  return planInject(scenario.template, scenario.units, settings, {
    mode: scenario.mode,
    period: scenario.period,
    clusterTitle: scenario.clusterTitle,
    lang: settings.lang,
    now: INJECTED,
    existing: { sheets: [], names: [] },
  });
}

const column = columnLetter;

const CHANGE: SettingsOverrides = {
  finalRule: "weighted",
  weights: { self: 0.1, peer: 0.3, review: 0.6 },
  peerTrim: { dropEachSide: 0, minRaters: 3 },
  grades: { thresholds: { HTXSNV: 0.85, HTTNV: 0.75, HTNV: 0.6 }, floors: null },
  awards: { certificateShare: 0.5 },
  tieBreak: ["priority", "fewer-deductions"],
};

describe("updateSettings", () => {
  // Made on the last stage, so that the change to the weighted rule is a change (cross mode's default is weighted).
  const scenario: Scenario = { ...scenarioFor("khoi-so-nganh", "cross", 4), settings: { finalRule: "last-stage" } };
  const newSettings = resolveSettings(scenarioSettings(scenario), CHANGE);
  let host: MemoryHost;
  let layout: WorkbookLayout;
  let before: Map<string, Map<string, CellSpec>>;
  let update: Awaited<ReturnType<typeof updateSettings>>;

  beforeAll(async () => {
    ({ host, layout } = await filled(scenario));
    await rankWorkbook(host, { now: RANKED, fileName: "cum1.xlsx" });
    before = snapshot(host);
    host.calls.length = 0;
    update = await updateSettings(host, CHANGE, { now: CHANGED, fileName: "cum1.xlsx" });
  });

  it("reads what decides the plan, then only the cells the new settings change, and writes once", () => {
    expect(update.applied).toBe(true);
    expect(update.findings).toEqual([]);
    expect(host.calls).toEqual(["outline", "read", "read", "apply"]);
    expect(update.settings).toEqual(newSettings);
  });

  it("writes every formula, label and settings value a fresh injection with the new settings plans", () => {
    const fresh = freshPlan(scenario, newSettings);
    const result = fresh.layout!.result;
    const rankingOwned = (address: string) => {
      const box = parseRange(address)!;
      const inTable = box.row >= result.table.row && box.row < result.table.row + result.table.rows;
      const cols = [result.columns.tieBreak, result.columns.award, result.columns.flags];
      return (inTable && cols.includes(box.column)) || (box.row === result.hashRow && box.column === 2);
    };
    let formulas = 0;
    for (const sheet of fresh.plan!.sheets) {
      if (sheet.key === "meta" || sheet.key === "log" || sheet.key === "analysis") continue;
      for (const [address, spec] of cellsOf(sheet)) {
        if (spec.input || (sheet.key === "result" && rankingOwned(address))) continue;
        const stored = host.cell(sheet.name, address);
        if (spec.f !== undefined) {
          formulas++;
          expect({ sheet: sheet.name, address, f: stored?.f }).toEqual({ sheet: sheet.name, address, f: spec.f });
        } else {
          expect({ sheet: sheet.name, address, v: stored?.v ?? null }).toEqual({
            sheet: sheet.name,
            address,
            v: spec.v ?? null,
          });
        }
      }
    }
    expect(formulas).toBeGreaterThan(100);
    // The settings sheet's value column shows the new weights.
    const settingsSheet = fresh.plan!.sheets.find((s) => s.key === "settings")!;
    const weightRow = [...cellsOf(settingsSheet)].find(([, c]) => c.v === "weights.review")![0];
    // The key is in the narrow column at the right (D), its value in B.
    expect(host.cell(settingsSheet.name, weightRow.replace("D", "B"))!.v).toBe(0.6);
  });

  it("leaves every input cell as it was", () => {
    let inputs = 0;
    for (const [sheet, cells] of before) {
      for (const [address, spec] of cells) {
        if (!spec.input) continue;
        inputs++;
        expect({ sheet, address, cell: host.cell(sheet, address) }).toEqual({ sheet, address, cell: spec });
      }
    }
    expect(inputs).toBeGreaterThan(500);
  });

  it("keeps the ranking's values and clears the rank-key columns the new tie-break order no longer has", () => {
    const old = layout.result;
    const next = update.plan!.sheets.find((s) => s.key === "result")!;
    expect(next.create).toBe(false);
    for (let i = 0; i < layout.units.length; i++) {
      const row = old.table.row + i;
      for (const c of [old.columns.tieBreak, old.columns.award, old.columns.flags]) {
        const address = cellAddress(row, c);
        expect(host.cell(old.sheet, address)).toEqual(before.get(old.sheet)!.get(address));
      }
    }
    expect(host.cell(old.sheet, `C${old.hashRow}`)!.v).toBe(before.get(old.sheet)!.get(`C${old.hashRow}`)!.v);
    // Four tie-break keys became two: the last two helper columns of the old layout now hold nothing.
    expect(old.columns.count - 2).toBe(freshPlan(scenario, newSettings).layout!.result.columns.count);
    for (let row = old.headerRow; row < old.table.row + old.table.rows; row++) {
      for (const c of [old.columns.count - 2, old.columns.count - 1]) {
        const cell = host.cell(old.sheet, cellAddress(row, c));
        expect(cell?.f).toBeUndefined();
        expect(cell?.v ?? null).toBeNull();
      }
    }
  });

  it("keeps the earlier log rows and appends one naming what changed", () => {
    const log = layout.log.sheet;
    for (const row of [3, 4]) {
      for (let c = 0; c < 6; c++) {
        const address = `${column(c)}${row}`;
        expect(host.cell(log, address)).toEqual(before.get(log)!.get(address));
      }
    }
    // 10:00 UTC is 17:00 in Vietnam.
    expect(host.cell(log, "A5")!.v).toBe("17 giờ 00, ngày 03/03/2026");
    expect(host.cell(log, "B5")!.v).toBe("Đổi cài đặt");
    const summary = String(host.cell(log, "E5")!.v);
    expect(summary).toContain("finalRule last-stage → weighted");
    expect(summary).toContain("weights.review 0.5 → 0.6");
    expect(summary).toContain(
      "tieBreak first-group, fewer-deductions, more-full-criteria, priority → priority, fewer-deductions",
    );
    expect(summary).not.toContain("weights.peer");
    expect(parseRange(host.names.get("TD_LOG")!.range!)!.rows).toBe(4);
  });

  it("validates without settings or formula findings and says the earlier results are stale", async () => {
    const validation = await validateWorkbook(host);
    const rules = validation.findings.map((f) => f.rule);
    expect(rules).not.toContain("workbook.settings-changed");
    expect(rules.filter((r) => r.startsWith("formula."))).toEqual([]);
    expect(validation.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(rules).toContain("result.stale");
    expect(validation.meta!.settings).toEqual(newSettings);
  });

  it("ranks afterwards exactly as the core ranks the entries under the new settings", async () => {
    const ranking = await rankWorkbook(host, { now: "2026-03-04T08:00:00.000Z" });
    const checked = validateInputs({ ...scenarioRawInputs(scenario), settings: newSettings });
    const expected = computeResults(checked.input);
    const view = (r: NonNullable<typeof ranking.result>) =>
      r.units.map((u) => ({ code: u.unit.code, final: u.final, rank: u.rank, grade: u.grade, award: u.award }));
    expect(view(ranking.result!)).toEqual(view(expected));
    // The weighted rule moved finals off the last-stage totals the first ranking had.
    const lastStage = computeResults(validateInputs(scenarioRawInputs(scenario)).input);
    expect(view(expected)).not.toEqual(view(lastStage));
  });
});

describe("updateSettings refusals", () => {
  const scenario = scenarioFor("khoi-so-nganh", "review", 7);

  it.each<[string, SettingsOverrides, string]>([
    ["a weight that is not a number", { weights: { self: Number.NaN } }, "workbook.settings-invalid"],
    ["an unknown tie-break step", { tieBreak: ["first-group", "coin-toss" as never] }, "workbook.settings-invalid"],
    [
      "weights that do not add up to 100 %",
      { finalRule: "weighted", weights: { self: 0.2, peer: 0.2, review: 0.5 } },
      "workbook.settings-value",
    ],
    [
      "thresholds that do not descend",
      { grades: { thresholds: { HTXSNV: 0.8, HTTNV: 0.8, HTNV: 0.7 } } },
      "workbook.settings-value",
    ],
    ["a negative weight", { weights: { self: -0.1 } }, "workbook.settings-value"],
  ])("writes nothing for %s", async (_, overrides, rule) => {
    const { host } = await filled(scenario);
    const update = await updateSettings(host, overrides, { now: CHANGED });
    expect(update.applied).toBe(false);
    expect(update.plan).toBeNull();
    expect(host.calls).toEqual(["outline", "read"]);
    expect(update.findings.map((f) => f.rule)).toContain(rule);
    expect(update.findings.every((f) => f.message.vi.length > 0 && f.message.en.length > 0)).toBe(true);
  });

  it("refuses a workbook without a Thi đua table", async () => {
    const host = new MemoryHost(["Sheet1"]);
    const update = await updateSettings(host, { finalRule: "weighted" }, { now: CHANGED });
    expect(update.applied).toBe(false);
    // Without the contract's names there is nothing to read.
    expect(host.calls).toEqual(["outline"]);
    expect(update.findings[0]).toMatchObject({ rule: "workbook.settings-refused", severity: "error" });
    expect(update.findings.map((f) => f.rule)).toContain("workbook.meta-missing");
  });

  it("refuses when a grid's name has moved, so that no formula lands on an entry", async () => {
    const { host, layout } = await filled(scenario);
    const self = host.names.get("TD_SELF")!;
    const box = parseRange(self.range!)!;
    // Rows inserted above the grid: same shape, one row lower.
    self.range = `${column(box.column)}${box.row + 1}:${column(box.column + box.columns - 1)}${box.row + box.rows}`;
    const update = await updateSettings(host, { finalRule: "weighted" }, { now: CHANGED });
    expect(update.applied).toBe(false);
    expect(host.calls).toEqual(["outline", "read"]);
    expect(update.findings[0]).toMatchObject({ rule: "workbook.settings-refused", location: { field: "TD_Self" } });
    expect(layout.self.sheet).toBe("Tự chấm");
  });

  it("writes nothing when the settings are the same", async () => {
    const { host } = await filled(scenario);
    const update = await updateSettings(host, { weights: { self: 0.2 } }, { now: CHANGED });
    expect(update.applied).toBe(false);
    expect(host.calls).toEqual(["outline", "read"]);
    expect(update.findings.map((f) => f.rule)).toEqual(["workbook.settings-unchanged"]);
  });
});

describe("updateSettings language", () => {
  it("rewrites labels in the new language and validates cleanly", async () => {
    const scenario = scenarioFor("khoi-so-nganh", "self", 3);
    const { host, layout } = await filled(scenario);
    const update = await updateSettings(host, { lang: "en" }, { now: CHANGED });
    expect(update.applied).toBe(true);
    const fresh = freshPlan(scenario, resolveSettings(scenarioSettings(scenario), { lang: "en" }));
    const resultTitle = cellsOf(fresh.plan!.sheets.find((s) => s.key === "result")!).get("A1")!.v;
    // Sheet names stay as they are; their content follows the new language.
    expect(host.cell(layout.result.sheet, "A1")!.v).toBe(resultTitle);
    expect(String(resultTitle)).toMatch(/^RANKING AND GRADES/);
    expect(host.cell(layout.log.sheet, "B4")!.v).toBe("Settings changed");
    const validation = await validateWorkbook(host);
    expect(validation.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(validation.meta!.lang).toBe("en");
  });
});

describe("updateSettings back and forth", () => {
  it("grows the rank-key columns again when tie-break steps come back, as a fresh injection has them", async () => {
    const scenario = scenarioFor("khoi-doanh-nghiep", "review", 12);
    const { host, layout } = await filled(scenario);
    await updateSettings(host, { tieBreak: ["priority"] }, { now: CHANGED });
    const back = await updateSettings(
      host,
      { tieBreak: ["more-full-criteria", "first-group", "fewer-deductions", "priority"] },
      { now: "2026-03-04T10:00:00.000Z" },
    );
    expect(back.applied).toBe(true);
    const settings = resolveSettings(scenarioSettings(scenario), {
      tieBreak: ["more-full-criteria", "first-group", "fewer-deductions", "priority"],
    });
    const fresh = freshPlan(scenario, settings);
    const result = fresh.plan!.sheets.find((s) => s.key === "result")!;
    let formulas = 0;
    for (const [address, spec] of cellsOf(result)) {
      if (spec.f === undefined) continue;
      formulas++;
      expect({ address, f: host.cell(layout.result.sheet, address)?.f }).toEqual({ address, f: spec.f });
    }
    expect(formulas).toBeGreaterThan(layout.units.length * 10);
    // Header, injection and two settings changes.
    expect(host.cell(layout.log.sheet, "B5")!.v).toBe("Đổi cài đặt");
    const validation = await validateWorkbook(host);
    expect(validation.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
