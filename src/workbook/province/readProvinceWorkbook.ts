// Reads a province workbook back in one outline and one read: its metadata (the list, the clusters, the templates
// and meetings the documents cite), the Board's settings as edited on Cài đặt, and the council's vote table with
// the members present. What the council's ballots, its tally, the dossier and a new consolidation start from.
// Everything is found by the defined names; anything unusable is a sentence naming its cell, never a crash.

import { render, type Bilingual } from "../../core/messages/messageTypes";
import { GRADES_BEST_FIRST, type Grade } from "../../core/model/gradeTypes";
import type { ProvinceSettings } from "../../core/province/provinceSettings";
import type { CouncilBallots } from "../../core/province/tallyCouncil";
import type { CellValue } from "../plan/planTypes";
import type { Host, RangeRequest, WorkbookOutline } from "../host/hostTypes";
import { cellAddress, parseRange, rangeAddress, type RangeBox } from "../layout/cellAddress";
import { provinceReadMessages as M } from "../messages/provinceReadMessages";
import { COUNCIL_COLUMNS, councilKey, type EarlierBallots, type EarlierCouncil } from "./councilSheet";
import type { ProvinceMeta } from "./planProvinceWorkbook";
import { PROVINCE_NAMES } from "./provinceNames";
import { readProvinceSettings, type ProvinceSettingKey } from "./provinceSettingsRows";

export interface CouncilTableRead {
  sheet: string;
  table: RangeBox;
  /** The members cell (mirrored from the settings) and the members present cell. */
  members: { cell: string; value: CellValue };
  present: { cell: string; value: CellValue };
  /** One per table row, in order. */
  rows: CouncilBallots[];
}

export interface ProvinceWorkbookRead {
  /** The workbook carries the province metadata name: it is a province workbook (that may be written over). */
  isProvince: boolean;
  /** Null when it is not a province workbook or its metadata cannot be read (`problem` says why). */
  meta: ProvinceMeta | null;
  problem: Bilingual | null;
  /** Null when the workbook has no readable settings table (its defaults then apply). */
  settings: ProvinceSettings | null;
  /** Settings values that cannot be used, each naming its cell. */
  problems: Bilingual[];
  /** Null when the council's sheet is absent (a part-1 province workbook) or its names are broken. */
  council: CouncilTableRead | null;
  /** TD_Province_Settings (key, value, meaning rows), null when the name is broken. */
  settingsTable: { sheet: string; box: RangeBox } | null;
  /** The key of each settings row as read (a row the Board moved is still found by its key). */
  settingKeys: string[];
}

const GRADES: readonly string[] = GRADES_BEST_FIRST;
const SECTIONS = ["co-thi-dua", "bang-khen", "council"];
const AWARDS = ["co-thi-dua", "bang-khen"];

function named(outline: WorkbookOutline, name: string): { sheet: string; box: RangeBox } | null {
  const info = outline.names.find((n) => n.name.toUpperCase() === name.toUpperCase());
  const box = info?.range ? parseRange(info.range) : null;
  return info?.sheet && box ? { sheet: info.sheet, box } : null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isText = (v: unknown): v is string => typeof v === "string";

/** The proposal fields the ballots, the tally and the dossier use, checked one by one. */
function proposalOk(p: unknown): boolean {
  if (!isObject(p)) return false;
  const vote = p.vote;
  return (
    SECTIONS.includes(p.section as string) &&
    AWARDS.includes(p.award as string) &&
    isNumber(p.clusterKey) &&
    isText(p.cluster) &&
    isText(p.file) &&
    isText(p.code) &&
    isText(p.name) &&
    isNumber(p.final) &&
    isNumber(p.contentMax) &&
    isNumber(p.rank) &&
    GRADES.includes(p.grade as Grade) &&
    (vote === null || (isObject(vote) && isNumber(vote.yes) && isNumber(vote.no) && typeof vote.passed === "boolean"))
  );
}

/** The metadata JSON from its chunks; null with the reason when it is not a province workbook's. */
export function parseProvinceMeta(chunks: readonly unknown[]): {
  meta: ProvinceMeta | null;
  problem: Bilingual | null;
} {
  const bad = { meta: null, problem: render(M.metaUnreadable, {}) };
  let value: unknown;
  try {
    value = JSON.parse(chunks.map((c) => (typeof c === "string" ? c : "")).join(""));
  } catch {
    return bad;
  }
  if (!isObject(value) || value.kind !== "province" || value.contract !== 1) return bad;
  if (!Array.isArray(value.proposals) || !value.proposals.every(proposalOk)) return bad;
  if (!Array.isArray(value.clusters) || !value.clusters.every((c) => isObject(c) && isNumber(c.key))) return bad;
  const meta = value as unknown as ProvinceMeta;
  // Workbooks made before the dossier carry no templates or meetings: the documents then cite none.
  return {
    meta: {
      ...meta,
      lang: meta.lang === "en" ? "en" : "vi",
      year: isNumber(meta.year) ? meta.year : null,
      period: isText(meta.period) ? meta.period : null,
      templates: Array.isArray(meta.templates) ? meta.templates : [],
      sittings: Array.isArray(meta.sittings) ? meta.sittings : [],
    },
    problem: null,
  };
}

export async function readProvinceWorkbook(host: Host): Promise<ProvinceWorkbookRead> {
  const outline = await host.outline();
  const metaAt = named(outline, PROVINCE_NAMES.meta);
  const isProvince = outline.names.some((n) => n.name.toUpperCase() === PROVINCE_NAMES.meta.toUpperCase());
  const none: ProvinceWorkbookRead = {
    isProvince,
    meta: null,
    problem: render(M.notProvince, {}),
    settings: null,
    problems: [],
    council: null,
    settingsTable: null,
    settingKeys: [],
  };
  if (!isProvince) return none;
  const settingsAt = named(outline, PROVINCE_NAMES.settings);
  const tableAt = named(outline, PROVINCE_NAMES.council);
  const sittingAt = named(outline, PROVINCE_NAMES.councilSitting);
  const parts = [metaAt, settingsAt, tableAt, sittingAt];
  const requests: RangeRequest[] = parts.flatMap((p) => (p ? [{ sheet: p.sheet, range: rangeAddress(p.box) }] : []));
  const reads = requests.length > 0 ? await host.read(requests) : [];
  let k = 0;
  const grid = (p: (typeof parts)[number]): CellValue[][] => (p ? (reads[k++]?.values ?? []) : []);
  const [metaGrid, settingsGrid, tableGrid, sittingGrid] = parts.map(grid);

  const { meta, problem } = metaAt
    ? parseProvinceMeta(metaGrid.map((r) => r[0]))
    : { meta: null, problem: render(M.metaUnreadable, {}) };
  let settings: ProvinceSettings | null = null;
  let problems: Bilingual[] = [];
  if (settingsAt) {
    const read = readProvinceSettings(
      settingsGrid,
      (i) => `${settingsAt.sheet}!${cellAddress(settingsAt.box.row + i, settingsAt.box.column + 1)}`,
    );
    settings = read.settings;
    problems = read.problems;
  }
  let council: CouncilTableRead | null = null;
  if (tableAt && sittingAt && tableAt.box.columns > COUNCIL_COLUMNS.no && sittingAt.box.rows >= 2) {
    const C = COUNCIL_COLUMNS;
    const s = sittingAt.box;
    council = {
      sheet: tableAt.sheet,
      table: tableAt.box,
      members: { cell: cellAddress(s.row, s.column), value: sittingGrid[0]?.[0] ?? null },
      present: { cell: cellAddress(s.row + 1, s.column), value: sittingGrid[1]?.[0] ?? null },
      rows: tableGrid.map((row) => ({
        code: row[C.code] === null || row[C.code] === undefined ? "" : String(row[C.code]).normalize("NFC").trim(),
        yes: row[C.yes] ?? null,
        no: row[C.no] ?? null,
      })),
    };
  }
  const settingKeys = settingsGrid.map((row) => (typeof row[0] === "string" ? row[0].trim() : ""));
  return { isProvince, meta, problem, settings, problems, council, settingsTable: settingsAt, settingKeys };
}

/** The value cell of a settings key as the table stands (rows found by key, as readProvinceSettings finds them). */
export function settingCell(
  read: ProvinceWorkbookRead,
  key: ProvinceSettingKey,
): { sheet: string; cell: string } | null {
  const table = read.settingsTable;
  if (!table) return null;
  const at = read.settingKeys.indexOf(key);
  return at < 0 ? null : { sheet: table.sheet, cell: cellAddress(table.box.row + at, table.box.column + 1) };
}

/** The ballots of an earlier workbook by award and unit code, for a new consolidation to keep. */
export function earlierCouncil(read: ProvinceWorkbookRead): EarlierCouncil | null {
  if (!read.meta || !read.council) return null;
  const ballots = new Map<string, EarlierBallots>();
  read.meta.proposals.forEach((p, i) => {
    const row = read.council!.rows[i];
    if (!row || row.code !== p.code.trim()) return;
    const value = (v: unknown): CellValue =>
      v === null || v === undefined || (typeof v === "string" && v.trim() === "") ? null : (v as CellValue);
    ballots.set(councilKey(p.award, p.code), {
      award: p.award,
      code: p.code,
      name: p.name,
      yes: value(row.yes),
      no: value(row.no),
    });
  });
  return { present: read.council.present.value, ballots };
}
