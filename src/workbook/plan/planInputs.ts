// Writes entries into a workbook's input cells (a demo cluster, collected forms, tests): values only, as text or
// numbers exactly as given, never formulas, and nothing outside the input cells.

import { cellAddress, type RangeBox } from "../layout/cellAddress";
import type { WorkbookLayout } from "../layout/workbookLayout";
import { reviewRole, scoreRole } from "./inject/inputRules";
import type { CellBlock, CellSpec, CellValue, SheetPlan, WorkbookPlan } from "./planTypes";
import { S, WORKBOOK_STYLES } from "./workbookStyles";

/** Grids are rows (flat.rows order) × unit columns (units order); missing rows or cells are left as they are. */
export interface WorkbookInputs {
  target?: readonly (readonly CellValue[])[];
  actual?: readonly (readonly CellValue[])[];
  self?: readonly (readonly CellValue[])[];
  review?: readonly (readonly CellValue[])[];
  peers?: readonly { rater: string; grid: readonly (readonly CellValue[])[] }[];
  evidence?: readonly (readonly CellValue[])[];
  reviewNotes?: readonly (readonly CellValue[])[];
  /** Rows of year, unit code, rank, award. */
  history?: readonly (readonly CellValue[])[];
}

/** The style of row r's input cells, null when the row takes no input on that sheet. */
type InputStyle = (r: number) => string | null;

/** One block per maximal run of writable cells in a row, so locked cells between are never touched. */
function gridBlocks(
  box: RangeBox,
  grid: readonly (readonly CellValue[])[] | undefined,
  styleOf: InputStyle,
  skip: (c: number) => boolean = () => false,
): CellBlock[] {
  if (!grid) return [];
  const blocks: CellBlock[] = [];
  for (let r = 0; r < box.rows; r++) {
    const style = styleOf(r);
    const values = grid[r];
    if (!style || !values) continue;
    let run: CellSpec[] = [];
    let start = -1;
    const flush = () => {
      if (run.length > 0) blocks.push({ at: cellAddress(box.row + r, box.column + start), cells: [run] });
      run = [];
      start = -1;
    };
    for (let c = 0; c < box.columns; c++) {
      const v = values[c];
      if (skip(c) || v === undefined) {
        flush();
        continue;
      }
      if (start < 0) start = c;
      run.push({ v, s: style, input: true });
    }
    flush();
  }
  return blocks;
}

export function planInputs(layout: WorkbookLayout, inputs: WorkbookInputs): WorkbookPlan {
  const { flat } = layout;
  const rows = flat.rows;
  const quant = (r: number) => rows[r].kind === "quant_prop" || rows[r].kind === "quant_leader";
  const byName = new Map<string, CellBlock[]>();
  const add = (sheet: string, blocks: CellBlock[]) => {
    if (blocks.length === 0) return;
    byName.set(sheet, [...(byName.get(sheet) ?? []), ...blocks]);
  };
  const { data } = layout;
  add(
    data.sheet,
    gridBlocks(data.target, inputs.target, (r) => (quant(r) ? S.input : null)),
  );
  add(
    data.sheet,
    gridBlocks(data.actual, inputs.actual, (r) =>
      quant(r) ? S.input : rows[r].kind === "per_unit" ? S.inputCount : null,
    ),
  );
  add(
    layout.self.sheet,
    gridBlocks(layout.self.grid, inputs.self, (r) => (scoreRole(rows[r]) ? S.input : null)),
  );
  add(
    layout.evidence.sheet,
    gridBlocks(layout.evidence.grid, inputs.evidence, (r) => (rows[r].leaf ? S.inputText : null)),
  );
  if (layout.review) {
    add(
      layout.review.sheet,
      gridBlocks(layout.review.grid, inputs.review, (r) => (reviewRole(rows[r]) ? S.input : null)),
    );
    add(
      layout.review.sheet,
      gridBlocks(layout.review.notes, inputs.reviewNotes, (r) => (rows[r].leaf ? S.inputText : null)),
    );
  }
  for (const peer of inputs.peers ?? []) {
    const index = layout.peers.findIndex((p) => p.rater === peer.rater);
    if (index < 0) continue;
    const sheet = layout.peers[index];
    // A rater's own column and other clusters' columns are locked on its sheet: never written.
    const cluster = layout.units[index].cluster;
    const locked = (c: number) => c === index || layout.units[c].cluster !== cluster;
    add(
      sheet.sheet,
      gridBlocks(sheet.grid, peer.grid, (r) => (scoreRole(rows[r]) ? S.input : null), locked),
    );
  }
  if (inputs.history) {
    const styles = [S.inputCount, S.inputText, S.inputCount, S.inputText];
    const table = layout.history.table;
    const history = inputs.history.slice(0, table.rows);
    add(
      layout.history.sheet,
      history.length > 0
        ? [
            {
              at: cellAddress(table.row, table.column),
              cells: history.map((row) => styles.map((s, c) => ({ v: row[c] ?? null, s, input: true }))),
            },
          ]
        : [],
    );
  }
  const sheets: SheetPlan[] = [...byName].map(([name, blocks]) => ({
    key: sheetKeyOf(layout, name),
    name,
    create: false,
    blocks,
  }));
  return { styles: WORKBOOK_STYLES, sheets, names: [], touches: sheets.map((s) => s.name) };
}

function sheetKeyOf(layout: WorkbookLayout, name: string): SheetPlan["key"] {
  const peer = layout.peers.find((p) => p.sheet === name);
  if (peer) return `peer:${peer.rater}`;
  const fixed = Object.entries(layout.names.fixed).find(([, sheet]) => sheet === name);
  return (fixed?.[0] ?? "self") as SheetPlan["key"];
}
