// The vote table's live formulas: the unit's name, rank, final score and grade looked up by its code, the members
// and members present of its cluster, the share in favour and the result. The result formula decides exactly as
// the core's tallyMotion does (same order of checks, shares rounded to four decimals), using only functions that
// Excel and LibreOffice 7.4 both compute (IF, AND, OR, ISNUMBER, INT, ROUND, IFERROR, INDEX, MATCH, SUMPRODUCT).

import type { Settings } from "../../core/settings/settingsTypes";
import { SHARE_DECIMALS } from "../../core/voting/motionTally";
import { absoluteRange, sheetReference, type RangeBox } from "../layout/cellAddress";
import { formulaNumber, formulaText } from "../formulas/formulaLiteral";

/** The result texts the formula writes, in the workbook's language. */
export interface ResultTexts {
  passed: string;
  failed: string;
  noQuorum: string;
  invalid: string;
}

/** The cells of one vote row a formula reads (A1 addresses on the vote sheet). */
export interface VoteRowCells {
  unit: string;
  yes: string;
  no: string;
  members: string;
  present: string;
}

/** "'Xếp hạng'!$A$5:$A$14": one column of a table, for lookups. */
export function tableColumn(sheet: string, table: RangeBox, column: number): string {
  return sheetReference(sheet, absoluteRange({ row: table.row, column, rows: Math.max(1, table.rows), columns: 1 }));
}

/** The value in `valueColumn` of the row whose `keyColumn` holds the code, "" when the code is not there. */
export function lookupFormula(code: string, keyColumn: string, valueColumn: string): string {
  return `IF(${code}="","",IFERROR(INDEX(${valueColumn},MATCH(${code},${keyColumn},0)),""))`;
}

/** Members of a cluster: units whose cluster cell equals the label (exact, not COUNTIF's wildcards). */
export function membersFormula(clusterColumn: string, label: string): string {
  return `SUMPRODUCT(--(${clusterColumn}=${label}))`;
}

/** A particular's cell as a formula shows it: blank stays blank (INDEX and plain references would show 0). */
export function mirrorFormula(cell: string): string {
  return `IF(${cell}="","",${cell})`;
}

const count = (cell: string) => `IF(${cell}="",0,${cell})`;

function basis(cells: VoteRowCells, voting: Settings["voting"]): string {
  return voting.passBasis === "present" ? cells.present : cells.members;
}

/** yes / basis, blank while no ballot is entered or when it cannot be taken. */
export function shareFormula(cells: VoteRowCells, voting: Settings["voting"]): string {
  const { yes, no } = cells;
  return `IFERROR(IF(AND(${yes}="",${no}=""),"",${count(yes)}/${basis(cells, voting)}),"")`;
}

/**
 * Blank while neither count is entered; invalid when a count or the members present is not a whole number of at
 * least 0, the ballots outnumber those present, or more are present than there are members; no quorum when
 * ROUND(present / members, 4) < ROUND(quorumShare, 4); else passed when ROUND(yes / basis, 4) is above (more-than)
 * or at least (at-least) ROUND(passShare, 4).
 */
export function resultFormula(cells: VoteRowCells, voting: Settings["voting"], texts: ResultTexts): string {
  const { yes, no, members: l, present: m } = cells;
  const y = count(yes);
  const n = count(no);
  const d = SHARE_DECIMALS;
  const invalid = formulaText(texts.invalid);
  const notNumbers = `OR(NOT(ISNUMBER(${m})),NOT(ISNUMBER(${y})),NOT(ISNUMBER(${n})))`;
  const wrong = `OR(${y}<0,${n}<0,${y}<>INT(${y}),${n}<>INT(${n}),${m}<0,${m}<>INT(${m}),${y}+${n}>${m},${m}>${l})`;
  const quorum = `ROUND(${m}/${l},${d})<ROUND(${formulaNumber(voting.quorumShare)},${d})`;
  const compare = voting.passRule === "at-least" ? ">=" : ">";
  const pass = `ROUND(${y}/${basis(cells, voting)},${d})${compare}ROUND(${formulaNumber(voting.passShare)},${d})`;
  const decide =
    `IF(${notNumbers},${invalid},IF(${wrong},${invalid},IF(${quorum},${formulaText(texts.noQuorum)},` +
    `IF(${pass},${formulaText(texts.passed)},${formulaText(texts.failed)}))))`;
  return `IF(AND(${yes}="",${no}=""),"",IFERROR(${decide},${invalid}))`;
}
