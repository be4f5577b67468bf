// Whether TD_Log and TD_Analysis still point at the tables the add-in made: a ranking appends to the log and rewrites
// the analysis, so a name edited to point at someone's own sheet must stop it, not let it write over their cells.

import { sheetLabelMessages as L } from "../messages/sheetLabelMessages";
import type { CellValue } from "../plan/planTypes";

const LANGS = ["vi", "en"] as const;
const same = (value: CellValue | undefined, label: string) =>
  typeof value === "string" && value.trim().toUpperCase() === label.toUpperCase();

/** The log's header row: time and action labels, in either language. */
export function isLogHead(grid: readonly (readonly CellValue[])[]): boolean {
  const head = grid[0] ?? [];
  return LANGS.some((lang) => same(head[0], L.logTime[lang]()) && same(head[1], L.logAction[lang]()));
}

/** TD_Analysis as injected (the sheet's title in A1) or as ranked (the fairness table's header row). */
export function isAnalysisHead(grid: readonly (readonly CellValue[])[]): boolean {
  const first = grid[0]?.[0];
  return LANGS.some((lang) => same(first, L.analysisTitle[lang]()) || same(first, L.severity[lang]()));
}
