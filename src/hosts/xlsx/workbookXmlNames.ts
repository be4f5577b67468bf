// Sheet order and defined names exactly as xl/workbook.xml stores them: names that are not ranges (#REF!,
// constants) and sheet-scoped ones (print titles, print areas) included, each with its scope.

import { decodeXml, xmlAttributes as attributes } from "./xmlText";

export interface StoredName {
  name: string;
  /** The name's formula text without "=", e.g. 'Tự chấm'!$D$6:$M$40 or #REF!. */
  formula: string;
  /** Index into `sheets` for a sheet-scoped name (localSheetId); undefined for the workbook scope. */
  localSheetId?: number;
}

export interface WorkbookXmlNames {
  /** Sheet names in workbook order, chart sheets included (localSheetId counts them). */
  sheets: string[];
  names: StoredName[];
}

// Elements may carry a namespace prefix (<x:definedName>) when another tool wrote the file.
const SHEET = /<(?:\w+:)?sheet\b([^>]*?)\/?>/g;
const DEFINED_NAME = /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g;

export function readWorkbookXmlNames(xml: string): WorkbookXmlNames {
  const sheets: string[] = [];
  for (const m of xml.matchAll(SHEET)) {
    const name = attributes(m[1]).name;
    if (name !== undefined) sheets.push(name);
  }
  const names: StoredName[] = [];
  for (const m of xml.matchAll(DEFINED_NAME)) {
    const attrs = attributes(m[1]);
    if (!attrs.name) continue;
    const stored: StoredName = { name: attrs.name, formula: decodeXml(m[2] ?? "").trim() };
    if (attrs.localSheetId !== undefined && /^\d+$/.test(attrs.localSheetId)) {
      stored.localSheetId = Number(attrs.localSheetId);
    }
    names.push(stored);
  }
  return { sheets, names };
}
