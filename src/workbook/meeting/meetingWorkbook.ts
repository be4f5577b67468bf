// What every meeting operation does first: one outline and one read (the validation batch, the meeting's tables and
// the snapshot's ranges around what it will write), then the checks that a vote needs: a usable workbook, entries
// without errors, and a ranking that is not stale. Also where the meeting's findings point in the workbook.

import type { RuleId } from "../../core/findings/ruleId";
import type { Finding } from "../../core/findings/findingTypes";
import { render } from "../../core/messages/messageTypes";
import type { ScoringInput } from "../../core/model/scoringTypes";
import { periodYear } from "../../core/periods/periodYear";
import { documentPeriod } from "../../core/periods/documentPeriod";
import type { Host, RangeRead, RangeRequest, WorkbookOutline } from "../host/hostTypes";
import { cellAddress } from "../layout/cellAddress";
import type { WorkbookLayout } from "../layout/workbookLayout";
import { MEETING_RULES, meetingMessages as M } from "../messages/meetingMessages";
import type { WorkbookMeta } from "../meta/workbookMeta";
import { inputHash } from "../operations/inputHash";
import { locateAll, type LocatedFinding } from "../operations/locatedFinding";
import { validateParsed } from "../operations/validateWorkbook";
import { bodyKind } from "../plan/inject/printSheet";
import { parseWorkbook, type ParsedWorkbook } from "../read/parseWorkbook";
import { readPlan } from "../read/readPlan";
import { undoHeaderRequest } from "../undo/readUndoInfo";
import { snapshotRequests } from "../undo/snapshotReads";
import { MEETING_FIELDS, particularCell, VOTE_COLUMNS, type MeetingField } from "./meetingLayout";
import type { MeetingPlanContext } from "./meetingSheets";
import { readMeeting, type MeetingRead } from "./readMeeting";

export interface MeetingWorkbook {
  outline: WorkbookOutline;
  /** Everything read (readPlan's ranges first, as parseWorkbook expects): the undo snapshot takes from it. */
  reads: RangeRead[];
  parsed: ParsedWorkbook;
  meta: WorkbookMeta;
  layout: WorkbookLayout;
  input: ScoringInput;
  /** inputHash of the entries as they stand (the ranking's stamp equals it: not stale). */
  hash: string;
  meeting: MeetingRead;
  ctx: MeetingPlanContext;
  /** Validation's warnings (errors refuse the operation). */
  warnings: LocatedFinding[];
  /** Reads beyond the batch the caller asked for, in its order. */
  extra: RangeRead[];
}

export type Opened = { ok: true; workbook: MeetingWorkbook } | { ok: false; findings: LocatedFinding[] };

function refusal(rule: RuleId, message: Finding["message"]): LocatedFinding {
  return { rule, severity: "error", location: {}, message, sheet: null, cell: null };
}

/**
 * Reads the workbook for a meeting operation that will write the sheets holding `writes` (defined names), plus
 * `extra` requests (the meeting's own, e.g. earlier minutes), in one round trip.
 */
export async function openMeetingWorkbook(
  host: Host,
  /** The names whose sheets the operation writes, or what the outline says they are. */
  writes: readonly string[] | ((outline: WorkbookOutline) => readonly string[]),
  extra: (outline: WorkbookOutline) => RangeRequest[] = () => [],
): Promise<Opened> {
  const outline = await host.outline();
  const requests = readPlan(outline);
  const own = extra(outline);
  const header = undoHeaderRequest(outline.names);
  const written = typeof writes === "function" ? writes(outline) : writes;
  const snapshot = snapshotRequests(outline, written, [...requests, ...own]);
  const all = await host.read([...requests, ...snapshot, ...own, ...(header ? [header] : [])]);
  const extraReads = all.slice(requests.length + snapshot.length, requests.length + snapshot.length + own.length);
  const parsed = parseWorkbook(all, outline);
  const validation = validateParsed(parsed);
  const { meta, input } = validation;
  const layout = parsed.layout;
  const errors = validation.findings.filter((f) => f.severity === "error");
  if (!meta || !layout || !input || errors.length > 0) {
    const refused = refusal(
      MEETING_RULES.entriesHaveErrors,
      render(M.entriesHaveErrors, { errors: Math.max(1, errors.length) }),
    );
    return { ok: false, findings: [...errors, refused] };
  }
  const hash = inputHash(input);
  const stored = meta.inputHash ?? parsed.resultHash ?? null;
  if (stored === null) {
    return { ok: false, findings: [refusal(MEETING_RULES.notRanked, render(M.notRanked, {}))] };
  }
  if (stored.trim().toLowerCase() !== hash.toLowerCase()) {
    return { ok: false, findings: [refusal(MEETING_RULES.rankingStale, render(M.rankingStale, {}))] };
  }
  const lang = meta.lang;
  const ctx: MeetingPlanContext = {
    layout,
    settings: meta.settings,
    lang,
    body: bodyKind(meta.template.id),
    periodTitle: meta.period ? documentPeriod(meta.period, lang) : "",
    year: periodYear(meta.period),
  };
  return {
    ok: true,
    workbook: {
      outline,
      reads: all,
      parsed,
      meta,
      layout,
      input,
      hash,
      meeting: readMeeting(outline, all),
      ctx,
      warnings: validation.findings.filter((f) => f.severity !== "error"),
      extra: extraReads,
    },
  };
}

const VOTE_FIELDS: Record<string, number> = {
  matter: VOTE_COLUMNS.matter,
  unit: VOTE_COLUMNS.unit,
  reason: VOTE_COLUMNS.reason,
  yes: VOTE_COLUMNS.yes,
  no: VOTE_COLUMNS.no,
};

/** Findings with their cells: the meeting's (vote rows, particulars) by the meeting's tables, the rest by the layout. */
export function locateMeetingFindings(
  findings: readonly Finding[],
  layout: WorkbookLayout | null,
  meeting: MeetingRead,
): LocatedFinding[] {
  return findings.map((f) => {
    const loc = f.location;
    if (loc.area === "votes" && meeting.votes && loc.row !== undefined) {
      const column = VOTE_FIELDS[loc.field ?? ""] ?? VOTE_COLUMNS.unit;
      const votes = meeting.votes.votes;
      return { ...f, sheet: meeting.votes.sheet, cell: cellAddress(votes.row + loc.row, votes.column + column) };
    }
    if (loc.area === "meeting" && meeting.particulars) {
      const particulars = meeting.particulars;
      const cluster = particulars.layout.clusters.indexOf(String(f.data?.cluster ?? ""));
      const field = (MEETING_FIELDS as readonly string[]).includes(loc.field ?? "")
        ? (loc.field as MeetingField)
        : null;
      if (cluster >= 0 && field) {
        const at = particularCell(particulars.layout, field, cluster);
        return { ...f, sheet: particulars.layout.sheet, cell: cellAddress(at.row, at.column) };
      }
      return { ...f, sheet: particulars.layout.sheet, cell: null };
    }
    return locateAll([f], layout)[0];
  });
}
