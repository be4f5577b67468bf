// votes.csv → the ballots of the year-end meeting: UTF-8 text (BOM stripped), a header naming the columns
// (cluster, unit, award, yes, no; optional reason; Vietnamese headers too: cụm, mã đơn vị, hình thức, tán thành,
// không tán thành, lý do), one candidate per record. Awards in either language (Cờ thi đua, bang-khen, Trưởng cụm,
// deputy). Every problem is a finding naming its line; a file with errors gives no ballots.

import { render } from "../../core/messages/messageTypes";
import { readVoteCount } from "../../core/voting/readVoteCount";
import { parseMatter } from "../../workbook/meeting/matterLabels";
import type { VoteInput } from "../../workbook/operations/tallyMeeting";
import { meetingCliMessages as M } from "../messages/meetingCliMessages";
import type { DisplayFinding } from "../output/displayFinding";
import { csvFindings, readCsvTable } from "../units/readCsvTable";

export const VOTES_CSV_RULES = {
  empty: "votes-csv.empty",
  missingColumns: "votes-csv.missing-columns",
  unknownColumn: "votes-csv.unknown-column",
  unclosedQuote: "votes-csv.unclosed-quote",
  badAward: "votes-csv.bad-award",
  badCount: "votes-csv.bad-count",
  blank: "votes-csv.blank",
} as const;

type Field = "cluster" | "unit" | "award" | "yes" | "no" | "reason";
const FIELDS: readonly Field[] = ["cluster", "unit", "award", "yes", "no", "reason"];
const REQUIRED: readonly Field[] = ["cluster", "unit", "award", "yes", "no"];

/** Header words (lower case, no diacritics, no spaces or dashes); the council's votes.csv reads the same words. */
export const VOTE_HEADER_WORDS: Record<Field, readonly string[]> = {
  cluster: ["cluster", "block", "cum", "khoi", "cumkhoi", "cum/khoi"],
  unit: ["unit", "code", "unitcode", "ma", "madonvi", "donvi"],
  award: ["award", "matter", "hinhthuc", "noidung", "khenthuong", "hinhthuckhenthuong", "noidungbieuquyet"],
  yes: ["yes", "for", "infavour", "infavor", "tanthanh", "dongy", "phieutanthanh", "sophieutanthanh"],
  no: ["no", "against", "khongtanthanh", "khongdongy", "phieukhongtanthanh", "sophieukhongtanthanh"],
  reason: ["reason", "lydo", "ghichu", "lydobosung"],
};

export interface VotesCsv {
  votes: VoteInput[];
  findings: DisplayFinding[];
}

/** `file` names the file in the findings, as the user wrote it. */
export function readVotesCsv(text: string, file: string): VotesCsv {
  const findings: DisplayFinding[] = [];
  const add = csvFindings(file, findings);
  const table = readCsvTable(
    text,
    {
      fields: FIELDS,
      required: REQUIRED,
      words: VOTE_HEADER_WORDS,
      rules: VOTES_CSV_RULES,
      emptyMessage: render(M.votesEmpty, {}),
    },
    add,
  );
  if (!table) return { votes: [], findings };
  const { rows, columnOf } = table;

  const votes: VoteInput[] = [];
  for (const row of rows) {
    const cell = (f: Field) => (columnOf.has(f) ? (row.fields[columnOf.get(f)!] ?? "").normalize("NFC").trim() : "");
    const cluster = cell("cluster");
    const unit = cell("unit");
    if (cluster === "" || unit === "") {
      add(VOTES_CSV_RULES.blank, "error", row.line, render(M.votesBlank, {}));
      continue;
    }
    const matter = parseMatter(cell("award"));
    if (!matter) add(VOTES_CSV_RULES.badAward, "error", row.line, render(M.votesBadAward, { value: cell("award") }));
    const count = (f: "yes" | "no") => {
      const read = readVoteCount(cell(f) === "" ? 0 : Number.isNaN(Number(cell(f))) ? cell(f) : Number(cell(f)));
      if (read.kind === "count") return read.value;
      add(VOTES_CSV_RULES.badCount, "error", row.line, render(M.votesBadCount, { value: cell(f) }));
      return null;
    };
    const yes = count("yes");
    const no = count("no");
    if (!matter || yes === null || no === null) continue;
    const reason = cell("reason");
    votes.push({ cluster, matter, unit, yes, no, ...(reason ? { reason } : {}) });
  }
  return { votes: findings.some((f) => f.severity === "error") ? [] : votes, findings };
}
