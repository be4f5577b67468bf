// An in-memory Host for workbook operation tests: applies plans to sheets of cells, reads ranges back (formula cells
// read as null values: nothing is computed), and counts calls so tests can check the round-trip budget.

import type { NameInfo, RangeRead, RangeRequest, WorkbookOutline, Host } from "../../src/workbook/host/hostTypes";
import { HostError } from "../../src/workbook/host/hostTypes";
import { cellAddress, parseRange } from "../../src/workbook/layout/cellAddress";
import type { CellSpec, CellValue, SheetPlan, WorkbookPlan } from "../../src/workbook/plan/planTypes";

export interface MemorySheet {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  cells: Map<string, CellSpec>;
  plan: SheetPlan;
}

export class MemoryHost implements Host {
  readonly sheets = new Map<string, MemorySheet>();
  readonly names = new Map<string, NameInfo>();
  readonly calls: string[] = [];

  /** A workbook that already has these sheets (empty). */
  constructor(existingSheets: string[] = []) {
    for (const name of existingSheets) {
      this.sheets.set(name.toLowerCase(), {
        name,
        visibility: "visible",
        cells: new Map(),
        plan: { key: "guide", name, create: true, blocks: [] },
      });
    }
  }

  async outline(): Promise<WorkbookOutline> {
    this.calls.push("outline");
    return {
      sheets: [...this.sheets.values()].map((s) => ({ name: s.name, visibility: s.visibility })),
      names: [...this.names.values()].map((n) => ({ ...n })),
    };
  }

  async read(requests: RangeRequest[]): Promise<RangeRead[]> {
    this.calls.push("read");
    return requests.map((request) => {
      const sheet = this.sheets.get(request.sheet.toLowerCase());
      const box = parseRange(request.range);
      if (!sheet || !box) return { sheet: request.sheet, range: request.range, values: [], formulas: [] };
      const values: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      for (let r = 0; r < box.rows; r++) {
        values.push([]);
        formulas.push([]);
        for (let c = 0; c < box.columns; c++) {
          const cell = sheet.cells.get(cellAddress(box.row + r, box.column + c));
          values[r].push(cell?.f !== undefined ? null : (cell?.v ?? null));
          formulas[r].push(request.formulas && cell?.f !== undefined ? cell.f : null);
        }
      }
      return { sheet: request.sheet, range: request.range, values, formulas };
    });
  }

  async apply(plan: WorkbookPlan): Promise<void> {
    this.calls.push("apply");
    for (const sheetPlan of plan.sheets) {
      let sheet = this.sheets.get(sheetPlan.name.toLowerCase());
      if (sheetPlan.create) {
        if (sheet) throw new HostError("general", { vi: "Sheet đã có", en: `Sheet ${sheetPlan.name} exists` });
        sheet = {
          name: sheetPlan.name,
          visibility: sheetPlan.visibility ?? "visible",
          cells: new Map(),
          plan: sheetPlan,
        };
        this.sheets.set(sheetPlan.name.toLowerCase(), sheet);
      } else if (!sheet) {
        throw new HostError("not-found", { vi: "Không có sheet", en: `No sheet ${sheetPlan.name}` });
      }
      for (const block of sheetPlan.blocks) {
        const origin = parseRange(block.at)!;
        block.cells.forEach((row, i) =>
          row.forEach((cell, j) => sheet!.cells.set(cellAddress(origin.row + i, origin.column + j), { ...cell })),
        );
      }
    }
    for (const name of plan.names)
      this.names.set(name.name.toUpperCase(), {
        name: name.name,
        sheet: name.sheet,
        range: name.range.replace(/\$/g, ""),
      });
  }

  async select(): Promise<void> {}

  /** What readSelection gives: the user's selection as a test sets it (values, sheet, address), null for none. */
  selection: RangeRead | null = null;

  async readSelection(): Promise<RangeRead | null> {
    this.calls.push("readSelection");
    return this.selection && structuredClone(this.selection);
  }

  /** Selects values on a sheet, as if read from a range starting at `at` (e.g. "B2"). */
  selectValues(sheet: string, at: string, values: CellValue[][]): void {
    const origin = parseRange(at)!;
    const columns = Math.max(1, ...values.map((row) => row.length));
    const end = cellAddress(origin.row + Math.max(values.length, 1) - 1, origin.column + columns - 1);
    const start = cellAddress(origin.row, origin.column);
    this.selection = { sheet, range: start === end ? start : `${start}:${end}`, values, formulas: [] };
  }

  /** A cell as stored, for assertions. */
  cell(sheet: string, address: string): CellSpec | undefined {
    return this.sheets.get(sheet.toLowerCase())?.cells.get(address);
  }

  /** Types a value into a cell, as a person would (no plan, no validation). */
  type(sheet: string, address: string, v: CellValue): void {
    const s = this.sheets.get(sheet.toLowerCase())!;
    s.cells.set(address, { ...(s.cells.get(address) ?? {}), v, f: undefined });
  }
}
