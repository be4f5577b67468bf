// The ranges an operation adds to its one read batch so that its undo snapshot costs no extra round trip: around
// the sheets it will write (found from the outline's defined names before anything is read), every cell the plan may
// write, minus what the validation read (readPlan) already covers with formulas. Tests prove the coverage: the
// `uncovered` cells of each operation's real plan are none.

import type { RangeRequest, WorkbookOutline } from "../host/hostTypes";
import { parseRange, rangeAddress, type RangeBox } from "../layout/cellAddress";
import { CONTRACT_NAME_PREFIX, DEFINED_NAMES } from "../layout/definedNames";
import { sheetNameMessages } from "../messages/sheetNameMessages";
import { printTailRows } from "../plan/inject/printLayout";
import { ANALYSIS_WIDTH } from "../plan/inject/tableSheets";
import { readEntries } from "../read/readPlan";

/** Rows and columns read beyond the names of a sheet: titles, notes and helper cells around the named tables. */
const PAD_ROWS = 12;
const PAD_COLUMNS = 4;
/** The fairness table grows with every ranking: its next length is known only after reading. */
const ANALYSIS_ROWS = 400;
/** The guide has no defined name: its text lines and legend fit here. */
const GUIDE_BOX: RangeBox = { row: 1, column: 0, rows: 120, columns: 6 };
/** The metadata may grow by a chunk or two (30,000 characters each). */
const META_PAD_ROWS = 8;
/** Answer bytes a cell of the frames around the named tables (titles, notes, blank pads, the fairness table's
 * findings), measured in the Office.js harness at under 10 and rounded up; the metadata's and the guide's long text
 * keep the host's own model. */
const FRAME_BYTES = 32;

/** Which sheets an operation writes, by the defined names found on them; "all" for a settings update or an undo. */
export type SnapshotSheets = "all" | readonly string[];

/** `box` minus `cut`: up to four rectangles (above, below, left, right of the overlap). */
function subtract(box: RangeBox, cut: RangeBox): RangeBox[] {
  const top = Math.max(box.row, cut.row);
  const bottom = Math.min(box.row + box.rows, cut.row + cut.rows);
  const left = Math.max(box.column, cut.column);
  const right = Math.min(box.column + box.columns, cut.column + cut.columns);
  if (top >= bottom || left >= right) return [box];
  const out: RangeBox[] = [];
  if (top > box.row) out.push({ ...box, rows: top - box.row });
  if (bottom < box.row + box.rows) out.push({ ...box, row: bottom, rows: box.row + box.rows - bottom });
  if (left > box.column) out.push({ row: top, column: box.column, rows: bottom - top, columns: left - box.column });
  if (right < box.column + box.columns)
    out.push({ row: top, column: right, rows: bottom - top, columns: box.column + box.columns - right });
  return out;
}

function withoutBoxes(frame: RangeBox, cuts: readonly RangeBox[]): RangeBox[] {
  return cuts.reduce((pieces, cut) => pieces.flatMap((p) => subtract(p, cut)), [frame]);
}

const upper = (s: string) => s.toUpperCase();

/**
 * The extra requests (formulas included) for the sheets holding `sheets`' names; `already`: the batch's other
 * requests (readPlan), whose formula reads need no second read.
 */
export function snapshotRequests(
  outline: WorkbookOutline,
  sheets: SnapshotSheets,
  already: readonly RangeRequest[],
): RangeRequest[] {
  const wanted = sheets === "all" ? null : new Set(sheets.map(upper));
  const grown = new Map(readEntries(outline).map((e) => [upper(e.name), e.box]));
  const frames = new Map<string, { sheet: string; box: RangeBox; long: boolean }>();
  const grow = (sheet: string, bottom: number, right: number, long = false) => {
    const known = frames.get(upper(sheet));
    const box = known?.box ?? { row: 1, column: 0, rows: 1, columns: 1 };
    box.rows = Math.max(box.rows, bottom);
    box.columns = Math.max(box.columns, right);
    frames.set(upper(sheet), { sheet: known?.sheet ?? sheet, box, long: long || (known?.long ?? false) });
  };
  const unitsName = outline.names.find((n) => upper(n.name) === upper(DEFINED_NAMES.units));
  const unitCount = unitsName?.range ? parseRange(unitsName.range)?.rows : undefined;
  for (const info of outline.names) {
    const name = upper(info.name);
    if (!name.startsWith(CONTRACT_NAME_PREFIX) || name === upper(DEFINED_NAMES.undo)) continue;
    if (info.sheet === null || info.range === null) continue;
    const own = parseRange(info.range);
    if (!own) continue;
    const box = grown.get(name) ?? own;
    if (name === upper(DEFINED_NAMES.log)) {
      // The log's entries are never snapshotted: its titles and header row only.
      if (wanted === null || wanted.has(name)) grow(info.sheet, own.row, own.column + own.columns);
      continue;
    }
    if (wanted !== null && !wanted.has(name)) continue;
    const rows =
      name === upper(DEFINED_NAMES.analysis)
        ? own.row + own.rows + ANALYSIS_ROWS
        : name === upper(DEFINED_NAMES.meta)
          ? own.row + own.rows - 1 + META_PAD_ROWS
          : // Kết quả's legend, settings and signatures (one block per cluster) stand below its table.
            box.row +
            box.rows -
            1 +
            (name === upper(DEFINED_NAMES.print) ? printTailRows(box.rows, unitCount) : PAD_ROWS);
    const meta = name === upper(DEFINED_NAMES.meta);
    // The fairness table is as wide as a ranking writes it, whatever the name covers now (the title alone at first).
    const columns = name === upper(DEFINED_NAMES.analysis) ? Math.max(box.columns, ANALYSIS_WIDTH) : box.columns;
    grow(info.sheet, rows, box.column + columns + (meta ? 0 : PAD_COLUMNS), meta);
  }
  if (wanted === null) {
    const guideNames = new Set([sheetNameMessages.guide.vi(), sheetNameMessages.guide.en()].map(upper));
    const guide = outline.sheets.find((s) => guideNames.has(upper(s.name)));
    if (guide) grow(guide.name, GUIDE_BOX.rows, GUIDE_BOX.columns, true);
  }
  const cutsBySheet = new Map<string, RangeBox[]>();
  for (const r of already) {
    const box = r.formulas ? parseRange(r.range) : null;
    if (box) cutsBySheet.set(upper(r.sheet), [...(cutsBySheet.get(upper(r.sheet)) ?? []), box]);
  }
  const out: RangeRequest[] = [];
  for (const { sheet, box, long } of frames.values()) {
    for (const piece of withoutBoxes(box, cutsBySheet.get(upper(sheet)) ?? [])) {
      out.push({ sheet, range: rangeAddress(piece), formulas: true, ...(long ? {} : { cellBytes: FRAME_BYTES }) });
    }
  }
  return out;
}
