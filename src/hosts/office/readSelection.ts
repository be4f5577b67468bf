// Reads the user's current selection through Office.js in one request: the used part of the selection (so that
// whole columns clicked by their headers read as the table they hold), never more than SELECTION_LIMIT cells of it.

import { defineMessages, formatNumber as n, render } from "../../core/messages/messageTypes";
import type { RangeRead } from "../../workbook/host/hostTypes";
import { HostError } from "../../workbook/host/hostTypes";
import { rangeRead } from "./rangeRead";

/** The largest selection read: a units list or a criteria table is far smaller; anything larger is a mistake. */
export const SELECTION_LIMIT = { rows: 5000, columns: 20 } as const;

type Size = { rows: number; columns: number; maxRows: number; maxColumns: number };

export const readSelectionMessages = defineMessages({
  selectionTooLarge: {
    vi: (p: Size) =>
      `Vùng chọn chứa dữ liệu trên ${n(p.rows, "vi")} dòng × ${n(p.columns, "vi")} cột; phần bổ trợ chỉ đọc tối đa ${n(p.maxRows, "vi")} dòng × ${n(p.maxColumns, "vi")} cột. Hãy chọn đúng bảng cần đọc, rồi bấm lại.`,
    en: (p: Size) =>
      `The selection holds data over ${n(p.rows, "en")} rows × ${n(p.columns, "en")} columns; the add-in reads at most ${n(p.maxRows, "en")} rows × ${n(p.maxColumns, "en")} columns. Select just the table to read, then try again.`,
  },
});

/** "'Sheet 1'!B2:D9" → "B2:D9": the range part never holds "!", a sheet name may. */
function withoutSheet(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/**
 * The selection's used part as a RangeRead (values only), or a read without values when nothing in the selection
 * holds a value. Throws HostError "payload-too-large" when the used part exceeds SELECTION_LIMIT; Office.js errors
 * (several areas selected, a chart selected) are left for the caller to translate.
 */
export function readSelection(excel: typeof Excel): Promise<RangeRead> {
  return excel.run(async (context) => {
    // Every range is untracked: they serve this one request, and Office.js then owes Excel no release request.
    const selected = context.workbook.getSelectedRange().untrack().load("address");
    const sheet = selected.worksheet.load("name");
    const used = selected.getUsedRangeOrNullObject(true).untrack().load("address,rowCount,columnCount");
    // Only the top-left SELECTION_LIMIT of the used part is ever sent back, whatever the user selected.
    const corner = used.getCell(0, 0).untrack();
    const limit = corner.getResizedRange(SELECTION_LIMIT.rows - 1, SELECTION_LIMIT.columns - 1).untrack();
    const part = used.getIntersectionOrNullObject(limit).untrack().load("values");
    await context.sync();
    if (used.isNullObject) return rangeRead(sheet.name, withoutSheet(selected.address), [], null);
    if (used.rowCount > SELECTION_LIMIT.rows || used.columnCount > SELECTION_LIMIT.columns) {
      throw new HostError(
        "payload-too-large",
        render(readSelectionMessages.selectionTooLarge, {
          rows: used.rowCount,
          columns: used.columnCount,
          maxRows: SELECTION_LIMIT.rows,
          maxColumns: SELECTION_LIMIT.columns,
        }),
      );
    }
    return rangeRead(sheet.name, withoutSheet(used.address), part.values, null);
  });
}
