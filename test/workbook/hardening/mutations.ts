// Damage a person (or a hostile file) can do to a Thi đua workbook, as plain data a property test can generate and
// print, applied to the MemoryHost model. The model of structural edits follows Excel: deleting a sheet turns the
// names on it into #REF!; renaming it carries names and formula references along; inserting a row (column) moves the
// cells at and below (right of) it and grows a name the insertion cuts through, moves a name wholly below (right);
// a merge keeps its top-left value and blanks the covered cells. Formulas are not rewritten on insertion (MemoryHost
// has no engine; the formula checks only look at names that did not move).

import { cellAddress, parseRange, rangeAddress, type RangeBox } from "../../../src/workbook/layout/cellAddress";
import { DEFINED_NAMES, PEER_NAME_PREFIX } from "../../../src/workbook/layout/definedNames";
import type { FixedSheetKey } from "../../../src/workbook/layout/workbookLayout";
import type { CellSpec, CellValue } from "../../../src/workbook/plan/planTypes";
import { USER_SHEET, type CorpusWorkbook } from "./corpusWorkbook";
import { HUGE_TEXT, OWASP_PAYLOADS } from "./owaspPayloads";

/** Sheets a mutation can aim at, by their contract key. */
export const SHEET_KEYS = [
  "settings",
  "criteria",
  "units",
  "data",
  "self",
  "review",
  "final",
  "evidence",
  "result",
  "analysis",
  "history",
  "log",
  "meta",
] as const satisfies readonly FixedSheetKey[];
export type SheetTarget = (typeof SHEET_KEYS)[number];

/** Names a mutation can damage ("peer" is the first TD_Peer_*). */
export const NAME_TARGETS = [
  DEFINED_NAMES.settings,
  DEFINED_NAMES.criteria,
  DEFINED_NAMES.units,
  DEFINED_NAMES.target,
  DEFINED_NAMES.actual,
  DEFINED_NAMES.self,
  DEFINED_NAMES.review,
  DEFINED_NAMES.reviewNotes,
  DEFINED_NAMES.final,
  DEFINED_NAMES.evidence,
  DEFINED_NAMES.result,
  DEFINED_NAMES.resultAward,
  DEFINED_NAMES.history,
  DEFINED_NAMES.log,
  DEFINED_NAMES.meta,
  DEFINED_NAMES.analysis,
  "peer",
] as const;
export type NameTarget = (typeof NAME_TARGETS)[number];

/** Input areas, each the range of a defined name. */
export const AREAS = {
  self: DEFINED_NAMES.self,
  review: DEFINED_NAMES.review,
  reviewNotes: DEFINED_NAMES.reviewNotes,
  evidence: DEFINED_NAMES.evidence,
  target: DEFINED_NAMES.target,
  actual: DEFINED_NAMES.actual,
  units: DEFINED_NAMES.units,
  settings: DEFINED_NAMES.settings,
  history: DEFINED_NAMES.history,
  criteria: DEFINED_NAMES.criteria,
  peer: "peer",
  result: DEFINED_NAMES.result,
  log: DEFINED_NAMES.log,
} as const;
export type Area = keyof typeof AREAS;
export const AREA_KEYS = Object.keys(AREAS) as Area[];
/** Areas holding text a person types: every one gets each payload. */
export const TEXT_AREAS: readonly Area[] = ["units", "evidence", "reviewNotes", "history", "settings", "log"];

export const META_DAMAGE = [
  "truncate",
  "not-json",
  "array",
  "wrong-contract",
  "template-wrong-type",
  "units-not-array",
  "unit-name-number",
  "settings-wrong-types",
  "huge",
  "blank",
  "number-cell",
] as const;
export type MetaDamage = (typeof META_DAMAGE)[number];

export const ERROR_VALUES = ["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"] as const;

/** A hostile cell value, as data (a Date cannot be a CellValue, so the JS Date is built at apply time). */
export type Hostile =
  | { kind: "error"; value: (typeof ERROR_VALUES)[number] }
  | { kind: "payload"; index: number }
  | { kind: "huge" }
  | { kind: "date-serial" }
  | { kind: "date-object" }
  | { kind: "boolean"; value: boolean }
  | { kind: "number"; value: number }
  | { kind: "text-number"; value: string };

export type Mutation =
  | { kind: "delete-sheet"; sheet: SheetTarget }
  | { kind: "rename-sheet"; sheet: SheetTarget; to: string }
  | { kind: "delete-name"; name: NameTarget }
  | { kind: "ref-name"; name: NameTarget }
  | { kind: "retarget-name"; name: NameTarget; rows: number; columns: number }
  | { kind: "name-to-user-sheet"; name: NameTarget }
  | { kind: "corrupt-meta"; how: MetaDamage }
  | { kind: "merge"; area: Area; row: number; column: number; rows: number; columns: number }
  | { kind: "insert-row"; area: Area; at: number }
  | { kind: "insert-column"; area: Area; at: number }
  | { kind: "set-cell"; area: Area; row: number; column: number; value: Hostile }
  | { kind: "formula-error"; area: "self" | "result" | "final" | "actual"; column: number; value: string }
  | { kind: "payload-everywhere"; index: number };

/** What Excel stores for 15 March 2026 (a date typed in a score cell) in the 1900 date system. */
const DATE_SERIAL = 46096;

export function hostileValue(h: Hostile): CellValue {
  switch (h.kind) {
    case "error":
      return h.value;
    case "payload":
      return OWASP_PAYLOADS[h.index % OWASP_PAYLOADS.length];
    case "huge":
      return HUGE_TEXT;
    case "date-serial":
      return DATE_SERIAL;
    case "date-object":
      // Not a CellValue: a host that leaked a Date through must not crash the validator either.
      return new Date(Date.UTC(2026, 2, 15)) as unknown as CellValue;
    case "boolean":
      return h.value;
    case "number":
      return h.value;
    case "text-number":
      return h.value;
  }
}

function sheetOf(wb: CorpusWorkbook, key: SheetTarget): string | null {
  const original = wb.layout.names.fixed[key];
  const name = wb.renamed.get(original.toLowerCase()) ?? original;
  return wb.host.sheets.has(name.toLowerCase()) ? name : null;
}

function nameKey(wb: CorpusWorkbook, target: NameTarget | string): string | null {
  if (target !== "peer") return wb.host.names.has(target.toUpperCase()) ? target.toUpperCase() : null;
  const peer = [...wb.host.names.keys()].find((k) => k.startsWith(PEER_NAME_PREFIX.toUpperCase()));
  return peer ?? null;
}

/** The sheet and box a name points at now, null when it is gone or broken. */
export function nameBox(wb: CorpusWorkbook, target: NameTarget | string): { sheet: string; box: RangeBox } | null {
  const key = nameKey(wb, target);
  const info = key ? wb.host.names.get(key) : undefined;
  if (!info || info.sheet === null || info.range === null) return null;
  const box = parseRange(info.range);
  return box ? { sheet: info.sheet, box } : null;
}

function cellsOf(wb: CorpusWorkbook, sheet: string): Map<string, CellSpec> | null {
  return wb.host.sheets.get(sheet.toLowerCase())?.cells ?? null;
}

const ADDRESS = /^([A-Z]+)(\d+)$/;

function splitAddress(address: string): { row: number; column: number } {
  const box = parseRange(address)!;
  return { row: box.row, column: box.column };
}

/** Excel's insertion: cells at or after `at` move by one; names cut through grow, names after it move. */
function insert(wb: CorpusWorkbook, sheet: string, axis: "row" | "column", at: number): void {
  const cells = cellsOf(wb, sheet);
  if (!cells) return;
  const moved = new Map<string, CellSpec>();
  for (const [address, cell] of cells) {
    if (!ADDRESS.test(address)) continue;
    const { row, column } = splitAddress(address);
    const next = axis === "row" ? (row >= at ? row + 1 : row) : column >= at ? column + 1 : column;
    moved.set(axis === "row" ? cellAddress(next, column) : cellAddress(row, next), cell);
  }
  cells.clear();
  for (const [address, cell] of moved) cells.set(address, cell);
  for (const info of wb.host.names.values()) {
    if (info.sheet === null || info.range === null || info.sheet.toLowerCase() !== sheet.toLowerCase()) continue;
    const box = parseRange(info.range);
    if (!box) continue;
    const start = axis === "row" ? box.row : box.column;
    const size = axis === "row" ? box.rows : box.columns;
    if (start >= at) {
      if (axis === "row") box.row += 1;
      else box.column += 1;
    } else if (at < start + size) {
      if (axis === "row") box.rows += 1;
      else box.columns += 1;
    }
    info.range = rangeAddress(box);
  }
}

/** Excel's sheet rename: names and formula references follow. */
function rename(wb: CorpusWorkbook, from: string, to: string): void {
  const sheet = wb.host.sheets.get(from.toLowerCase());
  if (!sheet || wb.host.sheets.has(to.toLowerCase())) return;
  wb.host.sheets.delete(from.toLowerCase());
  wb.host.sheets.set(to.toLowerCase(), { ...sheet, name: to });
  for (const info of wb.host.names.values()) if (info.sheet?.toLowerCase() === from.toLowerCase()) info.sheet = to;
  const quote = (n: string) => `'${n.replace(/'/g, "''")}'!`;
  for (const s of wb.host.sheets.values()) {
    for (const cell of s.cells.values()) {
      if (cell.f === undefined) continue;
      cell.f = cell.f.split(quote(from)).join(quote(to)).split(`${from}!`).join(quote(to));
    }
  }
  if (wb.owned.delete(from.toLowerCase())) wb.owned.add(to.toLowerCase());
  for (const [original, current] of wb.renamed) if (current === from) wb.renamed.set(original, to);
  if (![...wb.renamed.values()].includes(to)) wb.renamed.set(from.toLowerCase(), to);
}

function metaText(wb: CorpusWorkbook): { cells: Map<string, CellSpec>; text: string } | null {
  const at = nameBox(wb, DEFINED_NAMES.meta);
  const cells = at && cellsOf(wb, at.sheet);
  if (!at || !cells) return null;
  let text = "";
  for (let r = 0; r < at.box.rows; r++) {
    const v = cells.get(cellAddress(at.box.row + r, at.box.column))?.v;
    if (typeof v === "string") text += v;
  }
  return { cells, text };
}

function writeMeta(wb: CorpusWorkbook, chunks: CellValue[]): void {
  const at = nameBox(wb, DEFINED_NAMES.meta);
  const cells = at && cellsOf(wb, at.sheet);
  if (!at || !cells) return;
  for (let r = 0; r < Math.max(at.box.rows, chunks.length); r++) {
    cells.set(cellAddress(at.box.row + r, at.box.column), { v: chunks[r] ?? null });
  }
  const name = wb.host.names.get(DEFINED_NAMES.meta.toUpperCase())!;
  name.range = rangeAddress({ ...at.box, rows: Math.max(1, chunks.length) });
}

function corruptMeta(wb: CorpusWorkbook, how: MetaDamage): void {
  const found = metaText(wb);
  if (!found) return;
  const json = (): Record<string, unknown> => JSON.parse(found.text) as Record<string, unknown>;
  const one = (value: unknown) => writeMeta(wb, [JSON.stringify(value)]);
  switch (how) {
    case "truncate":
      return writeMeta(wb, [found.text.slice(0, Math.floor(found.text.length / 2))]);
    case "not-json":
      return writeMeta(wb, ["=cmd|' /C calc'!A0"]);
    case "array":
      return one([1, 2, 3]);
    case "wrong-contract":
      return one({ ...json(), contract: { v: 1 } });
    case "template-wrong-type":
      return one({ ...json(), template: "bảng chấm điểm" });
    case "units-not-array":
      return one({ ...json(), units: { code: "P01" } });
    case "unit-name-number": {
      const meta = json();
      const units = meta.units as Record<string, unknown>[];
      return one({ ...meta, units: units.map((u, i) => (i === 0 ? { ...u, name: 12 } : u)) });
    }
    case "settings-wrong-types":
      return one({ ...json(), settings: { finalRule: 7, layerWeights: "nhiều", tieBreak: "x", gradeThresholds: [] } });
    case "huge": {
      // Valid JSON padded to a million characters across 32,767-character cells, as Excel would hold it.
      const text = JSON.stringify({ ...json(), padding: "x".repeat(1_000_000) });
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += 32_767) chunks.push(text.slice(i, i + 32_767));
      return writeMeta(wb, chunks);
    }
    case "blank":
      return writeMeta(wb, [null]);
    case "number-cell":
      return writeMeta(wb, [12345]);
  }
}

function merge(wb: CorpusWorkbook, m: Extract<Mutation, { kind: "merge" }>): void {
  const at = nameBox(wb, AREAS[m.area]);
  const cells = at && cellsOf(wb, at.sheet);
  if (!at || !cells) return;
  const row = at.box.row + (m.row % at.box.rows);
  const column = at.box.column + (m.column % at.box.columns);
  for (let r = 0; r < m.rows; r++) {
    for (let c = 0; c < m.columns; c++) {
      if (r === 0 && c === 0) continue;
      cells.set(cellAddress(row + r, column + c), { v: null });
    }
  }
}

function setCell(wb: CorpusWorkbook, m: Extract<Mutation, { kind: "set-cell" }>): void {
  const at = nameBox(wb, AREAS[m.area]);
  const cells = at && cellsOf(wb, at.sheet);
  if (!at || !cells) return;
  const address = cellAddress(at.box.row + (m.row % at.box.rows), at.box.column + (m.column % at.box.columns));
  cells.set(address, { ...cells.get(address), v: hostileValue(m.value), f: undefined });
}

/** A formula cell below (or in) a table overwritten with an error constant or a broken formula. */
function formulaError(wb: CorpusWorkbook, m: Extract<Mutation, { kind: "formula-error" }>): void {
  const name = {
    self: DEFINED_NAMES.self,
    result: DEFINED_NAMES.result,
    final: DEFINED_NAMES.final,
    actual: DEFINED_NAMES.actual,
  }[m.area];
  const at = nameBox(wb, name);
  const cells = at && cellsOf(wb, at.sheet);
  if (!at || !cells) return;
  const row = m.area === "result" ? at.box.row : at.box.row + at.box.rows + (m.area === "actual" ? 2 : 3);
  const address = cellAddress(row, at.box.column + (m.column % at.box.columns));
  cells.set(address, m.value.startsWith("=") ? { f: m.value.slice(1) } : { v: m.value });
}

/** Puts one payload into one cell of every text area, and into unit codes, names and clusters. */
function payloadEverywhere(wb: CorpusWorkbook, index: number): void {
  const payload = OWASP_PAYLOADS[index % OWASP_PAYLOADS.length];
  for (const area of TEXT_AREAS) {
    const at = nameBox(wb, AREAS[area]);
    const cells = at && cellsOf(wb, at.sheet);
    if (!at || !cells) continue;
    const columns = area === "units" ? [0, 1, 2] : area === "settings" ? [1] : [index % at.box.columns];
    for (const c of columns) {
      const address = cellAddress(at.box.row + (index % at.box.rows), at.box.column + c);
      cells.set(address, { ...cells.get(address), v: payload, f: undefined });
    }
  }
}

export function applyMutation(wb: CorpusWorkbook, m: Mutation): void {
  const { host } = wb;
  switch (m.kind) {
    case "delete-sheet": {
      const sheet = sheetOf(wb, m.sheet);
      if (!sheet) return;
      host.sheets.delete(sheet.toLowerCase());
      wb.owned.delete(sheet.toLowerCase());
      for (const info of host.names.values()) {
        if (info.sheet?.toLowerCase() === sheet.toLowerCase()) {
          info.sheet = null;
          info.range = null;
        }
      }
      return;
    }
    case "rename-sheet": {
      const sheet = sheetOf(wb, m.sheet);
      if (sheet) rename(wb, sheet, m.to);
      return;
    }
    case "delete-name": {
      const key = nameKey(wb, m.name);
      if (key) host.names.delete(key);
      return;
    }
    case "ref-name": {
      const key = nameKey(wb, m.name);
      if (key) Object.assign(host.names.get(key)!, { sheet: null, range: null });
      return;
    }
    case "retarget-name": {
      const key = nameKey(wb, m.name);
      const at = nameBox(wb, m.name);
      if (!key || !at) return;
      const box = { ...at.box, row: Math.max(1, at.box.row + m.rows), column: Math.max(0, at.box.column + m.columns) };
      host.names.get(key)!.range = rangeAddress(box);
      return;
    }
    case "name-to-user-sheet": {
      const key = nameKey(wb, m.name);
      if (key && host.names.get(key)!.sheet !== null) host.names.get(key)!.sheet = USER_SHEET;
      return;
    }
    case "corrupt-meta":
      return corruptMeta(wb, m.how);
    case "merge":
      return merge(wb, m);
    case "insert-row":
    case "insert-column": {
      const at = nameBox(wb, AREAS[m.area]);
      if (!at) return;
      const axis = m.kind === "insert-row" ? "row" : "column";
      const size = axis === "row" ? at.box.rows : at.box.columns;
      // at 0: just before the area (moves it); otherwise strictly inside it (grows it).
      const offset = size > 1 ? m.at % size : 0;
      insert(wb, at.sheet, axis, (axis === "row" ? at.box.row : at.box.column) + offset);
      return;
    }
    case "set-cell":
      return setCell(wb, m);
    case "formula-error":
      return formulaError(wb, m);
    case "payload-everywhere":
      return payloadEverywhere(wb, m.index);
  }
}

/** A short label for counting cases per category. */
export function category(m: Mutation): string {
  return m.kind === "set-cell" ? `set-cell:${m.value.kind}` : m.kind;
}
