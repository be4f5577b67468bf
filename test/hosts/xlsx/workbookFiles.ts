// Test helpers over .xlsx bytes: open with plain ExcelJS (not the host under test), read a part's XML, patch
// workbook.xml to hold names that ExcelJS itself cannot write (#REF!, several areas, sheet scope).

import ExcelJS from "exceljs";
import JSZip from "jszip";

export async function openWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

export async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function partXml(bytes: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`No part ${part} in the file`);
  return file.async("string");
}

/** Replaces workbook.xml's <definedNames> with the given XML (inserted after </sheets>). */
export async function withDefinedNamesXml(bytes: Uint8Array, definedNames: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const cleaned = xml.replace(/<definedNames>[\s\S]*?<\/definedNames>/, "");
  zip.file("xl/workbook.xml", cleaned.replace("</sheets>", `</sheets><definedNames>${definedNames}</definedNames>`));
  return zip.generateAsync({ type: "uint8array" });
}
