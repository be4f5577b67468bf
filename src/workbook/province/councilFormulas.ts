// The council's vote table formulas: the share in favour and the result of each row, deciding exactly as the voting
// core's tallyMotion does with the council's rule (basis: all members; passes when ROUND(yes / members, 4) is above
// ROUND(majority, 4); nothing passes without a quorum of ROUND(present / members, 4) ≥ ROUND(quorum, 4)). The
// members, members present and both shares are cells (the settings' values mirrored on the sheet), so a copy
// emailed without the add-in follows any edit. Only IF, AND, OR, NOT, ISNUMBER, INT, ROUND and IFERROR: Excel and
// LibreOffice 7.4 both compute them.

import { SHARE_DECIMALS } from "../../core/voting/motionTally";
import { formulaText } from "../formulas/formulaLiteral";

/** The result words the formula writes, in the workbook's language. */
export interface CouncilResultTexts {
  passed: string;
  failed: string;
  noQuorum: string;
  invalid: string;
}

/** Cells (A1, absolute where shared) a row's formulas read. */
export interface CouncilCells {
  yes: string;
  no: string;
  members: string;
  present: string;
  quorum: string;
  majority: string;
}

const count = (cell: string) => `IF(${cell}="",0,${cell})`;

/** yes / members, blank while neither count is entered or when it cannot be taken. */
export function councilShareFormula(c: CouncilCells): string {
  return `IFERROR(IF(AND(${c.yes}="",${c.no}=""),"",${count(c.yes)}/${c.members}),"")`;
}

/**
 * Blank while neither count is entered; invalid when a count, the members or the members present is not a whole
 * number of at least 0, the ballots outnumber those present, or more are present than there are members; no quorum
 * below the quorum share; else passed when the share in favour is above the majority share.
 */
export function councilResultFormula(c: CouncilCells, texts: CouncilResultTexts): string {
  const y = count(c.yes);
  const n = count(c.no);
  const { members: l, present: m } = c;
  const d = SHARE_DECIMALS;
  const invalid = formulaText(texts.invalid);
  const notNumbers = `OR(NOT(ISNUMBER(${l})),NOT(ISNUMBER(${m})),NOT(ISNUMBER(${y})),NOT(ISNUMBER(${n})))`;
  const wrong =
    `OR(${y}<0,${n}<0,${y}<>INT(${y}),${n}<>INT(${n}),${m}<0,${m}<>INT(${m}),${l}<1,${l}<>INT(${l}),` +
    `${y}+${n}>${m},${m}>${l})`;
  const quorum = `ROUND(${m}/${l},${d})<ROUND(${c.quorum},${d})`;
  const pass = `ROUND(${y}/${l},${d})>ROUND(${c.majority},${d})`;
  const decide =
    `IF(${notNumbers},${invalid},IF(${wrong},${invalid},IF(${quorum},${formulaText(texts.noQuorum)},` +
    `IF(${pass},${formulaText(texts.passed)},${formulaText(texts.failed)}))))`;
  return `IF(AND(${c.yes}="",${c.no}=""),"",IFERROR(${decide},${invalid}))`;
}

/** "Có" / "Không" for a quorum met, blank while the members present are not entered. */
export function councilQuorumFormula(c: CouncilCells, yes: string, no: string): string {
  const d = SHARE_DECIMALS;
  return (
    `IF(${c.present}="","",IFERROR(IF(ROUND(${c.present}/${c.members},${d})>=ROUND(${c.quorum},${d}),` +
    `${formulaText(yes)},${formulaText(no)}),""))`
  );
}
