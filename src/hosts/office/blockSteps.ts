// One plan block as Office.js writes it, band of rows by band: number formats first (so that text cells are text when
// their content lands), then one formulas array carrying constants and formulas alike, then every other format
// property, each over the fewest rectangles of cells sharing its value.

import type { RangeBox } from "../../workbook/layout/cellAddress";
import type { CellBlock, CellSpec, CellStyle } from "../../workbook/plan/planTypes";
import { areaText } from "../../workbook/layout/rangeAreas";
import { blockBox } from "../../workbook/plan/blockBox";
import type { ApplyStep } from "./applyStep";
import { FORMAT_PROPERTIES, NUMBER_FORMAT, type CellFormatProperty, type FormatKey } from "./cellFormatProperties";
import { cellInput, type CellInput } from "./cellInput";
import { fewestRectangles, keyedRectangles } from "./keyedRectangles";
import { BAND_LIMIT, utf8Length } from "./payloadSize";

export interface BlockContext {
  sheet: string;
  styles: Record<string, CellStyle>;
  /** Writing into an existing sheet: styled cells get their whole style, and every cell its lock flag. */
  existing: boolean;
}

interface PreparedRow {
  specs: CellSpec[];
  styles: (CellStyle | undefined)[];
  inputs: CellInput[];
  bytes: number;
}

function styleOf(id: string | undefined, styles: Record<string, CellStyle>): CellStyle | undefined {
  if (id === undefined) return undefined;
  if (!Object.hasOwn(styles, id)) throw new Error(`Workbook plan uses an undefined style "${id}"`);
  return styles[id];
}

function prepareRow(specs: CellSpec[], ctx: BlockContext): PreparedRow {
  const styles = specs.map((spec) => styleOf(spec.s, ctx.styles));
  const inputs = specs.map((spec, i) => cellInput(spec, NUMBER_FORMAT.keyOf(spec, styles[i], ctx.existing) === "@"));
  return { specs, styles, inputs, bytes: utf8Length(JSON.stringify(inputs)) };
}

/** Consecutive rows whose content stays under the band limit (a single larger row is a band of its own). */
function bands(rows: PreparedRow[]): { first: number; rows: PreparedRow[] }[] {
  const out: { first: number; rows: PreparedRow[] }[] = [];
  let current: PreparedRow[] = [];
  let first = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    if (current.length > 0 && bytes + row.bytes > BAND_LIMIT) {
      out.push({ first, rows: current });
      current = [];
      first = i;
      bytes = 0;
    }
    current.push(row);
    bytes += row.bytes;
  });
  if (current.length > 0) out.push({ first, rows: current });
  return out;
}

function propertySteps(property: CellFormatProperty, ctx: BlockContext, box: RangeBox, rows: PreparedRow[]) {
  const grid = rows.map((row) => row.specs.map((spec, c) => property.keyOf(spec, row.styles[c], ctx.existing)));
  const rectangles = property.paintable
    ? fewestRectangles<FormatKey>(grid)
    : keyedRectangles<FormatKey | null, FormatKey>(grid, (key) => key);
  return rectangles.map((rect): ApplyStep => {
    const address = areaText({
      row: box.row + rect.row,
      column: box.column + rect.column,
      rows: rect.rows,
      columns: rect.columns,
    });
    return {
      run: (env) => property.apply(env.range(ctx.sheet, address), rect.key, rect.rows, rect.columns),
    };
  });
}

function contentStep(ctx: BlockContext, box: RangeBox, rows: PreparedRow[]): ApplyStep {
  const address = areaText(box);
  const inputs = rows.map((r) => r.inputs);
  return {
    run: (env) => {
      env.range(ctx.sheet, address).formulas = inputs;
    },
  };
}

export function blockSteps(block: CellBlock, ctx: BlockContext): ApplyStep[] {
  const origin = blockBox(block);
  const width = origin.columns;
  if (width === 0) return [];
  const steps: ApplyStep[] = [];
  for (const band of bands(block.cells.map((specs) => prepareRow(specs, ctx)))) {
    const box: RangeBox = {
      row: origin.row + band.first,
      column: origin.column,
      rows: band.rows.length,
      columns: width,
    };
    steps.push(...propertySteps(NUMBER_FORMAT, ctx, box, band.rows), contentStep(ctx, box, band.rows));
    for (const property of FORMAT_PROPERTIES) steps.push(...propertySteps(property, ctx, box, band.rows));
  }
  return steps;
}
