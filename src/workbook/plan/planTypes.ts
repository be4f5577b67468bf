// A WorkbookPlan is everything a write to the workbook does, as plain data: both hosts apply the same plan,
// so Excel (Office.js) and .xlsx files end up with the same sheets, cells, formulas, names and protection.

/** A cell's value as written: text is always written as text (never parsed into a formula or a number). */
export type CellValue = string | number | boolean | null;

/** One cell of a block: either a value or a formula (never both). */
export interface CellSpec {
  /** A literal value. Strings are text even when they start with "=", "+", "-" or "@". */
  v?: CellValue;
  /** A formula in English (invariant) syntax without the leading "=", e.g. "SUM(D5:D9)". Newer functions
   * carry their "_xlfn." prefix; hosts that need the bare name (Office.js) strip it. */
  f?: string;
  /** Style id from WorkbookPlan.styles. */
  s?: string;
  /** Input cell: unlocked on a protected sheet. Default: locked. */
  input?: boolean;
}

/** A rectangle of cells starting at `at` (top-left, A1 without sheet), rows of equal length. */
export interface CellBlock {
  at: string;
  cells: CellSpec[][];
}

export interface CellStyle {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string };
  /** Fill colour "#RRGGBB". */
  fill?: string;
  numberFormat?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin border on all sides. */
  border?: boolean;
}

/** Excel data validation on a range of input cells. */
export type ValidationRule =
  | { kind: "decimal"; min: number; max: number }
  | { kind: "whole"; min: number; max: number }
  | { kind: "list"; items: string[] };

export interface ValidationPlan {
  /** A1 range without sheet. */
  range: string;
  rule: ValidationRule;
  /** Error alert (stop style) and input prompt, already in the workbook's language. */
  errorTitle: string;
  errorMessage: string;
  promptTitle?: string;
  promptMessage?: string;
}

/** A conditional format: fill/font when the formula (relative to the range's top-left cell) is true. */
export interface ConditionalFormatPlan {
  range: string;
  /** Formula without "=", relative to the top-left cell of `range`. */
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

/** Page margins in centimetres (official documents: top and bottom 2, left 3, right 1.5). */
export interface PrintMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PrintPlan {
  orientation: "landscape" | "portrait";
  /** Rows repeated at the top of each printed page, e.g. "1:4". */
  titleRows?: string;
  /** Fit to one page wide (height free). */
  fitToWidth: boolean;
  /** Print area A1 range without sheet. */
  area?: string;
  /** Page margins; the host's defaults when absent. */
  margins?: PrintMargins;
  /** Centre the printed area between the left and right margins. */
  centerHorizontally?: boolean;
  /** Paper size; A4 when absent. */
  paper?: "A4" | "A5";
  /**
   * Manual page breaks after these 1-based rows (one ballot per page). Honoured by the .xlsx host, which builds the
   * workbooks that carry them (ballots); the Office host does not set page breaks.
   */
  rowBreaks?: number[];
}

/** Canonical sheet keys of the workbook contract (design.md); peer sheets are "peer:<unit code>". */
export type SheetKey =
  | "guide"
  | "settings"
  | "criteria"
  | "units"
  | "data"
  | "self"
  | "review"
  | "final"
  | "peerMatrix"
  | "evidence"
  | "result"
  | "print"
  | "yearSummary"
  | "analysis"
  | "history"
  | "log"
  | "meta"
  | "undo"
  /** The year-end meeting: particulars (Cuộc họp), candidates and votes (Bình xét), one cluster's minutes. */
  | "meeting"
  | "votes"
  | `minutes:${string}`
  /** A ballot workbook's one sheet (not part of the scoring workbook). */
  | "ballot"
  | `peer:${string}`
  /** The sheets of a province workbook (src/workbook/province), which has a shape of its own. */
  | `province:${string}`;

export interface SheetPlan {
  key: SheetKey;
  /** The sheet's name in this workbook (canonical name, or a suffixed one when that name was taken). */
  name: string;
  /** Create the sheet (inject) or only write into it (ranking into an existing sheet). */
  create: boolean;
  visibility?: "visible" | "hidden" | "veryHidden";
  tabColor?: string;
  blocks: CellBlock[];
  /** Column widths in characters, by 0-based column index. */
  columnWidths?: Record<number, number>;
  /**
   * Row heights in points, by 1-based row (rows not listed keep the default height), on a sheet the plan creates;
   * fitRowHeights.ts estimates them from the text.
   */
  rowHeights?: Record<number, number>;
  /** Rows hidden on a sheet the plan creates (rows with nothing to enter or read, so that they do not print). */
  hiddenRows?: number[];
  /** Hidden columns, by 0-based index. */
  hiddenColumns?: number[];
  /** Merged ranges (A1 without sheet). */
  merges?: string[];
  validations?: ValidationPlan[];
  conditionalFormats?: ConditionalFormatPlan[];
  /** Frozen rows and columns at the top-left. */
  freeze?: { rows: number; columns: number };
  /** Protect the sheet (no password) after writing: input cells stay editable. */
  protect?: boolean;
  print?: PrintPlan;
}

/** A workbook-scoped defined name. */
export interface NamePlan {
  name: string;
  /** Sheet name and A1 range with $ anchors, e.g. { sheet: "Tự chấm", range: "$D$6:$M$40" }. */
  sheet: string;
  range: string;
}

export interface WorkbookPlan {
  /** Styles referenced by CellSpec.s. */
  styles: Record<string, CellStyle>;
  sheets: SheetPlan[];
  names: NamePlan[];
  /** Sheets (by name) that must be unprotected before writing and re-protected after, when not created. */
  touches?: string[];
  /**
   * The sheet recording what this write changes (the undo snapshot), which must outlive the write being cut off
   * part-way. A host that sends a plan in several requests (Office) writes that sheet (in `sheets`) with all its
   * blocks but the last, then its defined name `name` (in `names`), before any other cell or name, and its last block
   * (the marker saying the write is complete) after every other cell and name. A host applying a plan at once writes
   * the blocks in their order, as for any sheet.
   */
  journal?: { sheet: string; name: string };
}
