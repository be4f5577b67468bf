// Where a finding points in the workbook: a sheet and a cell from its location (area, unit, criterion, rater,
// field, row), using the same layout the plans use; null for findings about the workbook as a whole.

import type { Finding } from "../../core/findings/findingTypes";
import { CRITERIA_COLUMN_INDEX, type CriteriaTableColumn } from "../../core/template/criteriaTableColumns";
import { VALIDATION_RULES } from "../../core/validation/validationRules";
import { cellAddress, type RangeBox } from "../layout/cellAddress";
import {
  HISTORY_TABLE_COLUMNS,
  SETTINGS_TABLE_COLUMNS,
  UNITS_TABLE_COLUMNS,
  type WorkbookLayout,
} from "../layout/workbookLayout";
import { SETTING_KEYS } from "../settings/settingsRows";

export interface FindingCell {
  sheet: string;
  /** A1 address without sheet, e.g. "E7". */
  cell: string;
}

/** A formula check names its cell itself: "'Tự chấm'!E40". */
const SHEET_CELL = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)$/;

function at(sheet: string, box: RangeBox, r: number, c: number): FindingCell {
  return { sheet, cell: cellAddress(box.row + r, box.column + c) };
}

export function locateFinding(finding: Finding, layout: WorkbookLayout): FindingCell | null {
  const named = typeof finding.data?.cell === "string" ? SHEET_CELL.exec(finding.data.cell) : null;
  if (named)
    return { sheet: named[1] !== undefined ? named[1].replace(/''/g, "'") : named[2], cell: named[3] + named[4] };

  const { flat, units } = layout;
  const loc = finding.location;
  const unitIndex = loc.unit !== undefined ? units.findIndex((u) => u.code === loc.unit) : -1;
  const rowIndex = loc.criterion !== undefined ? (flat.byCode.get(loc.criterion) ?? -1) : -1;
  const inGrid = (sheet: string, grid: RangeBox, totalRow?: number): FindingCell | null => {
    if (unitIndex < 0) return null;
    if (rowIndex >= 0) return at(sheet, grid, rowIndex, unitIndex);
    return totalRow !== undefined ? { sheet, cell: cellAddress(totalRow, grid.column + unitIndex) } : null;
  };

  if (loc.field === "finalRule") return settingsCell(layout, "finalRule");
  switch (loc.area) {
    case "self":
      return inGrid(layout.self.sheet, layout.self.grid, layout.self.totals.total);
    case "review": {
      const review = layout.review;
      if (!review) return null;
      if (finding.rule === VALIDATION_RULES.reviewChangeWithoutNote) return inGrid(review.sheet, review.notes);
      return inGrid(review.sheet, review.grid, review.totals.total);
    }
    case "peer": {
      const peer = layout.peers.find((p) => p.rater === loc.rater);
      if (!peer) return null;
      // A finding about the rater as a whole (leniency): its sheet, at the title that names the rater.
      if (loc.unit === undefined) return { sheet: peer.sheet, cell: "A1" };
      return inGrid(peer.sheet, peer.grid, peer.completeRow);
    }
    case "target":
      return inGrid(layout.data.sheet, layout.data.target);
    case "actual": {
      const d = layout.data;
      const box =
        loc.field === "ratio" ? d.ratio : loc.field === "best" ? d.best : loc.field === "points" ? d.points : d.actual;
      return inGrid(d.sheet, box);
    }
    case "evidence":
      return inGrid(layout.evidence.sheet, layout.evidence.grid);
    case "units": {
      const table = layout.unitsTable;
      const row = loc.row ?? unitIndex;
      if (row < 0 || row >= table.table.rows) return null;
      const column = UNITS_TABLE_COLUMNS[loc.field as keyof typeof UNITS_TABLE_COLUMNS] ?? UNITS_TABLE_COLUMNS.code;
      return at(table.sheet, table.table, row, column);
    }
    case "settings":
      return loc.field ? settingsCell(layout, loc.field) : null;
    case "criteria": {
      const table = layout.criteria;
      const row = loc.row ?? (rowIndex >= 0 ? rowIndex : -1);
      if (row < 0 || row >= table.table.rows)
        return row < 0 && loc.field === "rows" ? at(table.sheet, table.table, 0, 0) : null;
      const column = CRITERIA_COLUMN_INDEX[loc.field as CriteriaTableColumn] ?? CRITERIA_COLUMN_INDEX.code;
      return at(table.sheet, table.table, row, column);
    }
    case "history": {
      const table = layout.history;
      if (loc.row === undefined || loc.row < 0 || loc.row >= table.table.rows) return null;
      const column =
        HISTORY_TABLE_COLUMNS[loc.field as keyof typeof HISTORY_TABLE_COLUMNS] ?? HISTORY_TABLE_COLUMNS.year;
      return at(table.sheet, table.table, loc.row, column);
    }
    case "result": {
      const result = layout.result;
      if (unitIndex < 0) return { sheet: result.sheet, cell: cellAddress(result.headerRow, 0) };
      if (rowIndex >= 0) return at(layout.final.sheet, layout.final.grid, rowIndex, unitIndex);
      const columns = result.columns as unknown as Record<string, unknown>;
      const column =
        typeof columns[loc.field ?? ""] === "number" ? (columns[loc.field!] as number) : result.columns.final;
      return { sheet: result.sheet, cell: cellAddress(result.table.row + unitIndex, column) };
    }
    default:
      return null;
  }
}

function settingsCell(layout: WorkbookLayout, key: string): FindingCell | null {
  const row = (SETTING_KEYS as readonly string[]).indexOf(key);
  if (row < 0) return null;
  return at(layout.settings.sheet, layout.settings.table, row, SETTINGS_TABLE_COLUMNS.value);
}
