// Reads the year-end meeting's tables back as plain data: the particulars per cluster (TD_Meeting), every row of the
// vote table (TD_Votes) and the check stamps (TD_VoteStamp). Found through the defined names alone, from reads a
// caller already made (the validation batch reads all three), or in one round trip with readVotes.
//
// For other tools (the province's consolidation): `readVotes(host)` gives, per cluster, the particulars as typed,
// the rows voted on with their ballots, and the stamps that say whether the vote is current (a tally hash equal to
// the one the workbook's current ballots and scores give: see voteStamp.ts).

import type { CellValue } from "../plan/planTypes";
import type { Host, RangeRead, WorkbookOutline } from "../host/hostTypes";
import { parseRange, rangeAddress, type RangeBox } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import { matterOfRow } from "./voteRows";
import {
  MEETING_COLUMNS,
  MEETING_FIELDS,
  VOTE_COLUMNS,
  VOTE_COLUMN_COUNT,
  VOTE_ROW_KINDS,
  type MeetingField,
  type MeetingSheetLayout,
  type VoteRowKind,
} from "./meetingLayout";
import type { VoteMatter } from "../../core/voting/votingTypes";

/** One cluster's particulars as typed (blank cells are null). */
export type Particulars = Record<MeetingField, CellValue>;

export interface ParticularsRead {
  layout: MeetingSheetLayout;
  /** By cluster label, in the table's order. */
  byCluster: Map<string, Particulars>;
}

/** One row of the vote table as read. */
export interface VoteRowRead {
  /** Row inside TD_Votes (0-based). */
  index: number;
  cluster: string;
  kind: VoteRowKind;
  /** The matter cell as written, and what it names (null: blank or unknown). */
  matterText: string;
  matter: VoteMatter | null;
  unit: string;
  reason: string;
  yes: CellValue;
  no: CellValue;
  /** The live result cell's value as the file last computed it (null on hosts that do not compute). */
  result: CellValue;
}

export interface VotesRead {
  sheet: string;
  /** TD_Votes as it stands. */
  votes: RangeBox;
  /** TD_LeftOut as it stands, null when the name is gone. */
  leftOut: RangeBox | null;
  rows: VoteRowRead[];
}

export interface StampRead {
  sheet: string;
  box: RangeBox;
  /** The ranking's input hash the list was drawn from. */
  prepared: string | null;
  /** The hash of the last recorded tally. */
  tally: string | null;
}

export interface MeetingRead {
  particulars: ParticularsRead | null;
  votes: VotesRead | null;
  stamp: StampRead | null;
}

const text = (v: CellValue | undefined): string =>
  v === null || v === undefined ? "" : String(v).normalize("NFC").trim();

/** The name's sheet and box, null when absent or broken. */
export function namedBox(outline: WorkbookOutline, name: string): { sheet: string; box: RangeBox } | null {
  const info = outline.names.find((n) => n.name.toUpperCase() === name.toUpperCase());
  const box = info?.range ? parseRange(info.range) : null;
  return info?.sheet && box ? { sheet: info.sheet, box } : null;
}

/** The cells of `box` on `sheet` from whichever read covers it (blanks where none does). */
export function gridOf(reads: readonly RangeRead[], sheet: string, box: RangeBox): CellValue[][] {
  const covering = reads.find((r) => {
    const b = r.sheet.toUpperCase() === sheet.toUpperCase() ? parseRange(r.range) : null;
    return (
      b !== null &&
      b.row <= box.row &&
      b.column <= box.column &&
      b.row + b.rows >= box.row + box.rows &&
      b.column + b.columns >= box.column + box.columns
    );
  });
  const origin = covering ? parseRange(covering.range)! : box;
  return Array.from({ length: box.rows }, (_, r) =>
    Array.from(
      { length: box.columns },
      (_, c) => covering?.values[box.row - origin.row + r]?.[box.column - origin.column + c] ?? null,
    ),
  );
}

function readParticulars(outline: WorkbookOutline, reads: readonly RangeRead[]): ParticularsRead | null {
  const named = namedBox(outline, DEFINED_NAMES.meeting);
  if (!named || named.box.columns < MEETING_COLUMNS.firstCluster + 1) return null;
  const grid = gridOf(reads, named.sheet, named.box);
  const header = grid[0] ?? [];
  const clusters = header.slice(MEETING_COLUMNS.firstCluster).map((v) => (v === null ? "" : String(v)));
  const rowOf = new Map(grid.slice(1).map((row, i) => [text(row[MEETING_COLUMNS.key]), i + 1]));
  const byCluster = new Map<string, Particulars>();
  clusters.forEach((cluster, c) => {
    const values = {} as Particulars;
    for (const field of MEETING_FIELDS) {
      const r = rowOf.get(field);
      values[field] = r === undefined ? null : (grid[r]?.[MEETING_COLUMNS.firstCluster + c] ?? null);
    }
    if (!byCluster.has(cluster)) byCluster.set(cluster, values);
  });
  return { layout: { sheet: named.sheet, clusters, table: named.box }, byCluster };
}

function readVoteRows(outline: WorkbookOutline, reads: readonly RangeRead[]): VotesRead | null {
  const named = namedBox(outline, DEFINED_NAMES.votes);
  if (!named || named.box.columns < VOTE_COLUMN_COUNT) return null;
  const grid = gridOf(reads, named.sheet, named.box);
  const rows: VoteRowRead[] = [];
  let cluster = "";
  grid.forEach((cells, index) => {
    const at = (c: number) => cells[c] ?? null;
    // A row a person inserted has no cluster or kind: it belongs to the cluster above and takes candidates.
    const written = text(at(VOTE_COLUMNS.cluster));
    if (written !== "") cluster = written;
    const kindText = text(at(VOTE_COLUMNS.kind));
    const kind = (VOTE_ROW_KINDS as readonly string[]).includes(kindText) ? (kindText as VoteRowKind) : "spare";
    const matterText = text(at(VOTE_COLUMNS.matter));
    rows.push({
      index,
      cluster,
      kind,
      matterText,
      matter: matterOfRow(kind, matterText),
      unit: text(at(VOTE_COLUMNS.unit)),
      reason: text(at(VOTE_COLUMNS.reason)),
      yes: at(VOTE_COLUMNS.yes),
      no: at(VOTE_COLUMNS.no),
      result: at(VOTE_COLUMNS.result),
    });
  });
  return { sheet: named.sheet, votes: named.box, leftOut: namedBox(outline, DEFINED_NAMES.leftOut)?.box ?? null, rows };
}

function readStamp(outline: WorkbookOutline, reads: readonly RangeRead[]): StampRead | null {
  const named = namedBox(outline, DEFINED_NAMES.voteStamp);
  if (!named) return null;
  const [cells = []] = gridOf(reads, named.sheet, named.box);
  const hash = (v: CellValue | undefined) => (text(v) === "" ? null : text(v));
  return { sheet: named.sheet, box: named.box, prepared: hash(cells[1]), tally: hash(cells[2]) };
}

/** The meeting's tables from reads already made; each part null when its name is absent or broken. */
export function readMeeting(outline: WorkbookOutline, reads: readonly RangeRead[]): MeetingRead {
  return {
    particulars: readParticulars(outline, reads),
    votes: readVoteRows(outline, reads),
    stamp: readStamp(outline, reads),
  };
}

/** The meeting's tables in one outline and one read, for tools that need nothing else of the workbook. */
export async function readVotes(host: Host): Promise<MeetingRead> {
  const outline = await host.outline();
  const requests = [DEFINED_NAMES.meeting, DEFINED_NAMES.votes, DEFINED_NAMES.voteStamp].flatMap((name) => {
    const named = namedBox(outline, name);
    return named ? [{ sheet: named.sheet, range: rangeAddress(named.box) }] : [];
  });
  return readMeeting(outline, requests.length > 0 ? await host.read(requests) : []);
}
