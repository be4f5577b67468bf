// Fills a saved form the way a unit's own spreadsheet would: ExcelJS opens the .xlsx, values are typed into cells
// (sheet protection is not honoured, as after "Unprotect sheet"), and the file is saved again.

import ExcelJS from "exceljs";
import type { Typing } from "./formFixtures";

export async function fillFormFile(bytes: Uint8Array, typing: Typing): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  for (const t of typing) {
    const sheet = workbook.getWorksheet(t.sheet);
    if (!sheet) throw new Error(`fillFormFile: no sheet ${t.sheet}`);
    sheet.getCell(t.cell).value = t.value;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
