// Which sheets an apply unprotects before writing and protects afterwards. Sheets in plan.touches are owned by the
// add-in and protected by contract; other existing sheets are unprotected only when known to be protected. A sheet
// goes back to the protection it had (its own options), new sheets get the contract's protection.

import type { WorkbookPlan } from "../../workbook/plan/planTypes";
import { findKnownSheet, type WorkbookSnapshot } from "./workbookSnapshot";

/** Locked cells stay read-only and nothing about rows, columns or the sheet may change; no password. */
export const CONTRACT_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
};

export interface ProtectionChanges {
  /** Existing sheets to unprotect (no password) before anything is written. */
  unprotect: string[];
  /** Sheets to protect once everything is written: the unprotected ones again, and new sheets the plan protects. */
  protect: { sheet: string; options: Excel.WorksheetProtectionOptions }[];
}

export function protectionChanges(plan: WorkbookPlan, snapshot: WorkbookSnapshot | null): ProtectionChanges {
  const created = new Set(plan.sheets.filter((s) => s.create).map((s) => s.name.toLocaleUpperCase()));
  const candidates = [...(plan.touches ?? []), ...plan.sheets.filter((s) => !s.create).map((s) => s.name)];
  const touched = new Set((plan.touches ?? []).map((s) => s.toLocaleUpperCase()));
  const seen = new Set<string>();
  const changes: ProtectionChanges = { unprotect: [], protect: [] };
  for (const sheet of candidates) {
    const key = sheet.toLocaleUpperCase();
    if (created.has(key) || seen.has(key)) continue;
    seen.add(key);
    const known = snapshot ? findKnownSheet(snapshot, sheet) : undefined;
    // Not in the workbook: nothing to unprotect (a write into it is refused before anything happens).
    if (snapshot && !known) continue;
    // Unknown protection: a touched sheet is protected by contract, an untouched one is left as it is.
    const isProtected = known ? known.protected : touched.has(key);
    if (!isProtected) continue;
    changes.unprotect.push(known?.name ?? sheet);
    changes.protect.push({ sheet: known?.name ?? sheet, options: known?.options ?? CONTRACT_PROTECTION });
  }
  for (const sheet of plan.sheets) {
    if (sheet.create && sheet.protect) changes.protect.push({ sheet: sheet.name, options: CONTRACT_PROTECTION });
  }
  return changes;
}
