// Checks the open workbook: one outline and one read (the office host's budget is 2 syncs), then the core's entry
// validation, the formula, criteria and log tamper checks and the stale-result check, every finding with its cell.

import type { Finding } from "../../core/findings/findingTypes";
import { staleResultFinding } from "../../core/integrity/contentHash";
import type { ScoringInput } from "../../core/model/scoringTypes";
import { checkFormulas } from "../../core/validation/checkFormulas";
import { validateInputs } from "../../core/validation/validateInputs";
import type { Host } from "../host/hostTypes";
import { logChainFindings } from "../log/parseLog";
import { readMeeting } from "../meeting/readMeeting";
import { meetingStaleness } from "../meeting/voteStamp";
import type { WorkbookMeta } from "../meta/workbookMeta";
import { parseWorkbook, type ParsedWorkbook } from "../read/parseWorkbook";
import { outlineAndRead } from "../read/outlineAndRead";
import { readPlan } from "../read/readPlan";
import { undoHeaderRequest } from "../undo/readUndoInfo";
import { inputHash } from "./inputHash";
import { locateAll, type LocatedFinding } from "./locatedFinding";

export interface ValidateWorkbookOptions {
  /** Findings kept per rule before the rest are summarised (core default 1,000). */
  maxFindingsPerRule?: number;
}

export interface WorkbookValidation {
  /** Workbook findings first (names, metadata, tamper, formulas), then entries, then staleness. */
  findings: LocatedFinding[];
  /** The parsed inputs, null when the workbook is too damaged to read them. */
  input: ScoringInput | null;
  /** inputHash of the input (a ranking stamps it), null without input. */
  hash: string | null;
  meta: WorkbookMeta | null;
  parsed: ParsedWorkbook;
}

/** Validation of an already parsed read (shared by validate and rank). */
export function validateParsed(parsed: ParsedWorkbook, options: ValidateWorkbookOptions = {}): WorkbookValidation {
  const findings: Finding[] = [
    ...parsed.findings,
    ...(parsed.log ? logChainFindings(parsed.log) : []),
    ...checkFormulas(parsed.formulaChecks),
  ];
  let input: ScoringInput | null = null;
  let hash: string | null = null;
  if (parsed.raw) {
    const checked = validateInputs(parsed.raw, { maxFindingsPerRule: options.maxFindingsPerRule });
    input = checked.input;
    findings.push(...checked.findings);
    // The result sheet's own stamp stands in when the metadata lost its hash (a co-author's older metadata).
    const stored = parsed.meta ? (parsed.meta.inputHash ?? parsed.resultHash ?? null) : null;
    hash = inputHash(input);
    const stale = parsed.meta ? staleResultFinding(stored, hash) : null;
    if (stale) findings.push(stale);
    // The year-end meeting's list and recorded vote, once there is one (they were drawn from the scores).
    if (parsed.meta && parsed.source) {
      const meeting = readMeeting(parsed.source.outline, parsed.source.reads);
      findings.push(...meetingStaleness(meeting, hash, parsed.meta.settings));
    }
  }
  return { findings: locateAll(findings, parsed.layout), input, hash, meta: parsed.meta, parsed };
}

export async function validateWorkbook(host: Host, options: ValidateWorkbookOptions = {}): Promise<WorkbookValidation> {
  // TD_Undo's header row too: fixes planned from this read keep a pending undo snapshot (attachSnapshot).
  const { outline, reads } = await outlineAndRead(host, (found) => {
    const header = undoHeaderRequest(found.names);
    return [...readPlan(found), ...(header ? [header] : [])];
  });
  return validateParsed(parseWorkbook(reads, outline), options);
}
