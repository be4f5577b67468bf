// Reads ranges through Office.js, in as few requests as the answers allow: Excel on the web sends at most 5 MB back,
// so the ranges are grouped by a model of the answer's size (at most PAYLOAD_CEILING each: the workbook layer's
// expected bytes a cell when it gives them, else a safe default) and a range too large alone is read in bands of
// rows. Content the model cannot foresee (cells of long text) is still caught: an answer Excel refuses is read again
// in halves, and a single range in halves of its rows, until each answer fits.

import type { RangeRead, RangeRequest } from "../../workbook/host/hostTypes";
import { parseRange, type RangeBox } from "../../workbook/layout/cellAddress";
import { areaText } from "../../workbook/layout/rangeAreas";
import { isOfficeFailure } from "./officeFailure";
import { PAYLOAD_CEILING } from "./payloadSize";
import { rangeRead } from "./rangeRead";

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** A piece of a read request: the whole range, or some of its rows. */
export interface ReadPart {
  index: number;
  sheet: string;
  box: RangeBox;
  formulas: boolean;
  /** The request's expected answer bytes a cell (RangeRequest.cellBytes), when the workbook layer gave it. */
  hint?: number;
}

export interface LoadedPart {
  part: ReadPart;
  /** The sheet's name as the workbook spells it; null when there is no such sheet. */
  sheet: string | null;
  values: unknown[][];
  formulas: unknown[][] | null;
}

function insideGrid(box: RangeBox): boolean {
  return box.row + box.rows - 1 <= MAX_ROWS && box.column + box.columns <= MAX_COLUMNS;
}

/**
 * Bytes Excel's answer takes per cell, measured in the Office.js harness on the workbook contract's sheets (values
 * 3–5 bytes a cell on score grids, up to 23 on the criteria table; values with formulas up to 101 on the summary
 * sheet) and set above those on purpose: test/hosts/office/officejs/operationMatrix.test.ts checks that no answer
 * exceeds PAYLOAD_CEILING.
 */
const VALUE_BYTES = 24;
const FORMULA_BYTES = 104;
/** The answer's frame for one range: its result, the sheet lookup, brackets per row. */
const PART_BYTES = 256;
const ROW_BYTES = 4;
/** A range of a few cells may be metadata, each cell a 30,000-character JSON chunk (escaped, up to ~48 KiB). */
const FEW_CELLS = 16;
const LONG_CELL_BYTES = 48 * 1024;

/** The modelled bytes of one cell of the part: its hint, else the default (a range of a few cells may hold long
 * text). Bands of a range keep the whole range's bytes a cell. */
function cellBytes(part: ReadPart, box: RangeBox = part.box): number {
  if (part.hint !== undefined) return part.hint;
  return box.rows * box.columns <= FEW_CELLS ? LONG_CELL_BYTES : VALUE_BYTES + (part.formulas ? FORMULA_BYTES : 0);
}

/** The modelled size of Excel's answer for a part, each cell weighing `perCell`. */
function answerBytes(box: RangeBox, perCell: number): number {
  return PART_BYTES + box.rows * (ROW_BYTES + box.columns * perCell);
}

/** Parts whose modelled answer fits `limit`: a larger range in bands of rows (at least one row each). */
function fitParts(part: ReadPart, limit: number): ReadPart[] {
  if (answerBytes(part.box, cellBytes(part)) <= limit || part.box.rows < 2) return [part];
  const perRow = ROW_BYTES + part.box.columns * cellBytes(part);
  const rows = Math.max(1, Math.floor((limit - PART_BYTES) / perRow));
  const bands: ReadPart[] = [];
  for (let first = 0; first < part.box.rows; first += rows) {
    bands.push({
      ...part,
      box: { ...part.box, row: part.box.row + first, rows: Math.min(rows, part.box.rows - first) },
    });
  }
  return bands;
}

/** Consecutive parts grouped into requests whose modelled answers stay under `limit`. */
function groupByAnswer(parts: readonly ReadPart[], limit: number): ReadPart[][] {
  const groups: ReadPart[][] = [];
  let current: ReadPart[] = [];
  let bytes = 0;
  for (const whole of parts) {
    const perCell = cellBytes(whole);
    for (const part of fitParts(whole, limit)) {
      const size = answerBytes(part.box, perCell);
      if (current.length > 0 && bytes + size > limit) {
        groups.push(current);
        current = [];
        bytes = 0;
      }
      current.push(part);
      bytes += size;
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function emptyRead(request: RangeRequest): RangeRead {
  return { sheet: request.sheet, range: request.range, values: [], formulas: [] };
}

/**
 * Queues the loads of every part on `context`; the function returned, called after the context's sync, gives what
 * was loaded (a part of a missing sheet comes back with sheet null).
 */
export function queueParts(context: Excel.RequestContext, parts: readonly ReadPart[]): () => LoadedPart[] {
  const sheets = new Map<string, Excel.Worksheet>();
  const ranges = parts.map((part) => {
    const key = part.sheet.toLocaleUpperCase();
    let sheet = sheets.get(key);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItemOrNullObject(part.sheet).load("name");
      sheets.set(key, sheet);
    }
    // Untracked: read once, and Office.js then owes Excel no release request after the run.
    const range = sheet
      .getRange(areaText(part.box))
      .untrack()
      .load(part.formulas ? "values,formulas" : "values");
    return { sheet, range };
  });
  return () =>
    parts.map((part, i): LoadedPart => {
      const { sheet, range } = ranges[i];
      if (sheet.isNullObject) return { part, sheet: null, values: [], formulas: null };
      return { part, sheet: sheet.name, values: range.values, formulas: part.formulas ? range.formulas : null };
    });
}

/** One request loading every part. */
function readOnce(excel: typeof Excel, parts: ReadPart[]): Promise<LoadedPart[]> {
  return excel.run(async (context) => {
    const collect = queueParts(context, parts);
    await context.sync();
    return collect();
  });
}

async function readSplitting(excel: typeof Excel, parts: ReadPart[]): Promise<LoadedPart[]> {
  try {
    return await readOnce(excel, parts);
  } catch (error) {
    if (!isOfficeFailure(error) || error.code !== "ResponsePayloadSizeLimitExceeded") throw error;
    if (parts.length > 1) {
      const half = Math.ceil(parts.length / 2);
      return [
        ...(await readSplitting(excel, parts.slice(0, half))),
        ...(await readSplitting(excel, parts.slice(half))),
      ];
    }
    const [part] = parts;
    if (part.box.rows < 2) throw error;
    const top = Math.ceil(part.box.rows / 2);
    const upper = { ...part, box: { ...part.box, rows: top } };
    const lower = { ...part, box: { ...part.box, row: part.box.row + top, rows: part.box.rows - top } };
    return [...(await readSplitting(excel, [upper])), ...(await readSplitting(excel, [lower]))];
  }
}

/** The parts of the requests that can be read (a bad range or one outside the sheet reads empty). */
export function readParts(requests: readonly RangeRequest[]): ReadPart[] {
  const parts: ReadPart[] = [];
  requests.forEach((request, index) => {
    const box = parseRange(request.range);
    if (!box || !insideGrid(box)) return;
    const part: ReadPart = { index, sheet: request.sheet, box, formulas: request.formulas === true };
    if (request.cellBytes !== undefined) part.hint = request.cellBytes;
    parts.push(part);
  });
  return parts;
}

/** The modelled answer of a whole part (before any banding). */
export function partBytes(part: ReadPart): number {
  return answerBytes(part.box, cellBytes(part));
}

/** The reads in request order, from what was loaded of them. */
export function assembleReads(requests: readonly RangeRequest[], loaded: readonly LoadedPart[]): RangeRead[] {
  const byIndex = new Map<number, LoadedPart[]>();
  for (const l of loaded) {
    const list = byIndex.get(l.part.index);
    if (list) list.push(l);
    else byIndex.set(l.part.index, [l]);
  }
  return requests.map((request, index) => {
    const mine = (byIndex.get(index) ?? []).sort((a, b) => a.part.box.row - b.part.box.row);
    const sheet = mine[0]?.sheet;
    if (!sheet) return emptyRead(request);
    const box = { ...mine[0].part.box, rows: mine.reduce((n, l) => n + l.part.box.rows, 0) };
    const formulas = request.formulas ? mine.flatMap((l) => l.formulas ?? []) : null;
    return rangeRead(
      sheet,
      areaText(box),
      mine.flatMap((l) => l.values),
      formulas,
    );
  });
}

/** Reads the parts in requests whose modelled answers stay under `limit`. */
export async function readGroups(
  excel: typeof Excel,
  parts: readonly ReadPart[],
  limit: number,
): Promise<LoadedPart[]> {
  const loaded: LoadedPart[] = [];
  for (const group of groupByAnswer(parts, limit)) loaded.push(...(await readSplitting(excel, group)));
  return loaded;
}

/**
 * The reads in request order; Excel's failures come out as they are (the host maps them). `limit` is the modelled
 * answer size each request stays under (tests lower it).
 */
export async function readRanges(
  excel: typeof Excel,
  requests: readonly RangeRequest[],
  limit = PAYLOAD_CEILING,
): Promise<RangeRead[]> {
  return assembleReads(requests, await readGroups(excel, readParts(requests), limit));
}
