// One cluster's ballots (phiếu bầu) as a plan for a workbook of their own: one ballot per voting member, each on its
// own A5 (or A4) page, listing the candidates of each award under its full name with "Đồng ý / Không đồng ý" boxes,
// then next year's leader and deputy (the nominees, or lines to write one in), the cluster and the year. Secret
// ballots: the copies are identical and carry no name or number.

import type { BodyKind } from "../../core/messages/votingMessages";
import { matterName } from "../../core/messages/votingMessages";
import type { Unit } from "../../core/model/unitTypes";
import { awardFullName } from "../../core/settings/awardNames";
import type { BallotPaper, Lang, Settings } from "../../core/settings/settingsTypes";
import type { Award } from "../../core/model/gradeTypes";
import { cellAddress } from "../layout/cellAddress";
import { ballotMessages as B } from "../messages/ballotMessages";
import { blankCell, valueCell } from "../plan/cellSpec";
import { fitPlanRowHeights } from "../plan/fitRowHeights";
import type { CellBlock, CellSpec, CellStyle, SheetKey, SheetPlan, WorkbookPlan } from "../plan/planTypes";

const FONT = "Times New Roman";

const STYLE = {
  organ: "ballot.organ",
  title: "ballot.title",
  subtitle: "ballot.subtitle",
  instruction: "ballot.instruction",
  section: "ballot.section",
  header: "ballot.header",
  index: "ballot.index",
  unit: "ballot.unit",
  box: "ballot.box",
  writeIn: "ballot.writeIn",
  footer: "ballot.footer",
} as const;

export const BALLOT_STYLES: Record<string, CellStyle> = {
  [STYLE.organ]: { font: { name: FONT, size: 12, bold: true }, horizontal: "center", vertical: "middle", wrap: true },
  [STYLE.title]: { font: { name: FONT, size: 16, bold: true }, horizontal: "center", vertical: "middle" },
  [STYLE.subtitle]: {
    font: { name: FONT, size: 13, bold: true },
    horizontal: "center",
    vertical: "middle",
    wrap: true,
  },
  [STYLE.instruction]: {
    font: { name: FONT, size: 12, italic: true },
    horizontal: "center",
    vertical: "middle",
    wrap: true,
  },
  [STYLE.section]: { font: { name: FONT, size: 12, bold: true }, vertical: "middle", wrap: true },
  [STYLE.header]: {
    font: { name: FONT, size: 12, bold: true },
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    border: true,
  },
  [STYLE.index]: { font: { name: FONT, size: 12 }, horizontal: "center", vertical: "middle", border: true },
  [STYLE.unit]: { font: { name: FONT, size: 12 }, vertical: "middle", wrap: true, border: true },
  [STYLE.box]: { font: { name: FONT, size: 12 }, border: true },
  [STYLE.writeIn]: { font: { name: FONT, size: 11, italic: true, color: "#595959" }, vertical: "middle", border: true },
  [STYLE.footer]: { font: { name: FONT, size: 11, italic: true }, vertical: "top", wrap: true },
};

/** Columns: number, unit, in favour, against. */
const WIDTHS = [6, 36, 12, 12];
const COLUMNS = WIDTHS.length;
/** Characters of 12-point text a merged line across the four columns holds (for row heights). */
const LINE_CHARS = 68;
const LINE_POINTS = 17;
/** Rows to write a nominee in when none was entered before printing. */
const WRITE_IN_ROWS = 2;

export interface BallotContent {
  cluster: string;
  /** The header's organ line ("CỤM THI ĐUA …"), already in capitals. */
  organ: string;
  /** The period as titles write it ("NĂM 2026"). */
  periodTitle: string;
  /** The meeting's year (next year's leadership is year + 1); null when unknown. */
  year: number | null;
  /** Each award's candidates in the vote table's order (score's first, then the meeting's). */
  candidates: Record<Award, Unit[]>;
  /** Nominees entered before printing; none gives lines to write one in. */
  nominees: { leader: Unit[]; deputy: Unit[] };
  /** Voting members: one ballot each. */
  copies: number;
}

export interface BallotOptions {
  settings: Settings;
  lang: Lang;
  body: BodyKind;
  paper: BallotPaper;
}

const lines = (text: string) => Math.max(1, Math.ceil(text.length / LINE_CHARS));

/** The rows of one ballot from `top`, with their heights and merges. */
function oneBallot(content: BallotContent, options: BallotOptions, top: number) {
  const { lang } = options;
  const blocks: CellBlock[] = [];
  const merges: string[] = [];
  const heights: Record<number, number> = {};
  let row = top;
  const across = (text: string, style: string, height?: number) => {
    const cells: CellSpec[] = [valueCell(text, style), ...Array.from({ length: COLUMNS - 1 }, () => blankCell(style))];
    blocks.push({ at: cellAddress(row, 0), cells: [cells] });
    merges.push(`${cellAddress(row, 0)}:${cellAddress(row, COLUMNS - 1)}`);
    heights[row] = height ?? LINE_POINTS * lines(text);
    row++;
  };
  const gap = (points = 8) => (heights[row++] = points);
  const table = (units: Unit[], writeIn: boolean) => {
    blocks.push({
      at: cellAddress(row, 0),
      cells: [[B.headerIndex, B.headerUnit, B.headerYes, B.headerNo].map((m) => valueCell(m[lang](), STYLE.header))],
    });
    heights[row++] = 20;
    units.forEach((unit, i) => {
      blocks.push({
        at: cellAddress(row, 0),
        cells: [
          [valueCell(i + 1, STYLE.index), valueCell(unit.name, STYLE.unit), blankCell(STYLE.box), blankCell(STYLE.box)],
        ],
      });
      heights[row++] = 24;
    });
    if (units.length === 0 && writeIn) {
      for (let i = 0; i < WRITE_IN_ROWS; i++) {
        blocks.push({
          at: cellAddress(row, 0),
          cells: [
            [
              valueCell(i + 1, STYLE.index),
              valueCell(i === 0 ? B.writeIn[lang]() : null, STYLE.writeIn),
              blankCell(STYLE.box),
              blankCell(STYLE.box),
            ],
          ],
        });
        heights[row++] = 24;
      }
    }
  };

  across(content.organ, STYLE.organ);
  gap(6);
  across(B.title[lang](), STYLE.title, 24);
  across(B.subtitle[lang]({ period: content.periodTitle }), STYLE.subtitle);
  across(B.instruction[lang](), STYLE.instruction);
  gap();
  let n = 1;
  for (const award of ["co-thi-dua", "bang-khen"] as const) {
    const units = content.candidates[award];
    if (units.length === 0) continue;
    across(B.award[lang]({ n: n++, award: awardFullName(options.settings, award, lang) }), STYLE.section);
    table(units, false);
    gap();
  }
  const next = B.nextYear[lang]({ year: content.year === null ? 0 : content.year + 1 });
  for (const role of ["leader", "deputy"] as const) {
    across(B.election[lang]({ n: n++, role: matterName(role, options.body, lang), year: next }), STYLE.section);
    table(content.nominees[role], true);
    gap();
  }
  across(B.footer[lang](), STYLE.footer);
  return { blocks, merges, heights, end: row - 1 };
}

/** The ballots of one cluster: `copies` identical ballots, a page break after each. */
export function ballotWorkbookPlan(content: BallotContent, options: BallotOptions): WorkbookPlan {
  return ballotPagesPlan({
    key: "ballot",
    name: B.sheet[options.lang](),
    paper: options.paper,
    copies: content.copies,
    widths: WIDTHS,
    ballot: (top) => oneBallot(content, options, top),
  });
}

/** One ballot laid out from row `top`: its cells, merges and row heights, and the last row it takes. */
export interface BallotPage {
  blocks: CellBlock[];
  merges: string[];
  heights: Record<number, number>;
  end: number;
}

/**
 * A sheet of `copies` identical ballots, one under the other with a page break after each, printed portrait and fit
 * to width: the meeting's ballots and the provincial council's share it, each with its own columns and ballot.
 */
export function ballotPagesPlan(spec: {
  key: SheetKey;
  name: string;
  paper: BallotPaper;
  copies: number;
  widths: readonly number[];
  ballot: (top: number) => BallotPage;
}): WorkbookPlan {
  const blocks: CellBlock[] = [];
  const merges: string[] = [];
  const rowHeights: Record<number, number> = {};
  const breaks: number[] = [];
  let top = 1;
  for (let copy = 0; copy < Math.max(1, spec.copies); copy++) {
    const ballot = spec.ballot(top);
    blocks.push(...ballot.blocks);
    merges.push(...ballot.merges);
    Object.assign(rowHeights, ballot.heights);
    breaks.push(ballot.end);
    top = ballot.end + 1;
  }
  const sheet: SheetPlan = {
    key: spec.key,
    name: spec.name,
    create: true,
    blocks,
    merges,
    rowHeights,
    columnWidths: Object.fromEntries(spec.widths.map((w, i) => [i, w])),
    print: {
      orientation: "portrait",
      fitToWidth: true,
      paper: spec.paper,
      area: `A1:${cellAddress(top - 1, spec.widths.length - 1)}`,
      margins: { top: 1.5, bottom: 1.5, left: 2, right: 1.5 },
      centerHorizontally: true,
      rowBreaks: breaks.slice(0, -1),
    },
  };
  // Rows grow where a name or reason wraps past the height the ballot planned (the estimator of every sheet).
  return fitPlanRowHeights({ styles: BALLOT_STYLES, sheets: [sheet], names: [] });
}
