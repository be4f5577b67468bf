// The workbook's defined names as text, each with its scope (a sheet's name, or null for the workbook), exactly as
// xl/workbook.xml stores them: #REF! names, constants and sheet-scoped names (print titles, print areas) included.

export interface DefinedNameEntry {
  name: string;
  /** Formula text without "=": 'Tự chấm'!$D$6:$M$40, #REF!, 0.5… */
  formula: string;
  /** Sheet name for a sheet-scoped name (print titles, print area), null for the workbook scope. */
  scope: string | null;
}

// Excel compares names without regard to case.
const sameName = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

export class DefinedNameTable {
  /** A table over the entries given (changed in place). */
  constructor(private readonly entries: DefinedNameEntry[] = []) {}

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
}
