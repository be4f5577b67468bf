// Writes one sheet of a plan into an ExcelJS worksheet: the cell blocks always; layout, validations, formats,
// freeze, print setup and protection only on a sheet the plan creates (an existing sheet keeps everything else).

import ExcelJS from "exceljs";
import { blockBox } from "../../workbook/plan/blockBox";
import type { CellSpec, SheetPlan } from "../../workbook/plan/planTypes";
import { excelConditionalFormat } from "./excelConditionalFormat";
import { ExcelStyleBook, type ExcelStyle } from "./excelCellStyle";
import { excelValidation } from "./excelValidation";
import { areaText, rangeAreas } from "../../workbook/layout/rangeAreas";
import { detachSharedFollowers } from "./sharedFormulaFollowers";
import { worksheetInternals } from "./worksheetInternals";

/** What a cell spec writes: a formula, a value, or blank (no value, null or "": Office.js clears on "" too). */
function content(spec: CellSpec): ExcelJS.CellValue {
  if (spec.f !== undefined) return { formula: spec.f.replace(/^=/, "") };
  const v = spec.v;
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "number" && !Number.isFinite(v)) throw new Error(`Workbook plan writes a non-finite number: ${v}`);
  return v;
}

function isEmptyStyle(style: ExcelStyle): boolean {
  for (const key in style) if (style[key as keyof ExcelStyle] !== undefined) return false;
  return true;
}

/** A cell without a plan style keeps its own formatting; only its lock state follows the plan. */
function lockOnly(current: ExcelStyle, input: boolean, book: ExcelStyleBook): ExcelStyle {
  if (isEmptyStyle(current)) return book.get(undefined, input);
  const unlocked = current.protection?.locked === false;
  if (unlocked === input) return current;
  const next: ExcelStyle = { ...current };
  if (input) next.protection = { locked: false };
  else delete next.protection;
  return next;
}

function writeBlocks(sheet: ExcelJS.Worksheet, plan: SheetPlan, book: ExcelStyleBook): void {
  for (const block of plan.blocks) {
    const origin = blockBox(block);
    block.cells.forEach((specs, r) => {
      const row = sheet.getRow(origin.row + r);
      specs.forEach((spec, c) => {
        const cell = row.getCell(origin.column + c + 1);
        const input = spec.input === true;
        // ExcelJS would send a covered cell's value to the merge's first cell; Excel keeps none there either.
        if (cell.type !== ExcelJS.ValueType.Merge) {
          detachSharedFollowers(sheet, cell);
          cell.value = content(spec);
        }
        cell.style = spec.s === undefined ? lockOnly(cell.style, input, book) : book.get(spec.s, input);
      });
    });
  }
}

function writeLayout(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const [index, width] of Object.entries(plan.columnWidths ?? {})) {
    sheet.getColumn(Number(index) + 1).width = width;
  }
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) sheet.getRow(Number(row)).height = height;
  for (const index of plan.hiddenColumns ?? []) sheet.getColumn(index + 1).hidden = true;
  for (const row of plan.hiddenRows ?? []) sheet.getRow(row).hidden = true;
  for (const merge of plan.merges ?? []) {
    for (const box of rangeAreas(merge)) sheet.mergeCells(areaText(box));
  }
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    sheet.views = [{ state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }];
  }
}

function writeRules(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  const validations = worksheetInternals(sheet).dataValidations;
  for (const validation of plan.validations ?? []) {
    const rule = excelValidation(validation);
    // One entry per area: ExcelJS writes a range key as one sqref instead of merging cell by cell.
    for (const box of rangeAreas(validation.range)) validations.model[areaText(box)] = rule;
  }
  (plan.conditionalFormats ?? []).forEach((format, i) => {
    sheet.addConditionalFormatting(excelConditionalFormat(format, i + 1));
  });
}

function writePrint(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  if (!plan.print) return;
  const setup = sheet.pageSetup;
  // A4 unless the plan says A5 (paper codes of the file format: 9 A4, 11 A5).
  setup.paperSize = plan.print.paper === "A5" ? 11 : 9;
  setup.orientation = plan.print.orientation;
  if (plan.print.fitToWidth) {
    setup.fitToPage = true;
    setup.fitToWidth = 1;
    setup.fitToHeight = 0;
  }
  const margins = plan.print.margins;
  if (margins) {
    // Files measure margins in inches; header and footer sit halfway into the top and bottom margins.
    const inches = (cm: number) => Math.round((cm / 2.54) * 1000) / 1000;
    setup.margins = {
      top: inches(margins.top),
      bottom: inches(margins.bottom),
      left: inches(margins.left),
      right: inches(margins.right),
      header: inches(margins.top / 2),
      footer: inches(margins.bottom / 2),
    };
  }
  if (plan.print.centerHorizontally) setup.horizontalCentered = true;
  for (const row of plan.print.rowBreaks ?? []) sheet.getRow(row).addPageBreak();
}

/** Locked cells and unlocked cells may be selected; nothing else is allowed, and there is no password. */
function protectSheet(sheet: ExcelJS.Worksheet): void {
  // ExcelJS writes objects/scenarios="1" (protected) for false, and leaves the select flags at Excel's "allowed".
  worksheetInternals(sheet).sheetProtection = { sheet: true, objects: false, scenarios: false };
}

/** Writes the plan's sheet. Print titles and area are defined names: the host sets those. */
export function writeSheetPlan(sheet: ExcelJS.Worksheet, plan: SheetPlan, book: ExcelStyleBook): void {
  writeBlocks(sheet, plan, book);
  // An existing sheet keeps its layout, except columns a plan hides (rank-key helpers added by a settings change) and
  // rows a plan sizes for the text it writes (notes, findings, vote reasons that wrap).
  for (const index of plan.hiddenColumns ?? []) sheet.getColumn(index + 1).hidden = true;
  if (!plan.create) {
    for (const [row, height] of Object.entries(plan.rowHeights ?? {})) sheet.getRow(Number(row)).height = height;
    return;
  }
  writeLayout(sheet, plan);
  writeRules(sheet, plan);
  writePrint(sheet, plan);
  if (plan.protect) protectSheet(sheet);
}
