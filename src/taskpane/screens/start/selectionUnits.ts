// Turns the values of a selection into the Start screen's unit lines (tab-separated code, name, cluster, which
// unitLines reads back): blank rows dropped, a header row ("Mã, Tên, Cụm" or "code, name, cluster") skipped and
// used to find the columns, numbers read as the text they show ("01" stays "01" when the cell holds text).

import type { CellValue } from "../../../workbook/plan/planTypes";
import { isBlankCell, selectionProblem, type SelectionProblem } from "./selectionProblem";

export type SelectionUnits = { lines: string; count: number } | { problem: SelectionProblem };

type Field = "code" | "name" | "cluster";

/** Header words, compared without diacritics, case or spaces (as the CLI's units.csv headers). */
const HEADER_WORDS: Record<Field, readonly string[]> = {
  code: ["code", "unitcode", "ma", "madonvi"],
  name: ["name", "unitname", "ten", "tendonvi"],
  cluster: ["cluster", "block", "cum", "khoi", "cumkhoi", "cum/khoi", "khoi/cum"],
};

function headerKey(cell: CellValue): string {
  return typeof cell !== "string"
    ? ""
    : cell
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .replace(/[đĐ]/g, "d")
        .toLowerCase()
        .replace(/[\s_-]+/g, "");
}

/** Columns by header word when the row is a header (it names both the code and the name columns), else null. */
function headerColumns(row: readonly CellValue[]): Record<Field, number> | null {
  const find = (field: Field) => row.findIndex((cell) => HEADER_WORDS[field].includes(headerKey(cell)));
  const code = find("code");
  const name = find("name");
  return code >= 0 && name >= 0 ? { code, name, cluster: find("cluster") } : null;
}

/** A cell as one field of a tab-separated line: its text, with tabs and line breaks as spaces. */
function fieldText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  return String(cell)
    .replace(/[\t\r\n]+/g, " ")
    .trim();
}

export function unitsFromSelection(values: readonly (readonly CellValue[])[]): SelectionUnits {
  const problem = selectionProblem(values);
  if (problem) return { problem };
  const rows = values.filter((row) => !row.every(isBlankCell));
  const header = headerColumns(rows[0]);
  const columns = header ?? { code: 0, name: 1, cluster: 2 };
  const lines = (header ? rows.slice(1) : rows)
    .map((row) => {
      const at = (column: number) => (column >= 0 ? fieldText(row[column]) : "");
      return { code: at(columns.code), name: at(columns.name), cluster: at(columns.cluster) };
    })
    .filter((unit) => unit.code !== "" || unit.name !== "" || unit.cluster !== "")
    // Always one tab at least: a line without one would be split at its commas.
    .map((unit) => [unit.code, unit.name, ...(unit.cluster ? [unit.cluster] : [])].join("\t"));
  // A header row alone holds no unit.
  if (lines.length === 0) return { problem: "empty" };
  return { lines: lines.join("\n"), count: lines.length };
}
