// A CSV file with a header row, as every CSV the command line reads has one (units.csv, votes.csv): BOM stripped,
// the delimiter detected, blank records dropped, each header matched to a field by its words (either language, no
// diacritics, no spaces), unknown headers warned about, missing required ones refused. Every problem is a finding
// naming the file's line; the callers read the rows their own way.

import type { Severity } from "../../core/findings/findingTypes";
import { render, type Bilingual } from "../../core/messages/messageTypes";
import { cliOutputMessages as O } from "../messages/cliOutputMessages";
import type { DisplayFinding } from "../output/displayFinding";
import { detectDelimiter, parseCsv, type CsvRecord } from "./parseCsv";

export type AddCsvFinding = (rule: string, severity: Severity, line: number | null, message: Bilingual) => void;

/** Records a finding at a line of `file` (or at the file itself when line is null). */
export function csvFindings(file: string, findings: DisplayFinding[]): AddCsvFinding {
  return (rule, severity, line, message) =>
    findings.push({
      rule,
      severity,
      place: line === null ? { vi: file, en: file } : render(O.csvLine, { file, line }),
      message,
    });
}

export interface CsvTableSpec<F extends string> {
  /** Every field, in the order a header word is tried against them. */
  fields: readonly F[];
  required: readonly F[];
  /** Header words for each field: lower case, no diacritics, no spaces or dashes. */
  words: Record<F, readonly string[]>;
  rules: { empty: string; missingColumns: string; unknownColumn: string; unclosedQuote: string };
  /** What an empty file is told. */
  emptyMessage: Bilingual;
}

export interface CsvTable<F extends string> {
  header: CsvRecord;
  rows: CsvRecord[];
  columnOf: ReadonlyMap<F, number>;
}

/** A header as the words are written: "Mã đơn vị" → "madonvi". */
export function headerKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

/** The table, or null when the file holds none that can be read (the findings say why). */
export function readCsvTable<F extends string>(
  text: string,
  spec: CsvTableSpec<F>,
  add: AddCsvFinding,
): CsvTable<F> | null {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const parsed = parseCsv(body, detectDelimiter(body));
  if (parsed.unclosedQuoteLine !== null) {
    add(spec.rules.unclosedQuote, "error", parsed.unclosedQuoteLine, render(O.csvUnclosedQuote, {}));
  }
  const [header, ...rows] = parsed.records.filter((r) => r.fields.some((f) => f.trim() !== ""));
  if (!header) {
    // An unclosed quote on the first line swallows the whole file: its finding says all there is to say.
    if (parsed.unclosedQuoteLine === null) add(spec.rules.empty, "error", null, spec.emptyMessage);
    return null;
  }
  const columnOf = new Map<F, number>();
  header.fields.forEach((name, column) => {
    const key = headerKey(name);
    const field = spec.fields.find((f) => spec.words[f].includes(key));
    if (field && !columnOf.has(field)) columnOf.set(field, column);
    else if (name.trim() !== "") {
      add(spec.rules.unknownColumn, "warning", header.line, render(O.csvUnknownColumn, { column: name.trim() }));
    }
  });
  const missing = spec.required.filter((f) => !columnOf.has(f));
  if (missing.length > 0) {
    add(spec.rules.missingColumns, "error", header.line, render(O.csvMissingColumns, { columns: missing.join(", ") }));
    return null;
  }
  return { header, rows, columnOf };
}
