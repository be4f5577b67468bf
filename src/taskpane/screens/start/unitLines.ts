// Reads member units typed or pasted as lines ("code, name, cluster", tab-separated when pasted from Excel) into the
// rows of the units table, so that the core's validateUnits checks exactly what will be written.

/** One row per non-blank line: code, name, cluster (the default cluster when the line names none). */
export function unitLines(text: string, defaultCluster: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      // A pasted Excel row is tab-separated and may hold commas in names; typed lines use commas.
      const cells = (line.includes("\t") ? line.split("\t") : line.split(",")).map((c) => c.trim());
      const [code = "", name = "", cluster = ""] = cells;
      return [code, name, cluster || defaultCluster];
    });
}
