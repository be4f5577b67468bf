// Puts the host's DefinedNameTable in place of ExcelJS's own name index, which expands every name into one entry
// per cell (millions for the peer grids), drops #REF! and constant names, and loses sheet scopes.

import type ExcelJS from "exceljs";
import type { DefinedNameTable, ExcelNameModel } from "./definedNameTable";

/** The slice of ExcelJS's name index that reading and writing a file use: a model to get and set. */
interface NameIndex {
  model: ExcelNameModel[];
}

/** Attach before loading: ExcelJS then hands its lossy parse to a setter that ignores it. */
export function attachNameTable(workbook: ExcelJS.Workbook, table: DefinedNameTable): void {
  const index: NameIndex = {
    get model() {
      return table.excelModel(workbook.worksheets.map((sheet) => sheet.name));
    },
    set model(_parsed: ExcelNameModel[]) {
      // The host reads the names from xl/workbook.xml itself.
    },
  };
  (workbook as unknown as { _definedNames: NameIndex })._definedNames = index;
}
