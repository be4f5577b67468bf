// The log row a meeting operation appends (Nhật ký), unless the last row already records the same action on the same
// content (a retried or repeated run leaves no duplicate).

import { FIRST_CHAIN } from "../log/logChain";
import { logTime } from "../log/logTime";
import { logEntryBlock } from "../plan/logEntry";
import type { WorkbookPlan } from "../plan/planTypes";
import type { ParsedWorkbook } from "../read/parseWorkbook";

export interface MeetingLogEntry {
  /** ISO instant; the row shows it as local time in the workbook's time zone. */
  time: string;
  action: string;
  file: string;
  hash: string;
  summary: string;
}

/** Adds the entry's row and TD_Log's new range to the plan; false when the log is unusable or already has it. */
export function appendLog(plan: WorkbookPlan, parsed: ParsedWorkbook, entry: MeetingLogEntry): boolean {
  const layout = parsed.layout;
  if (!layout || !parsed.logTable) return false;
  const last = parsed.log?.rows[parsed.log.rows.length - 1];
  if (last && last.action === entry.action && last.hash === entry.hash && last.file === entry.file) return false;
  const shown = parsed.meta ? { ...entry, time: logTime(entry.time, parsed.meta.settings) } : entry;
  const row = logEntryBlock(layout.log.sheet, parsed.logTable, shown, parsed.log?.lastChain ?? FIRST_CHAIN);
  const existing = plan.sheets.find((s) => s.name.toUpperCase() === layout.log.sheet.toUpperCase());
  if (existing) existing.blocks.push(row.block);
  else plan.sheets.push({ key: "log", name: layout.log.sheet, create: false, blocks: [row.block] });
  plan.names.push(row.name);
  plan.touches = [...new Set([...(plan.touches ?? []), layout.log.sheet])];
  return true;
}
