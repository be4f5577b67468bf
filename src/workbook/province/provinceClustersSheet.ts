// Tổng hợp cụm, khối / Clusters: one row per cluster read (and per file that could not be read): members, period,
// scoring table and version, ranked or not, votes, and for the counted clusters live counts of each grade and of
// the proposed awards over the unit table; a total row; the status says which clusters are left out and why.

import type { ClusterSummary } from "../../core/province/provinceTypes";
import type { ProvinceSettings } from "../../core/province/provinceSettings";
import type { Award, Grade } from "../../core/model/gradeTypes";
import { GRADES_BEST_FIRST } from "../../core/model/gradeTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import { cellAddress, rangeAddress, type RangeBox } from "../layout/cellAddress";
import { formulaText } from "../formulas/formulaLiteral";
import { provinceReasonMessages, provinceWorkbookMessages as M } from "../messages/provinceWorkbookMessages";
import { blankCell, formulaCell, valueCell } from "../plan/cellSpec";
import type { CellSpec, SheetPlan } from "../plan/planTypes";
import { issuerText, officialHeader, SheetCells } from "./provinceHeader";
import { PS } from "./provinceStyles";
import { wrappedRowHeight } from "./wrappedRowHeight";
import { awardLabel, UNIT_COLUMNS, type UnitsTable } from "./provinceUnitsSheet";

export const CLUSTER_COLUMNS = {
  index: 0,
  cluster: 1,
  file: 2,
  period: 3,
  template: 4,
  members: 5,
  ranked: 6,
  votes: 7,
  /** HTXSNV, HTTNV, HTNV, KHTNV in GRADES_BEST_FIRST order. */
  firstGrade: 8,
  flags: 12,
  certificates: 13,
  status: 14,
} as const;
const WIDTH = 15;
const LAST = WIDTH - 1;
export const CLUSTERS_HEADER_ROW = 9;

export interface ClustersLayout {
  sheet: string;
  headerRow: number;
  /** Cluster rows (TD_Province_Clusters); one blank row when there is none. */
  table: RangeBox;
  totalRow: number;
}

export interface ClustersContext {
  sheet: string;
  settings: ProvinceSettings;
  lang: Lang;
  period: string;
  units: UnitsTable;
}

function rankedText(state: ClusterSummary["ranked"], lang: Lang): string {
  if (state === "ranked") return M.rankedRanked[lang]();
  if (state === "not-ranked") return M.rankedNot[lang]();
  if (state === "stale") return M.rankedStale[lang]();
  return M.dash[lang]();
}

function votesText(state: ClusterSummary["votes"], lang: Lang): string {
  if (state === "recorded") return M.votesRecorded[lang]();
  if (state === "not-recorded") return M.votesNotRecorded[lang]();
  if (state === "not-required") return M.votesNotRequired[lang]();
  if (state === "stale") return M.votesStale[lang]();
  return M.dash[lang]();
}

export function statusText(summary: ClusterSummary, lang: Lang): string {
  if (summary.counted) return M.statusCounted[lang]();
  const reasons = summary.reasons.map((rule) => {
    const message = (provinceReasonMessages as Record<string, { vi: () => string; en: () => string } | undefined>)[
      rule
    ];
    return message ? message[lang]() : rule;
  });
  return M.statusLeftOut[lang]({ reasons: reasons.join("; ") });
}

export function provinceClustersSheet(
  clusters: readonly ClusterSummary[],
  context: ClustersContext,
): { sheet: SheetPlan; layout: ClustersLayout } {
  const { lang, units } = context;
  const C = CLUSTER_COLUMNS;
  const cells = new SheetCells();
  officialHeader(cells, {
    issuer: issuerText(context.settings, lang),
    title: M.clustersTitle[lang](),
    period: context.period,
    subtitle: null,
    leftTo: 3,
    rightFrom: 8,
    lastColumn: LAST,
    lang,
  });
  const header: CellSpec[] = new Array(WIDTH).fill(null).map(() => blankCell(PS.header));
  header[C.index] = valueCell(M.headerIndex[lang](), PS.header);
  header[C.cluster] = valueCell(M.headerCluster[lang](), PS.header);
  header[C.file] = valueCell(M.headerFile[lang](), PS.header);
  header[C.period] = valueCell(M.headerPeriod[lang](), PS.header);
  header[C.template] = valueCell(M.headerTemplate[lang](), PS.header);
  header[C.members] = valueCell(M.headerMembers[lang](), PS.header);
  header[C.ranked] = valueCell(M.headerRanked[lang](), PS.header);
  header[C.votes] = valueCell(M.headerVotes[lang](), PS.header);
  GRADES_BEST_FIRST.forEach((g, i) => (header[C.firstGrade + i] = valueCell(g, PS.header)));
  header[C.flags] = valueCell(M.headerFlags[lang](), PS.header);
  header[C.certificates] = valueCell(M.headerCertificates[lang](), PS.header);
  header[C.status] = valueCell(M.headerStatus[lang](), PS.header);
  cells.row(CLUSTERS_HEADER_ROW, 0, header);

  const first = CLUSTERS_HEADER_ROW + 1;
  const keys = units.column(UNIT_COLUMNS.clusterKey);
  const gradeCount = (key: number, grade: Grade) =>
    `COUNTIFS(${keys},${key},${units.column(UNIT_COLUMNS.grade)},${formulaText(grade)})`;
  const awardCount = (key: number, award: Award) =>
    `COUNTIFS(${keys},${key},${units.column(UNIT_COLUMNS.award)},${formulaText(awardLabel(award, lang)!)})`;
  const rowHeights: Record<number, number> = { [CLUSTERS_HEADER_ROW]: 48 };
  const rows = clusters.map((s, i) => {
    const out: CellSpec[] = new Array(WIDTH).fill(null).map(() => blankCell(PS.center));
    out[C.index] = valueCell(s.key, PS.index);
    out[C.cluster] = valueCell(s.label, PS.text);
    out[C.file] = valueCell(s.file, PS.text);
    out[C.period] = valueCell(s.period, PS.center);
    out[C.template] = valueCell(s.template ? `${s.template.id} ${s.template.version}` : null, PS.center);
    out[C.members] = valueCell(s.members, PS.count);
    out[C.ranked] = valueCell(rankedText(s.ranked, lang), PS.center);
    out[C.votes] = valueCell(votesText(s.votes, lang), PS.center);
    if (s.counted) {
      GRADES_BEST_FIRST.forEach((g, k) => (out[C.firstGrade + k] = formulaCell(gradeCount(s.key, g), PS.count)));
      out[C.flags] = formulaCell(awardCount(s.key, "co-thi-dua"), PS.count);
      out[C.certificates] = formulaCell(awardCount(s.key, "bang-khen"), PS.count);
    }
    out[C.status] = valueCell(statusText(s, lang), PS.note);
    // The status column holds about 34 characters of 11-point text a line; names may wrap to two lines.
    rowHeights[first + i] = wrappedRowHeight(statusText(s, lang), 34, 2);
    return out;
  });
  if (rows.length === 0) rows.push(new Array(WIDTH).fill(null).map(() => blankCell(PS.center)));
  cells.blocks.push({ at: cellAddress(first, 0), cells: rows });

  // Totals over the counted clusters: members where the status says counted, and the sums of the live counts.
  const totalRow = first + rows.length;
  const column = (c: number) => rangeAddress({ row: first, column: c, rows: rows.length, columns: 1 });
  const total: CellSpec[] = new Array(WIDTH).fill(null).map(() => blankCell(PS.totalCount));
  total[C.cluster] = valueCell(M.headerTotal[lang](), PS.totalLabel);
  total[C.members] = formulaCell(
    `SUMIFS(${column(C.members)},${column(C.status)},${formulaText(M.statusCounted[lang]())})`,
    PS.totalCount,
  );
  for (let c = C.firstGrade; c <= C.certificates; c++) total[c] = formulaCell(`SUM(${column(c)})`, PS.totalCount);
  total[C.status] = blankCell(PS.totalLabel);
  cells.row(totalRow, 0, total);

  const table: RangeBox = { row: first, column: 0, rows: rows.length, columns: WIDTH };
  return {
    sheet: {
      key: "province:clusters",
      name: context.sheet,
      create: true,
      blocks: cells.blocks,
      merges: cells.merges,
      columnWidths: {
        0: 6,
        1: 22,
        2: 20,
        3: 12,
        4: 16,
        5: 8,
        6: 12,
        7: 12,
        8: 9,
        9: 9,
        10: 9,
        11: 9,
        12: 11,
        13: 11,
        14: 30,
      },
      rowHeights,
      freeze: { rows: CLUSTERS_HEADER_ROW, columns: 2 },
      protect: true,
      print: {
        orientation: "landscape",
        titleRows: `${CLUSTERS_HEADER_ROW}:${CLUSTERS_HEADER_ROW}`,
        fitToWidth: true,
        area: `A1:${cellAddress(totalRow, LAST)}`,
        margins: { top: 2, bottom: 2, left: 2, right: 1.5 },
        centerHorizontally: true,
      },
    },
    layout: { sheet: context.sheet, headerRow: CLUSTERS_HEADER_ROW, table, totalRow },
  };
}
