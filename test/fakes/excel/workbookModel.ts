// The fake workbook's plain state: sheets of sparse cells, styles, names, validations, conditional formats, protection.

import type { Anchors } from "./a1Address";
import type { Rect } from "./rect";

export type Scalar = string | number | boolean;

/** Style properties by flat key ("fill.color", "font.bold", "locked", "border.top.style", …). */
export type Style = Record<string, unknown>;

export interface CellRecord {
  /** A constant: number, boolean, text, or an error string such as "#N/A" (then `error` is set). */
  value?: Scalar;
  /** Formula text starting with "="; when set, `value` is unused. */
  formula?: string;
  /** Text entered with Excel's hidden apostrophe prefix ("'=x" is the text "=x"). */
  quotePrefix?: boolean;
  error?: boolean;
  style?: Style;
}

export interface ValidationRegion {
  id: number;
  rects: Rect[];
  rule: Record<string, unknown> | null;
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  prompt: { message: string; showPrompt: boolean; title: string };
  ignoreBlanks: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  rects: Rect[];
  type: string;
  priority: number;
  stopIfTrue: boolean;
  rule: Record<string, unknown>;
  format: Style;
}

export interface SheetProtectionModel {
  protected: boolean;
  password: string | null;
  options: Record<string, unknown>;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  centerVertically: boolean;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows: string | null;
  printTitleColumns: string | null;
  printArea: string | null;
}

export interface NameModel {
  name: string;
  /** Null for workbook scope. */
  scopeSheetId: string | null;
  comment: string;
  visible: boolean;
  /** A range reference, a constant, or an error (a reference whose sheet was deleted). */
  reference:
    | { kind: "range"; sheetId: string; rect: Rect; anchors: Anchors }
    | { kind: "constant"; value: Scalar }
    | { kind: "error"; text: string };
}

export interface SheetModel {
  id: string;
  name: string;
  deleted: boolean;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  cells: Map<number, CellRecord>;
  rowStyles: Map<number, Style>;
  colStyles: Map<number, Style>;
  sheetStyle: Style;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  merges: Rect[];
  validations: ValidationRegion[];
  conditionalFormats: ConditionalFormatModel[];
  protection: SheetProtectionModel;
  freeze: { rows: number; columns: number };
  pageLayout: PageLayoutModel;
  selection: Rect;
  /** The other areas of a selection of several (Ctrl+click); empty for one block. */
  moreSelected: Rect[];
}

export interface CustomPropertyModel {
  key: string;
  value: unknown;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  activeSheetId: string;
  names: NameModel[];
  customProperties: CustomPropertyModel[];
  protection: { protected: boolean; password: string | null };
  counters: { sheet: number; validation: number; conditionalFormat: number };
}

export const STANDARD_COLUMN_WIDTH = 48;
export const STANDARD_ROW_HEIGHT = 15;

export function cellKey(row: number, col: number): number {
  // 16384 columns: the key stays an exact integer for every cell of the grid.
  return row * 16384 + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / 16384);
}

export function keyCol(key: number): number {
  return key % 16384;
}

export function newSheet(model: WorkbookModel, name: string): SheetModel {
  model.counters.sheet += 1;
  const n = model.counters.sheet;
  return {
    id: `{${n.toString(16).toUpperCase().padStart(8, "0")}-0000-4000-8000-00000000FAKE}`,
    name,
    deleted: false,
    visibility: "Visible",
    tabColor: "",
    showGridlines: true,
    cells: new Map(),
    rowStyles: new Map(),
    colStyles: new Map(),
    sheetStyle: {},
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    validations: [],
    conditionalFormats: [],
    protection: { protected: false, password: null, options: {} },
    freeze: { rows: 0, columns: 0 },
    pageLayout: {
      // Defaults of a new en-US workbook ("Normal" margins in points); Vietnamese installs default to A4.
      orientation: "Portrait",
      paperSize: "Letter",
      topMargin: 54,
      bottomMargin: 54,
      leftMargin: 50.4,
      rightMargin: 50.4,
      headerMargin: 21.6,
      footerMargin: 21.6,
      centerHorizontally: false,
      centerVertically: false,
      zoom: { scale: 100 },
      printTitleRows: null,
      printTitleColumns: null,
      printArea: null,
    },
    selection: { row: 0, col: 0, rows: 1, cols: 1 },
    moreSelected: [],
  };
}

export function newWorkbook(sheetNames: readonly string[]): WorkbookModel {
  const model: WorkbookModel = {
    sheets: [],
    activeSheetId: "",
    names: [],
    customProperties: [],
    protection: { protected: false, password: null },
    counters: { sheet: 0, validation: 0, conditionalFormat: 0 },
  };
  for (const name of sheetNames) model.sheets.push(newSheet(model, name));
  model.activeSheetId = model.sheets[0]?.id ?? "";
  return model;
}

export function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

export function findSheet(model: WorkbookModel, nameOrId: string): SheetModel | undefined {
  return model.sheets.find((s) => s.id === nameOrId || sameName(s.name, nameOrId));
}

export function sheetById(model: WorkbookModel, id: string): SheetModel | undefined {
  return model.sheets.find((s) => s.id === id);
}

export function activeSheet(model: WorkbookModel): SheetModel {
  const sheet = sheetById(model, model.activeSheetId);
  if (!sheet) throw new Error("fake workbook has no active sheet");
  return sheet;
}
