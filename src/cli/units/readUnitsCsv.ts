// units.csv → units: UTF-8 text (BOM stripped), a header naming the columns (code, name, cluster; optional priority,
// disqualified; Vietnamese headers too), one unit per record, checked by the core's unit rules. Every problem is
// a finding naming its line.

import { render } from "../../core/messages/messageTypes";
import type { Unit } from "../../core/model/unitTypes";
import { validateUnits } from "../../core/validation/validateUnits";
import { cliOutputMessages as M } from "../messages/cliOutputMessages";
import type { DisplayFinding } from "../output/displayFinding";
import { csvFindings, readCsvTable } from "./readCsvTable";

export const CSV_RULES = {
  empty: "units-csv.empty",
  missingColumns: "units-csv.missing-columns",
  unknownColumn: "units-csv.unknown-column",
  unclosedQuote: "units-csv.unclosed-quote",
  extraFields: "units-csv.extra-fields",
} as const;

// The registry joins Finding's rule ids (core/findings/ruleId.ts) without core importing this layer.
declare module "../../core/findings/ruleId" {
  interface RuleRegistries {
    unitsCsv: typeof CSV_RULES;
  }
}

type Field = "code" | "name" | "cluster" | "priority" | "disqualified";
/** Position of each field in the rows validateUnits reads. */
const FIELD_ORDER: readonly Field[] = ["code", "name", "cluster", "priority", "disqualified"];
const REQUIRED: readonly Field[] = ["code", "name", "cluster"];

/** Header words (lower case, no diacritics, no spaces) for each field. */
const HEADER_WORDS: Record<Field, readonly string[]> = {
  code: ["code", "unitcode", "ma", "madonvi"],
  name: ["name", "unitname", "ten", "tendonvi"],
  cluster: ["cluster", "block", "cum", "khoi", "cumkhoi", "cum/khoi"],
  priority: ["priority", "uutien"],
  disqualified: ["disqualified", "khongxet", "khongxetkhenthuong"],
};

export interface UnitsCsv {
  units: Unit[];
  findings: DisplayFinding[];
}

/** `file` names the file in the findings, as the user wrote it. */
export function readUnitsCsv(text: string, file: string): UnitsCsv {
  const findings: DisplayFinding[] = [];
  const add = csvFindings(file, findings);
  const table = readCsvTable(
    text,
    {
      fields: FIELD_ORDER,
      required: REQUIRED,
      words: HEADER_WORDS,
      rules: CSV_RULES,
      emptyMessage: render(M.csvEmpty, {}),
    },
    add,
  );
  if (!table) return { units: [], findings };
  const { header, rows, columnOf } = table;

  for (const row of rows) {
    if (row.fields.length > header.fields.length) {
      const counts = { found: row.fields.length, expected: header.fields.length };
      add(CSV_RULES.extraFields, "warning", row.line, render(M.csvExtraFields, counts));
    }
  }
  const cells = rows.map((row) =>
    FIELD_ORDER.map((f) => (columnOf.has(f) ? (row.fields[columnOf.get(f)!] ?? null) : null)),
  );
  // The messages number the rows as the file does, the same line the finding's place names.
  const checked = validateUnits(cells, (i) => rows[i].line);
  for (const f of checked.findings) {
    const row = f.location.row;
    const line = row !== undefined && rows[row] ? rows[row].line : null;
    add(f.rule, f.severity, line, f.message);
  }
  return { units: checked.units, findings };
}
