// Row heights for wrapped text: spreadsheets do not grow a row for text that wraps (LibreOffice and Excel keep the
// height the file gives), so the plan sets one from the length of the longest wrapped cell of the row.

/** Points per line of 11–12-point Times New Roman, with a little room. */
const LINE = 15;

/** The height for `text` in a column holding about `perLine` characters a line, at least `minLines` lines. */
export function wrappedRowHeight(text: string | null | undefined, perLine: number, minLines = 1): number {
  const lines = text ? Math.ceil(text.length / perLine) : 1;
  return Math.max(minLines, lines) * LINE + 4;
}
