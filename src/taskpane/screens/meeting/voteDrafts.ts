// The tally step's entries as the user types them: per row of the vote table (by its index in TD_Votes) the matter,
// unit, reason and ballots as text, and per cluster the members present. Only what the user changed goes to the
// tally, each row with what it held when read, so that cells typed on the sheet meanwhile are never written over.
import type { VoteMatter } from "../../../core/voting/votingTypes";
import type { VoteRowRead } from "../../../workbook/meeting/readMeeting";
import type { VoteRowEdit } from "../../../workbook/operations/tallyMeeting";
import type { CellValue } from "../../../workbook/plan/planTypes";

export interface RowDraft {
  matter: VoteMatter | null;
  unit: string;
  reason: string;
  yes: string;
  no: string;
}

/** A draft of one row with what the row held when read (its identity for the tally). */
export interface DraftEntry {
  was: VoteRowEdit["was"];
  draft: RowDraft;
}

export interface Drafts {
  /** By row index in TD_Votes; only rows the user touched. */
  rows: Readonly<Record<number, DraftEntry>>;
  /** Members present as typed, by cluster label; only clusters the user touched. */
  present: Readonly<Record<string, string>>;
}

export const NO_DRAFTS: Drafts = { rows: {}, present: {} };

/** A count cell as the user would type it: numbers as digits, blanks empty, anything else as written. */
export function countText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value);
}

export const identityOf = (row: VoteRowRead): VoteRowEdit["was"] => ({
  cluster: row.cluster,
  kind: row.kind,
  unit: row.unit,
});

/** What a row shows before the user changes it. */
export function draftOf(row: VoteRowRead): RowDraft {
  return { matter: row.matter, unit: row.unit, reason: row.reason, yes: countText(row.yes), no: countText(row.no) };
}

/** The row as shown: the user's draft, or the workbook's. */
export function shownDraft(row: VoteRowRead, drafts: Drafts): RowDraft {
  return drafts.rows[row.index]?.draft ?? draftOf(row);
}

/** A whole number of at least 0, blank (null), or not a count ("bad"). */
export function parseCount(text: string): number | null | "bad" {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : "bad";
}

/** Drafts still meaning the rows they were typed for, once the workbook was read again. */
export function keepDrafts(drafts: Drafts, rows: readonly VoteRowRead[], clusters: readonly string[]): Drafts {
  const kept: Record<number, DraftEntry> = {};
  for (const [index, entry] of Object.entries(drafts.rows)) {
    const row = rows.find((r) => r.index === Number(index));
    const same = row && row.cluster === entry.was.cluster && row.kind === entry.was.kind && row.unit === entry.was.unit;
    if (same) kept[Number(index)] = entry;
  }
  const present = Object.fromEntries(Object.entries(drafts.present).filter(([cluster]) => clusters.includes(cluster)));
  return { rows: kept, present };
}

/** The rows the user changed, each with only its changed cells; a row with a bad count is left to the caller. */
export function rowEdits(rows: readonly VoteRowRead[], drafts: Drafts): VoteRowEdit[] {
  const edits: VoteRowEdit[] = [];
  for (const row of rows) {
    const entry = drafts.rows[row.index];
    if (!entry) continue;
    const before = draftOf(row);
    // A spare row left empty is cleared whole, its matter too: a matter alone would read as a candidate without a unit.
    const now = row.kind === "spare" && isEmpty(entry.draft) ? { ...entry.draft, matter: null } : entry.draft;
    const edit: VoteRowEdit = { row: row.index, was: entry.was };
    if (row.kind === "spare" && now.matter !== before.matter) edit.matter = now.matter;
    if (row.kind !== "score" && now.unit !== before.unit) edit.unit = now.unit;
    if (now.reason.trim() !== before.reason.trim()) edit.reason = now.reason;
    for (const field of ["yes", "no"] as const) {
      if (now[field].trim() === before[field].trim()) continue;
      const count = parseCount(now[field]);
      if (count !== "bad") edit[field] = count;
    }
    if (Object.keys(edit).length > 2) edits.push(edit);
  }
  return edits;
}

/** Members present the user changed, as numbers (a bad or blank entry is left to the caller). */
export function presentEdits(drafts: Drafts, read: (cluster: string) => CellValue): Record<string, number> {
  const edits: Record<string, number> = {};
  for (const [cluster, text] of Object.entries(drafts.present)) {
    const count = parseCount(text);
    if (typeof count === "number" && text.trim() !== countText(read(cluster)).trim()) edits[cluster] = count;
  }
  return edits;
}

/** No unit, reason or ballots: a row nobody filled in. */
export function isEmpty(draft: RowDraft): boolean {
  return draft.unit === "" && draft.reason.trim() === "" && draft.yes.trim() === "" && draft.no.trim() === "";
}

/** A field of a row the user must correct before the tally, and the message that says how. */
export type RowProblem = "countBad" | "unitNeeded" | "matterNeeded" | "reasonNeeded";
export type RowProblems = Partial<Record<"matter" | "unit" | "reason" | "yes" | "no", RowProblem>>;

/** What is wrong with a row as shown, before any tally: counts that are not counts, a missing unit or reason. */
export function rowProblems(row: VoteRowRead, draft: RowDraft): RowProblems {
  const problems: RowProblems = {};
  for (const field of ["yes", "no"] as const) if (parseCount(draft[field]) === "bad") problems[field] = "countBad";
  if (row.kind === "score") return problems;
  if (isEmpty(draft)) return problems;
  if (row.kind === "spare" && draft.matter === null) problems.matter = "matterNeeded";
  if (draft.unit === "") problems.unit = "unitNeeded";
  const award = draft.matter === "co-thi-dua" || draft.matter === "bang-khen";
  if (row.kind === "spare" && award && draft.reason.trim() === "") problems.reason = "reasonNeeded";
  return problems;
}
