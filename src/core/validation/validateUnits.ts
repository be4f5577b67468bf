// Reads the units table (Đơn vị: code, name, cluster, priority, disqualified) and checks the codes, which end up in
// sheet names ("CC <code>") and defined names ("TD_Peer_<code>").

import type { Finding } from "../findings/findingTypes";
import type { CellGrid } from "../model/gridTypes";
import type { Unit } from "../model/unitTypes";
import { render } from "../messages/messageTypes";
import { validationMessages as m } from "../messages/validationMessages";
import { rawText } from "../parse/parseNumberCell";
import { FindingSink } from "./findingSink";
import { isBlankCell, readGridRow } from "./readGridRow";
import { textFix } from "./reportCellProblem";
import { VALIDATION_RULES as R } from "./validationRules";

export const UNIT_CODE_MAX_LENGTH = 20;

const FORMULA_START = /^[=+\-@]/;
// Letters of any script (Vietnamese included), decimal digits, "_" and ".": what Excel allows in a defined name
// after its first character. A hyphen is not allowed there, so "TD_Peer_A-1" could not be created.
const UNSAFE_CHAR = /[^\p{L}\p{Nd}_.]/gu;

const FLAG_TRUE = new Set(["x", "co", "yes", "y", "true", "1"]);
const FLAG_FALSE = new Set(["", "khong", "no", "n", "false", "0"]);

function text(value: unknown): string {
  return isBlankCell(value) ? "" : rawText(value).normalize("NFC").trim();
}

function fold(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").trim().toLowerCase();
}

/** true / false for a recognised flag, null for anything else (read as false with a warning). */
function readFlag(value: unknown): boolean | null {
  if (value === true || value === 1) return true;
  if (value === false || value === 0 || isBlankCell(value)) return false;
  const folded = fold(rawText(value));
  if (FLAG_TRUE.has(folded)) return true;
  if (FLAG_FALSE.has(folded)) return false;
  return null;
}

/**
 * One Unit per row, in row order, so unit i is column i of every score grid; a row with a bad code still gives a
 * unit (with the findings saying what to fix). Fully blank rows at the end of the table are not units.
 * `rowNumber` is the number the messages give row i: its place in the list by default, a file's own line numbers
 * when the rows come from one (units.csv, whose header and blank lines the list does not hold).
 */
export function validateUnits(
  rows: CellGrid,
  rowNumber: (i: number) => number = (i) => i + 1,
): { units: Unit[]; findings: Finding[] } {
  const sink = new FindingSink(Number.MAX_SAFE_INTEGER);
  const grid = Array.isArray(rows) ? rows : [];
  let count = grid.length;
  while (
    count > 0 &&
    readGridRow(grid, count - 1)
      .slice(0, 5)
      .every(isBlankCell)
  )
    count--;

  const units: Unit[] = [];
  for (let i = 0; i < count; i++) {
    const cells = readGridRow(grid, i);
    const code = text(cells[0]);
    const flags = { priority: false, disqualified: false };
    for (const [field, column] of [
      ["priority", 3],
      ["disqualified", 4],
    ] as const) {
      const flag = readFlag(cells[column]);
      flags[field] = flag === true;
      if (flag === null) {
        const raw = rawText(cells[column]);
        sink.add(R.unitsFlagUnrecognised, "warning", "units", () => ({
          location: { area: "units", row: i, field },
          message: render(m.unitsFlagUnrecognised, { code, row: rowNumber(i), field, raw }),
          data: { raw },
        }));
      }
    }
    units.push({ code, name: text(cells[1]), cluster: text(cells[2]), ...flags });
  }

  // Sheet names and defined names ignore case, so "snv" and "SNV" would collide.
  const rowsByKey = new Map<string, number[]>();
  units.forEach((unit, i) => {
    if (unit.code === "") return;
    const key = unit.code.toUpperCase();
    const list = rowsByKey.get(key);
    if (list) list.push(i);
    else rowsByKey.set(key, [i]);
  });

  units.forEach((unit, i) => {
    const { code, name } = unit;
    const row = rowNumber(i);
    if (code === "") {
      sink.add(R.unitsBlankCode, "error", "units", () => ({
        location: { area: "units", row: i, field: "code" },
        message: render(m.unitsBlankCode, { row }),
      }));
      return;
    }
    if (name === "") {
      sink.add(R.unitsBlankName, "warning", "units", () => ({
        location: { area: "units", unit: code, row: i, field: "name" },
        message: render(m.unitsBlankName, { code, row }),
      }));
    }
    checkCodeCharacters(code, i, row, rowsByKey, sink);
    const same = rowsByKey.get(code.toUpperCase()) ?? [];
    if (same.length > 1) {
      const rowsText = same.map((j) => String(rowNumber(j))).join(", ");
      sink.add(R.unitsDuplicateCode, "error", "units", () => ({
        location: { area: "units", unit: code, row: i, field: "code" },
        message: render(m.unitsDuplicateCode, { code, rows: rowsText }),
        data: { rows: rowsText },
      }));
    }
  });
  return { units, findings: sink.findings() };
}

function checkCodeCharacters(
  code: string,
  i: number,
  row: number,
  rowsByKey: Map<string, number[]>,
  sink: FindingSink,
) {
  const location = { area: "units" as const, unit: code, row: i, field: "code" };
  if (FORMULA_START.test(code)) {
    sink.add(R.unitsFormulaCode, "error", "units", () => ({
      location,
      message: render(m.unitsFormulaCode, { code, row, first: code[0] }),
    }));
  } else {
    const bad = [...new Set(code.match(UNSAFE_CHAR) ?? [])];
    if (bad.length > 0) {
      const chars = bad.map((ch) => `“${ch}”`).join(" ");
      // Hyphens alone have an obvious fix ("_"), offered unless the fixed code is another unit's.
      const fixed = code.replace(/-/g, "_");
      const fixable = bad.every((ch) => ch === "-") && !rowsByKey.has(fixed.toUpperCase());
      sink.add(R.unitsUnsafeCode, "error", "units", () => ({
        location,
        message: render(m.unitsUnsafeChars, { code, row, chars }),
        ...(fixable ? { fix: textFix(fixed) } : {}),
        data: { reason: "characters", chars: bad.join("") },
      }));
    }
  }
  const length = [...code].length;
  if (length > UNIT_CODE_MAX_LENGTH) {
    sink.add(R.unitsUnsafeCode, "error", "units", () => ({
      location,
      message: render(m.unitsCodeTooLong, { code, row, length, limit: UNIT_CODE_MAX_LENGTH }),
      data: { reason: "length", length, limit: UNIT_CODE_MAX_LENGTH },
    }));
  }
}
