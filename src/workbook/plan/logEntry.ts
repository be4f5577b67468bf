// One appended row of the log sheet (TD_Log): the row after the name's last row, and the name grown to cover it.

import { absoluteRange, type RangeBox } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import { valueCell } from "./cellSpec";
import type { CellBlock, NamePlan } from "./planTypes";
import { S } from "./workbookStyles";

export interface LogEntry {
  /** ISO time, given by the caller (plans are otherwise free of clocks). */
  time: string;
  action: string;
  /** File name when known, else "". */
  file: string;
  hash: string;
  summary: string;
}

/** `table`: TD_Log as it stands (header row plus earlier entries). */
export function logEntryBlock(sheet: string, table: RangeBox, entry: LogEntry): { block: CellBlock; name: NamePlan } {
  const row = table.row + table.rows;
  const block: CellBlock = {
    at: `A${row}`,
    cells: [
      [
        valueCell(entry.time, S.text),
        valueCell(entry.action, S.text),
        valueCell(entry.file, S.text),
        valueCell(entry.hash, S.text),
        valueCell(entry.summary, S.textWrap),
      ],
    ],
  };
  const name: NamePlan = {
    name: DEFINED_NAMES.log,
    sheet,
    range: absoluteRange({ row: table.row, column: table.column, rows: table.rows + 1, columns: 5 }),
  };
  return { block, name };
}
