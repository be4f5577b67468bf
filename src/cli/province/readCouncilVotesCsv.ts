// votes.csv → the provincial council's counts: UTF-8 text (BOM stripped), a header naming the columns unit, award,
// yes, no (Vietnamese headers too: mã đơn vị, hình thức, tán thành, không tán thành), one proposal per record; a
// cluster column (the meeting's CSV shape) is read past. Awards in either language, flags and certificates only.
// Every problem is a finding naming its line; a file with errors gives no counts.

import type { Severity } from "../../core/findings/findingTypes";
import { render, type Bilingual } from "../../core/messages/messageTypes";
import { readVoteCount } from "../../core/voting/readVoteCount";
import { parseMatter } from "../../workbook/meeting/matterLabels";
import type { CouncilVoteInput } from "../../workbook/province/tallyCouncilVote";
import { VOTES_CSV_RULES } from "../meeting/readVotesCsv";
import { cliOutputMessages as O } from "../messages/cliOutputMessages";
import { councilCliMessages as C } from "../messages/councilCliMessages";
import { meetingCliMessages as M } from "../messages/meetingCliMessages";
import type { DisplayFinding } from "../output/displayFinding";
import { detectDelimiter, parseCsv } from "../units/parseCsv";

type Field = "unit" | "award" | "yes" | "no" | "cluster";
const FIELDS: readonly Field[] = ["unit", "award", "yes", "no", "cluster"];
const REQUIRED: readonly Field[] = ["unit", "award", "yes", "no"];

/** Header words (lower case, no diacritics, no spaces or dashes). */
const HEADER_WORDS: Record<Field, readonly string[]> = {
  unit: ["unit", "code", "unitcode", "ma", "madonvi", "donvi"],
  award: ["award", "hinhthuc", "khenthuong", "hinhthuckhenthuong", "noidungbieuquyet"],
  yes: ["yes", "for", "infavour", "infavor", "tanthanh", "dongy", "phieutanthanh", "sophieutanthanh"],
  no: ["no", "against", "khongtanthanh", "khongdongy", "phieukhongtanthanh", "sophieukhongtanthanh"],
  cluster: ["cluster", "block", "cum", "khoi", "cumkhoi", "cum/khoi"],
};

function headerKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

export interface CouncilVotesCsv {
  votes: CouncilVoteInput[];
  findings: DisplayFinding[];
}

/** `file` names the file in the findings, as the user wrote it. */
export function readCouncilVotesCsv(text: string, file: string): CouncilVotesCsv {
  const findings: DisplayFinding[] = [];
  const at = (line: number): Bilingual => render(O.csvLine, { file, line });
  const add = (rule: string, severity: Severity, line: number | null, message: Bilingual) =>
    findings.push({ rule, severity, place: line === null ? { vi: file, en: file } : at(line), message });

  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const parsed = parseCsv(body, detectDelimiter(body));
  if (parsed.unclosedQuoteLine !== null) {
    add(VOTES_CSV_RULES.unclosedQuote, "error", parsed.unclosedQuoteLine, render(O.csvUnclosedQuote, {}));
  }
  const [header, ...rows] = parsed.records.filter((r) => r.fields.some((f) => f.trim() !== ""));
  if (!header) {
    add(VOTES_CSV_RULES.empty, "error", null, render(M.votesEmpty, {}));
    return { votes: [], findings };
  }
  const columnOf = new Map<Field, number>();
  header.fields.forEach((name, column) => {
    const field = FIELDS.find((f) => HEADER_WORDS[f].includes(headerKey(name)));
    if (field && !columnOf.has(field)) columnOf.set(field, column);
    else if (name.trim() !== "") {
      add(VOTES_CSV_RULES.unknownColumn, "warning", header.line, render(O.csvUnknownColumn, { column: name.trim() }));
    }
  });
  const missing = REQUIRED.filter((f) => !columnOf.has(f));
  if (missing.length > 0) {
    const columns = missing.join(", ");
    add(VOTES_CSV_RULES.missingColumns, "error", header.line, render(O.csvMissingColumns, { columns }));
    return { votes: [], findings };
  }

  const votes: CouncilVoteInput[] = [];
  for (const row of rows) {
    const cell = (f: Field) => (row.fields[columnOf.get(f)!] ?? "").normalize("NFC").trim();
    const code = cell("unit");
    if (code === "") {
      add(VOTES_CSV_RULES.blank, "error", row.line, render(C.votesBlank, {}));
      continue;
    }
    const matter = parseMatter(cell("award"));
    const award = matter === "co-thi-dua" || matter === "bang-khen" ? matter : null;
    if (!award) add(VOTES_CSV_RULES.badAward, "error", row.line, render(C.votesBadAward, { value: cell("award") }));
    const count = (f: "yes" | "no") => {
      const raw = cell(f);
      const read = readVoteCount(raw === "" ? 0 : Number.isNaN(Number(raw)) ? raw : Number(raw));
      if (read.kind === "count") return read.value;
      add(VOTES_CSV_RULES.badCount, "error", row.line, render(M.votesBadCount, { value: raw }));
      return null;
    };
    const yes = count("yes");
    const no = count("no");
    if (!award || yes === null || no === null) continue;
    votes.push({ code, award, yes, no });
  }
  return { votes: findings.some((f) => f.severity === "error") ? [] : votes, findings };
}
