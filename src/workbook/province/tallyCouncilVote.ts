// The provincial council's tally as an operation on the province workbook: read it (one outline, one read), put in
// the ballots, members present and members a caller gives (the command line's CSV and options), count every row with
// the voting core (tallyCouncil), place each finding on its cell, and write what was given in one apply, only when
// nothing is wrong. The results themselves are the sheet's live formulas: nothing else is written.

import type { Finding } from "../../core/findings/findingTypes";
import { render, type Bilingual } from "../../core/messages/messageTypes";
import type { Award } from "../../core/model/gradeTypes";
import type { ProvinceSettings } from "../../core/province/provinceSettings";
import { PROVINCE_RULES } from "../../core/province/provinceRules";
import { tallyCouncil, type CouncilBallots, type CouncilTally } from "../../core/province/tallyCouncil";
import type { Host } from "../host/hostTypes";
import { cellAddress } from "../layout/cellAddress";
import { councilSheetMessages as M } from "../messages/councilSheetMessages";
import { inputCell } from "../plan/cellSpec";
import type { CellBlock, SheetPlan, WorkbookPlan } from "../plan/planTypes";
import { COUNCIL_COLUMNS } from "./councilSheet";
import type { ProvinceMeta } from "./planProvinceWorkbook";
import { PROVINCE_STYLES, PS } from "./provinceStyles";
import { readProvinceWorkbook, settingCell, type CouncilTableRead } from "./readProvinceWorkbook";

/** Ballots for one proposal, given from outside the workbook. */
export interface CouncilVoteInput {
  code: string;
  award: Award;
  yes: number;
  no: number;
}

export interface CouncilTallyOptions {
  votes?: readonly CouncilVoteInput[];
  present?: number;
  /** Writes the setting council.members. */
  members?: number;
}

/** A council finding with the sheet and cell of the province workbook it points at. */
export interface LocatedCouncilFinding extends Finding {
  sheet: string | null;
  cell: string | null;
}

export interface CouncilTallyRun {
  /** Null when the workbook could not be counted at all (`findings` say why). */
  tally: CouncilTally | null;
  meta: ProvinceMeta | null;
  settings: ProvinceSettings | null;
  findings: LocatedCouncilFinding[];
  /** The given ballots were written (nothing was given, or errors refused them: false). */
  written: boolean;
}

const refusal = (rule: Finding["rule"], message: Bilingual): LocatedCouncilFinding => ({
  rule,
  severity: "error",
  location: {},
  message,
  sheet: null,
  cell: null,
});

/** Where a tally finding points: a row's cell, the members present, or the members' setting. */
function locate(
  f: Finding,
  council: CouncilTableRead,
  members: { sheet: string; cell: string } | null,
): LocatedCouncilFinding {
  const loc = f.location;
  const C = COUNCIL_COLUMNS;
  if (loc.area === "votes" && loc.row !== undefined) {
    const column = loc.field === "no" ? C.no : loc.field === "unit" ? C.code : C.yes;
    return { ...f, sheet: council.sheet, cell: cellAddress(council.table.row + loc.row, column) };
  }
  if (loc.area === "votes" && loc.field === "present")
    return { ...f, sheet: council.sheet, cell: council.present.cell };
  if (loc.area === "settings" && members) return { ...f, ...members };
  return { ...f, sheet: null, cell: null };
}

export async function tallyCouncilVote(host: Host, options: CouncilTallyOptions = {}): Promise<CouncilTallyRun> {
  const read = await readProvinceWorkbook(host);
  const fail = (finding: LocatedCouncilFinding): CouncilTallyRun => ({
    tally: null,
    meta: read.meta,
    settings: read.settings,
    findings: [finding],
    written: false,
  });
  if (!read.meta) return fail(refusal(PROVINCE_RULES.councilRow, read.problem ?? render(M.noCouncil, {})));
  if (!read.settings || read.problems.length > 0) {
    const problems = (lang: "vi" | "en") => read.problems.map((p) => p[lang]).join(" ");
    return fail(refusal(PROVINCE_RULES.councilMembers, { vi: problems("vi"), en: problems("en") }));
  }
  if (!read.council) return fail(refusal(PROVINCE_RULES.councilRow, render(M.noCouncil, {})));
  const council = read.council;
  const meta = read.meta;
  const settings: ProvinceSettings = structuredClone(read.settings);
  if (options.members !== undefined) settings.council.members = options.members;

  const membersCell = settingCell(read, "council.members");

  // The caller's ballots into the rows as read, each to the row of its unit and award.
  const rows: CouncilBallots[] = council.rows.map((r) => ({ ...r }));
  const changed = new Set<number>();
  const findings: LocatedCouncilFinding[] = [];
  for (const vote of options.votes ?? []) {
    const at = meta.proposals.findIndex((p) => p.code.trim() === vote.code.trim() && p.award === vote.award);
    if (at < 0 || !rows[at]) {
      findings.push(refusal(PROVINCE_RULES.councilRow, render(M.notOnList, { unit: vote.code, award: vote.award })));
      continue;
    }
    rows[at] = { ...rows[at], yes: vote.yes, no: vote.no };
    changed.add(at);
  }
  const present = options.present !== undefined ? options.present : council.present.value;
  const tally = tallyCouncil({ proposals: meta.proposals, rows, present, settings });
  findings.push(...tally.findings.map((f) => locate(f, council, membersCell)));
  const errors = findings.some((f) => f.severity === "error");
  const given = changed.size > 0 || options.present !== undefined || options.members !== undefined;
  if (errors || !given) return { tally, meta, settings, findings, written: false };

  const blocks: CellBlock[] = [...changed].map((i) => ({
    at: cellAddress(council.table.row + i, COUNCIL_COLUMNS.yes),
    cells: [[inputCell(PS.inputCount, rows[i].yes as number), inputCell(PS.inputCount, rows[i].no as number)]],
  }));
  if (options.present !== undefined) {
    blocks.push({ at: council.present.cell, cells: [[inputCell(PS.inputCount, options.present)]] });
  }
  const sheets: SheetPlan[] = [{ key: "province:council", name: council.sheet, create: false, blocks }];
  if (options.members !== undefined && membersCell) {
    sheets.push({
      key: "province:settings",
      name: membersCell.sheet,
      create: false,
      blocks: [{ at: membersCell.cell, cells: [[inputCell(PS.input, options.members)]] }],
    });
  }
  const plan: WorkbookPlan = {
    styles: PROVINCE_STYLES,
    sheets: sheets.filter((s) => s.blocks.length > 0),
    names: [],
    touches: sheets.filter((s) => s.blocks.length > 0).map((s) => s.name),
  };
  await host.apply(plan);
  return { tally, meta, settings, findings, written: true };
}
