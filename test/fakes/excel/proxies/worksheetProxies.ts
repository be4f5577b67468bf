// Worksheets: the collection, one sheet (name, position, visibility, ranges, used range), its protection, frozen
// panes and page layout.

import { ABSOLUTE, formatArea, parseReference } from "../a1Address";
import { hasContent } from "../cellContent";
import {
  FakeClientObject,
  FakeClientResult,
  FakeCollection,
  defineNavigation,
  defineProperties,
} from "../clientObject";
import { officeError } from "../fakeError";
import { breakReferencesTo, findName, nameTarget } from "../namedItemModel";
import { MAX_COLUMNS, MAX_ROWS, type Rect, boundingRect, containsCell, isInsideGrid } from "../rect";
import type { ContextState } from "../requestContext";
import {
  type RangeTarget,
  checkBoolean,
  checkNumber,
  checkOneOf,
  checkStructureEditable,
  liveSheet,
  normalizeColor,
} from "../sheetRules";
import {
  type SheetModel,
  type WorkbookModel,
  activeSheet,
  findSheet,
  keyCol,
  keyRow,
  newSheet,
  sameName,
} from "../workbookModel";
import { NamedItemCollectionProxy } from "./namedItemProxies";
import { RangeProxy } from "./rangeProxy";

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end, not "History". */
export function checkSheetName(name: unknown, location: string): string {
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    sameName(name, "History")
  ) {
    throw officeError("InvalidArgument", `"${String(name)}" is not a valid sheet name.`, location);
  }
  return name;
}

function visibleSheets(model: WorkbookModel): SheetModel[] {
  return model.sheets.filter((s) => s.visibility === "Visible");
}

/** After the active sheet is hidden or deleted, Excel activates the next visible sheet (else the previous one). */
function activateNeighbour(model: WorkbookModel, leaving: SheetModel, index: number): void {
  if (model.activeSheetId !== leaving.id) return;
  const candidates = model.sheets.filter((s) => s !== leaving && s.visibility === "Visible");
  const next = candidates.find((s) => model.sheets.indexOf(s) >= index) ?? candidates[candidates.length - 1];
  if (next) model.activeSheetId = next.id;
}

export class WorksheetCollectionProxy extends FakeCollection<WorkbookModel, SheetModel> {
  constructor(ctx: ContextState, resolver: () => WorkbookModel | null) {
    super(ctx, "WorksheetCollection", resolver);
  }

  _entities(model: WorkbookModel): SheetModel[] {
    return [...model.sheets];
  }

  _itemFor(sheet: SheetModel): FakeClientObject {
    return new WorksheetProxy(this._ctx, () => sheet);
  }

  _itemPrototype(): FakeClientObject {
    return new WorksheetProxy(this._ctx, () => null);
  }

  /** Adds at the end without activating (docs); without a name Excel picks the next free "SheetN". */
  add(name?: string): WorksheetProxy {
    let created: SheetModel | null = null;
    const proxy = new WorksheetProxy(this._ctx, () => {
      if (!created) throw officeError("ItemNotFound", "The worksheet was never added.", "Worksheet");
      return created;
    });
    this._enqueue("add", name === undefined ? [] : [name], (model) => {
      const location = "WorksheetCollection.add";
      checkStructureEditable(model, location);
      let sheetName = name;
      if (sheetName === undefined) {
        let n = model.sheets.length + 1;
        while (findSheet(model, `Sheet${n}`)) n += 1;
        sheetName = `Sheet${n}`;
      }
      checkSheetName(sheetName, location);
      if (findSheet(model, sheetName)) {
        throw officeError("ItemAlreadyExists", `A sheet named "${sheetName}" exists.`, location);
      }
      const sheet = newSheet(model, sheetName);
      model.sheets.push(sheet);
      created = sheet;
    });
    return proxy;
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this._ctx, () => this._find(key, false));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    this._requireApi("getItemOrNullObject", "1.4");
    const proxy = new WorksheetProxy(this._ctx, () => this._find(key, true));
    proxy._enqueueInstantiation("getItemOrNullObject", [key]);
    return proxy;
  }

  _find(key: string, orNull: boolean): SheetModel | null {
    const model = this._resolve();
    if (!model) return null;
    const sheet = typeof key === "string" ? findSheet(model, key) : undefined;
    if (sheet) return sheet;
    if (orNull) return null;
    throw officeError("ItemNotFound", `There is no sheet "${String(key)}".`, "WorksheetCollection.getItem");
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this._ctx, () => {
      const model = this._resolve();
      return model && activeSheet(model);
    });
  }

  getFirst(visibleOnly = false): WorksheetProxy {
    this._requireApi("getFirst", "1.5");
    return this._end("getFirst", visibleOnly, (list) => list[0]);
  }

  getLast(visibleOnly = false): WorksheetProxy {
    this._requireApi("getLast", "1.5");
    return this._end("getLast", visibleOnly, (list) => list[list.length - 1]);
  }

  _end(member: string, visibleOnly: boolean, pick: (list: SheetModel[]) => SheetModel | undefined): WorksheetProxy {
    return new WorksheetProxy(this._ctx, () => {
      const model = this._resolve();
      if (!model) return null;
      const sheet = pick(visibleOnly ? visibleSheets(model) : model.sheets);
      if (!sheet) throw officeError("ItemNotFound", undefined, `WorksheetCollection.${member}`);
      return sheet;
    });
  }

  getCount(visibleOnly = false): FakeClientResult<number> {
    this._requireApi("getCount", "1.4");
    const result = new FakeClientResult<number>();
    this._enqueue("getCount", [visibleOnly], (model, staging) =>
      result._fill((visibleOnly ? visibleSheets(model) : model.sheets).length, staging),
    );
    return result;
  }
}

/** Finds the cells of getRange(address): an A1 reference on this sheet, or a defined name that points here. */
function rangeOnSheet(model: WorkbookModel, sheet: SheetModel, address: string | undefined): Rect {
  const location = "Worksheet.getRange";
  if (address === undefined || address === "") return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS };
  if (typeof address !== "string") throw officeError("InvalidArgument", undefined, location);
  const parsed = parseReference(address);
  if (parsed) {
    if (parsed.sheet !== null && !sameName(parsed.sheet, sheet.name)) {
      throw officeError("InvalidArgument", "The address names another sheet.", location);
    }
    return parsed.rect;
  }
  const item = findName(model, address, sheet.id) ?? findName(model, address, null);
  const target = item && nameTarget(model, item);
  if (target && target.sheet === sheet) return target.rect;
  throw officeError("InvalidArgument", `"${address}" is not an address or a name on this sheet.`, location);
}

export class WorksheetProxy extends FakeClientObject<SheetModel> {
  constructor(ctx: ContextState, resolver: () => SheetModel | null) {
    super(ctx, "Worksheet", resolver);
  }

  override _resolve(): SheetModel | null {
    const sheet = super._resolve();
    return sheet && liveSheet(sheet, "Worksheet");
  }

  _range(member: string, rectOf: (sheet: SheetModel) => Rect): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const sheet = this._resolve();
      if (!sheet) return null;
      const rect = rectOf(sheet);
      if (!isInsideGrid(rect)) throw officeError("InvalidArgument", undefined, `Worksheet.${member}`);
      return { sheet, rect };
    });
  }

  getRange(address?: string): RangeProxy {
    return this._range("getRange", (sheet) => rangeOnSheet(this._ctx.state.model, sheet, address));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    this._requireApi("getRangeByIndexes", "1.7");
    return this._range("getRangeByIndexes", () => {
      const all = [startRow, startColumn, rowCount, columnCount];
      if (all.some((n) => typeof n !== "number" || !Number.isInteger(n))) {
        throw officeError("InvalidArgument", undefined, "Worksheet.getRangeByIndexes");
      }
      return { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this._range("getCell", () => ({ row, col: column, rows: 1, cols: 1 }));
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    // An empty sheet's used range is A1.
    return this._range("getUsedRange", (sheet) => usedRect(sheet, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this._requireApi("getUsedRangeOrNullObject", "1.4");
    const range = new RangeProxy(this._ctx, () => {
      const sheet = this._resolve();
      const rect = sheet && usedRect(sheet, valuesOnly);
      return sheet && rect ? { sheet, rect } : null;
    });
    range._enqueueInstantiation("getUsedRangeOrNullObject", [valuesOnly]);
    return range;
  }

  activate(): void {
    this._enqueue("activate", [], (sheet) => {
      if (sheet.visibility !== "Visible") {
        throw officeError("InvalidOperation", "A hidden sheet cannot be activated.", "Worksheet.activate");
      }
      this._ctx.state.model.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this._enqueue("delete", [], (sheet) => {
      const model = this._ctx.state.model;
      const location = "Worksheet.delete";
      checkStructureEditable(model, location);
      if (sheet.visibility === "Visible" && visibleSheets(model).length === 1) {
        throw officeError("InvalidOperation", "A workbook must keep one visible sheet.", location);
      }
      const index = model.sheets.indexOf(sheet);
      activateNeighbour(model, sheet, index);
      model.sheets.splice(index, 1);
      sheet.deleted = true;
      breakReferencesTo(model, sheet);
    });
  }
}

/**
 * Bounding rectangle of cells holding content (or, unless valuesOnly, any cell format), only those `within` a range
 * when given (Range.getUsedRange); null when none.
 */
export function usedRect(sheet: SheetModel, valuesOnly: boolean, within?: Rect): Rect | null {
  let used: Rect | null = null;
  for (const [key, cell] of sheet.cells) {
    if (!hasContent(cell) && (valuesOnly || !cell.style)) continue;
    if (within && !containsCell(within, keyRow(key), keyCol(key))) continue;
    const r = { row: keyRow(key), col: keyCol(key), rows: 1, cols: 1 };
    used = used ? boundingRect(used, r) : r;
  }
  return used;
}

defineProperties<SheetModel>(WorksheetProxy, {
  id: { read: (s) => s.id },
  name: {
    read: (s) => s.name,
    write: (s, v, self) => {
      const model = self._ctx.state.model;
      const location = "Worksheet.name";
      const name = checkSheetName(v, location);
      checkStructureEditable(model, location);
      const other = findSheet(model, name);
      if (other && other !== s) throw officeError("ItemAlreadyExists", `A sheet named "${name}" exists.`, location);
      s.name = name;
    },
  },
  position: {
    read: (s, self) => self._ctx.state.model.sheets.indexOf(s),
    write: (s, v, self) => {
      const model = self._ctx.state.model;
      const location = "Worksheet.position";
      const position = checkNumber(v, location);
      checkStructureEditable(model, location);
      if (!Number.isInteger(position) || position < 0 || position >= model.sheets.length) {
        throw officeError("InvalidArgument", "The position is outside the workbook.", location);
      }
      model.sheets.splice(model.sheets.indexOf(s), 1);
      model.sheets.splice(position, 0, s);
    },
  },
  visibility: {
    read: (s) => s.visibility,
    write: (s, v, self) => {
      const model = self._ctx.state.model;
      const location = "Worksheet.visibility";
      const visibility = checkOneOf(v, ["Visible", "Hidden", "VeryHidden"], location);
      checkStructureEditable(model, location);
      if (visibility !== "Visible" && s.visibility === "Visible" && visibleSheets(model).length === 1) {
        throw officeError("InvalidOperation", "A workbook must keep one visible sheet.", location);
      }
      s.visibility = visibility;
      if (visibility !== "Visible") activateNeighbour(model, s, model.sheets.indexOf(s));
    },
  },
  tabColor: {
    since: "1.7",
    read: (s) => s.tabColor,
    write: (s, v) => {
      s.tabColor = v === "" ? "" : normalizeColor(v, "Worksheet.tabColor");
    },
  },
  showGridlines: {
    since: "1.8",
    read: (s) => s.showGridlines,
    write: (s, v) => {
      s.showGridlines = checkBoolean(v, "Worksheet.showGridlines");
    },
  },
});

const PROTECTION_DEFAULTS: Record<string, unknown> = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
};

export class WorksheetProtectionProxy extends FakeClientObject<SheetModel> {
  constructor(ctx: ContextState, resolver: () => SheetModel | null) {
    super(ctx, "WorksheetProtection", resolver);
  }

  /**
   * Protecting an already protected sheet changes nothing: office-js#6784 reports AccessDenied there as a
   * regression, so the fake keeps the long-standing behaviour. An empty password means none.
   */
  protect(options?: Record<string, unknown> | null, password?: string): void {
    this._requireApi("protect", password === undefined ? "1.2" : "1.7");
    const args = password === undefined ? [options ?? null] : [options ?? null, password];
    this._enqueue("protect", args, (sheet) => {
      const location = "WorksheetProtection.protect";
      if (sheet.protection.protected) {
        if (this._ctx.state.strictProtection) throw officeError("AccessDenied", undefined, location);
        return;
      }
      for (const key of Object.keys(options ?? {})) {
        if (!(key in PROTECTION_DEFAULTS)) throw officeError("InvalidArgument", `Unknown option ${key}.`, location);
      }
      if (password !== undefined && typeof password !== "string")
        throw officeError("InvalidArgument", undefined, location);
      sheet.protection = {
        protected: true,
        password: password ? password : null,
        options: { ...PROTECTION_DEFAULTS, ...(options ?? {}) },
      };
    });
  }

  /** A wrong password fails with InvalidArgument (the code Microsoft Graph's unprotect answers; assumed here). */
  unprotect(password?: string): void {
    this._requireApi("unprotect", "1.7");
    this._enqueue("unprotect", password === undefined ? [] : [password], (sheet) => {
      if (!sheet.protection.protected) {
        if (this._ctx.state.strictProtection) {
          throw officeError("AccessDenied", undefined, "WorksheetProtection.unprotect");
        }
        return;
      }
      if (sheet.protection.password !== null && password !== sheet.protection.password) {
        throw officeError("InvalidArgument", "The password is not correct.", "WorksheetProtection.unprotect");
      }
      sheet.protection = { protected: false, password: null, options: {} };
    });
  }
}

defineProperties<SheetModel>(WorksheetProtectionProxy, {
  protected: { read: (s) => s.protection.protected },
  options: { read: (s) => ({ ...PROTECTION_DEFAULTS, ...s.protection.options }) },
});

export class WorksheetFreezePanesProxy extends FakeClientObject<SheetModel> {
  constructor(ctx: ContextState, resolver: () => SheetModel | null) {
    super(ctx, "WorksheetFreezePanes", resolver);
  }

  /**
   * freezeRows and freezeColumns each replace the whole frozen area (assumed: the docs do not say whether the
   * other direction stays frozen); freezeAt sets both at once.
   */
  freezeRows(count = 1): void {
    this._freeze("freezeRows", [count], () => ({ rows: count, columns: 0 }));
  }

  freezeColumns(count = 1): void {
    this._freeze("freezeColumns", [count], () => ({ rows: 0, columns: count }));
  }

  freezeAt(frozenRange: unknown): void {
    this._ctx.checkArgument(frozenRange);
    this._freeze("freezeAt", [frozenRange], (sheet) => {
      let rect: Rect;
      if (frozenRange instanceof FakeClientObject) {
        const t = (frozenRange as FakeClientObject<RangeTarget>)._resolve();
        if (!t || t.sheet !== sheet) throw officeError("InvalidArgument", undefined, "WorksheetFreezePanes.freezeAt");
        rect = t.rect;
      } else {
        rect = rangeOnSheet(this._ctx.state.model, sheet, String(frozenRange));
      }
      return { rows: rect.row + rect.rows, columns: rect.col + rect.cols };
    });
  }

  unfreeze(): void {
    this._freeze("unfreeze", [], () => ({ rows: 0, columns: 0 }));
  }

  _freeze(member: string, args: unknown[], panes: (sheet: SheetModel) => { rows: number; columns: number }): void {
    this._requireApi(member, "1.7");
    this._enqueue(member, args, (sheet) => {
      const next = panes(sheet);
      if (![next.rows, next.columns].every((n) => Number.isInteger(n) && n >= 0)) {
        throw officeError("InvalidArgument", undefined, `WorksheetFreezePanes.${member}`);
      }
      sheet.freeze = next;
    });
  }

  getLocationOrNullObject(): RangeProxy {
    this._requireApi("getLocationOrNullObject", "1.7");
    const range = new RangeProxy(this._ctx, () => {
      const sheet = this._resolve();
      if (!sheet || (sheet.freeze.rows === 0 && sheet.freeze.columns === 0)) return null;
      const rows = sheet.freeze.rows || MAX_ROWS;
      const cols = sheet.freeze.columns || MAX_COLUMNS;
      return { sheet, rect: { row: 0, col: 0, rows, cols } };
    });
    range._enqueueInstantiation("getLocationOrNullObject", []);
    return range;
  }
}

const POINTS_PER: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };
const PAPER = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
  "Paper10x14",
  "Paper11x17",
  "Note",
];

export class PageLayoutProxy extends FakeClientObject<SheetModel> {
  constructor(ctx: ContextState, resolver: () => SheetModel | null) {
    super(ctx, "PageLayout", resolver);
  }

  _areaOf(sheet: SheetModel, value: unknown, location: string): Rect {
    if (value instanceof FakeClientObject) {
      const t = (value as FakeClientObject<RangeTarget>)._resolve();
      if (!t || t.sheet !== sheet) throw officeError("InvalidArgument", undefined, location);
      return t.rect;
    }
    if (typeof value !== "string") throw officeError("InvalidArgument", undefined, location);
    return rangeOnSheet(this._ctx.state.model, sheet, value);
  }

  /** Print titles must be whole rows (or columns); they are kept as Excel shows them, e.g. "$1:$3". */
  setPrintTitleRows(printTitleRows: unknown): void {
    this._requireApi("setPrintTitleRows", "1.9");
    this._ctx.checkArgument(printTitleRows);
    this._enqueue("setPrintTitleRows", [printTitleRows], (sheet) => {
      const location = "PageLayout.setPrintTitleRows";
      const rect = this._areaOf(sheet, printTitleRows, location);
      sheet.pageLayout.printTitleRows = formatArea({ ...rect, col: 0, cols: MAX_COLUMNS }, ABSOLUTE);
    });
  }

  setPrintTitleColumns(printTitleColumns: unknown): void {
    this._requireApi("setPrintTitleColumns", "1.9");
    this._ctx.checkArgument(printTitleColumns);
    this._enqueue("setPrintTitleColumns", [printTitleColumns], (sheet) => {
      const rect = this._areaOf(sheet, printTitleColumns, "PageLayout.setPrintTitleColumns");
      sheet.pageLayout.printTitleColumns = formatArea({ ...rect, row: 0, rows: MAX_ROWS }, ABSOLUTE);
    });
  }

  setPrintArea(printArea: unknown): void {
    this._requireApi("setPrintArea", "1.9");
    this._ctx.checkArgument(printArea);
    this._enqueue("setPrintArea", [printArea], (sheet) => {
      const rect = this._areaOf(sheet, printArea, "PageLayout.setPrintArea");
      sheet.pageLayout.printArea = formatArea(rect, ABSOLUTE);
    });
  }

  setPrintMargins(unit: string, marginOptions: Record<string, unknown>): void {
    this._requireApi("setPrintMargins", "1.9");
    this._enqueue("setPrintMargins", [unit, marginOptions], (sheet) => {
      const location = "PageLayout.setPrintMargins";
      const factor = POINTS_PER[checkOneOf(unit, Object.keys(POINTS_PER), location)];
      const names: Record<string, keyof SheetModel["pageLayout"]> = {
        top: "topMargin",
        bottom: "bottomMargin",
        left: "leftMargin",
        right: "rightMargin",
        header: "headerMargin",
        footer: "footerMargin",
      };
      for (const [key, value] of Object.entries(marginOptions ?? {})) {
        const field = names[key];
        if (!field) throw officeError("InvalidArgument", `Unknown margin ${key}.`, location);
        (sheet.pageLayout as unknown as Record<string, number>)[field] = checkNumber(value, location) * factor;
      }
    });
  }
}

function layoutNumber(field: keyof SheetModel["pageLayout"]) {
  return {
    since: "1.9",
    read: (s: SheetModel) => s.pageLayout[field],
    write: (s: SheetModel, v: unknown) => {
      const n = checkNumber(v, `PageLayout.${field}`);
      if (n < 0) throw officeError("InvalidArgument", "Margins cannot be negative.", `PageLayout.${field}`);
      (s.pageLayout as unknown as Record<string, number>)[field] = n;
    },
  };
}

function layoutBoolean(field: "centerHorizontally" | "centerVertically") {
  return {
    since: "1.9",
    read: (s: SheetModel) => s.pageLayout[field],
    write: (s: SheetModel, v: unknown) => {
      s.pageLayout[field] = checkBoolean(v, `PageLayout.${field}`);
    },
  };
}

defineProperties<SheetModel>(PageLayoutProxy, {
  orientation: {
    since: "1.9",
    read: (s) => s.pageLayout.orientation,
    write: (s, v) => {
      s.pageLayout.orientation = checkOneOf(v, ["Portrait", "Landscape"], "PageLayout.orientation");
    },
  },
  paperSize: {
    since: "1.9",
    read: (s) => s.pageLayout.paperSize,
    write: (s, v) => {
      s.pageLayout.paperSize = checkOneOf(v, PAPER, "PageLayout.paperSize");
    },
  },
  topMargin: layoutNumber("topMargin"),
  bottomMargin: layoutNumber("bottomMargin"),
  leftMargin: layoutNumber("leftMargin"),
  rightMargin: layoutNumber("rightMargin"),
  headerMargin: layoutNumber("headerMargin"),
  footerMargin: layoutNumber("footerMargin"),
  centerHorizontally: layoutBoolean("centerHorizontally"),
  centerVertically: layoutBoolean("centerVertically"),
  zoom: {
    since: "1.9",
    read: (s) => ({ ...s.pageLayout.zoom }),
    write: (s, v) => {
      const location = "PageLayout.zoom";
      if (typeof v !== "object" || v === null) throw officeError("InvalidArgument", undefined, location);
      const zoom = v as Record<string, unknown>;
      for (const [key, value] of Object.entries(zoom)) {
        if (!["scale", "horizontalFitToPages", "verticalFitToPages"].includes(key)) {
          throw officeError("InvalidArgument", `Unknown zoom option ${key}.`, location);
        }
        checkNumber(value, location);
      }
      if (zoom.scale !== undefined && ((zoom.scale as number) < 10 || (zoom.scale as number) > 400)) {
        throw officeError("InvalidArgument", "Scale runs from 10 to 400.", location);
      }
      s.pageLayout.zoom = { ...(zoom as SheetModel["pageLayout"]["zoom"]) };
    },
  },
});

const sheetChild =
  <C extends FakeClientObject>(make: (ctx: ContextState, resolve: () => SheetModel | null) => C) =>
  (owner: FakeClientObject) =>
    make(owner._ctx, () => (owner as WorksheetProxy)._resolve());

defineNavigation(WorksheetProxy, {
  protection: { create: sheetChild((ctx, r) => new WorksheetProtectionProxy(ctx, r)), since: "1.2" },
  freezePanes: { create: sheetChild((ctx, r) => new WorksheetFreezePanesProxy(ctx, r)), since: "1.7" },
  pageLayout: { create: sheetChild((ctx, r) => new PageLayoutProxy(ctx, r)), since: "1.9" },
  names: {
    since: "1.4",
    create: (owner) =>
      new NamedItemCollectionProxy(owner._ctx, () => {
        const sheet = (owner as WorksheetProxy)._resolve();
        return sheet && { sheet };
      }),
  },
});
