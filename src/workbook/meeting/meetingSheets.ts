// The year-end meeting's sheets as plans: Cuộc họp (the particulars, made once), the frame of Bình xét (titles,
// header, column widths, validations, protection: what only a sheet's creation can set) and its content (the
// voting rules line, the check stamps, the vote rows with their formulas, the units left out), rewritten each time
// the list is prepared and blanking whatever a longer earlier list left below.

import type { BodyKind } from "../../core/messages/votingMessages";
import type { ClusterStanding, LeftOut } from "../../core/voting/clusterStanding";
import type { Lang, Settings } from "../../core/settings/settingsTypes";
import { absoluteCell, absoluteRange, cellAddress, columnLetter, sheetReference } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import { UNITS_TABLE_COLUMNS, type WorkbookLayout } from "../layout/workbookLayout";
import { meetingMessages as M } from "../messages/meetingMessages";
import { blankCell, formulaCell, inputCell, valueCell } from "../plan/cellSpec";
import type { CellBlock, CellSpec, CellStyle, NamePlan, SheetPlan, ValidationPlan } from "../plan/planTypes";
import { S, WORKBOOK_STYLES } from "../plan/workbookStyles";
import { matterChoices, matterLabel } from "./matterLabels";
import {
  MEETING_COLUMNS,
  MEETING_FIELDS,
  MEETING_ROWS,
  particularCell,
  VOTE_COLUMNS as V,
  VOTE_COLUMN_COUNT,
  VOTES_ROWS,
  VOTES_VALIDATED_ROWS,
  type MeetingField,
  type MeetingSheetLayout,
  type VotesSheetLayout,
} from "./meetingLayout";
import {
  lookupFormula,
  membersFormula,
  mirrorFormula,
  resultFormula,
  shareFormula,
  tableColumn,
  type ResultTexts,
} from "./voteFormulas";
import type { VoteRowPlan } from "./voteRows";

/** What the meeting's plans need of the workbook. */
export interface MeetingPlanContext {
  layout: WorkbookLayout;
  settings: Settings;
  lang: Lang;
  body: BodyKind;
  /** The period as titles write it ("NĂM 2026"), "" when there is none. */
  periodTitle: string;
  /** The meeting's year, null when the period names none. */
  year: number | null;
}

const MEETING_STYLE_IDS = { share: "meeting.share", result: "meeting.result", note: "meeting.note" } as const;

export const MEETING_STYLES: Record<string, CellStyle> = {
  [MEETING_STYLE_IDS.share]: {
    font: { name: "Times New Roman", size: 12 },
    numberFormat: "0.00%",
    border: true,
    horizontal: "center",
  },
  [MEETING_STYLE_IDS.result]: { font: { name: "Times New Roman", size: 12, bold: true }, border: true },
  // A reason runs on into the empty cells to its right instead of wrapping (rows written later keep their height).
  [MEETING_STYLE_IDS.note]: { font: { name: "Times New Roman", size: 12 }, vertical: "top" },
};

/** Styles of every plan that writes the meeting's sheets. */
export const MEETING_PLAN_STYLES: Record<string, CellStyle> = { ...WORKBOOK_STYLES, ...MEETING_STYLES };

const bodyWord = (body: BodyKind, lang: Lang) =>
  lang === "vi" ? (body === "block" ? "khối" : "cụm") : body === "block" ? "block" : "cluster";

/** A particular's label as the Cuộc họp sheet writes it ("Đơn vị Trưởng cụm năm 2026 (mã)"). */
export function particularLabel(field: MeetingField, lang: Lang, body: BodyKind, year: number | null): string {
  const when = year === null ? "" : lang === "vi" ? `năm ${year}` : String(year);
  const word = bodyWord(body, lang);
  switch (field) {
    case "leader":
      return M.leader[lang]({ body: word, year: when });
    case "deputy":
      return M.deputy[lang]({ body: word, year: when });
    case "earlierLeaders":
      return M.earlierLeaders[lang]({ body: word });
    default:
      return M[field][lang]();
  }
}

/** The units table's cluster column, for counting members. */
function unitsColumn(layout: WorkbookLayout, column: number): string {
  return tableColumn(layout.unitsTable.sheet, layout.unitsTable.table, layout.unitsTable.table.column + column);
}

/** Cuộc họp's column widths: the field label, then a column per cluster (later writes size their rows by them). */
export function meetingColumnWidths(meeting: MeetingSheetLayout): Record<number, number> {
  const widths: Record<number, number> = { [MEETING_COLUMNS.key]: 14, [MEETING_COLUMNS.label]: 46 };
  meeting.clusters.forEach((_, c) => (widths[MEETING_COLUMNS.firstCluster + c] = 36));
  return widths;
}

/** Cuộc họp: created once, with every particular blank but the members, which count the units. */
export function meetingSheetPlan(ctx: MeetingPlanContext, meeting: MeetingSheetLayout): SheetPlan {
  const { lang, layout } = ctx;
  const first = MEETING_COLUMNS.firstCluster;
  const header: CellSpec[] = [
    valueCell(M.fieldKey[lang](), S.helperLabel),
    valueCell(M.fieldHeader[lang](), S.header),
    ...meeting.clusters.map((c) => valueCell(c, S.header)),
  ];
  const clusterColumn = unitsColumn(layout, UNITS_TABLE_COLUMNS.cluster);
  const rows = MEETING_FIELDS.map((field): CellSpec[] => [
    valueCell(field, S.helper),
    valueCell(particularLabel(field, ctx.lang, ctx.body, ctx.year), S.textWrap),
    ...meeting.clusters.map((_, c) => {
      if (field === "members") {
        const label = cellAddress(meeting.table.row, first + c, { absRow: true });
        return formulaCell(membersFormula(clusterColumn, label), S.count);
      }
      return field === "present" ? inputCell(S.inputCount) : inputCell(S.inputText);
    }),
  ]);
  const validations: ValidationPlan[] = meeting.clusters.map((cluster, c) => {
    const members = layout.units.filter((u) => u.cluster === cluster).length;
    const cell = particularCell(meeting, "present", c);
    return {
      range: cellAddress(cell.row, cell.column),
      rule: { kind: "whole", min: 0, max: Math.max(members, 0) },
      errorTitle: M.present[lang](),
      errorMessage: `0 – ${members}`,
    };
  });
  const widths = meetingColumnWidths(meeting);
  return {
    key: "meeting",
    name: meeting.sheet,
    create: true,
    blocks: [
      {
        at: cellAddress(MEETING_ROWS.title, 0),
        cells: [[valueCell(M.meetingTitle[lang]({ year: ctx.periodTitle }), S.title)]],
      },
      { at: cellAddress(MEETING_ROWS.hint, 0), cells: [[valueCell(M.meetingHint[lang](), S.subtitle)]] },
      { at: cellAddress(meeting.table.row, meeting.table.column), cells: [header, ...rows] },
    ],
    columnWidths: widths,
    hiddenColumns: [MEETING_COLUMNS.key],
    validations,
    freeze: { rows: MEETING_ROWS.header, columns: first },
    protect: true,
    print: { orientation: "landscape", titleRows: `${MEETING_ROWS.header}:${MEETING_ROWS.header}`, fitToWidth: true },
  };
}

function name(n: string, sheet: string, box: Parameters<typeof absoluteRange>[0]): NamePlan {
  return { name: n, sheet, range: absoluteRange(box) };
}

export function meetingNames(meeting: MeetingSheetLayout): NamePlan[] {
  return [name(DEFINED_NAMES.meeting, meeting.sheet, meeting.table)];
}

export function votesNames(votes: VotesSheetLayout): NamePlan[] {
  return [
    name(DEFINED_NAMES.voteStamp, votes.sheet, votes.stamp),
    name(DEFINED_NAMES.votes, votes.sheet, votes.votes),
    name(DEFINED_NAMES.leftOut, votes.sheet, votes.leftOut.table),
  ];
}

function voteHeaders(lang: Lang): string[] {
  const headers = new Array<string>(VOTE_COLUMN_COUNT).fill("");
  headers[V.cluster] = M.colCluster[lang]();
  headers[V.matter] = M.colMatter[lang]();
  headers[V.unit] = M.colCode[lang]();
  headers[V.name] = M.colName[lang]();
  headers[V.rank] = M.colRank[lang]();
  headers[V.final] = M.colFinal[lang]();
  headers[V.grade] = M.colGrade[lang]();
  headers[V.source] = M.colSource[lang]();
  headers[V.reason] = M.colReason[lang]();
  headers[V.yes] = M.colYes[lang]();
  headers[V.no] = M.colNo[lang]();
  headers[V.members] = M.colMembers[lang]();
  headers[V.present] = M.colPresent[lang]();
  headers[V.share] = M.colShare[lang]();
  headers[V.result] = M.colResult[lang]();
  headers[V.kind] = M.colKind[lang]();
  return headers;
}

/** Bình xét's column widths (set when the sheet is made; later writes size their rows by them). */
export function votesColumnWidths(): Record<number, number> {
  return {
    [V.cluster]: 14,
    [V.matter]: 17,
    [V.unit]: 10,
    [V.name]: 30,
    [V.rank]: 7,
    [V.final]: 10,
    [V.grade]: 10,
    [V.source]: 18,
    [V.reason]: 32,
    [V.yes]: 11,
    [V.no]: 11,
    [V.members]: 11,
    [V.present]: 9,
    [V.share]: 11,
    [V.result]: 18,
    [V.kind]: 10,
  };
}

/** Bình xét as first created: what only creation sets, and the names of its tables where the content will put them. */
export function votesFramePlan(ctx: MeetingPlanContext, votes: Pick<VotesSheetLayout, "sheet">): SheetPlan {
  const { lang } = ctx;
  const last = VOTES_ROWS.first + VOTES_VALIDATED_ROWS - 1;
  const column = (c: number) => `${columnLetter(c)}${VOTES_ROWS.first}:${columnLetter(c)}${last}`;
  const widths = votesColumnWidths();
  const count = (c: number): ValidationPlan => ({
    range: column(c),
    rule: { kind: "whole", min: 0, max: 100_000 },
    errorTitle: M.colYes[lang](),
    errorMessage: M.countInvalidHint[lang](),
  });
  return {
    key: "votes",
    name: votes.sheet,
    create: true,
    blocks: [
      { at: cellAddress(VOTES_ROWS.section, 0), cells: [[valueCell(M.votesSection[lang](), S.section)]] },
      { at: cellAddress(VOTES_ROWS.header, 0), cells: [voteHeaders(lang).map((h) => valueCell(h, S.header))] },
    ],
    columnWidths: widths,
    hiddenColumns: [V.kind],
    validations: [
      {
        range: column(V.matter),
        rule: { kind: "list", items: matterChoices(ctx.body, lang) },
        errorTitle: M.colMatter[lang](),
        errorMessage: matterChoices(ctx.body, lang).join(", "),
      },
      count(V.yes),
      count(V.no),
    ],
    freeze: { rows: VOTES_ROWS.header, columns: V.name + 1 },
    protect: true,
    print: {
      orientation: "landscape",
      titleRows: `${VOTES_ROWS.header}:${VOTES_ROWS.header}`,
      fitToWidth: true,
    },
  };
}

/** Where a cluster's members and members present are, for the vote rows' formulas. */
export interface ClusterCells {
  members: string;
  present: string;
}

export function clusterCells(meeting: MeetingSheetLayout): Map<string, ClusterCells> {
  const out = new Map<string, ClusterCells>();
  meeting.clusters.forEach((cluster, c) => {
    const at = (field: MeetingField) => {
      const cell = particularCell(meeting, field, c);
      return sheetReference(meeting.sheet, absoluteCell(cell.row, cell.column));
    };
    if (!out.has(cluster)) out.set(cluster, { members: at("members"), present: at("present") });
  });
  return out;
}

export function resultTexts(lang: Lang): ResultTexts {
  return {
    passed: M.resultPassed[lang](),
    failed: M.resultFailed[lang](),
    noQuorum: M.resultNoQuorum[lang](),
    invalid: M.resultInvalid[lang](),
  };
}

const plainRow = (n: number = VOTE_COLUMN_COUNT): CellSpec[] => Array.from({ length: n }, () => blankCell(S.plain));

/** One vote row: the cells a person fills are inputs (yellow), the rest values the add-in wrote or formulas. */
export function voteRowCells(
  ctx: MeetingPlanContext,
  row: VoteRowPlan,
  sheetRow: number,
  cells: ClusterCells | undefined,
): CellSpec[] {
  const { lang, layout, settings } = ctx;
  const own = (c: number) => cellAddress(sheetRow, c);
  const result = layout.result;
  const resultColumn = (c: number) => tableColumn(result.sheet, result.table, result.table.column + c);
  const codes = resultColumn(result.columns.code);
  const out = plainRow();
  out[V.cluster] = valueCell(row.cluster, S.text);
  const fixedMatter = row.kind !== "spare" && row.matter !== null;
  out[V.matter] = fixedMatter
    ? valueCell(matterLabel(row.matter!, ctx.body, lang), S.text)
    : inputCell(S.inputText, row.matterText || null);
  out[V.unit] = row.kind === "score" ? valueCell(row.unit, S.text) : inputCell(S.inputText, row.unit || null);
  const unit = own(V.unit);
  const unitsCodes = unitsColumn(layout, UNITS_TABLE_COLUMNS.code);
  out[V.name] = formulaCell(lookupFormula(unit, unitsCodes, unitsColumn(layout, UNITS_TABLE_COLUMNS.name)), S.textWrap);
  out[V.rank] = formulaCell(lookupFormula(unit, codes, resultColumn(result.columns.rank)), S.count);
  out[V.final] = formulaCell(lookupFormula(unit, codes, resultColumn(result.columns.final)), S.points);
  out[V.grade] = formulaCell(lookupFormula(unit, codes, resultColumn(result.columns.grade)), S.number);
  if (row.kind === "score") out[V.source] = valueCell(M.sourceScore[lang](), S.text);
  else if (row.kind === "leader" || row.kind === "deputy") out[V.source] = valueCell(M.sourceNominated[lang](), S.text);
  else {
    const matter = own(V.matter);
    const nominations = (["leader", "deputy"] as const)
      .flatMap((m) => (["cluster", "block"] as const).map((b) => `${matter}="${matterLabel(m, b, lang)}"`))
      .join(",");
    out[V.source] = formulaCell(
      `IF(${unit}="","",IF(OR(${nominations}),"${M.sourceNominated[lang]()}","${M.sourceAdded[lang]()}"))`,
      S.text,
    );
  }
  out[V.reason] = inputCell(S.inputText, row.reason || null);
  out[V.yes] = inputCell(S.inputCount, row.yes);
  out[V.no] = inputCell(S.inputCount, row.no);
  if (cells) {
    out[V.members] = formulaCell(cells.members, S.count);
    out[V.present] = formulaCell(mirrorFormula(cells.present), S.count);
    const refs = { unit, yes: own(V.yes), no: own(V.no), members: own(V.members), present: own(V.present) };
    out[V.share] = formulaCell(shareFormula(refs, settings.voting), MEETING_STYLE_IDS.share);
    out[V.result] = formulaCell(resultFormula(refs, settings.voting, resultTexts(lang)), MEETING_STYLE_IDS.result);
  }
  out[V.kind] = valueCell(row.kind, S.helper);
  return out;
}

function leftOutReason(l: LeftOut, lang: Lang): string {
  if (l.reason === "disqualified") return M.leftOutDisqualified[lang]();
  return l.reason === "grade" ? M.leftOutGrade[lang]({ grade: l.grade }) : M.leftOutTie[lang]();
}

export interface VotesContent {
  rows: readonly VoteRowPlan[];
  standings: readonly ClusterStanding[];
  stamp: { prepared: string; tally: string | null };
  /** The last row anything of the tables reached before (TD_Votes, TD_LeftOut), 0 when new. */
  previousEnd: number;
}

/** Bình xét's content: every cell from the title down to the end of the longer of the old and new tables. */
export function votesContentPlan(
  ctx: MeetingPlanContext,
  votes: VotesSheetLayout,
  meeting: MeetingSheetLayout,
  content: VotesContent,
): SheetPlan {
  const { lang, settings } = ctx;
  const cellsOf = clusterCells(meeting);
  const v = settings.voting;
  const rules = M.votesRules[lang]({ quorum: v.quorumShare, pass: v.passShare, rule: v.passRule, basis: v.passBasis });
  const blocks: CellBlock[] = [
    {
      at: cellAddress(VOTES_ROWS.title, 0),
      cells: [[valueCell(M.votesTitle[lang]({ year: ctx.periodTitle }), S.title)]],
    },
    { at: cellAddress(VOTES_ROWS.rules, 0), cells: [[valueCell(rules, S.subtitle)]] },
    {
      at: cellAddress(votes.stamp.row, votes.stamp.column),
      cells: [
        [
          valueCell(M.stampLabel[lang](), S.helperLabel),
          valueCell(content.stamp.prepared, S.helperLabel),
          valueCell(content.stamp.tally, S.helperLabel),
        ],
      ],
    },
  ];
  const rows = content.rows.map((row, i) => voteRowCells(ctx, row, votes.votes.row + i, cellsOf.get(row.cluster)));
  if (rows.length === 0) rows.push(plainRow());
  blocks.push({ at: cellAddress(votes.votes.row, 0), cells: rows });

  const below: CellSpec[][] = [plainRow()];
  const section = plainRow();
  section[0] = valueCell(M.leftOutSection[lang](), S.section);
  below.push(section);
  const header = plainRow();
  [M.colCluster, M.colAward, M.colCode, M.colName, M.colRank, M.colFinal, M.colGrade, M.colLeftOutReason].forEach(
    (m, c) => (header[c] = valueCell(m[lang](), S.header)),
  );
  below.push(header);
  const leftOut = content.standings.flatMap((s) => s.leftOut.map((l) => ({ cluster: s.cluster, l })));
  for (const { cluster, l } of leftOut) {
    const cells = plainRow();
    cells[0] = valueCell(cluster, S.text);
    cells[1] = valueCell(matterLabel(l.award, ctx.body, lang), S.text);
    cells[2] = valueCell(l.unit.code, S.text);
    cells[3] = valueCell(l.unit.name, S.text);
    cells[4] = valueCell(l.rank, S.count);
    const final = content.standings.find((s) => s.cluster === cluster)?.units.find((u) => u.unit.code === l.unit.code);
    cells[5] = valueCell(final ? final.final : null, S.points);
    cells[6] = valueCell(l.grade, S.number);
    cells[7] = valueCell(leftOutReason(l, lang), MEETING_STYLE_IDS.note);
    below.push(cells);
  }
  if (leftOut.length === 0) {
    const none = plainRow();
    none[0] = valueCell(M.noneLeftOut[lang](), MEETING_STYLE_IDS.note);
    below.push(none);
  }
  const end = votes.votes.row + rows.length + below.length - 1;
  for (let r = end + 1; r <= content.previousEnd; r++) below.push(plainRow());
  blocks.push({ at: cellAddress(votes.votes.row + rows.length, 0), cells: below });
  return { key: "votes", name: votes.sheet, create: false, blocks };
}
