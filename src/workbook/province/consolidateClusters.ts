// The province consolidation as one operation over any Host: read every cluster workbook (one outline and one read
// each, nothing written to them), check and join them with the core, place each finding on its file's sheet and
// cell, and write the province workbook into `out`. The same code serves the command line (.xlsx files), the task
// pane (files it opens with the .xlsx host) and the tests (memory).

import { consolidateProvince } from "../../core/province/consolidateProvince";
import { DEFAULT_PROVINCE_SETTINGS, type ProvinceSettings } from "../../core/province/provinceSettings";
import type { ClusterSource, MeetingVotes, ProvinceConsolidation } from "../../core/province/provinceTypes";
import type { Bilingual } from "../../core/messages/messageTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import type { Host, ProgressFn } from "../host/hostTypes";
import type { WorkbookPlan } from "../plan/planTypes";
import { render } from "../../core/messages/messageTypes";
import { PROVINCE_RULES } from "../../core/province/provinceRules";
import { councilSheetMessages } from "../messages/councilSheetMessages";
import { droppedCouncilBallots, type EarlierCouncil } from "./councilSheet";
import { locateProvinceFinding, type FilePlace, type LocatedProvinceFinding } from "./locateProvinceFinding";
import { planProvinceWorkbook, type ProvinceLayout } from "./planProvinceWorkbook";
import { readClusterWorkbook } from "./readClusterWorkbook";
import { readRecordedVotes, type VotesReader } from "./recordedVotes";

/** A cluster workbook that could not be opened at all (not a file, not an .xlsx): why, in both languages. */
export interface Unopened {
  unreadable: Bilingual;
}

export interface ProvinceSource {
  /** Shown in findings and in the summary (a path as the user gave it, or a file name). */
  fileName: string;
  /**
   * Opens the workbook when its turn comes: one file at a time, so 40 workbooks never sit in memory together
   * (the .xlsx host, on demand in the command line and the task pane).
   */
  open: () => Promise<Host | Unopened>;
  /** The cluster meeting's votes when already known, as plain data; otherwise read by `readVotes`. */
  votes?: MeetingVotes | null;
}

export interface ConsolidateOptions {
  /** The Board's settings (from an earlier province workbook); defaults otherwise. */
  settings?: ProvinceSettings;
  /** Overrides settings.year. */
  year?: number;
  /** The province workbook's language (default Vietnamese), as `new --lang` chooses a cluster workbook's. */
  lang?: Lang;
  progress?: ProgressFn;
  /**
   * Reads a cluster's recorded votes (TD_Votes as its last tally counted them): the meeting's reader by default
   * (recordedVotes.ts); `null` reads none, so that every vote counts as not recorded.
   */
  readVotes?: VotesReader | null;
  /** The council's members present and ballots of the province workbook being replaced: kept for the same rows. */
  earlier?: EarlierCouncil | null;
}

export interface ProvinceRun {
  consolidation: ProvinceConsolidation;
  findings: LocatedProvinceFinding[];
  /** The settings the run used (the year as overridden). */
  settings: ProvinceSettings;
  /** Null when no file could be read as a cluster workbook: nothing was written. */
  plan: WorkbookPlan | null;
  layout: ProvinceLayout | null;
}

/** Progress: reading the files takes the first 90 %, writing the province workbook the rest. */
export const WRITE_FROM = 0.9;

/** File names made unique ("a.xlsx", "a.xlsx (2)"): findings and the summary tell the files apart by name. */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

export async function consolidateClusters(
  sources: readonly ProvinceSource[],
  out: Host,
  options: ConsolidateOptions = {},
): Promise<ProvinceRun> {
  const base = options.settings ?? DEFAULT_PROVINCE_SETTINGS;
  const settings: ProvinceSettings = {
    ...base,
    year: options.year ?? base.year,
  };
  const files = uniqueNames(sources.map((s) => s.fileName));
  const read: ClusterSource[] = [];
  const places = new Map<string, FilePlace>();
  for (const [i, source] of sources.entries()) {
    const file = files[i];
    options.progress?.({
      fraction: (i / Math.max(sources.length, 1)) * WRITE_FROM,
      step: { vi: `Đọc ${file} (${i + 1}/${sources.length})`, en: `Reading ${file} (${i + 1}/${sources.length})` },
    });
    const opened = await source.open();
    if ("unreadable" in opened) {
      read.push({ file, workbook: null, reason: opened.unreadable });
      continue;
    }
    const readVotes = options.readVotes === undefined ? readRecordedVotes : options.readVotes;
    const got = await readClusterWorkbook(file, opened, {
      ...(source.votes !== undefined ? { votes: source.votes } : {}),
      ...(readVotes ? { readVotes } : {}),
    });
    read.push(got.source);
    if (got.layout && got.meta) places.set(file, { layout: got.layout, meta: got.meta, stamp: got.stamp });
  }
  const consolidation = consolidateProvince(read, settings);
  const findings = consolidation.findings.map((f) =>
    locateProvinceFinding(f, f.file === null ? undefined : places.get(f.file)),
  );
  for (const b of droppedCouncilBallots(consolidation.proposals, options.earlier ?? null)) {
    findings.push({
      rule: PROVINCE_RULES.councilDropped,
      severity: "warning",
      location: { area: "votes", unit: b.code },
      message: render(councilSheetMessages.dropped, { unit: b.name.trim() || b.code, award: b.award }),
      data: { unit: b.code, award: b.award },
      file: null,
      sheet: null,
      cell: null,
    });
  }
  if (!read.some((s) => s.workbook !== null)) {
    return { consolidation, findings, settings, plan: null, layout: null };
  }
  options.progress?.({
    fraction: 0.9,
    step: { vi: "Lập bảng tổng hợp của Tỉnh", en: "Writing the province workbook" },
  });
  const { plan, layout } = planProvinceWorkbook(
    {
      consolidation,
      findings,
      settings,
      lang: options.lang ?? "vi",
      files: sources.length,
      earlier: options.earlier ?? null,
    },
    await out.outline(),
  );
  const progress = options.progress;
  await out.apply(
    plan,
    progress && ((p) => progress({ fraction: WRITE_FROM + (1 - WRITE_FROM) * p.fraction, step: p.step })),
  );
  return { consolidation, findings, settings, plan, layout };
}
