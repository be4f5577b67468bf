// What the self-test added to the workbook and whether it is gone again: sheets and defined names compared by name
// between the outline read before it started and one read later. A blank workbook is one without a Thi đua table.

import type { WorkbookOutline } from "../host/hostTypes";
import { CONTRACT_NAME_PREFIX } from "../layout/definedNames";
import { sheetNameMessages } from "../messages/sheetNameMessages";

export interface WorkbookParts {
  sheets: string[];
  names: string[];
}

const key = (name: string) => name.toLocaleUpperCase("en");

/** A name or sheet that marks a Thi đua table (the first found), null in a workbook without one. */
export function thiDuaMark(outline: WorkbookOutline): string | null {
  const name = outline.names.find((n) => key(n.name).startsWith(CONTRACT_NAME_PREFIX));
  if (name) return name.name;
  return outline.sheets.find((s) => key(s.name) === key(sheetNameMessages.meta.vi()))?.name ?? null;
}

/** Sheets and names in `after` that `before` did not have. */
export function addedParts(before: WorkbookOutline, after: WorkbookOutline): WorkbookParts {
  const sheets = new Set(before.sheets.map((s) => key(s.name)));
  const names = new Set(before.names.map((n) => key(n.name)));
  return {
    sheets: after.sheets.filter((s) => !sheets.has(key(s.name))).map((s) => s.name),
    names: after.names.filter((n) => !names.has(key(n.name))).map((n) => n.name),
  };
}

/** How `after` differs from `before`: sheets and names added, gone, or changed (visibility, what a name refers to). */
export function outlineChanges(
  before: WorkbookOutline,
  after: WorkbookOutline,
): WorkbookParts & { gone: WorkbookParts; changed: string[] } {
  const added = addedParts(before, after);
  const gone = addedParts(after, before);
  const changed: string[] = [];
  const afterSheets = new Map(after.sheets.map((s) => [key(s.name), s]));
  for (const sheet of before.sheets) {
    const now = afterSheets.get(key(sheet.name));
    if (now && now.visibility !== sheet.visibility) changed.push(sheet.name);
  }
  const afterNames = new Map(after.names.map((n) => [key(n.name), n]));
  for (const name of before.names) {
    const now = afterNames.get(key(name.name));
    if (now && (now.sheet !== name.sheet || now.range !== name.range)) changed.push(name.name);
  }
  return { ...added, gone, changed };
}
