// The workbook's defined names as text, each with its scope (a sheet's name, or null for the workbook). Kept by
// the host instead of ExcelJS, whose per-cell name index is lossy and far too slow for 60 peer grids.

import type { WorkbookXmlNames } from "./workbookXmlNames";

export interface DefinedNameEntry {
  name: string;
  /** Formula text without "=": 'Tự chấm'!$D$6:$M$40, #REF!, 0.5… */
  formula: string;
  /** Sheet name for a sheet-scoped name (print titles, print area), null for the workbook scope. */
  scope: string | null;
}

/** What ExcelJS renders into <definedNames>: one text each, localSheetId for sheet-scoped names. */
export interface ExcelNameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

// Excel compares names without regard to case.
const sameName = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

export class DefinedNameTable {
  private readonly entries: DefinedNameEntry[] = [];

  /** The names of a loaded file; names scoped to a sheet that no longer exists are dropped. */
  static fromWorkbookXml(stored: WorkbookXmlNames): DefinedNameTable {
    const table = new DefinedNameTable();
    for (const name of stored.names) {
      const scope = name.localSheetId === undefined ? null : stored.sheets[name.localSheetId];
      if (scope === undefined) continue;
      table.entries.push({ name: name.name, formula: name.formula, scope });
    }
    return table;
  }

  all(): readonly DefinedNameEntry[] {
    return this.entries;
  }

  /** Sets a name in a scope, replacing a name of the same name there (keeping its place); null removes it. */
  set(name: string, formula: string | null, scope: string | null = null): void {
    const at = this.entries.findIndex((e) => e.scope === scope && sameName(e.name, name));
    if (formula === null) {
      if (at >= 0) this.entries.splice(at, 1);
    } else if (at >= 0) this.entries[at] = { name, formula, scope };
    else this.entries.push({ name, formula, scope });
  }

  /** The names as ExcelJS writes them, for sheets in the given order (localSheetId is an index into it). */
  excelModel(sheetOrder: readonly string[]): ExcelNameModel[] {
    const out: ExcelNameModel[] = [];
    for (const e of this.entries) {
      if (e.scope === null) {
        out.push({ name: e.name, ranges: [e.formula] });
        continue;
      }
      const localSheetId = sheetOrder.indexOf(e.scope);
      if (localSheetId >= 0) out.push({ name: e.name, ranges: [e.formula], localSheetId });
    }
    return out;
  }
}
