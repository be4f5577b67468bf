// What making and collecting forms write into the master besides entries: the rewritten metadata (form ids,
// returns) and the log rows, as sheets and names of one plan, touching only the metadata and log sheets.

import { absoluteRange, type RangeBox } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import type { WorkbookLayout } from "../layout/workbookLayout";
import { FIRST_CHAIN } from "../log/logChain";
import { metaChunks, type WorkbookMeta } from "../meta/workbookMeta";
import { metaSheet } from "../plan/inject/metaSheet";
import type { LogEntry } from "../plan/logEntry";
import type { NamePlan, SheetPlan } from "../plan/planTypes";
import type { ParsedWorkbook } from "../read/parseWorkbook";
import { formLogRows } from "./formLogRows";

export interface MasterState {
  layout: WorkbookLayout;
  /** TD_Log as it stands; null when the name is gone (no log row is written then). */
  logTable: RangeBox | null;
  /** The chain the log's last entry ends with (ParsedWorkbook.log.lastChain; FIRST_CHAIN when none). */
  lastChain: string;
  /** Cells the metadata used, cleared when the new one is shorter. */
  metaCells: number;
}

/** The master as parsed, with the layout the operation planned against. */
export function masterState(parsed: ParsedWorkbook, layout: WorkbookLayout): MasterState {
  return {
    layout,
    logTable: parsed.logTable,
    lastChain: parsed.log?.lastChain ?? FIRST_CHAIN,
    metaCells: parsed.metaCells,
  };
}

export function masterUpdate(
  state: MasterState,
  meta: WorkbookMeta,
  entries: readonly LogEntry[],
): { sheets: SheetPlan[]; names: NamePlan[] } {
  const { layout } = state;
  const sheets: SheetPlan[] = [metaSheet(layout.meta.sheet, meta, false, state.metaCells)];
  const names: NamePlan[] = [
    {
      name: DEFINED_NAMES.meta,
      sheet: layout.meta.sheet,
      range: absoluteRange({ row: 1, column: 0, rows: metaChunks(meta).length, columns: 1 }),
    },
  ];
  if (state.logTable && entries.length > 0) {
    const rows = formLogRows(layout.log.sheet, state.logTable, entries, state.lastChain);
    sheets.push({ key: "log", name: layout.log.sheet, create: false, blocks: rows.blocks });
    if (rows.name) names.push(rows.name);
  }
  return { sheets, names };
}
