// A plain-text table with columns padded to the widest cell, counted in what a terminal shows (Vietnamese letters
// written with combining marks count once).

import type { Paint } from "./terminalStyle";

export interface TableColumn {
  header: string;
  align: "left" | "right";
}

/** Characters a terminal shows for the text: combining marks take no column. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.normalize("NFC")) if (!/\p{M}/u.test(ch)) width++;
  return width;
}

function pad(text: string, width: number, align: "left" | "right"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + fill : fill + text;
}

/**
 * Lines of the table: header, a rule, then the rows. `paintRow` may colour a whole row after padding, so that
 * colour codes never count as width. The last column is not padded, so that no line ends in spaces.
 */
export function textTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  paint: Paint,
  paintRow: (row: number, line: string) => string = (_row, line) => line,
): string[] {
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) =>
        i === cells.length - 1 && columns[i].align === "left" ? cell : pad(cell, widths[i], columns[i].align),
      )
      .join("  ")
      .trimEnd();
  const header = paint(line(columns.map((c) => c.header)), "bold");
  const rule = paint(widths.map((w) => "─".repeat(w)).join("  "), "dim");
  return [header, rule, ...rows.map((row, i) => paintRow(i, line(row)))];
}
