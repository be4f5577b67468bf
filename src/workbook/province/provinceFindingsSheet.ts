// Kiểm tra / Checks: every finding of the consolidation, one row each, naming the file, sheet and cell it is about:
// the Board sees which cluster workbooks are left out and why, and what to ask each cluster to fix.

import type { Lang } from "../../core/settings/settingsTypes";
import { cellAddress, type RangeBox } from "../layout/cellAddress";
import { provinceWorkbookMessages as M } from "../messages/provinceWorkbookMessages";
import { blankCell, valueCell } from "../plan/cellSpec";
import type { CellSpec, SheetPlan } from "../plan/planTypes";
import type { LocatedProvinceFinding } from "./locateProvinceFinding";
import { PS } from "./provinceStyles";
import { wrappedRowHeight } from "./wrappedRowHeight";

export const FINDING_COLUMNS = { index: 0, file: 1, severity: 2, sheet: 3, cell: 4, message: 5, rule: 6 } as const;
const WIDTH = 7;
export const FINDINGS_HEADER_ROW = 3;

const SEVERITY = { error: M.severityError, warning: M.severityWarning, info: M.severityInfo } as const;

export function provinceFindingsSheet(
  sheet: string,
  findings: readonly LocatedProvinceFinding[],
  lang: Lang,
): { sheet: SheetPlan; table: RangeBox } {
  const C = FINDING_COLUMNS;
  const header = [
    M.headerIndex,
    M.headerFile,
    M.headerSeverity,
    M.headerSheet,
    M.headerCell,
    M.headerMessage,
    M.headerRule,
  ].map((m) => valueCell(m[lang](), PS.header));
  const first = FINDINGS_HEADER_ROW + 1;
  // The message column holds about 90 characters of 11-point text a line.
  const rowHeights: Record<number, number> = Object.fromEntries(
    findings.map((f, i) => [first + i, wrappedRowHeight(f.message[lang], 90)]),
  );
  const rows: CellSpec[][] = findings.map((f, i) => {
    const out: CellSpec[] = new Array(WIDTH).fill(null).map(() => blankCell(PS.text));
    out[C.index] = valueCell(i + 1, PS.index);
    out[C.file] = valueCell(f.file, PS.text);
    out[C.severity] = valueCell(SEVERITY[f.severity][lang](), PS.center);
    out[C.sheet] = valueCell(f.sheet, PS.text);
    out[C.cell] = valueCell(f.cell, PS.center);
    out[C.message] = valueCell(f.message[lang], PS.note);
    out[C.rule] = valueCell(f.rule, PS.text);
    return out;
  });
  if (rows.length === 0) {
    const none: CellSpec[] = new Array(WIDTH).fill(null).map(() => blankCell(PS.text));
    none[C.message] = valueCell(M.noFindings[lang](), PS.note);
    rows.push(none);
  }
  return {
    sheet: {
      key: "province:findings",
      name: sheet,
      create: true,
      blocks: [
        { at: "A1", cells: [[valueCell(M.findingsTitle[lang](), PS.sheetTitle)]] },
        { at: cellAddress(FINDINGS_HEADER_ROW, 0), cells: [header] },
        { at: cellAddress(first, 0), cells: rows },
      ],
      columnWidths: { 0: 6, 1: 22, 2: 10, 3: 16, 4: 7, 5: 80, 6: 26 },
      rowHeights,
      freeze: { rows: FINDINGS_HEADER_ROW, columns: 0 },
      protect: true,
      print: {
        orientation: "landscape",
        titleRows: `${FINDINGS_HEADER_ROW}:${FINDINGS_HEADER_ROW}`,
        fitToWidth: true,
        margins: { top: 2, bottom: 2, left: 2, right: 1.5 },
      },
    },
    table: { row: first, column: 0, rows: rows.length, columns: WIDTH },
  };
}
