// One-click fixes: each finding's replacement written into its own cell, all in one apply. A restored formula is
// written as a formula (locked); any other fix is a value in an input cell (stays unlocked, style kept). With the
// validation the fixes came from, the same apply appends a "fix" entry to the log (no extra round trip).

import { contentHash } from "../../core/integrity/contentHash";
import type { Host } from "../host/hostTypes";
import { parseRange } from "../layout/cellAddress";
import type { WorkbookLayout } from "../layout/workbookLayout";
import { logMessages } from "../messages/logMessages";
import { logTime } from "../log/logTime";
import { logEntryBlock } from "../plan/logEntry";
import type { CellBlock, SheetPlan, WorkbookPlan } from "../plan/planTypes";
import { WORKBOOK_STYLES } from "../plan/workbookStyles";
import type { ParsedWorkbook } from "../read/parseWorkbook";
import { undoablePlan } from "../undo/operationSnapshot";
import type { LocatedFinding } from "./locatedFinding";

/** What the log entry of a fix needs: the validation the findings came from (its log and language) and the time. */
export interface FixLogOptions {
  /** With its `source` (what the validation read), the fixed cells' old contents go into the undo snapshot. */
  parsed: Pick<ParsedWorkbook, "meta" | "layout" | "logTable" | "log" | "source">;
  /** ISO time for the log entry. */
  now: string;
  fileName?: string;
}

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

/**
 * The plan that applies the fixable findings (later findings on the same cell win), plus a log entry when `log` is
 * given, the workbook's log is readable and there is something to fix.
 */
export function planFixes(
  findings: readonly LocatedFinding[],
  layout: WorkbookLayout | null,
  log?: FixLogOptions,
): WorkbookPlan {
  const rules = new Set<string>();
  const bySheet = new Map<string, Map<string, CellBlock>>();
  for (const f of findings) {
    if (!isFixable(f) || !parseRange(f.cell!)) continue;
    const value = f.fix!.value;
    const formula = FORMULA_RULES.has(f.rule) && typeof value === "string";
    const cell = formula ? { f: value.trim().replace(/^=/, "") } : { v: value, input: true };
    const blocks = bySheet.get(f.sheet!) ?? new Map<string, CellBlock>();
    blocks.set(f.cell!, { at: f.cell!, cells: [[cell]] });
    rules.add(f.rule);
    bySheet.set(f.sheet!, blocks);
  }
  const sheets: SheetPlan[] = [...bySheet].map(([name, blocks]) => ({
    key: keyOf(layout, name),
    name,
    create: false,
    blocks: [...blocks.values()],
  }));
  const plan: WorkbookPlan = { styles: WORKBOOK_STYLES, sheets, names: [], touches: sheets.map((s) => s.name) };
  const { meta, layout: logLayout, logTable, log: parsedLog } = log?.parsed ?? {};
  if (!log || sheets.length === 0 || !meta || !logLayout || !logTable || !parsedLog) return plan;
  const cells = sheets.reduce((n, s) => n + s.blocks.length, 0);
  const written = sheets.flatMap((s) =>
    s.blocks.map((b) => [s.name, b.at, b.cells[0][0].f ?? b.cells[0][0].v ?? null]),
  );
  const entry = logEntryBlock(
    logLayout.log.sheet,
    logTable,
    {
      time: logTime(log.now, meta.settings),
      action: logMessages.fix[meta.lang](),
      file: log.fileName ?? "",
      hash: contentHash(written),
      summary: logMessages.fixSummary[meta.lang]({ cells, rules: [...rules].sort().join(", ") }),
    },
    parsedLog.lastChain,
  );
  plan.sheets.push({ key: "log", name: logLayout.log.sheet, create: false, blocks: [entry.block] });
  plan.names.push(entry.name);
  plan.touches!.push(logLayout.log.sheet);
  return plan;
}

/**
 * Applies the fixes in one host call (none when nothing is fixable), with a log entry when `log` is given; returns
 * how many cells were fixed (the log entry not counted).
 */
export async function applyFixes(
  host: Host,
  findings: readonly LocatedFinding[],
  layout: WorkbookLayout | null,
  log?: FixLogOptions,
): Promise<number> {
  const plan = planFixes(findings, layout, log);
  const count = plan.sheets.filter((s) => s.key !== "log").reduce((n, s) => n + s.blocks.length, 0);
  if (count === 0) return count;
  // The validation read the fixed cells (entry grids, formula rows): the undo snapshot comes from that read.
  const source = log?.parsed.source;
  const logged = plan.sheets.find((s) => s.key === "log")?.blocks[0]?.cells[0]?.[4]?.v;
  const header = { operation: "fix" as const, time: log?.now ?? "", summary: typeof logged === "string" ? logged : "" };
  await host.apply(source ? await undoablePlan(host, plan, { ...source, parsed: log!.parsed }, header) : plan);
  return count;
}

function keyOf(layout: WorkbookLayout | null, sheet: string): SheetPlan["key"] {
  if (!layout) return "self";
  const peer = layout.peers.find((p) => p.sheet === sheet);
  if (peer) return `peer:${peer.rater}`;
  const fixed = Object.entries(layout.names.fixed).find(([, name]) => name === sheet);
  return (fixed?.[0] ?? "self") as SheetPlan["key"];
}
