// One-click fixes: each finding's replacement written into its own cell, all in one apply. A restored formula is
// written as a formula (locked); any other fix is a value in an input cell (stays unlocked, style kept).

import type { Host } from "../host/hostTypes";
import { parseRange } from "../layout/cellAddress";
import type { WorkbookLayout } from "../layout/workbookLayout";
import type { CellBlock, SheetPlan, WorkbookPlan } from "../plan/planTypes";
import { WORKBOOK_STYLES } from "../plan/workbookStyles";
import type { LocatedFinding } from "./locatedFinding";

const FORMULA_RULES = new Set(["formula.overwritten", "formula.altered"]);

/**
 * A fix the workbook layer can apply: a replacement located at a cell. Unit codes and the criteria table are not
 * cells to patch: they change through the add-in's units and template screens (the formulas are built on them).
 */
export function isFixable(finding: LocatedFinding): boolean {
  const area = finding.location.area;
  return (
    finding.fix?.kind === "replace-value" &&
    finding.sheet !== null &&
    finding.cell !== null &&
    area !== "units" &&
    area !== "criteria" &&
    area !== "settings" &&
    area !== "metadata"
  );
}

/** The plan that applies the fixable findings (later findings on the same cell win). */
export function planFixes(findings: readonly LocatedFinding[], layout: WorkbookLayout | null): WorkbookPlan {
  const bySheet = new Map<string, Map<string, CellBlock>>();
  for (const f of findings) {
    if (!isFixable(f) || !parseRange(f.cell!)) continue;
    const value = f.fix!.value;
    const formula = FORMULA_RULES.has(f.rule) && typeof value === "string";
    const cell = formula ? { f: value.trim().replace(/^=/, "") } : { v: value, input: true };
    const blocks = bySheet.get(f.sheet!) ?? new Map<string, CellBlock>();
    blocks.set(f.cell!, { at: f.cell!, cells: [[cell]] });
    bySheet.set(f.sheet!, blocks);
  }
  const sheets: SheetPlan[] = [...bySheet].map(([name, blocks]) => ({
    key: keyOf(layout, name),
    name,
    create: false,
    blocks: [...blocks.values()],
  }));
  return { styles: WORKBOOK_STYLES, sheets, names: [], touches: sheets.map((s) => s.name) };
}

/** Applies the fixes in one host call (none when nothing is fixable); returns how many cells were written. */
export async function applyFixes(
  host: Host,
  findings: readonly LocatedFinding[],
  layout: WorkbookLayout | null,
): Promise<number> {
  const plan = planFixes(findings, layout);
  const count = plan.sheets.reduce((n, s) => n + s.blocks.length, 0);
  if (count > 0) await host.apply(plan);
  return count;
}

function keyOf(layout: WorkbookLayout | null, sheet: string): SheetPlan["key"] {
  if (!layout) return "self";
  const peer = layout.peers.find((p) => p.sheet === sheet);
  if (peer) return `peer:${peer.rater}`;
  const fixed = Object.entries(layout.names.fixed).find(([, name]) => name === sheet);
  return (fixed?.[0] ?? "self") as SheetPlan["key"];
}
