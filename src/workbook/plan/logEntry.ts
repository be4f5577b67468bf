// One appended row of the log sheet (TD_Log): the row after the name's last row, with its check chain (continuing
// the chain of the entries before it), and the name grown to cover it (and widened to the chain column on a log
// written before that column existed).

import { absoluteRange, cellAddress, type RangeBox } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import { LOG_TABLE_WIDTH } from "../layout/workbookLayout";
import { logChain, type LogEntry } from "../log/logChain";
import { valueCell } from "./cellSpec";
import type { CellBlock, NamePlan } from "./planTypes";
import { S } from "./workbookStyles";

/** The log's column widths: time, action, file, hash, summary, check chain (hash and chain are for machines). */
export const LOG_COLUMN_WIDTHS = [20, 18, 28, 12, 70, 12];

export type { LogEntry } from "../log/logChain";

/**
 * `table`: TD_Log as it stands (header row plus earlier entries). `previousChain`: the chain the earlier entries end
 * with, as parsed (ParsedWorkbook.log.lastChain; FIRST_CHAIN, "", for the first entry).
 */
export function logEntryBlock(
  sheet: string,
  table: RangeBox,
  entry: LogEntry,
  previousChain: string,
): { block: CellBlock; name: NamePlan } {
  const row = table.row + table.rows;
  const block: CellBlock = {
    // Beside the table where it stands: a column inserted left of the log moved it.
    at: cellAddress(row, table.column),
    cells: [
      [
        valueCell(entry.time, S.text),
        valueCell(entry.action, S.text),
        valueCell(entry.file, S.text),
        valueCell(entry.hash, S.text),
        valueCell(entry.summary, S.textWrap),
        valueCell(logChain(previousChain, entry), S.text),
      ],
    ],
  };
  const name: NamePlan = {
    name: DEFINED_NAMES.log,
    sheet,
    range: absoluteRange({ row: table.row, column: table.column, rows: table.rows + 1, columns: LOG_TABLE_WIDTH }),
  };
  return { block, name };
}
