import { computeResults } from "../../../src/core/ranking/computeResults";
import { validateInputs } from "../../../src/core/validation/validateInputs";
import { planInject } from "../../../src/workbook/plan/planInject";
import { cellsOf } from "../planCells";
import { ANALYSIS_HEADER_ROW } from "../../../src/workbook/plan/inject/tableSheets";
import { planResults } from "../../../src/workbook/results/planResults";
import { scenarioFor, scenarioRawInputs } from "../scenarios";
import type { Finding } from "../../../src/core/findings/findingTypes";
import { columnLetter } from "../../../src/workbook/layout/cellAddress";

const scenario = scenarioFor("khoi-truong-hoc", "cross", 11);
const injected = planInject(scenario.template, scenario.units, scenario.settings, {
  mode: scenario.mode,
  period: scenario.period,
  lang: scenario.lang,
  now: "2026-01-01T00:00:00Z",
  existing: { sheets: [], names: [] },
});
const layout = injected.layout!;
const meta = injected.meta!;
const result = computeResults(validateInputs(scenarioRawInputs(scenario)).input);
// A unit no ranking finding mentions, so that its flags are exactly the fairness finding below.
const quiet = result.units.findIndex((u) => !result.findings.some((f) => f.location.unit === u.unit.code));
const fairness: Finding[] = [
  {
    rule: "fairness.self-inflation",
    severity: "warning",
    location: { area: "self", unit: result.units[quiet].unit.code },
    message: { vi: "Tự chấm cao hơn điểm cuối cùng.", en: "Self-score above the final." },
  },
];

function plan(previousAnalysis: { row: number; rows: number } | null = null) {
  return planResults(result, {
    layout,
    meta,
    inputHash: "0123456789abcdef",
    fairness,
    previous: {
      analysis: previousAnalysis ? { ...previousAnalysis, column: 0, columns: 5 } : null,
      metaCells: 1,
    },
  });
}

describe("planResults", () => {
  it("writes only values, into sheets that already exist", () => {
    const p = plan();
    expect(p.sheets.map((s) => s.key)).toEqual(["result", "analysis", "meta"]);
    for (const sheet of p.sheets) {
      expect(sheet.create).toBe(false);
      for (const [, cell] of cellsOf(sheet)) expect(cell.f).toBeUndefined();
    }
    expect(p.touches).toEqual(p.sheets.map((s) => s.name));
  });

  it("never writes over a live formula column of the ranking sheet", () => {
    const columns = layout.result.columns;
    const owned = new Set([columns.tieBreak, columns.award, columns.flags]);
    const result = cellsOf(plan().sheets[0]);
    for (const [address] of result) {
      const row = Number(address.replace(/^[A-Z]+/, ""));
      const column = address.charCodeAt(0) - 65;
      if (row === layout.result.hashRow) expect(address).toBe(`C${layout.result.hashRow}`);
      else expect(owned.has(column)).toBe(true);
    }
  });

  it("proposes awards by name and lists a unit's flags beside it", () => {
    expect(quiet).toBeGreaterThanOrEqual(0);
    const cells = cellsOf(plan().sheets[0]);
    const awardColumn = columnLetter(layout.result.columns.award);
    const flagColumn = columnLetter(layout.result.columns.flags);
    const flagged = result.units.find((u) => u.award === "co-thi-dua");
    if (flagged) expect(cells.get(`${awardColumn}${layout.result.table.row + flagged.index}`)!.v).toBe("Cờ thi đua");
    expect(cells.get(`${flagColumn}${layout.result.table.row + quiet}`)!.v).toBe("Tự chấm cao hơn điểm cuối cùng.");
  });

  it("stores the input hash with the results and in the metadata", () => {
    const p = plan();
    expect(cellsOf(p.sheets[0]).get(`C${layout.result.hashRow}`)!.v).toBe("0123456789abcdef");
    const json = p.sheets
      .find((s) => s.key === "meta")!
      .blocks[0].cells.map((row) => row[0].v)
      .join("");
    expect(JSON.parse(json).inputHash).toBe("0123456789abcdef");
    expect(p.names.find((n) => n.name === "TD_Meta")!.range).toBe("$A$1:$A$1");
  });

  it("clears the rows of a longer earlier fairness table and resizes TD_Analysis", () => {
    // header + 1 finding = 2 rows now; 6 rows before
    const p = plan({ row: ANALYSIS_HEADER_ROW, rows: 6 });
    const cells = cellsOf(p.sheets[1]);
    expect(cells.get("E4")!.v).toBe("Tự chấm cao hơn điểm cuối cùng.");
    // The finding named in words in B, its rule id in the narrow machine column F.
    expect(cells.get("B4")!.v).toBe("Tự chấm cao hơn kết quả");
    expect(cells.get("F4")!.v).toBe("fairness.self-inflation");
    for (const row of [5, 6, 7, 8]) expect(cells.get(`E${row}`)!.v).toBeNull();
    for (const row of [5, 6, 7, 8]) expect(cells.get(`F${row}`)!.v).toBeNull();
    expect(cells.has("E9")).toBe(false);
    expect(p.names.find((n) => n.name === "TD_Analysis")!.range).toBe("$A$3:$F$4");
  });

  it("gives the same plan for the same result", () => {
    expect(JSON.stringify(plan())).toBe(JSON.stringify(plan()));
  });
});
