// Thống kê / Statistics: the tables a year-end report needs, every count live over the unit table: units by grade
// with their share, proposed awards by cluster, and last year's awards (values from the clusters' history sheets)
// beside this year's with the change, for the clusters whose history holds last year.

import { GRADES_BEST_FIRST } from "../../core/model/gradeTypes";
import type { Award } from "../../core/model/gradeTypes";
import type { ClusterSummary, ProvinceConsolidation } from "../../core/province/provinceTypes";
import type { ProvinceSettings } from "../../core/province/provinceSettings";
import type { Lang } from "../../core/settings/settingsTypes";
import { cellAddress, rangeAddress, type RangeBox } from "../layout/cellAddress";
import { formulaText } from "../formulas/formulaLiteral";
import { provinceWorkbookMessages as M } from "../messages/provinceWorkbookMessages";
import { blankCell, formulaCell, valueCell } from "../plan/cellSpec";
import type { CellSpec, SheetPlan } from "../plan/planTypes";
import { issuerText, officialHeader, SheetCells } from "./provinceHeader";
import { PS } from "./provinceStyles";
import { awardLabel, UNIT_COLUMNS, type UnitsTable } from "./provinceUnitsSheet";

const LAST = 6;
const FIRST_ROW = 8;

export interface StatsLayout {
  sheet: string;
  /** Table 1: one row per grade (GRADES_BEST_FIRST), then the total row; columns count, share. */
  grades: { firstRow: number; totalRow: number };
  /** Table 2: one row per counted cluster, then the total; columns members, flags, certificates, total. */
  awards: { firstRow: number; rows: number; totalRow: number };
  /** Table 3, when last year is known: one row per compared cluster, then the total. */
  lastYear: { firstRow: number; rows: number; totalRow: number } | null;
  /** TD_Province_Stats: the first heading to the last row, every column. */
  table: RangeBox;
}

export interface StatsContext {
  sheet: string;
  settings: ProvinceSettings;
  lang: Lang;
  period: string;
  units: UnitsTable;
}

export function provinceStatsSheet(
  consolidation: ProvinceConsolidation,
  context: StatsContext,
): { sheet: SheetPlan; layout: StatsLayout } {
  const { lang, units } = context;
  const cells = new SheetCells();
  officialHeader(cells, {
    issuer: issuerText(context.settings, lang),
    title: M.statsTitle[lang](),
    period: context.period,
    subtitle: null,
    leftTo: 1,
    rightFrom: 2,
    lastColumn: LAST,
    lang,
  });
  const keys = units.column(UNIT_COLUMNS.clusterKey);
  const awardColumn = units.column(UNIT_COLUMNS.award);
  const award = (a: Award) => formulaText(awardLabel(a, lang)!);
  const headerRow = (r: number, labels: string[]) =>
    cells.row(
      r,
      0,
      labels.map((l) => valueCell(l, PS.header)),
    );
  const rowHeights: Record<number, number> = {};
  let row = FIRST_ROW;

  // 1. Units by grade.
  cells.put(row++, 0, valueCell(M.statsGrades[lang](), PS.heading));
  headerRow(row++, [M.headerGrade[lang](), M.headerCount[lang](), M.headerPercent[lang]()]);
  const gradesFirst = row;
  const gradesTotal = gradesFirst + GRADES_BEST_FIRST.length;
  const totalCount = cellAddress(gradesTotal, 1);
  for (const grade of GRADES_BEST_FIRST) {
    const r = row++;
    cells.row(r, 0, [
      valueCell(M.gradeName[lang]({ grade }), PS.text),
      formulaCell(`COUNTIF(${units.column(UNIT_COLUMNS.grade)},${formulaText(grade)})`, PS.count),
      formulaCell(`IF(${totalCount}>0,${cellAddress(r, 1)}/${totalCount},0)`, PS.share),
    ]);
  }
  const counts = rangeAddress({ row: gradesFirst, column: 1, rows: GRADES_BEST_FIRST.length, columns: 1 });
  const shares = rangeAddress({ row: gradesFirst, column: 2, rows: GRADES_BEST_FIRST.length, columns: 1 });
  cells.row(row++, 0, [
    valueCell(M.headerTotal[lang](), PS.totalLabel),
    formulaCell(`SUM(${counts})`, PS.totalCount),
    formulaCell(`SUM(${shares})`, PS.totalShare),
  ]);

  // 2. Proposed awards by counted cluster.
  row += 1;
  cells.put(row++, 0, valueCell(M.statsAwards[lang](), PS.heading));
  headerRow(row++, [
    M.headerCluster[lang](),
    M.headerMembers[lang](),
    M.headerFlags[lang](),
    M.headerCertificates[lang](),
    M.headerTotal[lang](),
  ]);
  const counted = consolidation.clusters.filter((c) => c.counted);
  const awardsFirst = row;
  const clusterRow = (s: ClusterSummary, r: number): CellSpec[] => {
    return [
      valueCell(s.label, PS.text),
      formulaCell(`COUNTIF(${keys},${s.key})`, PS.count),
      formulaCell(`COUNTIFS(${keys},${s.key},${awardColumn},${award("co-thi-dua")})`, PS.count),
      formulaCell(`COUNTIFS(${keys},${s.key},${awardColumn},${award("bang-khen")})`, PS.count),
      formulaCell(`${cellAddress(r, 2)}+${cellAddress(r, 3)}`, PS.count),
    ];
  };
  for (const s of counted) {
    const r = row++;
    cells.row(r, 0, clusterRow(s, r));
  }
  if (counted.length === 0) {
    cells.row(row++, 0, [valueCell(M.none[lang](), PS.text), ...[1, 2, 3, 4].map(() => blankCell(PS.count))]);
  }
  const awardRows = row - awardsFirst;
  const sum = (c: number, first: number, rows: number) =>
    formulaCell(`SUM(${rangeAddress({ row: first, column: c, rows, columns: 1 })})`, PS.totalCount);
  const awardsTotal = row++;
  cells.row(awardsTotal, 0, [
    valueCell(M.headerTotal[lang](), PS.totalLabel),
    ...[1, 2, 3, 4].map((c) => sum(c, awardsFirst, awardRows)),
  ]);

  // 3. Last year, for the clusters whose history holds it.
  row += 1;
  const previous = consolidation.lastYear;
  const lastYear = previous?.year ?? (consolidation.year !== null ? consolidation.year - 1 : null);
  let lastYearLayout: StatsLayout["lastYear"] = null;
  if (lastYear !== null) {
    cells.put(row++, 0, valueCell(M.statsLastYear[lang]({ year: lastYear }), PS.heading));
    if (!previous) {
      cells.put(row++, 0, valueCell(M.statsNoLastYear[lang]({ year: lastYear }), PS.italic), LAST);
    } else {
      const year = lastYear + 1;
      cells.put(
        row++,
        0,
        valueCell(
          M.statsLastYearScope[lang]({ count: previous.clusters.length, total: counted.length, year: lastYear }),
          PS.italic,
        ),
        LAST,
      );
      const head = row++;
      headerRow(head, [
        M.headerCluster[lang](),
        M.headerFlagsYear[lang]({ year: lastYear }),
        M.headerFlagsYear[lang]({ year }),
        M.headerChange[lang](),
        M.headerCertificatesYear[lang]({ year: lastYear }),
        M.headerCertificatesYear[lang]({ year }),
        M.headerChange[lang](),
      ]);
      rowHeights[head] = 36;
      const first = row;
      for (const c of previous.clusters) {
        const r = row++;
        const label = consolidation.clusters.find((s) => s.key === c.clusterKey)?.label ?? "";
        cells.row(r, 0, [
          valueCell(label, PS.text),
          valueCell(c.flags, PS.count),
          formulaCell(`COUNTIFS(${keys},${c.clusterKey},${awardColumn},${award("co-thi-dua")})`, PS.count),
          formulaCell(`${cellAddress(r, 2)}-${cellAddress(r, 1)}`, PS.count),
          valueCell(c.certificates, PS.count),
          formulaCell(`COUNTIFS(${keys},${c.clusterKey},${awardColumn},${award("bang-khen")})`, PS.count),
          formulaCell(`${cellAddress(r, 5)}-${cellAddress(r, 4)}`, PS.count),
        ]);
      }
      const rows = row - first;
      const total = row++;
      cells.row(total, 0, [
        valueCell(M.headerTotal[lang](), PS.totalLabel),
        ...[1, 2, 3, 4, 5, 6].map((c) => sum(c, first, rows)),
      ]);
      lastYearLayout = { firstRow: first, rows, totalRow: total };
    }
  }
  const lastRow = row - 1;
  const table: RangeBox = { row: FIRST_ROW, column: 0, rows: lastRow - FIRST_ROW + 1, columns: LAST + 1 };
  return {
    sheet: {
      key: "province:stats",
      name: context.sheet,
      create: true,
      blocks: cells.blocks,
      merges: cells.merges,
      columnWidths: { 0: 40, 1: 12, 2: 12, 3: 12, 4: 12, 5: 12, 6: 12 },
      rowHeights,
      protect: true,
      print: {
        orientation: "portrait",
        fitToWidth: true,
        area: `A1:${cellAddress(lastRow, LAST)}`,
        margins: { top: 2, bottom: 2, left: 3, right: 1.5 },
        centerHorizontally: true,
      },
    },
    layout: {
      sheet: context.sheet,
      grades: { firstRow: gradesFirst, totalRow: gradesTotal },
      awards: { firstRow: awardsFirst, rows: awardRows, totalRow: awardsTotal },
      lastYear: lastYearLayout,
      table,
    },
  };
}
