// Turns what a host read (readPlan) back into the core's RawInputs with the workbook's metadata, plus findings for a
// damaged workbook (missing or broken names, unreadable metadata, shapes that no longer fit the template and units,
// settings or units edited outside the add-in, a changed criteria table) and the list of formula checks.

import type { Finding } from "../../core/findings/findingTypes";
import { render } from "../../core/messages/messageTypes";
import type { CellGrid } from "../../core/model/gridTypes";
import { checkCriteriaUnchanged } from "../../core/validation/checkCriteriaUnchanged";
import { holdsPlannedFormula, type FormulaCheck } from "../../core/validation/checkFormulas";
import type { RawInputs } from "../../core/validation/rawInputTypes";
import { isBlankCell } from "../../core/validation/readGridRow";
import { validateUnits } from "../../core/validation/validateUnits";
import type { NameInfo, RangeRead, WorkbookOutline } from "../host/hostTypes";
import { cellAddress, parseRange, sheetReference, type RangeBox } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import { movedResultLayout } from "../layout/movedResultLayout";
import {
  LEGACY_LOG_TABLE_WIDTH,
  LEGACY_SETTINGS_TABLE_COLUMNS,
  SETTINGS_TABLE_COLUMNS,
  SETTINGS_TABLE_WIDTH,
  type FixedSheetKey,
  type WorkbookLayout,
} from "../layout/workbookLayout";
import { parseLog, type ParsedLog } from "../log/parseLog";
import { WORKBOOK_RULES, workbookFindingMessages as W } from "../messages/workbookFindingMessages";
import { readMeta } from "../meta/readMeta";
import type { WorkbookMeta } from "../meta/workbookMeta";
import { formulaSheets } from "../plan/inject/formulaSheets";
import { contextLayout, contractNames, type WorkbookContext } from "../plan/inject/workbookSheets";
import type { CellValue, SheetKey } from "../plan/planTypes";
import { settingCell, showsSetting } from "../settings/settingCells";
import { settingsRows } from "../settings/settingsRows";
import { formulaLocation } from "./formulaLocation";
import { isAnalysisHead, isLogHead } from "./namedTableHeads";
import { metaContext } from "./metaContext";
import { namedSheetNames, sheetOfName } from "./namedSheetNames";
import { readEntries, type ReadEntry } from "./readPlan";
import { sliceRead } from "./sliceRead";
import type { RuleId } from "../../core/findings/ruleId";
import { boxesOverlap, boxHoldsBox, cellInBox } from "../layout/boxGeometry";

export interface ParsedWorkbook {
  meta: WorkbookMeta | null;
  layout: WorkbookLayout | null;
  /** null when the metadata or a grid every ranking needs (self, targets, actuals) cannot be read. */
  raw: RawInputs | null;
  /** TD_History rows as read (year, unit code, rank, award), null when the name is unusable. */
  history: CellGrid | null;
  /** The generated formula cells that do not hold the plan's formula verbatim, for checkFormulas to judge (a
   * formula written differently, say in lower case, passes there). */
  formulaChecks: FormulaCheck[];
  findings: Finding[];
  /** TD_Log as it stands, for appending. */
  logTable: RangeBox | null;
  /** TD_Log's entries and the chain a new entry continues from; null when the name is unusable. */
  log: ParsedLog | null;
  /** Cells of TD_Meta, for rewriting the metadata. */
  metaCells: number;
  /** The input hash a ranking stamped below the result table, null when blank or unreadable. It backs up the
   * metadata's inputHash, which a co-author's write from an older read can put back to null. */
  resultHash?: string | null;
  /** What was parsed: an operation planned from this read takes its undo snapshot from it (applyFixes). */
  source?: { outline: WorkbookOutline; reads: readonly RangeRead[] };
}

/** Which name tells where each fixed sheet is (users may rename sheets; names follow). */
const SHEET_NAME_OF: Partial<Record<FixedSheetKey, string>> = {
  settings: DEFINED_NAMES.settings,
  criteria: DEFINED_NAMES.criteria,
  units: DEFINED_NAMES.units,
  data: DEFINED_NAMES.target,
  self: DEFINED_NAMES.self,
  review: DEFINED_NAMES.review,
  final: DEFINED_NAMES.final,
  peerMatrix: DEFINED_NAMES.peerMatrix,
  evidence: DEFINED_NAMES.evidence,
  result: DEFINED_NAMES.result,
  analysis: DEFINED_NAMES.analysis,
  history: DEFINED_NAMES.history,
  log: DEFINED_NAMES.log,
  meta: DEFINED_NAMES.meta,
};

const FORMULA_SHEETS = (key: SheetKey) =>
  key === "data" ||
  key === "self" ||
  key === "review" ||
  key === "final" ||
  key === "peerMatrix" ||
  key === "result" ||
  key.startsWith("peer:");

function nameFinding(rule: RuleId, message: Finding["message"], name: string, data?: Finding["data"]): Finding {
  return { rule, severity: "error", location: { area: "metadata", field: name }, message, ...(data ? { data } : {}) };
}

export interface ParseOptions {
  /**
   * Compare every formula cell with the plan (default true). A reader that recomputes every result from the entries
   * and never reads the workbook's formulas (the province consolidation) can skip it: deriving and comparing the
   * 100,000 formulas of a 60-unit cross workbook still costs a few tenths of a second.
   */
  formulaChecks?: boolean;
}

export function parseWorkbook(
  reads: readonly RangeRead[],
  outline: WorkbookOutline,
  options: ParseOptions = {},
): ParsedWorkbook {
  const findings: Finding[] = [];
  const entries = readEntries(outline);
  const byName = new Map<string, { entry: ReadEntry; read: RangeRead | undefined }>();
  entries.forEach((entry, i) => byName.set(entry.name.toUpperCase(), { entry, read: reads[i] }));
  const infoOf = new Map<string, NameInfo>(outline.names.map((n) => [n.name.toUpperCase(), n]));
  const empty: ParsedWorkbook = {
    meta: null,
    layout: null,
    raw: null,
    history: null,
    formulaChecks: [],
    findings,
    logTable: null,
    log: null,
    metaCells: 0,
    source: { outline, reads },
  };

  const metaRead = byName.get(DEFINED_NAMES.meta.toUpperCase());
  if (!metaRead) {
    const info = infoOf.get(DEFINED_NAMES.meta.toUpperCase());
    findings.push(
      info
        ? nameFinding(WORKBOOK_RULES.nameBroken, render(W.nameBroken, { name: DEFINED_NAMES.meta }), DEFINED_NAMES.meta)
        : {
            rule: WORKBOOK_RULES.metaMissing,
            severity: "error",
            location: { area: "metadata" },
            message: render(W.metaMissing, {}),
          },
    );
    return empty;
  }
  const metaCells = sliceRead(metaRead.read, metaRead.entry.box, metaRead.entry.nameBox).map((row) => row[0]);
  const { meta, findings: metaFindings } = readMeta(metaCells);
  findings.push(...metaFindings);
  if (!meta) return { ...empty, metaCells: metaCells.length };

  // Sheet names from the names that point at them; canonical names stand in where a name is gone.
  const names = namedSheetNames(infoOf, meta, SHEET_NAME_OF);
  // The print sheet came after contract v1's first workbooks: without TD_Print there is none, and nothing is wrong.
  const printSheetName = sheetOfName(infoOf, DEFINED_NAMES.print);
  if (printSheetName) names.print = printSheetName;
  const logInfo = infoOf.get(DEFINED_NAMES.log.toUpperCase());
  const logTable = logInfo?.range ? parseRange(logInfo.range) : null;
  const ctx = metaContext(meta, names, logTable ? Math.max(0, logTable.rows - 1) : 0);
  const layout = contextLayout(ctx);

  // Every expected name: present, not broken, the expected shape. Usable names give their grids.
  const usable = new Map<string, { read: RangeRead | undefined; entry: ReadEntry; moved: boolean }>();
  for (const expected of contractNames(layout)) {
    const key = expected.name.toUpperCase();
    const info = infoOf.get(key);
    const want = parseRange(expected.range)!;
    if (!info) {
      findings.push(
        nameFinding(WORKBOOK_RULES.nameMissing, render(W.nameMissing, { name: expected.name }), expected.name),
      );
      continue;
    }
    const box = info.range !== null && info.sheet !== null ? parseRange(info.range) : null;
    if (!box) {
      findings.push(
        nameFinding(WORKBOOK_RULES.nameBroken, render(W.nameBroken, { name: expected.name }), expected.name),
      );
      continue;
    }
    // The log grows with every entry (only its width is fixed); the analysis table with every ranking; a settings
    // table from before the settings' names and explanations is narrower, and shorter when it predates newer keys.
    const shapeOk =
      expected.name === DEFINED_NAMES.analysis ||
      (expected.name === DEFINED_NAMES.log
        ? box.columns === want.columns || box.columns === LEGACY_LOG_TABLE_WIDTH
        : expected.name === DEFINED_NAMES.settings
          ? box.rows <= want.rows &&
            (box.columns === want.columns || box.columns === Object.keys(LEGACY_SETTINGS_TABLE_COLUMNS).length)
          : box.rows === want.rows && box.columns === want.columns);
    if (!shapeOk) {
      const params = {
        name: expected.name,
        rows: box.rows,
        columns: box.columns,
        expectedRows: want.rows,
        expectedColumns: want.columns,
      };
      findings.push(nameFinding(WORKBOOK_RULES.nameShape, render(W.nameShape, params), expected.name, params));
      continue;
    }
    const got = byName.get(key);
    if (got)
      usable.set(key, {
        ...got,
        moved: got.entry.nameBox.row !== want.row || got.entry.nameBox.column !== want.column,
      });
  }
  // A ranking writes below TD_Log and under TD_Analysis: both must still point at the add-in's tables.
  for (const [name, isHead] of [
    [DEFINED_NAMES.log, isLogHead],
    [DEFINED_NAMES.analysis, isAnalysisHead],
  ] as const) {
    const got = usable.get(name.toUpperCase());
    if (!got || isHead(sliceRead(got.read, got.entry.box, got.entry.nameBox))) continue;
    usable.delete(name.toUpperCase());
    findings.push(nameFinding(WORKBOOK_RULES.nameElsewhere, render(W.nameElsewhere, { name }), name));
  }
  // Rows or columns inserted above or left of the result table moved TD_Result: a ranking writes beside it there.
  const resultAt = usable.get(DEFINED_NAMES.result.toUpperCase());
  if (resultAt?.moved) layout.result = movedResultLayout(layout.result, resultAt.entry.nameBox);
  const grid = (name: string): CellValue[][] | undefined => {
    const got = usable.get(name.toUpperCase());
    return got ? sliceRead(got.read, got.entry.box, got.entry.nameBox) : undefined;
  };

  const units = grid(DEFINED_NAMES.units);
  if (units) findings.push(...unitDifferences(units, meta));
  const settings = grid(DEFINED_NAMES.settings);
  if (settings) findings.push(...settingDifferences(settings, meta));
  const criteria = grid(DEFINED_NAMES.criteria);
  if (criteria) findings.push(...checkCriteriaUnchanged(ctx.flat, criteria));

  const self = grid(DEFINED_NAMES.self);
  const target = grid(DEFINED_NAMES.target);
  const actual = grid(DEFINED_NAMES.actual);
  let raw: RawInputs | null = null;
  if (self && target && actual) {
    raw = { flat: ctx.flat, units: meta.units, settings: meta.settings, target, actual, self };
    const evidence = grid(DEFINED_NAMES.evidence);
    if (evidence) raw.evidence = evidence;
    if (layout.review) {
      raw.review = grid(DEFINED_NAMES.review) ?? [];
      const notes = grid(DEFINED_NAMES.reviewNotes);
      if (notes) raw.reviewNotes = notes;
    }
    if (meta.mode === "cross") {
      raw.peers = [];
      layout.peers.forEach((peer) => {
        const peerGrid = grid(peer.definedName);
        if (peerGrid) raw!.peers!.push({ rater: peer.rater, grid: peerGrid });
      });
    }
  }

  return {
    meta,
    layout,
    raw,
    history: grid(DEFINED_NAMES.history) ?? null,
    formulaChecks: options.formulaChecks === false ? [] : formulaChecks(ctx, layout, [...usable.values()]),
    findings,
    logTable,
    log: parsedLog(layout, logTable, grid(DEFINED_NAMES.log)),
    metaCells: metaCells.length,
    resultHash: resultHash(layout, usable.get(DEFINED_NAMES.result.toUpperCase())),
    source: { outline, reads },
  };
}

/** The hash cell below the result table (column C of the table, the hash row), as read. */
function resultHash(layout: WorkbookLayout, got: { read: RangeRead | undefined; entry: ReadEntry } | undefined) {
  if (!got) return null;
  const { hashRow, table } = layout.result;
  const cell = { row: hashRow, column: table.column + 2, rows: 1, columns: 1 };
  const value = sliceRead(got.read, got.entry.box, cell)[0]?.[0];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** TD_Log's entries when its name is usable (the grid starts with the header row). */
function parsedLog(layout: WorkbookLayout, table: RangeBox | null, grid: CellValue[][] | undefined): ParsedLog | null {
  return table && grid ? parseLog(layout.log.sheet, table, grid) : null;
}

/**
 * The plan's formula cells that fall inside a read of an unmoved name, with what the cell holds now: all but those
 * that hold the plan's formula verbatim (checkFormulas would pass them without a look; a 60-unit cross workbook has
 * 100,000 of them).
 */
function formulaChecks(
  ctx: WorkbookContext,
  layout: WorkbookLayout,
  reads: { read: RangeRead | undefined; entry: ReadEntry; moved: boolean }[],
): FormulaCheck[] {
  const checks: FormulaCheck[] = [];
  const bySheet = new Map<string, { read: RangeRead; box: RangeBox }[]>();
  for (const r of reads) {
    if (r.moved || !r.entry.formulas || !r.read) continue;
    const key = r.entry.sheet.toUpperCase();
    bySheet.set(key, [...(bySheet.get(key) ?? []), { read: r.read, box: r.entry.box }]);
  }
  const sheets = formulaSheets(ctx, layout, FORMULA_SHEETS, (name) => bySheet.has(name.toUpperCase()));
  for (const sheet of sheets) {
    const sheetReads = bySheet.get(sheet.name.toUpperCase())!;
    const place = (row: number, column: number) => ({
      location: formulaLocation(layout, sheet.key, row, column),
      cell: sheetReference(sheet.name, cellAddress(row, column)),
    });
    for (const block of sheet.blocks) {
      const { rows, columns } = block;
      // Nearly always the first read that meets the block holds all of it: it is then found once, not once a cell.
      const area = { row: block.row, column: block.column, rows, columns: columns.length };
      const first = sheetReads.find(({ box }) => boxesOverlap(box, area));
      const whole = first && boxHoldsBox(first.box, area) ? first : undefined;
      for (let i = 0; i < rows; i++) {
        const row = block.row + i;
        for (let j = 0; j < columns.length; j++) {
          const expected = columns[j]?.[i];
          if (expected === undefined) continue;
          const column = block.column + j;
          const hit = whole ?? readAt(sheetReads, row, column);
          if (!hit) continue;
          const r = row - hit.box.row;
          const c = column - hit.box.column;
          const formula = hit.read.formulas[r]?.[c] ?? null;
          if (holdsPlannedFormula(expected, formula)) continue;
          const value = formula === null || formula === "" ? (hit.read.values[r]?.[c] ?? null) : null;
          checks.push({ row, column, place, expected, formula, value });
        }
      }
    }
  }
  return checks;
}

/** The first read that holds the cell (reads of one sheet may overlap), undefined when none does. */
function readAt<T extends { box: RangeBox }>(reads: readonly T[], row: number, column: number): T | undefined {
  for (const read of reads) if (cellInBox(read.box, row, column)) return read;
  return undefined;
}

function cellText(value: unknown): string {
  return isBlankCell(value) ? "" : String(value).trim();
}

/** The units sheet against the units the formulas were built for (a locked sheet edited after unprotecting). */
function unitDifferences(rows: CellValue[][], meta: WorkbookMeta): Finding[] {
  const findings: Finding[] = [];
  const { units } = validateUnits(rows);
  const expected = meta.units;
  if (units.length !== expected.length) {
    findings.push({
      rule: WORKBOOK_RULES.unitsChanged,
      severity: "warning",
      location: { area: "units" },
      message: render(W.unitsCount, { found: units.length, expected: expected.length }),
    });
  }
  const fields = ["code", "name", "cluster", "priority", "disqualified"] as const;
  for (let i = 0; i < Math.min(units.length, expected.length); i++) {
    for (const field of fields) {
      const found = units[i][field];
      const want = expected[i][field];
      if (found === want) continue;
      findings.push({
        rule: WORKBOOK_RULES.unitsChanged,
        severity: "warning",
        location: { area: "units", row: i, field, unit: expected[i].code },
        message: render(W.unitsChanged, { row: i + 1, field, found: String(found), expected: String(want) }),
      });
    }
  }
  return findings;
}

/** The settings sheet against the settings the formulas were built with. */
function settingDifferences(rows: CellValue[][], meta: WorkbookMeta): Finding[] {
  const findings: Finding[] = [];
  const expected = settingsRows(meta.settings);
  // The key column: at the right of a named and explained table, first in a table from before (key, value).
  const columns =
    (rows[0]?.length ?? 0) >= SETTINGS_TABLE_WIDTH ? SETTINGS_TABLE_COLUMNS : LEGACY_SETTINGS_TABLE_COLUMNS;
  // A table written before newer settings existed is shorter: the keys it lacks live in the metadata only.
  const older = rows.length < expected.length;
  const rowOf = new Map(rows.map((row, i) => [cellText(row[columns.key]), i]));
  expected.forEach(({ key, value }, position) => {
    const i = older ? rowOf.get(key) : position;
    if (i === undefined) return;
    const found = rows[i]?.[columns.value] ?? null;
    if (showsSetting(key, value, found) && cellText(rows[i]?.[columns.key]) === key) return;
    const shown = settingCell(key, value, meta.lang).value;
    findings.push({
      rule: WORKBOOK_RULES.settingsChanged,
      severity: "warning",
      location: { area: "settings", field: key },
      message: render(W.settingsChanged, {
        key,
        found: cellText(found),
        expected: shown === null ? "" : String(shown),
      }),
    });
  });
  return findings;
}
