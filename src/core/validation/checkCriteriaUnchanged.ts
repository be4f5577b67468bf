// Tamper check (domain.md): the criteria table read back from a workbook or returned form must still match the
// template it was injected from: row count, order, and per row level, code, kind, max, step, direction, points each.

import type { Finding } from "../findings/findingTypes";
import type { CellGrid } from "../model/gridTypes";
import { validationMessages as m } from "../messages/validationMessages";
import { parseNumberCell, rawText } from "../parse/parseNumberCell";
import { formatNumber, render } from "../messages/messageTypes";
import {
  CRITERIA_COLUMN_INDEX as COL,
  CRITERIA_TABLE_HEADERS,
  DIRECTION_LABELS,
  KIND_LABELS,
} from "../template/criteriaTableColumns";
import { DEFAULT_STEP, type CriterionRow, type FlatTemplate } from "../template/flattenTemplate";
import { isBlankCell, readGridRow } from "./readGridRow";
import { readDirectionLabel, readKindLabel } from "./readCriteriaLabel";
import { VALIDATION_RULES as R } from "./validationRules";

const NUMBER_TOLERANCE = 1e-9;

function readNumber(value: unknown): number | null {
  const parsed = parseNumberCell(value);
  return parsed.kind === "number" ? parsed.value : null;
}

function sameNumber(expected: number, found: number | null): boolean {
  return found !== null && Math.abs(expected - found) <= NUMBER_TOLERANCE;
}

/** What a blank cell stands for: the defaults flattenTemplate applies, so a table may leave them out. */
function numberOrDefault(value: unknown, fallback: number | null): number | null {
  return isBlankCell(value) ? fallback : readNumber(value);
}

/** A header row: its level cell holds the column's title (Cấp / Level). */
function isHeaderRow(cells: readonly unknown[]): boolean {
  const level = cells[COL.level];
  if (typeof level !== "string") return false;
  const text = level.normalize("NFC").trim().toLowerCase();
  return (
    text === CRITERIA_TABLE_HEADERS.level.vi.toLowerCase() || text === CRITERIA_TABLE_HEADERS.level.en.toLowerCase()
  );
}

/**
 * `table` holds the rows of TD_Criteria (a header row first is skipped), columns as in criteriaTableColumns.ts. Step is compared
 * on manual rows, direction on quant_prop rows, points each on per_unit rows (elsewhere they mean nothing); a blank
 * step, direction or points each reads as its template default. Title, guide and flags are free to edit.
 */
export function checkCriteriaUnchanged(flat: FlatTemplate, table: CellGrid): Finding[] {
  const findings: Finding[] = [];
  const all = Array.isArray(table) ? table : [];
  const rows = isHeaderRow(readGridRow(all, 0)) ? all.slice(1) : all;
  const expectedCount = flat.rows.length;
  if (rows.length !== expectedCount) {
    findings.push({
      rule: R.criteriaTampered,
      severity: "error",
      location: { area: "criteria", field: "rows" },
      message: render(m.criteriaRowCount, { expected: expectedCount, found: rows.length }),
      data: { field: "rows", expected: expectedCount, found: rows.length },
    });
  }

  const tampered = (i: number, row: CriterionRow, field: string, expected: string | number, found: unknown) => {
    const foundText = isBlankCell(found) ? "" : rawText(found);
    const shown = (lang: "vi" | "en") =>
      typeof expected === "number"
        ? formatNumber(expected, lang, 6)
        : field === "kind"
          ? KIND_LABELS[row.kind][lang]
          : field === "direction"
            ? DIRECTION_LABELS[row.direction]
            : expected;
    findings.push({
      rule: R.criteriaTampered,
      severity: "error",
      location: { area: "criteria", row: i, criterion: row.code, field },
      message: render(m.criteriaField, {
        row: i + 1,
        code: row.code,
        field,
        expectedVi: shown("vi"),
        expectedEn: shown("en"),
        found: foundText,
      }),
      data: { field, expected, found: foundText },
    });
  };

  for (let i = 0; i < Math.min(rows.length, expectedCount); i++) {
    const cells = readGridRow(rows, i);
    const code = isBlankCell(cells[COL.code]) ? "" : rawText(cells[COL.code]).trim();
    let row = flat.rows[i];
    if (code !== row.code) {
      const elsewhere = flat.byCode.get(code);
      if (elsewhere === undefined) {
        tampered(i, row, "code", row.code, cells[COL.code]);
      } else {
        // A known code on the wrong row: the table was reordered. Check its other fields against its own template row.
        row = flat.rows[elsewhere];
        findings.push({
          rule: R.criteriaTampered,
          severity: "error",
          location: { area: "criteria", row: i, criterion: code, field: "order" },
          message: render(m.criteriaMoved, { row: i + 1, code, expectedRow: elsewhere + 1 }),
          data: { field: "order", expected: elsewhere + 1, found: i + 1 },
        });
      }
    }
    if (!sameNumber(row.depth + 1, readNumber(cells[COL.level])))
      tampered(i, row, "level", row.depth + 1, cells[COL.level]);
    if (readKindLabel(cells[COL.kind]) !== row.kind) tampered(i, row, "kind", row.kind, cells[COL.kind]);
    if (!sameNumber(row.max, readNumber(cells[COL.max]))) tampered(i, row, "max", row.max, cells[COL.max]);
    if (row.kind === "manual" && !sameNumber(row.step, numberOrDefault(cells[COL.step], DEFAULT_STEP))) {
      tampered(i, row, "step", row.step, cells[COL.step]);
    }
    if (row.kind === "quant_prop") {
      const direction = isBlankCell(cells[COL.direction]) ? "up" : readDirectionLabel(cells[COL.direction]);
      if (direction !== row.direction) tampered(i, row, "direction", row.direction, cells[COL.direction]);
    }
    if (row.kind === "per_unit" && !sameNumber(row.pointsEach, numberOrDefault(cells[COL.pointsEach], 0))) {
      tampered(i, row, "pointsEach", row.pointsEach, cells[COL.pointsEach]);
    }
  }
  return findings;
}
