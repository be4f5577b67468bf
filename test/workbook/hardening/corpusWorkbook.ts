// A corpus case's workbook: a valid injected and filled MemoryHost, the sheets the add-in created (followed through
// renames), and user content placed beside the tables and on a sheet of the user's own, which no run may change.

import type { WorkbookLayout } from "../../../src/workbook/layout/workbookLayout";
import type { CellSpec } from "../../../src/workbook/plan/planTypes";
import { MemoryHost } from "../memoryHost";
import type { Scenario } from "../scenarios";
import { fillScenario, injectScenario } from "../scenarioWorkbook";

/** The user's own sheet: a name no contract sheet takes. */
export const USER_SHEET = "Ghi chú riêng";

export interface CorpusWorkbook {
  host: MemoryHost;
  /** Layout as injected (before any damage). */
  layout: WorkbookLayout;
  /** Sheets the add-in created, by their current names (lower case), renames followed. */
  owned: Set<string>;
  /** Renames so far: injected name (lower case) → current name. */
  renamed: Map<string, string>;
}

/** Injects and fills a scenario, then adds user content: a sheet of notes and cells beside the tables. */
export async function buildWorkbook(scenario: Scenario): Promise<CorpusWorkbook> {
  const host = new MemoryHost();
  const planned = await injectScenario(host, scenario, { now: "2026-03-01T08:00:00.000Z", fileName: "cum.xlsx" });
  if (!planned.layout || !planned.plan) {
    const errors = planned.findings.filter((f) => f.severity === "error").map((f) => f.message.en);
    throw new Error(`corpus base did not inject: ${errors.join("; ")}`);
  }
  await fillScenario(host, planned.layout, scenario);
  const owned = new Set([...host.sheets.keys()]);
  host.sheets.set(USER_SHEET.toLowerCase(), {
    name: USER_SHEET,
    visibility: "visible",
    cells: new Map<string, CellSpec>([
      ["A1", { v: "Ghi chú của văn phòng" }],
      ["B2", { v: 42 }],
      ["C3", { f: "SUM(B2:B3)" }],
      ["D4", { v: "=cmd|' /C calc'!A0" }],
    ]),
    plan: { key: "guide", name: USER_SHEET, create: true, blocks: [] },
  });
  // Beside the tables, on the add-in's sheets: far to the right of any grid.
  for (const key of owned) host.sheets.get(key)!.cells.set("ZZ1", { v: `Ghi chú bên lề ${key}` });
  host.calls.length = 0;
  return { host, layout: planned.layout, owned, renamed: new Map() };
}

/** An independent copy (cells, names, ownership), so that one base serves many cases. */
export function cloneWorkbook(source: CorpusWorkbook): CorpusWorkbook {
  const host = new MemoryHost();
  for (const [key, sheet] of source.host.sheets) {
    const cells = new Map<string, CellSpec>();
    for (const [address, cell] of sheet.cells) cells.set(address, { ...cell });
    host.sheets.set(key, { ...sheet, cells });
  }
  for (const [key, name] of source.host.names) host.names.set(key, { ...name });
  return { host, layout: source.layout, owned: new Set(source.owned), renamed: new Map(source.renamed) };
}

/** Every cell of every sheet, as a comparable snapshot (sheet → address → cell). */
export function snapshot(host: MemoryHost): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [key, sheet] of host.sheets) {
    const cells = new Map<string, string>();
    for (const [address, cell] of sheet.cells) cells.set(address, JSON.stringify([cell.v ?? null, cell.f ?? null]));
    out.set(key, cells);
  }
  return out;
}
