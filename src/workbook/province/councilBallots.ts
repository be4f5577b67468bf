// The provincial council's ballots (phiếu biểu quyết) as a plan for a workbook of their own: one ballot per council
// member, each starting on a new page (A4 by default: a province's list runs long), listing the proposals of the
// list by award under its full name, then the cases put to the council with the award at stake, each with "Đồng ý /
// Không đồng ý" boxes. Secret ballots: the copies are identical and carry no name or number.

import type { Award } from "../../core/model/gradeTypes";
import { provinceMessages } from "../../core/messages/provinceMessages";
import type { ProvinceProposal } from "../../core/province/provinceTypes";
import type { ProvinceSettings } from "../../core/province/provinceSettings";
import type { BallotPaper, Lang } from "../../core/settings/settingsTypes";
import { cellAddress } from "../layout/cellAddress";
import { ballotPagesPlan } from "../meeting/ballotPlan";
import { councilSheetMessages as M } from "../messages/councilSheetMessages";
import { blankCell, valueCell } from "../plan/cellSpec";
import type { CellBlock, CellSpec, WorkbookPlan } from "../plan/planTypes";
import { councilName } from "./councilSheet";
import { provinceAwardName } from "./provinceAwardName";

/** The meeting ballot's styles (same look, same Times New Roman), by the ids ballotPlan gives them. */
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
  footer: "ballot.footer",
} as const;

/** Columns: number, unit (and cluster), agree, disagree. */
const WIDTHS = [6, 52, 11, 11];
const COLUMNS = WIDTHS.length;
/** Characters of 12-point text a merged line across the columns holds, and a unit cell's line (row heights). */
const LINE_CHARS = 86;
const UNIT_CHARS = 56;
const LINE_POINTS = 17;
const ROMAN = ["I", "II", "III"];

export interface CouncilBallotInput {
  proposals: readonly ProvinceProposal[];
  settings: ProvinceSettings;
  lang: Lang;
  /** The period as titles write it ("năm 2026"). */
  period: string;
  paper: BallotPaper;
  /** Ballots to print: the council's members. */
  copies: number;
}

const lines = (text: string, per: number) => Math.max(1, Math.ceil(text.length / per));

function oneBallot(input: CouncilBallotInput, top: number) {
  const { lang, settings } = input;
  const blocks: CellBlock[] = [];
  const merges: string[] = [];
  const heights: Record<number, number> = {};
  let row = top;
  const across = (text: string, style: string, height?: number) => {
    const cells: CellSpec[] = [valueCell(text, style), ...Array.from({ length: COLUMNS - 1 }, () => blankCell(style))];
    blocks.push({ at: cellAddress(row, 0), cells: [cells] });
    merges.push(`${cellAddress(row, 0)}:${cellAddress(row, COLUMNS - 1)}`);
    heights[row] = height ?? LINE_POINTS * lines(text, LINE_CHARS);
    row++;
  };
  const gap = (points = 8) => (heights[row++] = points);
  const table = (units: string[]) => {
    blocks.push({
      at: cellAddress(row, 0),
      cells: [[M.headerIndex, M.ballotUnit, M.ballotYes, M.ballotNo].map((m) => valueCell(m[lang](), STYLE.header))],
    });
    heights[row++] = 20;
    units.forEach((text, i) => {
      blocks.push({
        at: cellAddress(row, 0),
        cells: [
          [valueCell(i + 1, STYLE.index), valueCell(text, STYLE.unit), blankCell(STYLE.box), blankCell(STYLE.box)],
        ],
      });
      heights[row++] = Math.max(24, 6 + LINE_POINTS * lines(text, UNIT_CHARS));
    });
  };

  across(councilName(settings, lang), STYLE.organ);
  gap(6);
  across(M.ballotTitle[lang](), STYLE.title, 24);
  across(M.ballotSubtitle[lang]({ period: input.period }), STYLE.subtitle);
  across(M.ballotInstruction[lang](), STYLE.instruction);
  gap();
  let n = 0;
  const unitText = (p: ProvinceProposal) => `${p.name.trim() || p.code} (${p.cluster})`;
  for (const award of ["co-thi-dua", "bang-khen"] as const satisfies readonly Award[]) {
    const mine = input.proposals.filter((p) => p.section === award);
    if (mine.length === 0) continue;
    across(M.ballotSection[lang]({ n: ROMAN[n++], award: provinceAwardName(settings, award, lang) }), STYLE.section);
    table(mine.map(unitText));
    gap();
  }
  const cases = input.proposals.filter((p) => p.section === "council");
  if (cases.length > 0) {
    across(M.ballotCouncilSection[lang]({ n: ROMAN[n] }), STYLE.section);
    table(
      cases.map((p) =>
        M.ballotCase[lang]({
          unit: p.name.trim() || p.code,
          cluster: p.cluster,
          award: provinceMessages.awardShort[lang]({ award: p.award }),
        }),
      ),
    );
    gap();
  }
  across(M.ballotFooter[lang](), STYLE.footer);
  return { blocks, merges, heights, end: row - 1 };
}

/** `copies` identical ballots, a page break after each. */
export function councilBallotsPlan(input: CouncilBallotInput): WorkbookPlan {
  return ballotPagesPlan({
    key: "province:ballot",
    name: M.ballotSheet[input.lang](),
    paper: input.paper,
    copies: input.copies,
    widths: WIDTHS,
    ballot: (top) => oneBallot(input, top),
  });
}
