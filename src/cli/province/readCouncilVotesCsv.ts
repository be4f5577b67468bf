// votes.csv → the provincial council's counts: UTF-8 text (BOM stripped), a header naming the columns unit, award,
// yes, no (Vietnamese headers too: mã đơn vị, hình thức, tán thành, không tán thành), one proposal per record; a
// cluster column (the meeting's CSV shape) is read past. Awards in either language, flags and certificates only.
// Every problem is a finding naming its line; a file with errors gives no counts.

import { render } from "../../core/messages/messageTypes";
import { readVoteCount } from "../../core/voting/readVoteCount";
import { parseMatter } from "../../workbook/meeting/matterLabels";
import type { CouncilVoteInput } from "../../workbook/province/tallyCouncilVote";
import { VOTE_HEADER_WORDS, VOTES_CSV_RULES } from "../meeting/readVotesCsv";
import { councilCliMessages as C } from "../messages/councilCliMessages";
import { meetingCliMessages as M } from "../messages/meetingCliMessages";
import type { DisplayFinding } from "../output/displayFinding";
import { csvFindings, readCsvTable } from "../units/readCsvTable";

type Field = "unit" | "award" | "yes" | "no" | "cluster";
const FIELDS: readonly Field[] = ["unit", "award", "yes", "no", "cluster"];
const REQUIRED: readonly Field[] = ["unit", "award", "yes", "no"];

/** The meeting's header words; the award column without "matter"/"nội dung" (the council votes on awards only). */
const HEADER_WORDS: Record<Field, readonly string[]> = {
  unit: VOTE_HEADER_WORDS.unit,
  award: ["award", "hinhthuc", "khenthuong", "hinhthuckhenthuong", "noidungbieuquyet"],
  yes: VOTE_HEADER_WORDS.yes,
  no: VOTE_HEADER_WORDS.no,
  cluster: VOTE_HEADER_WORDS.cluster,
};

export interface CouncilVotesCsv {
  votes: CouncilVoteInput[];
  findings: DisplayFinding[];
}

/** `file` names the file in the findings, as the user wrote it. */
export function readCouncilVotesCsv(text: string, file: string): CouncilVotesCsv {
  const findings: DisplayFinding[] = [];
  const add = csvFindings(file, findings);
  const table = readCsvTable(
    text,
    {
      fields: FIELDS,
      required: REQUIRED,
      words: HEADER_WORDS,
      rules: VOTES_CSV_RULES,
      emptyMessage: render(M.votesEmpty, {}),
    },
    add,
  );
  if (!table) return { votes: [], findings };
  const { rows, columnOf } = table;

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
