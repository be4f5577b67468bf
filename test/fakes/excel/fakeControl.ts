// Test-side handle on a fake Excel (not Office API): counters, fault injection, seeding, and plain-data inspection.

import { formatArea, parseReference, qualifiedAddress } from "./a1Address";
import {
  type FormulaEvaluator,
  interpretInput,
  readText,
  readValue,
  readValueType,
  writeInput,
  readFormula,
} from "./cellContent";
import { BORDER_SIDES, effectiveStyle } from "./cellStyle";
import type { FakeExcelState, InjectedFailure } from "./fakeExcelState";
import { breakReferencesTo, nameFormula, nameType } from "./namedItemModel";
import type { Rect } from "./rect";
import { columnWidth, rowHeight } from "./sheetSizes";
import { type SheetModel, cellKey, findSheet, keyCol, keyRow, newSheet, sheetById } from "./workbookModel";

export interface CellInspection {
  /** What Range.values shows (a formula's evaluator result, or null without evaluator). */
  value: unknown;
  /** The formula text, or null for a constant or an empty cell. */
  formula: string | null;
  text: string;
  valueType: string;
  quotePrefix: boolean;
  numberFormat: string;
  locked: boolean;
  formulaHidden: boolean;
  /** Fill colour, or null for no fill. */
  fill: string | null;
  font: {
    bold: boolean;
    italic: boolean;
    name: string;
    size: number;
    color: string;
    underline: string;
    strikethrough: boolean;
  };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  borders: Record<string, { style: string; color: string; weight: string }>;
  columnWidth: number;
  rowHeight: number;
}

export interface NameInspection {
  name: string;
  /** The sheet for a sheet-scoped name, null for workbook scope. */
  scope: string | null;
  formula: string;
  type: string;
  comment: string;
  visible: boolean;
}

export interface FakeExcelControl {
  readonly syncCount: number;
  readonly syncCalls: number;
  readonly payloads: readonly number[];
  readonly maxPayload: number;
  readonly responsePayloads: readonly number[];
  readonly applicationCalls: readonly { sync: number; call: string }[];
  readonly createdWorkbooks: readonly (string | null)[];
  /** Formula cells written while calculation was suspended and not recalculated since, as "Sheet!A1". */
  staleFormulas(): string[];
  setEvaluator(evaluator: FormulaEvaluator | null): void;
  /** The n-th request from now (1 = the next sync that carries commands) fails after applying `afterCommands`. */
  failSync(n: number, failure: InjectedFailure): void;
  /** Just before the n-th request from now is applied, someone else edits the workbook (a co-author's change). */
  editBeforeSync(n: number, edit: (control: FakeExcelControl) => void): void;
  /** Deletes a sheet as a co-author would (no sync, no checks): its names turn into #REF!. */
  removeSheet(name: string): void;
  /** Removes a sheet's protection as a co-author would (no sync, no checks). */
  unprotectSheet(name: string): void;
  /** Switches FakeExcelOptions.strictProtection (office-js#6784's AccessDenied) on or off from now on. */
  setStrictProtection(strict: boolean): void;
  resetCounters(): void;
  setMaxApiVersion(version: string): void;
  /** Changes the request and response size limits from now on (a workbook set up first, then read under a limit). */
  setLimits(limits: { payloadLimit?: number; responseLimit?: number }): void;
  cell(sheet: string, address: string): CellInspection;
  values(sheet: string, address: string): unknown[][];
  formulas(sheet: string, address: string): unknown[][];
  sheetNames(): string[];
  activeSheet(): string;
  selection(): { sheet: string; address: string };
  /**
   * Activates the sheet and selects the range, as the user's click would (no sync); "A:C" selects whole columns,
   * "A1:B2,D4" several areas (Ctrl+click).
   */
  select(sheet: string, address: string): void;
  sheet(name: string): SheetInspection;
  names(): NameInspection[];
  validations(sheet: string): Record<string, unknown>[];
  conditionalFormats(sheet: string): Record<string, unknown>[];
  merges(sheet: string): string[];
  customProperties(): Record<string, unknown>;
  workbookProtection(): { protected: boolean; password: string | null };
  snapshot(): unknown;
  /** Writes user content as if typed, without a sync and without protection checks; creates the sheet if needed. */
  seed(sheet: string, address: string, values: unknown[][]): void;
}

export interface SheetInspection {
  id: string;
  name: string;
  position: number;
  visibility: string;
  tabColor: string;
  protection: { protected: boolean; password: string | null; options: Record<string, unknown> };
  freeze: { rows: number; columns: number };
  pageLayout: unknown;
}

function sheetNamed(state: FakeExcelState, name: string): SheetModel {
  const sheet = findSheet(state.model, name);
  if (!sheet) throw new Error(`fake Excel: no sheet named "${name}"`);
  return sheet;
}

function rectOf(address: string): Rect {
  const parsed = parseReference(address);
  if (!parsed) throw new Error(`fake Excel: "${address}" is not an A1 address`);
  return parsed.rect;
}

function gridOf<V>(r: Rect, cell: (row: number, col: number) => V): V[][] {
  return Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => cell(r.row + i, r.col + j)));
}

const addressList = (rects: Rect[]) => rects.map((r) => formatArea(r)).join(",");
const mapToObject = <V>(m: Map<number, V>, key: (n: number) => string) =>
  Object.fromEntries([...m].sort(([a], [b]) => a - b).map(([k, v]) => [key(k), structuredClone(v)]));

function sheetSnapshot(state: FakeExcelState, sheet: SheetModel) {
  const cells = Object.fromEntries(
    [...sheet.cells].map(([key, cell]) => [
      formatArea({ row: keyRow(key), col: keyCol(key), rows: 1, cols: 1 }),
      cell.style ? { ...cell, style: { ...cell.style } } : { ...cell },
    ]),
  );
  return {
    id: sheet.id,
    name: sheet.name,
    position: state.model.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    showGridlines: sheet.showGridlines,
    cells,
    rowStyles: mapToObject(sheet.rowStyles, (n) => String(n + 1)),
    columnStyles: mapToObject(sheet.colStyles, (n) => formatArea({ row: 0, col: n, rows: 1048576, cols: 1 })),
    sheetStyle: structuredClone(sheet.sheetStyle),
    columnWidths: mapToObject(sheet.columnWidths, String),
    rowHeights: mapToObject(sheet.rowHeights, String),
    merges: sheet.merges.map((r) => formatArea(r)),
    validations: validationList(sheet),
    conditionalFormats: conditionalFormatList(sheet),
    protection: structuredClone(sheet.protection),
    freeze: { ...sheet.freeze },
    pageLayout: structuredClone(sheet.pageLayout),
    selection: formatArea(sheet.selection),
  };
}

function validationList(sheet: SheetModel): Record<string, unknown>[] {
  return sheet.validations.map((v) => ({
    address: addressList(v.rects),
    rule: structuredClone(v.rule),
    errorAlert: { ...v.errorAlert },
    prompt: { ...v.prompt },
    ignoreBlanks: v.ignoreBlanks,
  }));
}

function conditionalFormatList(sheet: SheetModel): Record<string, unknown>[] {
  return [...sheet.conditionalFormats]
    .sort((a, b) => a.priority - b.priority)
    .map((cf) => ({
      id: cf.id,
      address: addressList(cf.rects),
      type: cf.type,
      priority: cf.priority,
      stopIfTrue: cf.stopIfTrue,
      rule: structuredClone(cf.rule),
      format: structuredClone(cf.format),
    }));
}

export function createControl(state: FakeExcelState): FakeExcelControl {
  const read = () => ({ evaluator: state.evaluator });
  const names = (): NameInspection[] =>
    state.model.names.map((n) => ({
      name: n.name,
      scope: n.scopeSheetId === null ? null : (sheetById(state.model, n.scopeSheetId)?.name ?? null),
      formula: nameFormula(state.model, n),
      type: nameType(n),
      comment: n.comment,
      visible: n.visible,
    }));
  const control: FakeExcelControl = {
    get syncCount() {
      return state.syncCount;
    },
    get syncCalls() {
      return state.syncCalls;
    },
    get payloads() {
      return state.payloads;
    },
    get maxPayload() {
      return Math.max(0, ...state.payloads);
    },
    get responsePayloads() {
      return state.responsePayloads;
    },
    get applicationCalls() {
      return state.applicationCalls;
    },
    get createdWorkbooks() {
      return state.createdWorkbooks;
    },
    staleFormulas() {
      return [...state.staleFormulas].map((entry) => {
        const [id, key] = entry.split(":");
        const sheet = sheetById(state.model, id);
        const k = Number(key);
        return qualifiedAddress(sheet?.name ?? id, { row: keyRow(k), col: keyCol(k), rows: 1, cols: 1 });
      });
    },
    setEvaluator(evaluator) {
      state.evaluator = evaluator;
    },
    failSync(n, failure) {
      if (!Number.isInteger(n) || n < 1) throw new Error("fake Excel: failSync counts from 1 (the next request)");
      state.failures.set(state.syncCount + n, failure);
    },
    editBeforeSync(n, edit) {
      if (!Number.isInteger(n) || n < 1) throw new Error("fake Excel: editBeforeSync counts from 1 (the next request)");
      state.edits.set(state.syncCount + n, () => edit(control));
    },
    removeSheet(name) {
      const sheet = sheetNamed(state, name);
      const model = state.model;
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      sheet.deleted = true;
      breakReferencesTo(model, sheet);
      if (model.activeSheetId === sheet.id) model.activeSheetId = model.sheets[0]?.id ?? "";
    },
    unprotectSheet(name) {
      sheetNamed(state, name).protection = { protected: false, password: null, options: {} };
    },
    setStrictProtection(strict) {
      state.strictProtection = strict;
    },
    resetCounters() {
      state.syncCount = 0;
      state.syncCalls = 0;
      state.payloads = [];
      state.responsePayloads = [];
      state.applicationCalls = [];
      state.failures.clear();
      state.edits.clear();
    },
    setMaxApiVersion(version) {
      state.maxApiVersion = version;
    },
    setLimits(limits) {
      state.payloadLimit = limits.payloadLimit ?? state.payloadLimit;
      state.responseLimit = limits.responseLimit ?? state.responseLimit;
    },
    cell(sheetName, address) {
      const sheet = sheetNamed(state, sheetName);
      const { row, col } = rectOf(address);
      const style = (key: string) => effectiveStyle(sheet, row, col, key);
      const stored = sheet.cells.get(cellKey(row, col));
      return {
        value: readValue(sheet, row, col, read()),
        formula: stored?.formula ?? null,
        text: readText(sheet, row, col, read()),
        valueType: readValueType(sheet, row, col, read()),
        quotePrefix: stored?.quotePrefix === true,
        numberFormat: String(style("numberFormat")),
        locked: style("locked") as boolean,
        formulaHidden: style("formulaHidden") as boolean,
        fill: style("fill.color") as string | null,
        font: {
          bold: style("font.bold") as boolean,
          italic: style("font.italic") as boolean,
          name: style("font.name") as string,
          size: style("font.size") as number,
          color: style("font.color") as string,
          underline: style("font.underline") as string,
          strikethrough: style("font.strikethrough") as boolean,
        },
        horizontalAlignment: style("horizontalAlignment") as string,
        verticalAlignment: style("verticalAlignment") as string,
        wrapText: style("wrapText") as boolean,
        borders: Object.fromEntries(
          BORDER_SIDES.map((side) => [
            side,
            {
              style: style(`border.${side}.style`) as string,
              color: style(`border.${side}.color`) as string,
              weight: style(`border.${side}.weight`) as string,
            },
          ]),
        ),
        columnWidth: columnWidth(sheet, col),
        rowHeight: rowHeight(sheet, row),
      };
    },
    values(sheetName, address) {
      const sheet = sheetNamed(state, sheetName);
      return gridOf(rectOf(address), (row, col) => readValue(sheet, row, col, read()));
    },
    formulas(sheetName, address) {
      const sheet = sheetNamed(state, sheetName);
      return gridOf(rectOf(address), (row, col) => readFormula(sheet, row, col));
    },
    sheetNames: () => state.model.sheets.map((s) => s.name),
    activeSheet: () => sheetById(state.model, state.model.activeSheetId)?.name ?? "",
    selection() {
      const sheet = sheetById(state.model, state.model.activeSheetId);
      if (!sheet) throw new Error("fake Excel: no active sheet");
      return { sheet: sheet.name, address: qualifiedAddress(sheet.name, sheet.selection) };
    },
    select(sheetName, address) {
      const sheet = sheetNamed(state, sheetName);
      if (sheet.visibility !== "Visible") throw new Error(`fake Excel: sheet "${sheetName}" is hidden`);
      state.model.activeSheetId = sheet.id;
      const [first, ...more] = address.split(",").map((area) => rectOf(area.trim()));
      sheet.selection = first;
      sheet.moreSelected = more;
    },
    sheet(name) {
      const sheet = sheetNamed(state, name);
      return {
        id: sheet.id,
        name: sheet.name,
        position: state.model.sheets.indexOf(sheet),
        visibility: sheet.visibility,
        tabColor: sheet.tabColor,
        protection: structuredClone(sheet.protection),
        freeze: { ...sheet.freeze },
        pageLayout: structuredClone(sheet.pageLayout),
      };
    },
    names,
    validations: (sheetName) => validationList(sheetNamed(state, sheetName)),
    conditionalFormats: (sheetName) => conditionalFormatList(sheetNamed(state, sheetName)),
    merges: (sheetName) => sheetNamed(state, sheetName).merges.map((r) => formatArea(r)),
    customProperties: () => Object.fromEntries(state.model.customProperties.map((p) => [p.key, p.value])),
    workbookProtection: () => ({ ...state.model.protection }),
    snapshot() {
      return {
        sheets: state.model.sheets.map((s) => sheetSnapshot(state, s)),
        activeSheet: sheetById(state.model, state.model.activeSheetId)?.name ?? null,
        names: names(),
        customProperties: state.model.customProperties.map((p) => ({ key: p.key, value: p.value })),
        protection: { ...state.model.protection },
      };
    },
    seed(sheetName, address, values) {
      const sheet = findSheet(state.model, sheetName) ?? newSheet(state.model, sheetName);
      if (!state.model.sheets.includes(sheet)) state.model.sheets.push(sheet);
      const start = rectOf(address);
      const rows = values.length;
      const cols = Math.max(0, ...values.map((r) => r.length));
      const single = start.rows === 1 && start.cols === 1;
      if (!single && (start.rows !== rows || start.cols !== cols)) {
        throw new Error(`fake Excel: seed values are ${rows}×${cols}, the range ${address} is not`);
      }
      values.forEach((line, i) =>
        line.forEach((raw, j) => {
          const row = start.row + i;
          const col = start.col + j;
          const input = interpretInput(raw, effectiveStyle(sheet, row, col, "numberFormat"), "seed");
          writeInput(sheet, row, col, input);
        }),
      );
    },
  };
  return control;
}
