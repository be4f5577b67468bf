// Sheet names for a new workbook in its language, each suffixed when the workbook already has that name.

import type { Lang } from "../../core/settings/settingsTypes";
import { sheetNameMessages } from "../messages/sheetNameMessages";
import { SheetNameAllocator } from "./sheetNames";
import type { FixedSheetKey, SheetNames, WorkbookMode } from "./workbookLayout";

/** Workbook order of the fixed sheets (names are allocated in this order, so suffixes are stable). */
export const FIXED_SHEET_ORDER: readonly FixedSheetKey[] = [
  "guide",
  "settings",
  "criteria",
  "units",
  "data",
  "self",
  "evidence",
  "peerMatrix",
  "review",
  "final",
  "result",
  "analysis",
  "history",
  "log",
  "meta",
];

export function allocateSheetNames(
  lang: Lang,
  mode: WorkbookMode,
  unitCodes: readonly string[],
  existing: readonly string[],
): SheetNames {
  const allocator = new SheetNameAllocator(existing);
  const fixed = {} as Record<FixedSheetKey, string>;
  for (const key of FIXED_SHEET_ORDER) fixed[key] = allocator.allocate(sheetNameMessages[key][lang]());
  const peers =
    mode === "cross" ? unitCodes.map((code) => allocator.allocate(sheetNameMessages.peer[lang]({ code }))) : [];
  // Allocated last, so that adding it left the other sheets' suffixes as they were.
  const print = allocator.allocate(sheetNameMessages.print[lang]());
  return { fixed, peers, print };
}
