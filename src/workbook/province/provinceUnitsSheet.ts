// Đơn vị / Units: one row per unit of the counted clusters (cluster number, names, total, scale, share, rank, grade,
// award as it stands, notes, file): the table every count on the other sheets reads (TD_Province_Units).

import { render } from "../../core/messages/messageTypes";
import { provinceMessages } from "../../core/messages/provinceMessages";
import type { ProvinceUnit } from "../../core/province/provinceTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import { absoluteRange, cellAddress, sheetReference, type RangeBox } from "../layout/cellAddress";
import { provinceWorkbookMessages as M } from "../messages/provinceWorkbookMessages";
import { blankCell, formulaCell, valueCell } from "../plan/cellSpec";
import type { CellSpec, SheetPlan } from "../plan/planTypes";
import { PS } from "./provinceStyles";
import { wrappedRowHeight } from "./wrappedRowHeight";

export const UNIT_COLUMNS = {
  index: 0,
  clusterKey: 1,
  cluster: 2,
  code: 3,
  name: 4,
  final: 5,
  max: 6,
  share: 7,
  rank: 8,
  grade: 9,
  award: 10,
  note: 11,
  file: 12,
} as const;
const WIDTH = 13;
export const UNITS_HEADER_ROW = 3;

export interface UnitsTable {
  sheet: string;
  /** Unit rows × every column (TD_Province_Units); one blank row when there is no unit. */
  table: RangeBox;
  /** "'Đơn vị'!$J$4:$J$43": one column of the table, for the count formulas of the other sheets. */
  column: (c: number) => string;
}

export function unitsTable(sheet: string, units: number): UnitsTable {
  const table: RangeBox = { row: UNITS_HEADER_ROW + 1, column: 0, rows: Math.max(units, 1), columns: WIDTH };
  return {
    sheet,
    table,
    column: (c) => sheetReference(sheet, absoluteRange({ row: table.row, column: c, rows: table.rows, columns: 1 })),
  };
}

/** The award as the unit table and the count formulas write it. */
export function awardLabel(award: ProvinceUnit["award"], lang: Lang): string | null {
  return award ? provinceMessages.awardShort[lang]({ award }) : null;
}

export function provinceUnitsSheet(table: UnitsTable, units: readonly ProvinceUnit[], lang: Lang): SheetPlan {
  const C = UNIT_COLUMNS;
  const header: CellSpec[] = new Array(WIDTH).fill(null).map(() => blankCell(PS.header));
  header[C.index] = valueCell(M.headerIndex[lang](), PS.header);
  header[C.clusterKey] = valueCell(M.headerClusterKey[lang](), PS.header);
  header[C.cluster] = valueCell(M.headerCluster[lang](), PS.header);
  header[C.code] = valueCell(M.headerCode[lang](), PS.header);
  header[C.name] = valueCell(M.headerUnit[lang](), PS.header);
  header[C.final] = valueCell(M.headerFinal[lang](), PS.header);
  header[C.max] = valueCell(M.headerMax[lang](), PS.header);
  header[C.share] = valueCell(M.headerShare[lang](), PS.header);
  header[C.rank] = valueCell(M.headerRank[lang](), PS.header);
  header[C.grade] = valueCell(M.headerGrade[lang](), PS.header);
  header[C.award] = valueCell(M.headerAward[lang](), PS.header);
  header[C.note] = valueCell(M.headerNote[lang](), PS.header);
  header[C.file] = valueCell(M.headerFile[lang](), PS.header);

  const rowHeights: Record<number, number> = { [UNITS_HEADER_ROW]: 48 };
  const rows: CellSpec[][] = units.map((u, i) => {
    const row = table.table.row + i;
    // The notes column holds about 40 characters of 11-point text a line.
    rowHeights[row] = wrappedRowHeight(u.note?.[lang], 40);
    const cells: CellSpec[] = new Array(WIDTH).fill(null).map(() => blankCell(PS.text));
    cells[C.index] = valueCell(i + 1, PS.index);
    cells[C.clusterKey] = valueCell(u.clusterKey, PS.count);
    cells[C.cluster] = valueCell(u.cluster, PS.text);
    cells[C.code] = valueCell(u.code, PS.text);
    cells[C.name] = valueCell(u.name, PS.text);
    cells[C.final] = valueCell(u.final, PS.points);
    cells[C.max] = valueCell(u.contentMax, PS.points);
    const final = cellAddress(row, C.final);
    const max = cellAddress(row, C.max);
    cells[C.share] = formulaCell(`IF(${max}>0,${final}/${max},"")`, PS.share);
    cells[C.rank] = valueCell(u.rank, PS.count);
    cells[C.grade] = valueCell(u.grade, PS.center);
    cells[C.award] = valueCell(awardLabel(u.award, lang), PS.center);
    cells[C.note] = valueCell(u.note?.[lang] ?? null, PS.note);
    cells[C.file] = valueCell(u.file, PS.text);
    return cells;
  });
  if (rows.length === 0) {
    const none: CellSpec[] = new Array(WIDTH).fill(null).map(() => blankCell(PS.text));
    none[C.name] = valueCell(render(M.none, {})[lang], PS.text);
    rows.push(none);
  }
  return {
    key: "province:units",
    name: table.sheet,
    create: true,
    blocks: [
      { at: "A1", cells: [[valueCell(M.unitsTitle[lang](), PS.sheetTitle)]] },
      { at: cellAddress(UNITS_HEADER_ROW, 0), cells: [header] },
      { at: cellAddress(table.table.row, 0), cells: rows },
    ],
    columnWidths: { 0: 6, 1: 8, 2: 24, 3: 10, 4: 32, 5: 11, 6: 10, 7: 10, 8: 10, 9: 10, 10: 14, 11: 36, 12: 22 },
    rowHeights,
    freeze: { rows: UNITS_HEADER_ROW, columns: 0 },
    protect: true,
    print: {
      orientation: "landscape",
      titleRows: `${UNITS_HEADER_ROW}:${UNITS_HEADER_ROW}`,
      fitToWidth: true,
      margins: { top: 2, bottom: 2, left: 2, right: 1.5 },
    },
  };
}
