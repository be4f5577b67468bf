// votes.csv → the ballots of the year-end meeting: UTF-8 text (BOM stripped), a header naming the columns
// (cluster, unit, award, yes, no; optional reason; Vietnamese headers too: cụm, mã đơn vị, hình thức, tán thành,
// không tán thành, lý do), one candidate per record. Awards in either language (Cờ thi đua, bang-khen, Trưởng cụm,
// deputy). Every problem is a finding naming its line; a file with errors gives no ballots.

import type { Severity } from "../../core/findings/findingTypes";
import { render, type Bilingual } from "../../core/messages/messageTypes";
import { readVoteCount } from "../../core/voting/readVoteCount";
import { parseMatter } from "../../workbook/meeting/matterLabels";
import type { VoteInput } from "../../workbook/operations/tallyMeeting";
import { cliOutputMessages as O } from "../messages/cliOutputMessages";
import { meetingCliMessages as M } from "../messages/meetingCliMessages";
import type { DisplayFinding } from "../output/displayFinding";
import { detectDelimiter, parseCsv } from "../units/parseCsv";

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

/** Header words (lower case, no diacritics, no spaces or dashes). */
const HEADER_WORDS: Record<Field, readonly string[]> = {
  cluster: ["cluster", "block", "cum", "khoi", "cumkhoi", "cum/khoi"],
  unit: ["unit", "code", "unitcode", "ma", "madonvi", "donvi"],
  award: ["award", "matter", "hinhthuc", "noidung", "khenthuong", "hinhthuckhenthuong", "noidungbieuquyet"],
  yes: ["yes", "for", "infavour", "infavor", "tanthanh", "dongy", "phieutanthanh", "sophieutanthanh"],
  no: ["no", "against", "khongtanthanh", "khongdongy", "phieukhongtanthanh", "sophieukhongtanthanh"],
  reason: ["reason", "lydo", "ghichu", "lydobosung"],
};

function headerKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

export interface VotesCsv {
  votes: VoteInput[];
  findings: DisplayFinding[];
}

/** `file` names the file in the findings, as the user wrote it. */
export function readVotesCsv(text: string, file: string): VotesCsv {
  const findings: DisplayFinding[] = [];
  const at = (line: number): Bilingual => render(O.csvLine, { file, line });
  const add = (rule: string, severity: Severity, line: number | null, message: Bilingual) =>
    findings.push({ rule, severity, place: line === null ? { vi: file, en: file } : at(line), message });

  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const parsed = parseCsv(body, detectDelimiter(body));
  if (parsed.unclosedQuoteLine !== null) {
    add(VOTES_CSV_RULES.unclosedQuote, "error", parsed.unclosedQuoteLine, render(O.csvUnclosedQuote, {}));
  }
  const records = parsed.records.filter((r) => r.fields.some((f) => f.trim() !== ""));
  const [header, ...rows] = records;
  if (!header) {
    add(VOTES_CSV_RULES.empty, "error", null, render(M.votesEmpty, {}));
    return { votes: [], findings };
  }
  const columnOf = new Map<Field, number>();
  header.fields.forEach((name, column) => {
    const key = headerKey(name);
    const field = FIELDS.find((f) => HEADER_WORDS[f].includes(key));
    if (field && !columnOf.has(field)) columnOf.set(field, column);
    else if (name.trim() !== "") {
      add(VOTES_CSV_RULES.unknownColumn, "warning", header.line, render(O.csvUnknownColumn, { column: name.trim() }));
    }
  });
  const missing = REQUIRED.filter((f) => !columnOf.has(f));
  if (missing.length > 0) {
    add(
      VOTES_CSV_RULES.missingColumns,
      "error",
      header.line,
      render(O.csvMissingColumns, { columns: missing.join(", ") }),
    );
    return { votes: [], findings };
  }

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
