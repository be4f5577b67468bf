// What an undo would undo, for a confirmation before it runs: the last operation's name, time and summary from the
// snapshot's header row (one outline and one small read), or null when there is nothing to undo.

import type { Host, RangeRead } from "../host/hostTypes";
import { DEFINED_NAMES } from "../layout/definedNames";
import { parseUndoRows, UNDO_COLUMNS, type UndoHeader } from "./undoSheet";
import { rangeAddress } from "../layout/cellAddress";
import { outlineAndRead } from "../read/outlineAndRead";

/** The header row's request, or null when the workbook has no TD_Undo. */
export function undoHeaderRequest(names: readonly { name: string; sheet: string | null; range: string | null }[]) {
  const info = names.find((n) => n.name.toUpperCase() === DEFINED_NAMES.undo.toUpperCase());
  if (!info?.sheet) return null;
  return { sheet: info.sheet, range: rangeAddress({ row: 1, column: 0, rows: 1, columns: UNDO_COLUMNS }) };
}

export function headerOf(read: RangeRead | undefined): UndoHeader | null {
  return read ? (parseUndoRows(read.values)?.header ?? null) : null;
}

export async function readUndoInfo(host: Host): Promise<UndoHeader | null> {
  const { reads } = await outlineAndRead(host, (outline) => {
    const request = undoHeaderRequest(outline.names);
    return request ? [request] : [];
  });
  return headerOf(reads[0]);
}
