// Reads ranges through Office.js in one request. Excel on the web sends at most 5 MB back; should an answer be
// larger, the ranges are read again in halves, and a single range in halves of its rows, until each answer fits.

import type { RangeRead, RangeRequest } from "../../workbook/host/hostTypes";
import { parseRange, type RangeBox } from "../../workbook/layout/cellAddress";
import { areaText } from "../../workbook/layout/rangeAreas";
import { isOfficeFailure } from "./officeFailure";
import { rangeRead } from "./rangeRead";

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** A piece of a read request: the whole range, or some of its rows once Excel refused to send it at once. */
interface ReadPart {
  index: number;
  sheet: string;
  box: RangeBox;
  formulas: boolean;
}

interface LoadedPart {
  part: ReadPart;
  /** The sheet's name as the workbook spells it; null when there is no such sheet. */
  sheet: string | null;
  values: unknown[][];
  formulas: unknown[][] | null;
}

function insideGrid(box: RangeBox): boolean {
  return box.row + box.rows - 1 <= MAX_ROWS && box.column + box.columns <= MAX_COLUMNS;
}

function emptyRead(request: RangeRequest): RangeRead {
  return { sheet: request.sheet, range: request.range, values: [], formulas: [] };
}

/** One request loading every part; a part of a missing sheet comes back with sheet null. */
function readOnce(excel: typeof Excel, parts: ReadPart[]): Promise<LoadedPart[]> {
  return excel.run(async (context) => {
    const sheets = new Map<string, Excel.Worksheet>();
    const ranges = parts.map((part) => {
      const key = part.sheet.toLocaleUpperCase();
      let sheet = sheets.get(key);
      if (!sheet) {
        sheet = context.workbook.worksheets.getItemOrNullObject(part.sheet).load("name");
        sheets.set(key, sheet);
      }
      const range = sheet.getRange(areaText(part.box)).load(part.formulas ? "values,formulas" : "values");
      return { sheet, range };
    });
    await context.sync();
    return parts.map((part, i): LoadedPart => {
      const { sheet, range } = ranges[i];
      if (sheet.isNullObject) return { part, sheet: null, values: [], formulas: null };
      return { part, sheet: sheet.name, values: range.values, formulas: part.formulas ? range.formulas : null };
    });
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

/** The reads in request order; Excel's failures come out as they are (the host maps them). */
export async function readRanges(excel: typeof Excel, requests: readonly RangeRequest[]): Promise<RangeRead[]> {
  const parts: ReadPart[] = [];
  requests.forEach((request, index) => {
    const box = parseRange(request.range);
    if (box && insideGrid(box)) parts.push({ index, sheet: request.sheet, box, formulas: request.formulas === true });
  });
  const loaded = parts.length > 0 ? await readSplitting(excel, parts) : [];
  return requests.map((request, index) => {
    const mine = loaded.filter((l) => l.part.index === index);
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
