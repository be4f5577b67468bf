// Danh sách đề nghị / Proposals: the list the provincial council reads, on A4 landscape in official style: the
// header, one section per award (flags, certificates) and one for the cases the council decides (ties at a cut-off,
// votes against, candidates a meeting added), then the totals as live counts of the sections and the signatures.

import { provinceMessages } from "../../core/messages/provinceMessages";
import type { CandidateVote, ProposalSection, ProvinceProposal } from "../../core/province/provinceTypes";
import type { ProvinceSettings } from "../../core/province/provinceSettings";
import type { Lang } from "../../core/settings/settingsTypes";
import { cellAddress, rangeAddress, type RangeBox } from "../layout/cellAddress";
import { provinceWorkbookMessages as M } from "../messages/provinceWorkbookMessages";
import { blankCell, formulaCell, valueCell } from "../plan/cellSpec";
import type { CellSpec, SheetPlan } from "../plan/planTypes";
import { HEADER_ROWS, issuerText, officialHeader, SheetCells, signatures, signerText } from "./provinceHeader";
import { provinceAwardName } from "./provinceAwardName";
import { PS } from "./provinceStyles";
import { wrappedRowHeight } from "./wrappedRowHeight";

export const LIST_COLUMNS = {
  index: 0,
  name: 1,
  code: 2,
  cluster: 3,
  final: 4,
  max: 5,
  rank: 6,
  grade: 7,
  vote: 8,
  note: 9,
} as const;
const WIDTH = 10;
const LAST = WIDTH - 1;
export const LIST_HEADER_ROW = 9;
const SECTIONS: ProposalSection[] = ["co-thi-dua", "bang-khen", "council"];

export interface ListSection {
  section: ProposalSection;
  headingRow: number;
  firstRow: number;
  /** Rows of proposals; 0 when the section holds the single "none" row. */
  rows: number;
}

export interface ListLayout {
  sheet: string;
  headerRow: number;
  sections: ListSection[];
  /** The totals' count cells: flags, certificates, council cases, all awards (I + II). */
  totals: Record<"flags" | "certificates" | "council" | "all", string>;
  /** TD_Province_Proposals: header row to the last section row. */
  table: RangeBox;
  lastRow: number;
}

export interface ListContext {
  sheet: string;
  settings: ProvinceSettings;
  lang: Lang;
  period: string;
  subtitle: string;
}

/** Characters of 11-point text a line of the notes column holds (34 characters wide at 12 points). */
const NOTE_LINE = 40;

/** The cluster meeting's vote on a proposal, as the list shows it. */
export function voteText(vote: CandidateVote, lang: Lang): string {
  return vote.quorum
    ? provinceMessages.vote[lang]({ passed: vote.passed ? 1 : 0, yes: vote.yes, no: vote.no })
    : provinceMessages.voteNoQuorum[lang]({ yes: vote.yes, no: vote.no });
}

export function provinceListSheet(
  proposals: readonly ProvinceProposal[],
  context: ListContext,
): { sheet: SheetPlan; layout: ListLayout } {
  const { lang, settings } = context;
  const C = LIST_COLUMNS;
  const cells = new SheetCells();
  officialHeader(cells, {
    issuer: issuerText(settings, lang),
    title: M.listTitle[lang](),
    period: context.period,
    subtitle: context.subtitle,
    leftTo: 2,
    rightFrom: 5,
    lastColumn: LAST,
    lang,
  });

  const header: CellSpec[] = [
    M.headerIndex,
    M.headerUnit,
    M.headerCode,
    M.headerCluster,
    M.headerFinal,
    M.headerMax,
    M.headerRank,
    M.headerGrade,
    M.headerVote,
    M.headerNote,
  ].map((m) => valueCell(m[lang](), PS.header));
  cells.row(LIST_HEADER_ROW, 0, header);

  const rowHeights: Record<number, number> = { [LIST_HEADER_ROW]: 48, [HEADER_ROWS.title]: 24 };
  const sections: ListSection[] = [];
  let row = LIST_HEADER_ROW + 1;
  for (const section of SECTIONS) {
    const heading =
      section === "co-thi-dua"
        ? M.sectionFlags[lang]({ name: provinceAwardName(settings, "co-thi-dua", lang) })
        : section === "bang-khen"
          ? M.sectionCertificates[lang]({ name: provinceAwardName(settings, "bang-khen", lang) })
          : M.sectionCouncil[lang]();
    const headingRow = row++;
    cells.put(headingRow, 0, valueCell(heading, PS.section), LAST);
    for (let c = 1; c <= LAST; c++) cells.put(headingRow, c, blankCell(PS.section));
    rowHeights[headingRow] = 22;
    const mine = proposals.filter((p) => p.section === section);
    const firstRow = row;
    if (mine.length === 0) {
      const none: CellSpec[] = new Array(WIDTH).fill(null).map(() => blankCell(PS.text));
      none[C.name] = valueCell(M.none[lang](), PS.text);
      cells.row(row++, 0, none);
    }
    mine.forEach((p, k) => {
      const out: CellSpec[] = new Array(WIDTH).fill(null).map(() => blankCell(PS.text));
      out[C.index] = valueCell(k + 1, PS.index);
      out[C.name] = valueCell(p.name, PS.text);
      out[C.code] = valueCell(p.code, PS.center);
      out[C.cluster] = valueCell(p.cluster, PS.text);
      out[C.final] = valueCell(p.final, PS.points);
      out[C.max] = valueCell(p.contentMax, PS.points);
      out[C.rank] = valueCell(p.rank, PS.count);
      out[C.grade] = valueCell(p.grade, PS.center);
      out[C.vote] = valueCell(p.vote ? voteText(p.vote, lang) : null, PS.center);
      const atStake =
        section === "council"
          ? M.councilAward[lang]({ award: provinceMessages.awardShort[lang]({ award: p.award }) }) + ". "
          : "";
      const note = atStake + (p.note?.[lang] ?? "");
      out[C.note] = valueCell(note.trim() === "" ? null : note.trim(), PS.note);
      // Two lines at least, for names that wrap.
      rowHeights[row] = wrappedRowHeight(note, NOTE_LINE, 2);
      cells.row(row++, 0, out);
    });
    sections.push({ section, headingRow, firstRow, rows: mine.length });
  }
  const lastTableRow = row - 1;

  // Totals: live counts of each section's unit codes (a "none" row has no code and counts 0).
  const codes = (s: ListSection) =>
    rangeAddress({ row: s.firstRow, column: C.code, rows: Math.max(s.rows, 1), columns: 1 });
  row += 1;
  cells.put(row++, C.name, valueCell(M.totalsTitle[lang](), PS.heading));
  const countRow = (label: string, formula: string, total = false) => {
    const r = row++;
    cells.put(r, C.name, valueCell(label, total ? PS.totalLabel : PS.text), C.max);
    for (let c = C.code; c <= C.max; c++) cells.put(r, c, blankCell(total ? PS.totalLabel : PS.text));
    cells.put(r, C.rank, formulaCell(formula, total ? PS.totalCount : PS.count));
    return cellAddress(r, C.rank);
  };
  const flags = countRow(
    M.totalFlags[lang]({ name: provinceAwardName(settings, "co-thi-dua", lang) }),
    `COUNTA(${codes(sections[0])})`,
  );
  const certificates = countRow(
    M.totalCertificates[lang]({ name: provinceAwardName(settings, "bang-khen", lang) }),
    `COUNTA(${codes(sections[1])})`,
  );
  const council = countRow(M.totalCouncil[lang](), `COUNTA(${codes(sections[2])})`);
  const all = countRow(M.totalAll[lang](), `${flags}+${certificates}`, true);
  row += 1;
  cells.put(row++, 0, valueCell(M.abbreviations[lang](), PS.italic), LAST);
  row += 1;
  const lastRow = signatures(cells, row, [0, 3], [6, LAST], signerText(settings, lang), lang);

  const table: RangeBox = { row: LIST_HEADER_ROW, column: 0, rows: lastTableRow - LIST_HEADER_ROW + 1, columns: WIDTH };
  const sheet: SheetPlan = {
    key: "province:list",
    name: context.sheet,
    create: true,
    blocks: cells.blocks,
    merges: cells.merges,
    columnWidths: { 0: 6, 1: 30, 2: 10, 3: 22, 4: 11, 5: 10, 6: 10, 7: 10, 8: 18, 9: 34 },
    rowHeights,
    freeze: { rows: LIST_HEADER_ROW, columns: 0 },
    protect: true,
    print: {
      orientation: "landscape",
      titleRows: `${LIST_HEADER_ROW}:${LIST_HEADER_ROW}`,
      fitToWidth: true,
      area: `A1:${cellAddress(lastRow, LAST)}`,
      // Decree 30/2020/NĐ-CP page margins: top and bottom 2 cm, left 3 cm, right 1.5 cm.
      margins: { top: 2, bottom: 2, left: 3, right: 1.5 },
      centerHorizontally: true,
    },
  };
  return {
    sheet,
    layout: {
      sheet: context.sheet,
      headerRow: LIST_HEADER_ROW,
      sections,
      totals: { flags, certificates, council, all },
      table,
      lastRow,
    },
  };
}
