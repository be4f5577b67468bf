// Writes one cluster's meeting particulars (date, times, place, chair, secretary, attendees, members present and
// absent, this year's leader and deputy, earlier leaders) into the Cuộc họp sheet, as the task pane or the command
// line gives them: dates and times checked and written the one way the minutes read them, unit codes checked
// against the cluster. Values that cannot be read are refused with their field named, and nothing is written.
// One outline, one read and one write with the undo snapshot and a log row.

import type { Finding } from "../../core/findings/findingTypes";
import { contentHash } from "../../core/integrity/contentHash";
import { render } from "../../core/messages/messageTypes";
import { formatClockTime, formatShortDate, parseCalendarDate, parseClockTime } from "../../core/time/calendarDate";
import { parseLeaderTerms } from "../../core/voting/leaderTerms";
import { readVoteCount } from "../../core/voting/readVoteCount";
import type { Host, ProgressFn } from "../host/hostTypes";
import { cellAddress } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import { MEETING_RULES, meetingMessages as M } from "../messages/meetingMessages";
import { INPUT_FIELDS, particularCell, type MeetingField } from "../meeting/meetingLayout";
import { appendLog } from "../meeting/meetingLog";
import { MEETING_PLAN_STYLES, meetingSheetPlan, particularLabel } from "../meeting/meetingSheets";
import { bodyKind } from "../plan/inject/printSheet";
import { periodYear } from "../../core/periods/periodYear";
import type { Lang } from "../../core/settings/settingsTypes";
import { readMeeting } from "../meeting/readMeeting";
import { inputCell } from "../plan/cellSpec";
import { fitWrittenRowHeights } from "../plan/fitRowHeights";
import type { CellBlock, CellValue, WorkbookPlan } from "../plan/planTypes";
import { S } from "../plan/workbookStyles";
import { parseWorkbook } from "../read/parseWorkbook";
import { readForSnapshot, undoablePlan } from "../undo/operationSnapshot";
import { locateAll, type LocatedFinding } from "./locatedFinding";

/** The particulars a person gives (members are counted, not given); null or "" clears one. */
export type ParticularsInput = Partial<Record<Exclude<MeetingField, "members">, string | number | null>>;

export interface ParticularsOptions {
  /** ISO time for the log entry. */
  now: string;
  fileName?: string;
  progress?: ProgressFn;
  cluster: string;
  values: ParticularsInput;
}

export interface ParticularsResult {
  /** What was refused (and so nothing written), or nothing. */
  findings: LocatedFinding[];
  /** The cells written, as they read now (dates and times in the one form the minutes read). */
  written: Partial<Record<MeetingField, CellValue>>;
  plan: WorkbookPlan | null;
}

const EXAMPLES: Partial<Record<MeetingField, string>> = {
  present: "9",
  date: "15/12/2026",
  startTime: "8 giờ 30",
  endTime: "11 giờ 00",
  leader: "A01",
  deputy: "A02",
  earlierLeaders: "2025: A01; 2024: A02",
};

const located = (f: Finding): LocatedFinding => ({ ...f, sheet: null, cell: null });

export async function setMeetingParticulars(host: Host, options: ParticularsOptions): Promise<ParticularsResult> {
  const { outline, reads } = await readForSnapshot(host, [DEFINED_NAMES.meeting]);
  const parsed = parseWorkbook(reads, outline);
  const { meta, layout } = parsed;
  const fail = (findings: Finding[]): ParticularsResult => ({
    findings: locateAll(findings, layout),
    written: {},
    plan: null,
  });
  if (!meta || !layout) return fail(parsed.findings.filter((f) => f.severity === "error"));
  const lang = meta.lang;
  const particulars = readMeeting(outline, reads).particulars;
  if (!particulars) {
    return fail([
      { rule: MEETING_RULES.notPrepared, severity: "error", location: {}, message: render(M.notPrepared, {}) },
    ]);
  }
  const index = particulars.layout.clusters.indexOf(options.cluster);
  if (index < 0) {
    return fail([
      {
        rule: MEETING_RULES.unknownCluster,
        severity: "error",
        location: {},
        message: render(M.unknownCluster, { cluster: options.cluster, known: particulars.layout.clusters.join(", ") }),
      },
    ]);
  }
  const members = meta.units.filter((u) => u.cluster === options.cluster);
  const body = bodyKind(meta.template.id);
  const year = periodYear(meta.period);
  const label = (field: MeetingField, l: Lang) => particularLabel(field, l, body, year);
  const findings: Finding[] = [];
  const written: Partial<Record<MeetingField, CellValue>> = {};
  const bad = (field: MeetingField, value: unknown) =>
    findings.push({
      rule: MEETING_RULES.particularBad,
      severity: "error",
      location: { area: "meeting", field },
      message: {
        vi: M.particularBad.vi({ field: label(field, "vi"), value: String(value), example: EXAMPLES[field] ?? "" }),
        en: M.particularBad.en({ field: label(field, "en"), value: String(value), example: EXAMPLES[field] ?? "" }),
      },
      data: { cluster: options.cluster },
    });
  for (const field of INPUT_FIELDS) {
    if (!(field in options.values)) continue;
    const raw = options.values[field as keyof ParticularsInput];
    if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) {
      written[field] = null;
      continue;
    }
    const text = typeof raw === "string" ? raw.normalize("NFC").trim() : raw;
    switch (field) {
      case "present": {
        const count = readVoteCount(text);
        if (count.kind === "count" && count.value <= members.length) written.present = count.value;
        else bad(field, raw);
        break;
      }
      case "date": {
        const date = parseCalendarDate(text);
        if (date) written.date = formatShortDate(date);
        else bad(field, raw);
        break;
      }
      case "startTime":
      case "endTime": {
        const time = parseClockTime(text);
        if (time) written[field] = formatClockTime(time, lang);
        else bad(field, raw);
        break;
      }
      case "leader":
      case "deputy": {
        const code = String(text);
        if (members.some((u) => u.code === code)) written[field] = code;
        else bad(field, raw);
        break;
      }
      case "earlierLeaders": {
        const terms = parseLeaderTerms(text);
        if (terms.unreadable.length === 0) {
          written.earlierLeaders = terms.terms.map((t) => `${t.year}: ${t.unit}`).join("; ");
        } else bad(field, raw);
        break;
      }
      default:
        written[field] = String(text);
    }
  }
  if (findings.length > 0) {
    const locatedFindings = findings.map((f) => {
      const at = particularCell(particulars.layout, f.location.field as MeetingField, index);
      return { ...located(f), sheet: particulars.layout.sheet, cell: cellAddress(at.row, at.column) };
    });
    return { findings: locatedFindings, written: {}, plan: null };
  }

  const blocks: CellBlock[] = Object.entries(written).map(([field, value]) => {
    const at = particularCell(particulars.layout, field as MeetingField, index);
    return {
      at: cellAddress(at.row, at.column),
      cells: [[inputCell(field === "present" ? S.inputCount : S.inputText, value ?? null)]],
    };
  });
  const plan: WorkbookPlan = {
    styles: MEETING_PLAN_STYLES,
    // A place or a chair's title wraps in its cluster's column: the row grows to show it whole.
    sheets: [
      fitWrittenRowHeights(
        { key: "meeting", name: particulars.layout.sheet, create: false, blocks },
        MEETING_PLAN_STYLES,
        meetingSheetPlan({ layout, settings: meta.settings, lang, body, periodTitle: "", year }, particulars.layout),
      ),
    ],
    names: [],
    touches: [particulars.layout.sheet],
  };
  const fields = Object.keys(written)
    .map((f) => label(f as MeetingField, lang))
    .join("; ");
  const summary = M.logParticularsSummary[lang]({ cluster: options.cluster, fields });
  appendLog(plan, parsed, {
    time: options.now,
    action: M.logParticulars[lang](),
    file: options.fileName ?? "",
    hash: contentHash({ cluster: options.cluster, written }),
    summary,
  });
  options.progress?.({ fraction: 0.5, step: render(M.logParticulars, {}) });
  const header = { operation: "meeting" as const, time: options.now, summary };
  await host.apply(await undoablePlan(host, plan, { outline, reads, parsed }, header), options.progress);
  return { findings: [], written, plan };
}
