// Makes the minutes of each cluster's meeting (Biên bản họp bình xét, suy tôn) from a recorded tally that is still
// current: the document as plain data (for the .docx, src/hosts/docx) and a printable sheet per cluster in the
// workbook (Biên bản …, TD_Minutes_<cluster>), with a log row and the undo snapshot. One outline and one read; the
// first time, one write creates the sheets (like an injection, not undone), then one write fills them.

import type { RuleId } from "../../core/findings/ruleId";
import { contentHash } from "../../core/integrity/contentHash";
import { render } from "../../core/messages/messageTypes";
import type { Host, ProgressFn, WorkbookOutline } from "../host/hostTypes";
import { absoluteRange, rangeAddress } from "../layout/cellAddress";
import { MINUTES_NAME_PREFIX } from "../layout/definedNames";
import { nameSafe, SheetNameAllocator } from "../layout/sheetNames";
import { MEETING_RULES, meetingMessages as M } from "../messages/meetingMessages";
import {
  DOCUMENT_COLUMNS,
  DOCUMENT_ROW_CAPACITY,
  DOCUMENT_SHEET_STYLES,
  documentSheetPlan,
} from "../documents/documentSheet";
import { minutesDocument } from "../documents/minutesDocument";
import type { OfficialDocument } from "../documents/officialDocument";
import { safeFileNamePart } from "../forms/formFileName";
import { appendLog } from "../meeting/meetingLog";
import { MEETING_PLAN_STYLES } from "../meeting/meetingSheets";
import { namedBox } from "../meeting/readMeeting";
import { openMeetingWorkbook } from "../meeting/meetingWorkbook";
import { plannedRead } from "../meeting/plannedReads";
import { tallyHash } from "../meeting/voteStamp";
import { fitWrittenRowHeights } from "../plan/fitRowHeights";
import type { NamePlan, SheetPlan, WorkbookPlan } from "../plan/planTypes";
import { undoablePlan } from "../undo/operationSnapshot";
import type { LocatedFinding } from "./locatedFinding";
import { countVotes } from "./tallyMeeting";

export interface MinutesOptions {
  /** ISO time for the log entry. */
  now: string;
  fileName?: string;
  progress?: ProgressFn;
  /** Only these clusters (labels); every cluster when absent. */
  clusters?: readonly string[];
}

export interface ClusterMinutes {
  cluster: string;
  document: OfficialDocument;
  /** The sheet that holds its printable copy. */
  sheet: string;
  /** "Biên bản - Cụm 1 - 2026.docx": a name for the .docx. */
  fileName: string;
}

export interface MadeMinutes {
  minutes: ClusterMinutes[];
  findings: LocatedFinding[];
  plan: WorkbookPlan | null;
}

/** TD_Minutes_<cluster> for each cluster label, made unique as peer names are. */
export function minutesNames(clusters: readonly string[]): string[] {
  const used = new Set<string>();
  return clusters.map((cluster) => {
    const base = MINUTES_NAME_PREFIX + nameSafe(cluster || "_");
    let name = base;
    for (let n = 2; used.has(name.toUpperCase()); n++) name = `${base}_${n}`;
    used.add(name.toUpperCase());
    return name;
  });
}

const refusal = (rule: RuleId, message: LocatedFinding["message"]): MadeMinutes => ({
  minutes: [],
  findings: [{ rule, severity: "error", location: {}, message, sheet: null, cell: null }],
  plan: null,
});

export async function makeMinutes(host: Host, options: MinutesOptions): Promise<MadeMinutes> {
  const prefix = MINUTES_NAME_PREFIX.toUpperCase();
  const earlier = (outline: WorkbookOutline) =>
    outline.names.filter((n) => n.name.toUpperCase().startsWith(prefix)).map((n) => n.name);
  // Earlier minutes are read whole, down to the rows a longer new version may reach, for the undo snapshot.
  const opened = await openMeetingWorkbook(host, earlier, (outline: WorkbookOutline) =>
    earlier(outline).flatMap((name) => {
      const found = namedBox(outline, name);
      if (!found) return [];
      const rows = Math.max(DOCUMENT_ROW_CAPACITY, found.box.row + found.box.rows + 60);
      const range = rangeAddress({ row: 1, column: 0, rows, columns: DOCUMENT_COLUMNS.length });
      return [{ sheet: found.sheet, range, formulas: true }];
    }),
  );
  if (!opened.ok) return { minutes: [], findings: opened.findings, plan: null };
  const wb = opened.workbook;
  const { meta, ctx, meeting, parsed } = wb;
  const lang = meta.lang;
  if (!meeting.votes || !meeting.stamp) return refusal(MEETING_RULES.notPrepared, render(M.notPrepared, {}));
  const recorded = meeting.stamp.tally;
  if (recorded === null || recorded.toLowerCase() !== tallyHash(wb.hash, meeting, meta.settings).toLowerCase()) {
    return refusal(MEETING_RULES.notTallied, render(M.notTallied, {}));
  }
  const { standings, tallies } = countVotes(wb, meeting);
  const all = standings.map((s) => s.cluster);
  const wanted = options.clusters ?? all;
  const unknown = wanted.filter((c) => !all.includes(c));
  if (unknown.length > 0) {
    return refusal(
      MEETING_RULES.unknownCluster,
      render(M.unknownCluster, { cluster: unknown.join(", "), known: all.join(", ") }),
    );
  }

  const names = minutesNames(all);
  const allocator = new SheetNameAllocator(wb.outline.sheets.map((s) => s.name));
  const frames: SheetPlan[] = [];
  const contents: SheetPlan[] = [];
  const namePlans: NamePlan[] = [];
  const minutes: ClusterMinutes[] = [];
  let reads = wb.reads;
  standings.forEach((standing, i) => {
    if (!wanted.includes(standing.cluster)) return;
    options.progress?.({ fraction: i / standings.length, step: render(M.logMinutes, {}) });
    const document = minutesDocument({
      lang,
      body: ctx.body,
      settings: meta.settings,
      periodTitle: ctx.periodTitle,
      year: ctx.year,
      clusterTitle: meta.clusterTitle,
      particulars: meeting.particulars?.byCluster.get(standing.cluster) ?? null,
      standing,
      tally: tallies[i],
    });
    const existing = namedBox(wb.outline, names[i]);
    const sheet =
      existing?.sheet ?? allocator.allocate(M.minutesSheet[lang]({ cluster: all.length > 1 ? standing.cluster : "" }));
    const key = `minutes:${standing.cluster}` as const;
    if (!existing) {
      // First time: the sheet's frame (widths, heights, merges, print setup) in a write of its own.
      const frame = documentSheetPlan(document, sheet, key, { create: true, previousEnd: 0 }).plan;
      frames.push({ ...frame, blocks: [] });
      reads = [...reads, plannedRead({ ...frame, blocks: [] }, DOCUMENT_ROW_CAPACITY, DOCUMENT_COLUMNS.length)];
    }
    const previousEnd = existing ? existing.box.row + existing.box.rows - 1 : 0;
    const drawn = documentSheetPlan(document, sheet, key, { create: false, previousEnd });
    // The minutes' table cells may wrap: their rows sized with the widths the sheet was made with.
    const made = documentSheetPlan(document, sheet, key, { create: true, previousEnd: 0 }).plan;
    contents.push(fitWrittenRowHeights(drawn.plan, { ...MEETING_PLAN_STYLES, ...DOCUMENT_SHEET_STYLES }, made));
    namePlans.push({
      name: names[i],
      sheet,
      range: absoluteRange({ row: 1, column: 0, rows: drawn.end, columns: DOCUMENT_COLUMNS.length }),
    });
    const parts = [M.minutesFile[lang](), standing.cluster, meta.period].map(safeFileNamePart).filter((p) => p !== "");
    minutes.push({ cluster: standing.cluster, document, sheet, fileName: `${parts.join(" - ")}.docx` });
  });

  const styles = { ...MEETING_PLAN_STYLES, ...DOCUMENT_SHEET_STYLES };
  let outline = wb.outline;
  if (frames.length > 0) {
    await host.apply({
      styles,
      sheets: frames,
      names: namePlans.filter((n) => frames.some((f) => f.name === n.sheet)),
    });
    outline = {
      sheets: [...outline.sheets, ...frames.map((f) => ({ name: f.name, visibility: "visible" as const }))],
      names: [
        ...outline.names,
        ...namePlans
          .filter((n) => frames.some((f) => f.name === n.sheet))
          .map((n) => ({ name: n.name, sheet: n.sheet, range: n.range.replace(/\$/g, "") })),
      ],
    };
  }
  const plan: WorkbookPlan = { styles, sheets: contents, names: namePlans, touches: contents.map((s) => s.name) };
  const summary = M.logMinutesSummary[lang]({ clusters: minutes.map((m) => m.cluster).join(", ") });
  appendLog(plan, parsed, {
    time: options.now,
    action: M.logMinutes[lang](),
    file: options.fileName ?? "",
    hash: contentHash(minutes.map((m) => m.document)),
    summary,
  });
  const header = { operation: "minutes" as const, time: options.now, summary };
  await host.apply(await undoablePlan(host, plan, { outline, reads, parsed }, header), options.progress);
  return { minutes, findings: wb.warnings, plan };
}
