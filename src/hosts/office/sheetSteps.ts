// One sheet of a plan as Office.js steps: the cell blocks always; on a sheet the plan creates also its tab colour, row
// heights, column widths, hidden columns and rows, merges, data validations, conditional formats, frozen panes and
// print setup (an existing sheet keeps everything but the blocks' cells, as with the .xlsx host).
// Protection and visibility come last for the whole plan, so they are not here.

import { columnLetter } from "../../workbook/layout/cellAddress";
import type { ConditionalFormatPlan, CellStyle, PrintPlan, SheetPlan } from "../../workbook/plan/planTypes";
import { titleRowsArea } from "../../workbook/layout/nameReference";
import { areaText, rangeAreas } from "../../workbook/layout/rangeAreas";
import { shiftFormula } from "../../workbook/formulas/shiftFormula";
import type { ApplyStep } from "./applyStep";
import { blockSteps } from "./blockSteps";
import { columnWidthPoints } from "../../workbook/layout/columnWidthPoints";
import { coalesceBlocks } from "./coalesceBlocks";
import { officeFormula } from "./officeFormula";
import { mergedValidations } from "./mergedValidations";
import { officeValidation } from "./officeValidation";
import { fitWidthScale } from "./printScale";

export interface SheetStepOptions {
  styles: Record<string, CellStyle>;
  /** ExcelApi 1.9 is there (PageLayout); without it print setup is left out. */
  pageLayout: boolean;
}

const columnRange = (index: number) => `${columnLetter(index)}:${columnLetter(index)}`;

/** Runs of adjacent columns of the same width, each set at once ("E:BB"): a peer sheet's 50 unit columns cost one
 * range instead of fifty. */
function columnWidthRuns(widths: Record<number, number>): { first: number; last: number; width: number }[] {
  const runs: { first: number; last: number; width: number }[] = [];
  const columns = Object.keys(widths)
    .map(Number)
    .sort((a, b) => a - b);
  for (const index of columns) {
    const run = runs[runs.length - 1];
    if (run && run.last === index - 1 && run.width === widths[index]) run.last = index;
    else runs.push({ first: index, last: index, width: widths[index] });
  }
  return runs;
}

function layoutSteps(plan: SheetPlan): ApplyStep[] {
  const steps: ApplyStep[] = [];
  for (const { first, last, width } of columnWidthRuns(plan.columnWidths ?? {})) {
    const address = `${columnLetter(first)}:${columnLetter(last)}`;
    const points = columnWidthPoints(width);
    steps.push({
      run: (env) => {
        env.range(plan.name, address).format.columnWidth = points;
      },
    });
  }
  steps.push(...rowHeightSteps(plan), ...hiddenColumnSteps(plan), ...hiddenRowSteps(plan));
  for (const merge of plan.merges ?? []) {
    for (const box of rangeAreas(merge)) {
      const address = areaText(box);
      steps.push({
        run: (env) => env.range(plan.name, address).merge(false),
      });
    }
  }
  return steps;
}

/** Consecutive rows of one height in one step: plans size most rows of a sheet, often to the same height. */
function rowHeightSteps(plan: SheetPlan): ApplyStep[] {
  const rows = Object.entries(plan.rowHeights ?? {})
    .map(([row, height]) => [Number(row), height] as const)
    .sort((a, b) => a[0] - b[0]);
  const steps: ApplyStep[] = [];
  for (let i = 0; i < rows.length;) {
    const [first, height] = rows[i];
    let last = first;
    while (i + 1 < rows.length && rows[i + 1][0] === last + 1 && rows[i + 1][1] === height) last = rows[++i][0];
    i++;
    const address = `${first}:${last}`;
    steps.push({
      run: (env) => {
        env.range(plan.name, address).format.rowHeight = height;
      },
    });
  }
  return steps;
}

/** A row of height 0 is hidden, as a column of width 0 is (see below). */
function hiddenRowSteps(plan: SheetPlan): ApplyStep[] {
  return (plan.hiddenRows ?? []).map((row) => {
    const address = `${row}:${row}`;
    return {
      run: (env) => {
        env.range(plan.name, address).format.rowHeight = 0;
      },
    };
  });
}

/** A column of width 0 is a hidden column to Excel (Unhide gives it the standard width back). Range.columnHidden
 * says the same more directly, but the repository's fake Excel lacks it; switch once it has it. */
function hiddenColumnSteps(plan: SheetPlan): ApplyStep[] {
  const steps: ApplyStep[] = [];
  for (const index of plan.hiddenColumns ?? []) {
    const address = columnRange(index);
    steps.push({
      run: (env) => {
        env.range(plan.name, address).format.columnWidth = 0;
      },
    });
  }
  return steps;
}

/**
 * The plan's validations merged where they can be (mergedValidations.ts). On this new sheet a write meets an earlier
 * one only when the plan's validations overlap; then each is cleared first, Excel's documented workaround
 * (office-js#2594) for a rule over part of a region with a prompt. The cells a merged write took in are cleared last.
 */
function validationSteps(plan: SheetPlan): ApplyStep[] {
  const { writes, clears, disjoint } = mergedValidations(plan.validations ?? []);
  const steps = writes.map(({ box, validation }): ApplyStep => {
    const { rule, errorAlert, prompt } = officeValidation(validation);
    const address = areaText(box);
    return {
      run: (env) => {
        const dv = env.range(plan.name, address).dataValidation;
        if (!disjoint) dv.clear();
        dv.rule = rule;
        if (prompt) dv.prompt = prompt;
        dv.errorAlert = errorAlert;
      },
    };
  });
  for (const box of clears) {
    const address = areaText(box);
    steps.push({
      run: (env) => env.range(plan.name, address).dataValidation.clear(),
    });
  }
  return steps;
}

function conditionalFormatStep(sheet: string, format: ConditionalFormatPlan): ApplyStep[] {
  const areas = rangeAreas(format.range);
  const origin = areas[0];
  // Excel takes a rule's formula relative to the top-left of its range; each further area gets it moved there.
  return areas.map((box) => {
    const address = areaText(box);
    const formula = officeFormula(
      shiftFormula(format.formula.replace(/^=/, ""), box.row - origin.row, box.column - origin.column),
    );
    return {
      run: (env) => {
        const cf = env.range(sheet, address).conditionalFormats.add("Custom");
        cf.custom.rule.formula = formula;
        if (format.fill) cf.custom.format.fill.color = format.fill;
        if (format.fontColor) cf.custom.format.font.color = format.fontColor;
        if (format.bold) cf.custom.format.font.bold = true;
      },
    };
  });
}

/** Excel puts each new rule on top, so adding them last-first leaves the plan's first rule with the top priority. */
function conditionalFormatSteps(plan: SheetPlan): ApplyStep[] {
  return [...(plan.conditionalFormats ?? [])].reverse().flatMap((f) => conditionalFormatStep(plan.name, f));
}

function freezeSteps(plan: SheetPlan): ApplyStep[] {
  const rows = plan.freeze?.rows ?? 0;
  const columns = plan.freeze?.columns ?? 0;
  if (rows <= 0 && columns <= 0) return [];
  const corner = rows > 0 && columns > 0 ? `A1:${columnLetter(columns - 1)}${rows}` : null;
  return [
    {
      run: (env) => {
        const panes = env.sheet(plan.name).freezePanes;
        if (corner) panes.freezeAt(corner);
        else if (rows > 0) panes.freezeRows(rows);
        else panes.freezeColumns(columns);
      },
    },
  ];
}

/** "$1:$3" from "1:3", "$2:$2" from "2": whole rows, as setPrintTitleRows wants them. */
function titleRowsAddress(rows: string): string {
  const area = titleRowsArea(rows);
  if (!area) throw new Error(`Workbook plan print title rows "${rows}" are not rows`);
  return area;
}

/** Centimetres to points (1 in = 2.54 cm = 72 pt), to two decimals. */
function points(cm: number): number {
  return Math.round((cm / 2.54) * 72 * 100) / 100;
}

/** A4, the plan's orientation, one page wide (any height), title rows, print area, margins and centring. */
function printSteps(plan: SheetPlan, print: PrintPlan): ApplyStep[] {
  const sheet = plan.name;
  const scale = print.fitToWidth ? fitWidthScale(plan) : null;
  const titleRows = print.titleRows ? titleRowsAddress(print.titleRows) : null;
  const area = print.area ? rangeAreas(print.area).map(areaText).join(",") : null;
  const orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  const margins = print.margins;
  return [
    {
      run: (env) => {
        const layout = env.sheet(sheet).pageLayout;
        layout.paperSize = print.paper ?? "A4";
        layout.orientation = orientation;
        // A documented scale rather than pages to fit: Office.js has no documented "any number of pages tall".
        if (scale !== null) layout.zoom = { scale };
        if (titleRows) layout.setPrintTitleRows(titleRows);
        if (area) layout.setPrintArea(area);
        if (margins) {
          // PageLayout measures margins in points.
          layout.topMargin = points(margins.top);
          layout.bottomMargin = points(margins.bottom);
          layout.leftMargin = points(margins.left);
          layout.rightMargin = points(margins.right);
          layout.headerMargin = points(margins.top / 2);
          layout.footerMargin = points(margins.bottom / 2);
        }
        if (print.centerHorizontally) layout.centerHorizontally = true;
      },
    },
  ];
}

export function sheetSteps(plan: SheetPlan, options: SheetStepOptions): ApplyStep[] {
  const steps: ApplyStep[] = [];
  if (plan.create) {
    const tabColor = plan.tabColor;
    steps.push({
      run: (env) => {
        const sheet = env.addSheet(plan.name);
        if (tabColor) sheet.tabColor = tabColor;
      },
    });
  }
  const ctx = { sheet: plan.name, styles: options.styles, existing: !plan.create };
  for (const block of coalesceBlocks(plan.blocks)) steps.push(...blockSteps(block, ctx));
  // An existing sheet keeps its layout, except columns a plan hides (rank-key helpers added by a settings change).
  if (!plan.create) return [...steps, ...hiddenColumnSteps(plan)];
  steps.push(...layoutSteps(plan), ...validationSteps(plan), ...conditionalFormatSteps(plan), ...freezeSteps(plan));
  if (plan.print && options.pageLayout) steps.push(...printSteps(plan, plan.print));
  return steps;
}
