// Reads the rows of a criteria table (as a user may have edited them) back into a template, then validates it.
// Row problems are reported against the row; the schema's findings about a criterion also get its row.

import type { Finding } from "../findings/findingTypes";
import { render, type Bilingual } from "../messages/messageTypes";
import { templateMessages as m } from "../messages/templateMessages";
import type { CellGrid } from "../model/gridTypes";
import { parseNumberCell } from "../parse/parseNumberCell";
import {
  CRITERIA_COLUMN_INDEX,
  CRITERIA_TABLE_HEADERS,
  DIRECTION_LABELS,
  FLAG_MARK,
  KIND_LABELS,
  type CriteriaTableColumn,
} from "./criteriaTableColumns";
import { DEFAULT_STEP } from "./flattenTemplate";
import { validateTemplate } from "./templateSchema";
import {
  CRITERION_KINDS,
  type CriterionKind,
  type CriterionNode,
  type Direction,
  type Template,
} from "./templateTypes";
import { CRITERIA_TABLE_RULES } from "./templateRules";
import { TEMPLATE_RULES } from "./templateRules";
import type { RuleId } from "../findings/ruleId";

/** Everything a template has besides its criteria (the criteria table holds those). */
export type CriteriaTableMeta = Omit<Template, "criteria">;

type Cell = unknown;

// ---------------------------------------------------------------------------------------------------------------
// Cell readers. Each returns a value, null for a blank cell, or INVALID.

const INVALID = Symbol("invalid");
type Read<T> = T | null | typeof INVALID;

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.normalize("NFC").trim();
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  return "";
}

function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** The cell as a message quotes it. */
function shownCell(cell: Cell): string | number {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : String(cell);
  if (typeof cell === "string") return JSON.stringify(cell.length > 40 ? cell.slice(0, 40) + "…" : cell);
  return cell === null || cell === undefined ? "—" : typeof cell === "object" ? "{…}" : String(cell);
}

/** Lowercase, NFC, single spaces, no spaces around "/" and brackets: how labels are compared. */
const labelKey = (text: string) =>
  text
    .normalize("NFC")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/\s*([/()])\s*/g, "$1");

const KIND_BY_LABEL: ReadonlyMap<string, CriterionKind> = new Map(
  CRITERION_KINDS.flatMap((kind) => [
    [labelKey(kind), kind],
    [labelKey(kind.replace("_", "-")), kind],
    [labelKey(KIND_LABELS[kind].vi), kind],
    [labelKey(KIND_LABELS[kind].en), kind],
  ]),
);

function parseKind(cell: Cell): Read<CriterionKind> {
  if (isBlank(cell)) return null;
  return KIND_BY_LABEL.get(labelKey(cellText(cell))) ?? INVALID;
}

const DIRECTION_BY_LABEL: ReadonlyMap<string, Direction> = new Map([
  [DIRECTION_LABELS.up, "up"],
  [DIRECTION_LABELS.down, "down"],
  ["up", "up"],
  ["down", "down"],
  ["tăng", "up"],
  ["giảm", "down"],
]);

function parseDirection(cell: Cell): Read<Direction> {
  if (isBlank(cell)) return null;
  return DIRECTION_BY_LABEL.get(labelKey(cellText(cell))) ?? INVALID;
}

const TRUE_MARKS = new Set([FLAG_MARK, "true", "1", "có", "yes", "✓", "✔"]);
const FALSE_MARKS = new Set(["false", "0", "không", "no"]);

function parseFlag(cell: Cell): Read<boolean> {
  if (isBlank(cell) || cell === false) return null;
  if (cell === true) return true;
  const key = labelKey(cellText(cell));
  return TRUE_MARKS.has(key) ? true : FALSE_MARKS.has(key) ? null : INVALID;
}

// ---------------------------------------------------------------------------------------------------------------

interface ParsedRow {
  row: number;
  level: number;
  node: CriterionNode;
  /** The kind was unreadable: decided from the tree (group when it has children) so checks can go on. */
  kindUnknown: boolean;
  hasErrors: boolean;
}

function isHeaderRow(cells: readonly Cell[]): boolean {
  const level = labelKey(cellText(cells[CRITERIA_COLUMN_INDEX.level]));
  return level === labelKey(CRITERIA_TABLE_HEADERS.level.vi) || level === labelKey(CRITERIA_TABLE_HEADERS.level.en);
}

function parseRow(cells: readonly Cell[], row: number, findings: Finding[]): ParsedRow | null {
  const cell = (column: CriteriaTableColumn) => cells[CRITERIA_COLUMN_INDEX[column]];
  const code = cellText(cell("code"));
  let hasErrors = false;
  const report = (rule: RuleId, column: CriteriaTableColumn, message: Bilingual) => {
    hasErrors = true;
    findings.push({
      rule,
      severity: "error",
      location: { area: "criteria", row, field: column, ...(code ? { criterion: code } : {}) },
      message,
    });
  };
  /** The shared cell parser reads "0,5" and "8 điểm", and refuses "1.000", which reads two ways. */
  const number = (column: CriteriaTableColumn): number | null => {
    const parsed = parseNumberCell(cell(column));
    if (parsed.kind === "blank") return null;
    if (parsed.kind === "number") return parsed.value;
    const value = shownCell(cell(column));
    if (parsed.readings) {
      const { thousands, decimal } = parsed.readings;
      report(
        CRITERIA_TABLE_RULES.numberAmbiguous,
        column,
        render(m.rowNumberAmbiguous, { row, column, value, thousands, decimal }),
      );
    } else {
      report(CRITERIA_TABLE_RULES.numberInvalid, column, render(m.rowNumberInvalid, { row, column, value }));
    }
    return null;
  };
  const flag = (column: "evidenceRequired" | "floorExempt"): boolean | null => {
    const value = parseFlag(cell(column));
    if (value !== INVALID) return value;
    report(
      CRITERIA_TABLE_RULES.flagInvalid,
      column,
      render(m.rowFlagInvalid, { row, column, value: shownCell(cell(column)) }),
    );
    return null;
  };

  const parsedLevel = parseNumberCell(cell("level"));
  const level = parsedLevel.kind === "number" ? parsedLevel.value : null;
  if (level === null || !Number.isInteger(level) || level < 1) {
    report(
      CRITERIA_TABLE_RULES.levelInvalid,
      "level",
      render(m.rowLevelInvalid, { row, value: shownCell(cell("level")) }),
    );
    return null;
  }
  if (!code) report(CRITERIA_TABLE_RULES.codeMissing, "code", render(m.rowCodeMissing, { row }));
  const titleVi = cellText(cell("titleVi"));
  if (!titleVi) report(CRITERIA_TABLE_RULES.titleMissing, "titleVi", render(m.rowTitleMissing, { row }));
  const titleEn = cellText(cell("titleEn"));
  let kind = parseKind(cell("kind"));
  if (kind === INVALID || kind === null) {
    report(CRITERIA_TABLE_RULES.kindUnknown, "kind", render(m.rowKindUnknown, { row, value: shownCell(cell("kind")) }));
    kind = null;
  }
  const max = number("max");
  if (max === null && parseNumberCell(cell("max")).kind === "blank") {
    report(CRITERIA_TABLE_RULES.numberMissing, "max", render(m.rowNumberMissing, { row, column: "max" }));
  }
  const step = number("step");
  const pointsEach = number("pointsEach");
  let direction = parseDirection(cell("direction"));
  if (direction === INVALID) {
    report(
      CRITERIA_TABLE_RULES.directionUnknown,
      "direction",
      render(m.rowDirectionUnknown, { row, value: shownCell(cell("direction")) }),
    );
    direction = null;
  }
  const evidenceRequired = flag("evidenceRequired");
  const floorExempt = flag("floorExempt");
  const guideVi = cellText(cell("guideVi"));
  const guideEn = cellText(cell("guideEn"));
  if (!guideVi && guideEn) {
    report(CRITERIA_TABLE_RULES.guideWithoutVietnamese, "guideVi", render(m.rowGuideWithoutVietnamese, { row }));
  }

  // Defaults are left out, so that a template read back equals the one written (flattenTemplate fills them in).
  const resolvedKind: CriterionKind = kind ?? "manual";
  const evidenceDefault = resolvedKind === "bonus" || resolvedKind === "deduction";
  const ownCode = code || `#${row + 1}`;
  const node: CriterionNode = {
    code: ownCode,
    title: { vi: titleVi || ownCode, ...(titleEn ? { en: titleEn } : {}) },
    kind: resolvedKind,
    max: max ?? 0,
    ...(step !== null && step !== DEFAULT_STEP ? { step } : {}),
    ...(direction === "down" ? { direction } : {}),
    ...(pointsEach !== null ? { pointsEach } : {}),
    ...((evidenceRequired ?? false) !== evidenceDefault ? { evidenceRequired: evidenceRequired ?? false } : {}),
    ...(floorExempt ? { floorExempt: true } : {}),
    ...(guideVi ? { guide: { vi: guideVi, ...(guideEn ? { en: guideEn } : {}) } } : {}),
  };
  return { row, level, node, kindUnknown: kind === null, hasErrors };
}

/** Builds the tree from the level column; a row may go down one level at a time. */
function buildTree(parsed: ParsedRow[], findings: Finding[], rowErrors: Set<number>): CriterionNode[] {
  const roots: CriterionNode[] = [];
  const stack: ParsedRow[] = [];
  for (const entry of parsed) {
    if (entry.level > stack.length + 1) {
      rowErrors.add(entry.row);
      findings.push({
        rule: CRITERIA_TABLE_RULES.levelJump,
        severity: "error",
        location: { area: "criteria", row: entry.row, field: "level", criterion: entry.node.code },
        message: render(m.rowLevelJump, { row: entry.row, level: entry.level, previous: stack.length }),
      });
      continue;
    }
    stack.length = entry.level - 1;
    const parent = stack[stack.length - 1];
    if (parent) (parent.node.children ??= []).push(entry.node);
    else roots.push(entry.node);
    stack.push(entry);
  }
  for (const entry of parsed) {
    if (entry.kindUnknown && entry.node.children?.length) entry.node.kind = "group";
  }
  return roots;
}

/** Gives each of the schema's findings the row of its criterion, and drops those about rows already reported. */
function locateSchemaFindings(schemaFindings: Finding[], parsed: ParsedRow[], rowErrors: Set<number>): Finding[] {
  const rowsByCode = new Map<string, number[]>();
  for (const entry of parsed) rowsByCode.set(entry.node.code, [...(rowsByCode.get(entry.node.code) ?? []), entry.row]);
  const duplicatesSeen = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of schemaFindings) {
    const code = f.location.criterion;
    const rows = code === undefined ? undefined : rowsByCode.get(code);
    if (!rows) {
      out.push(f);
      continue;
    }
    // The validator reports every occurrence after the first, in template order, which is row order.
    let row = rows[0];
    if (f.rule === TEMPLATE_RULES.duplicateCode) {
      const seen = (duplicatesSeen.get(code!) ?? 0) + 1;
      duplicatesSeen.set(code!, seen);
      row = rows[Math.min(seen, rows.length - 1)];
    }
    if (!rowErrors.has(row)) out.push({ ...f, location: { ...f.location, row } });
  }
  return out;
}

/**
 * Reads criteria-table rows (no header; a leading header row in either language and blank rows are skipped)
 * into a template with the given metadata. Row numbers in findings are 0-based indexes into `rows`.
 * The template is null when any finding is an error.
 */
export function templateFromCriteriaTable(
  rows: CellGrid,
  meta: CriteriaTableMeta,
): { template: Template | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const parsed: ParsedRow[] = [];
  const rowErrors = new Set<number>();
  let seenContent = false;
  rows.forEach((cells, row) => {
    if (cells.every(isBlank)) return;
    if (!seenContent && isHeaderRow(cells)) return;
    seenContent = true;
    const entry = parseRow(cells, row, findings);
    if (!entry || entry.hasErrors) rowErrors.add(row);
    if (entry) parsed.push(entry);
  });
  if (!seenContent) {
    const empty: Finding = {
      rule: CRITERIA_TABLE_RULES.empty,
      severity: "error",
      location: { area: "criteria" },
      message: render(m.tableEmpty, {}),
    };
    return { template: null, findings: [empty] };
  }
  const criteria = buildTree(parsed, findings, rowErrors);
  // Keys the caller left undefined are dropped, so that the template read back has the shape of the one written.
  const definedMeta = Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined));
  const candidate = { ...definedMeta, criteria };
  const validated = validateTemplate(candidate);
  const all = [...findings, ...locateSchemaFindings(validated.findings, parsed, rowErrors)];
  const hasErrors = all.some((f) => f.severity === "error");
  return { template: hasErrors ? null : validated.template, findings: all };
}
