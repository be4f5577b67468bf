// Writes one sheet of a plan into a sheet part: the cell blocks always; layout, validations, conditional formats,
// freeze, print setup and protection only on a sheet the plan creates (an existing sheet keeps everything else,
// but for the columns a plan hides and the rows it sizes for the text it writes).

import { blockBox } from "../../workbook/plan/blockBox";
import type { CellSpec, CellStyle, SheetPlan } from "../../workbook/plan/planTypes";
import { areaText, rangeAreas, sqref } from "../../workbook/layout/rangeAreas";
import { formulaNumber } from "../../workbook/formulas/formulaLiteral";
import type { SharedStrings } from "./sharedStrings";
import { cellFormula, sharedFormulasChanged, sharedOrigin } from "./sheetCellValue";
import type { SheetCell, SheetPart, SheetRow } from "./sheetPart";
import { argb, type StylesPart } from "./stylesPart";
import { escapeXml } from "./xmlText";
import { columnLetter, parseRange } from "../../workbook/layout/cellAddress";

export interface WriteContext {
  strings: SharedStrings;
  styles: StylesPart;
  planStyles: Record<string, CellStyle>;
}

const WORKSHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

function rowOf(sheet: SheetPart, r: number): SheetRow {
  let row = sheet.rows.get(r);
  if (!row) {
    row = { attributes: "", cells: new Map() };
    sheet.rows.set(r, row);
  }
  return row;
}

/** Sets the cell's content from its spec; text stays text (a shared string), never a formula. */
function setContent(cell: SheetCell, spec: CellSpec, strings: SharedStrings): void {
  cell.rest = "";
  if (spec.f !== undefined) {
    cell.t = undefined;
    cell.inner = `<f>${escapeXml(spec.f.replace(/^=/, ""))}</f>`;
    return;
  }
  const v = spec.v;
  if (v === undefined || v === null || v === "") {
    cell.t = undefined;
    cell.inner = "";
  } else if (typeof v === "string") {
    cell.t = "s";
    cell.inner = `<v>${strings.add(v)}</v>`;
  } else if (typeof v === "boolean") {
    cell.t = "b";
    cell.inner = v ? "<v>1</v>" : "<v>0</v>";
  } else {
    if (!Number.isFinite(v)) throw new Error(`Workbook plan writes a non-finite number: ${v}`);
    cell.t = undefined;
    cell.inner = `<v>${v}</v>`;
  }
}

/** Before the first cell of a shared formula is overwritten, the other cells of it get their own formula text. */
function detachSharedFollowers(sheet: SheetPart, origin: SheetCell): void {
  const shared = sharedOrigin(origin);
  const box = shared && parseRange(shared.ref);
  if (!shared || !box) return;
  const follower = new RegExp(`<f\\b[^>]*\\bsi="${shared.si}"[^>]*?(?:/>|></f>)`);
  for (let r = box.row; r < box.row + box.rows; r++) {
    for (let c = box.column; c < box.column + box.columns; c++) {
      const cell = sheet.cell(r, c);
      if (!cell || cell === origin || !follower.test(cell.inner)) continue;
      const formula = cellFormula(sheet, cell, r, c);
      if (formula !== null) cell.inner = cell.inner.replace(follower, `<f>${escapeXml(formula)}</f>`);
    }
  }
  sharedFormulasChanged(sheet);
}

function writeBlocks(sheet: SheetPart, plan: SheetPlan, context: WriteContext): void {
  const { styles, strings, planStyles } = context;
  for (const block of plan.blocks) {
    const origin = blockBox(block);
    block.cells.forEach((specs, i) => {
      const r = origin.row + i;
      const row = rowOf(sheet, r);
      specs.forEach((spec, j) => {
        const c = origin.column + j;
        let cell = row.cells.get(c);
        if (!cell) {
          cell = { rest: "", inner: "" };
          row.cells.set(c, cell);
        }
        const input = spec.input === true;
        // A merge's covered cells hold no value in Excel; they keep their format.
        if (!sheet.isCovered(r, c)) {
          if (cell.inner.includes('t="shared"')) detachSharedFollowers(sheet, cell);
          setContent(cell, spec, strings);
        }
        if (spec.s !== undefined) {
          if (!Object.hasOwn(planStyles, spec.s)) throw new Error(`Workbook plan uses an undefined style "${spec.s}"`);
          cell.s = styles.planXf(spec.s, planStyles[spec.s], input);
        } else {
          cell.s = styles.withLock(cell.s ?? 0, input);
        }
      });
    });
  }
}

function setRowHeight(sheet: SheetPart, r: number, height: number): void {
  const row = rowOf(sheet, r);
  row.attributes = row.attributes.replace(/\s(?:ht|customHeight)="[^"]*"/g, "") + ` ht="${height}" customHeight="1"`;
}

interface ColumnRun {
  min: number;
  max: number;
  attributes: string;
}

function colsXml(runs: readonly ColumnRun[]): string {
  return `<cols>${runs.map((run) => `<col min="${run.min}" max="${run.max}"${run.attributes}/>`).join("")}</cols>`;
}

/** The head's <col> runs with the given (0-based) columns hidden, runs split where needed. */
function hideColumns(head: string, hidden: readonly number[]): string {
  if (hidden.length === 0) return head;
  const cols = /<cols>([\s\S]*?)<\/cols>|<cols\/>/.exec(head);
  const runs: ColumnRun[] = [];
  for (const m of (cols?.[1] ?? "").matchAll(/<col\b([^>]*?)\/?>(?:<\/col>)?/g)) {
    const min = Number(/\smin="(\d+)"/.exec(m[1])?.[1]);
    const max = Number(/\smax="(\d+)"/.exec(m[1])?.[1]);
    if (min > 0 && max >= min) runs.push({ min, max, attributes: m[1].replace(/\s(?:min|max)="[^"]*"/g, "") });
  }
  for (const index of hidden) {
    const column = index + 1;
    const at = runs.findIndex((run) => run.min <= column && column <= run.max);
    if (at < 0) {
      runs.push({ min: column, max: column, attributes: ' hidden="1"' });
      continue;
    }
    const run = runs[at];
    if (/\shidden="(?:1|true)"/.test(run.attributes)) continue;
    const pieces: ColumnRun[] = [];
    if (run.min < column) pieces.push({ ...run, max: column - 1 });
    pieces.push({
      min: column,
      max: column,
      attributes: run.attributes.replace(/\shidden="[^"]*"/, "") + ' hidden="1"',
    });
    if (column < run.max) pieces.push({ ...run, min: column + 1 });
    runs.splice(at, 1, ...pieces);
  }
  runs.sort((a, b) => a.min - b.min);
  const xml = colsXml(runs);
  if (cols) return head.slice(0, cols.index) + xml + head.slice(cols.index + cols[0].length);
  const sheetData = head.lastIndexOf("<sheetData");
  return head.slice(0, sheetData) + xml + head.slice(sheetData);
}

function columnsXml(plan: SheetPlan): string {
  const widths = plan.columnWidths ?? {};
  const hidden = new Set(plan.hiddenColumns ?? []);
  const indexes = [...new Set([...Object.keys(widths).map(Number), ...hidden])].sort((a, b) => a - b);
  const describe = (i: number) =>
    (widths[i] !== undefined ? ` width="${widths[i]}" customWidth="1"` : "") + (hidden.has(i) ? ' hidden="1"' : "");
  const runs: ColumnRun[] = [];
  for (const i of indexes) {
    const attributes = describe(i);
    const last = runs[runs.length - 1];
    if (last && last.max === i && last.attributes === attributes) last.max = i + 1;
    else runs.push({ min: i + 1, max: i + 1, attributes });
  }
  if (runs.length === 0) return "";
  return colsXml(runs);
}

function sheetViewXml(plan: SheetPlan): string {
  const freeze = plan.freeze;
  if (!freeze || (freeze.rows <= 0 && freeze.columns <= 0))
    return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = freeze.rows > 0 && freeze.columns > 0 ? "bottomRight" : freeze.rows > 0 ? "bottomLeft" : "topRight";
  const topLeft = `${columnLetter(freeze.columns)}${freeze.rows + 1}`;
  return (
    '<sheetViews><sheetView workbookViewId="0"><pane' +
    (freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : "") +
    (freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : "") +
    ` topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

function validationsXml(plan: SheetPlan): string {
  const validations = plan.validations ?? [];
  if (validations.length === 0) return "";
  const items = validations.map((v) => {
    const rule = v.rule;
    let xml =
      rule.kind === "list"
        ? '<dataValidation type="list" allowBlank="1"'
        : `<dataValidation type="${rule.kind}" operator="between" allowBlank="1"`;
    if (v.promptTitle || v.promptMessage) {
      xml += ' showInputMessage="1"';
      if (v.promptTitle) xml += ` promptTitle="${escapeXml(v.promptTitle)}"`;
      if (v.promptMessage) xml += ` prompt="${escapeXml(v.promptMessage)}"`;
    }
    xml += ` showErrorMessage="1" errorStyle="stop" errorTitle="${escapeXml(v.errorTitle)}" error="${escapeXml(v.errorMessage)}"`;
    xml += ` sqref="${sqref(v.range)}">`;
    // Bounds are formula literals, which a file stores locale-free.
    if (rule.kind === "list") xml += `<formula1>${escapeXml(`"${rule.items.join(",")}"`)}</formula1>`;
    else xml += `<formula1>${formulaNumber(rule.min)}</formula1><formula2>${formulaNumber(rule.max)}</formula2>`;
    return xml + "</dataValidation>";
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

function conditionalFormatsXml(plan: SheetPlan, styles: StylesPart): string {
  return (plan.conditionalFormats ?? [])
    .map(
      (format, i) =>
        `<conditionalFormatting sqref="${sqref(format.range)}"><cfRule type="expression" dxfId="${styles.dxf(format)}"` +
        ` priority="${i + 1}"><formula>${escapeXml(format.formula.replace(/^=/, ""))}</formula></cfRule></conditionalFormatting>`,
    )
    .join("");
}

// Files measure margins in inches; header and footer sit halfway into the top and bottom margins.
const inches = (cm: number) => Math.round((cm / 2.54) * 1000) / 1000;

function printXml(plan: SheetPlan): string {
  const print = plan.print;
  let xml = print?.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : "";
  const m = print?.margins;
  xml += m
    ? `<pageMargins left="${inches(m.left)}" right="${inches(m.right)}" top="${inches(m.top)}" bottom="${inches(m.bottom)}"` +
      ` header="${inches(m.top / 2)}" footer="${inches(m.bottom / 2)}"/>`
    : '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (!print) return xml;
  // A4 unless the plan says A5 (paper codes of the file format: 9 A4, 11 A5).
  xml += `<pageSetup paperSize="${print.paper === "A5" ? 11 : 9}" orientation="${print.orientation}"`;
  xml += print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"/>' : "/>";
  const breaks = print.rowBreaks ?? [];
  if (breaks.length > 0) {
    xml += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`;
    xml += breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("") + "</rowBreaks>";
  }
  return xml;
}

/** The <dimension> of a sheet: from A1 to its last row and column with a cell ("A1" without cells). */
function dimensionRef(sheet: SheetPart): string {
  const extent = sheet.extent();
  return extent ? `A1:${columnLetter(extent.columns - 1)}${extent.rows}` : "A1";
}

function createSheet(sheet: SheetPart, plan: SheetPlan, context: WriteContext): void {
  const merges = (plan.merges ?? []).flatMap(rangeAreas);
  sheet.setMerges(merges);
  writeBlocks(sheet, plan, context);
  for (const [r, height] of Object.entries(plan.rowHeights ?? {})) setRowHeight(sheet, Number(r), height);
  for (const r of plan.hiddenRows ?? []) rowOf(sheet, r).attributes += ' hidden="1"';
  const sheetPr =
    (plan.tabColor ? `<tabColor rgb="${argb(plan.tabColor)}"/>` : "") +
    (plan.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : "");
  sheet.head =
    WORKSHEET_OPEN +
    (sheetPr ? `<sheetPr>${sheetPr}</sheetPr>` : "") +
    `<dimension ref="${dimensionRef(sheet)}"/>` +
    sheetViewXml(plan) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    columnsXml(plan) +
    "<sheetData>";
  sheet.tail =
    "</sheetData>" +
    (plan.protect ? '<sheetProtection sheet="1" objects="1" scenarios="1"/>' : "") +
    (merges.length > 0
      ? `<mergeCells count="${merges.length}">${merges.map((b) => `<mergeCell ref="${areaText(b)}"/>`).join("")}</mergeCells>`
      : "") +
    conditionalFormatsXml(plan, context.styles) +
    validationsXml(plan) +
    printXml(plan) +
    "</worksheet>";
}

/** Writes the plan's sheet into its part. Print titles and area are defined names: the host sets those. */
export function writeSheetPlan(sheet: SheetPart, plan: SheetPlan, context: WriteContext): void {
  sheet.dirty = true;
  if (plan.create) {
    createSheet(sheet, plan, context);
    return;
  }
  writeBlocks(sheet, plan, context);
  sheet.head = hideColumns(sheet.head, plan.hiddenColumns ?? []);
  for (const [r, height] of Object.entries(plan.rowHeights ?? {})) setRowHeight(sheet, Number(r), height);
  sheet.head = sheet.head.replace(/<dimension\b[^>]*?\/>/, `<dimension ref="${dimensionRef(sheet)}"/>`);
}
