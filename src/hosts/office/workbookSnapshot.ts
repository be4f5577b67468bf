// What the host last saw of the workbook's sheets (one outline round trip): names, visibility and protection. An
// apply needs protection to know which sheets to unprotect and re-protect, and the Office.js API has no cheaper way
// than loading it, so the outline that every operation starts with loads it too.

import type { SheetInfo } from "../../workbook/host/hostTypes";

export interface KnownSheet extends SheetInfo {
  protected: boolean;
  /** The protection options in force, to protect the sheet again exactly as it was. */
  options: Excel.WorksheetProtectionOptions | null;
}

export interface WorkbookSnapshot {
  sheets: KnownSheet[];
}

export function findKnownSheet(snapshot: WorkbookSnapshot, name: string): KnownSheet | undefined {
  const upper = name.toLocaleUpperCase();
  return snapshot.sheets.find((s) => s.name.toLocaleUpperCase() === upper);
}

/** The snapshot after a successful apply: new sheets added, protection as the apply left it. */
export function snapshotAfterApply(
  snapshot: WorkbookSnapshot,
  created: readonly KnownSheet[],
  protectedNow: readonly { sheet: string; options: Excel.WorksheetProtectionOptions }[],
): WorkbookSnapshot {
  const sheets = [...snapshot.sheets.map((s) => ({ ...s })), ...created.map((s) => ({ ...s }))];
  const next = { sheets };
  for (const { sheet, options } of protectedNow) {
    const known = findKnownSheet(next, sheet);
    if (known) Object.assign(known, { protected: true, options });
  }
  return next;
}
