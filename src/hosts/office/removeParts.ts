// Deletes sheets and defined names in one request: how the self-test takes away what it added to a blank workbook.

/**
 * Names first, then sheets. A very hidden sheet is made visible before it is deleted (Excel deletes only sheets it
 * could show: Worksheet.delete on a VeryHidden sheet fails with InvalidOperation, learn.microsoft.com). Sheets and
 * names already gone (a co-author's delete) are skipped as null objects.
 */
export async function removeParts(
  excel: typeof Excel,
  parts: { sheets: readonly string[]; names: readonly string[] },
): Promise<void> {
  if (parts.sheets.length === 0 && parts.names.length === 0) return;
  await excel.run(async (context) => {
    for (const name of parts.names) context.workbook.names.getItemOrNullObject(name).delete();
    for (const sheet of parts.sheets) {
      const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
      worksheet.visibility = "Visible";
      worksheet.delete();
    }
    await context.sync();
  });
}
