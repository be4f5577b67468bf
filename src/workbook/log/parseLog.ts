// The log sheet (TD_Log) as read: its entries with their chain cells, the chain a new entry continues from, and the
// tamper check (the first entry whose stored chain does not match the one recomputed from the cells before it).
// Logs written before the chain column existed (5 columns, or leading entries with an empty chain) are not checked.

import type { Finding } from "../../core/findings/findingTypes";
import { render } from "../../core/messages/messageTypes";
import { sheetReference, cellAddress, type RangeBox } from "../layout/cellAddress";
import { LOG_TABLE_COLUMNS as C } from "../layout/workbookLayout";
import { WORKBOOK_RULES, workbookFindingMessages as W } from "../messages/workbookFindingMessages";
import type { CellValue } from "../plan/planTypes";
import { FIRST_CHAIN, logChain, type LogEntry } from "./logChain";

export interface LogRow extends LogEntry {
  /** 1-based sheet row. */
  row: number;
  /** The chain cell as read ("" when empty or absent). */
  chain: string;
}

export interface ParsedLog {
  sheet: string;
  /** TD_Log's range: the header row, then one row per entry. */
  table: RangeBox;
  rows: LogRow[];
  /** The chain recomputed over every entry as read: what the next entry's chain continues from. */
  lastChain: string;
}

function text(value: CellValue | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

/** `grid`: the cells of `table` (header row first), 5 or 6 columns wide. */
export function parseLog(sheet: string, table: RangeBox, grid: readonly (readonly CellValue[])[]): ParsedLog {
  const rows: LogRow[] = grid.slice(1).map((cells, i) => ({
    row: table.row + 1 + i,
    time: text(cells[C.time]),
    action: text(cells[C.action]),
    file: text(cells[C.file]),
    hash: text(cells[C.hash]),
    summary: text(cells[C.summary]),
    chain: text(cells[C.chain]).trim(),
  }));
  const lastChain = rows.reduce((previous, row) => logChain(previous, row), FIRST_CHAIN);
  return { sheet, table, rows, lastChain };
}

/**
 * The first entry whose chain cell does not hold the chain recomputed from the entries above it, as one warning.
 * Entries with an empty chain cell before the first chained entry come from an older add-in and are not checked
 * themselves (they still count in the chain, so the first chained entry after them covers their content).
 */
export function logChainFindings(log: ParsedLog): Finding[] {
  let computed = FIRST_CHAIN;
  let chained = false;
  for (const row of log.rows) {
    computed = logChain(computed, row);
    if (row.chain === "" && !chained) continue;
    chained = true;
    if (row.chain.toLowerCase() === computed) continue;
    const cell = sheetReference(log.sheet, cellAddress(row.row, log.table.column));
    return [
      {
        rule: WORKBOOK_RULES.logEdited,
        severity: "warning",
        location: {},
        message: render(W.logEdited, { row: row.row }),
        data: { cell, row: row.row },
      },
    ];
  }
  return [];
}
