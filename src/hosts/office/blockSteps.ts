// One plan block as Office.js writes it, band of rows by band: number formats first (so that text cells are text when
// their content lands), then one formulas array carrying constants and formulas alike, then the rectangles of cells
// that hold one filled formula as a single R1C1 text each (their cells are blank in the array), then every other
// format property, each over the fewest rectangles of cells sharing its value.

import type { RangeBox } from "../../workbook/layout/cellAddress";
import type { CellBlock, CellSpec, CellStyle } from "../../workbook/plan/planTypes";
import { areaText } from "../../workbook/layout/rangeAreas";
import { blockBox } from "../../workbook/plan/blockBox";
import { r1c1Formula } from "../../workbook/formulas/r1c1Formula";
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

/**
 * What one more write of a range costs in a request beyond its value (its object path, instantiation and property
 * action, about 250 bytes as requestMeter.ts counts them), with room to spare: a rectangle of one filled formula is
 * written apart only when it saves more than this.
 */
const RANGE_WRITE_BYTES = 320;

interface FilledFormula {
  address: string;
  r1c1: string;
}

/** Rectangles of cells holding one filled formula, worth a write of their own; their cells are blanked in `inputs`. */
function filledFormulas(box: RangeBox, rows: PreparedRow[], inputs: CellInput[][]): FilledFormula[] {
  const grid = rows.map((row, r) =>
    row.specs.map((spec, c) =>
      spec.f === undefined ? null : r1c1Formula(row.inputs[c] as string, box.row + r, box.column + c),
    ),
  );
  const out: FilledFormula[] = [];
  for (const rect of keyedRectangles<string | null, string>(grid, (key) => key)) {
    if (rect.rows * rect.columns < 2) continue;
    let saved = 0;
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.column; c < rect.column + rect.columns; c++) {
        saved += utf8Length(JSON.stringify(inputs[r][c])) - 2;
      }
    }
    if (saved <= RANGE_WRITE_BYTES + utf8Length(JSON.stringify(rect.key))) continue;
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.column; c < rect.column + rect.columns; c++) inputs[r][c] = "";
    }
    const area = { row: box.row + rect.row, column: box.column + rect.column, rows: rect.rows, columns: rect.columns };
    out.push({ address: areaText(area), r1c1: rect.key });
  }
  return out;
}

function contentSteps(ctx: BlockContext, box: RangeBox, rows: PreparedRow[]): ApplyStep[] {
  const address = areaText(box);
  const inputs = rows.map((r) => [...r.inputs]);
  const filled = filledFormulas(box, rows, inputs);
  const steps: ApplyStep[] = [
    {
      run: (env) => {
        env.range(ctx.sheet, address).formulas = inputs;
      },
    },
  ];
  for (const { address: area, r1c1 } of filled) {
    steps.push({
      run: (env) => {
        // One value for the whole range: every cell gets it, and R1C1 reads the same from each (documented for
        // values, formulas and number formats; the typings only declare arrays).
        (env.range(ctx.sheet, area) as unknown as { formulasR1C1: string }).formulasR1C1 = r1c1;
      },
    });
  }
  return steps;
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
    steps.push(...propertySteps(NUMBER_FORMAT, ctx, box, band.rows), ...contentSteps(ctx, box, band.rows));
    for (const property of FORMAT_PROPERTIES) steps.push(...propertySteps(property, ctx, box, band.rows));
  }
  return steps;
}
