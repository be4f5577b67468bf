// Log rows (Nhật ký, TD_Log) that making and collecting forms append to the master, one after another: the one
// place the round trip writes log entries.

import type { RangeBox } from "../layout/cellAddress";
import { logChain } from "../log/logChain";
import { logEntryBlock, type LogEntry } from "../plan/logEntry";
import type { CellBlock, NamePlan } from "../plan/planTypes";

/**
 * `table`: TD_Log as it stands; `previousChain`: the chain its last entry ends with (FIRST_CHAIN when none). Returns
 * the rows' blocks, each continuing the chain of the one before, and TD_Log grown over them (null when no entry).
 */
export function formLogRows(
  sheet: string,
  table: RangeBox,
  entries: readonly LogEntry[],
  previousChain: string,
): { blocks: CellBlock[]; name: NamePlan | null } {
  const blocks: CellBlock[] = [];
  let name: NamePlan | null = null;
  let current = table;
  let chain = previousChain;
  for (const entry of entries) {
    const appended = logEntryBlock(sheet, current, entry, chain);
    chain = logChain(chain, entry);
    blocks.push(appended.block);
    name = appended.name;
    current = { ...current, rows: current.rows + 1 };
  }
  return { blocks, name };
}
