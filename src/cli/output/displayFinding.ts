// A finding as the command shows it: severity, rule, where (a sheet!cell or a units.csv line) and the sentence.

import type { Severity } from "../../core/findings/findingTypes";
import type { Bilingual } from "../../core/messages/messageTypes";
import type { LocatedFinding } from "../../workbook/operations/locatedFinding";

export interface DisplayFinding {
  rule: string;
  severity: Severity;
  place: Bilingual | null;
  message: Bilingual;
}

/** "Tự chấm!E6" as a person reads it (Excel would quote the sheet name; the Name Box takes both). */
export function workbookPlace(finding: LocatedFinding): Bilingual | null {
  if (finding.sheet === null) return null;
  const text = finding.cell === null ? finding.sheet : `${finding.sheet}!${finding.cell}`;
  return { vi: text, en: text };
}

export function displayWorkbookFinding(finding: LocatedFinding): DisplayFinding {
  return { rule: finding.rule, severity: finding.severity, place: workbookPlace(finding), message: finding.message };
}
