// What a generated formula cell is about (layer, unit, criterion, rater), so that a check on it reads in domain
// words: "the total of unit P03 on the self sheet", not only "'Tự chấm'!E40".

import type { FindingLocation } from "../../core/findings/findingTypes";
import type { RangeBox } from "../layout/cellAddress";
import type { WorkbookLayout } from "../layout/workbookLayout";
import type { SheetKey } from "../plan/planTypes";
import { cellInBox } from "../layout/boxGeometry";

/** Location of the cell at (row, column) of the sheet with this key; fields name total and helper rows. */
export function formulaLocation(layout: WorkbookLayout, key: SheetKey, row: number, column: number): FindingLocation {
  const { flat, units } = layout;
  const unitAt = (box: RangeBox) => units[column - box.column]?.code;
  const gridLocation = (area: FindingLocation["area"], grid: RangeBox, totals?: Record<string, number>) => {
    const location: FindingLocation = { area };
    const unit = unitAt(grid);
    if (unit !== undefined) location.unit = unit;
    if (row >= grid.row && row < grid.row + grid.rows) location.criterion = flat.rows[row - grid.row].code;
    else if (totals) {
      const field = Object.entries(totals).find(([, r]) => r === row)?.[0];
      if (field) location.field = field;
    }
    return location;
  };
  if (key === "self") return gridLocation("self", layout.self.grid, { ...layout.self.totals });
  if (key === "review" && layout.review) {
    const r = layout.review;
    return gridLocation("review", r.grid, { ...r.totals, reviewed: r.reviewedRow });
  }
  if (key === "final") {
    const f = layout.final;
    return gridLocation("result", f.grid, {
      ...f.totals,
      lowestShare: f.lowestShareRow,
      fullCount: f.fullCountRow,
    });
  }
  if (key.startsWith("peer:")) {
    const peer = layout.peers.find((p) => `peer:${p.rater}` === key);
    if (peer) {
      const location = gridLocation("peer", peer.grid, { ...peer.totals, complete: peer.completeRow });
      location.rater = peer.rater;
      return location;
    }
  }
  if (key === "peerMatrix" && layout.peerMatrix) {
    const m = layout.peerMatrix;
    const location: FindingLocation = { area: "peer", field: row === m.ratersRow ? "raters" : "matrix" };
    const ratee = unitAt(m.grid);
    if (ratee !== undefined) location.unit = ratee;
    const rater = units[row - m.grid.row]?.code;
    if (rater !== undefined && cellInBox(m.grid, row, column)) location.rater = rater;
    return location;
  }
  if (key === "data") {
    const d = layout.data;
    for (const [field, box] of [
      ["ratio", d.ratio],
      ["best", d.best],
      ["points", d.points],
    ] as const) {
      if (cellInBox(box, row, column))
        return { area: "actual", unit: unitAt(box), criterion: flat.rows[row - box.row].code, field };
    }
    return { area: "actual" };
  }
  if (key === "result") {
    const r = layout.result;
    const location: FindingLocation = { area: "result" };
    const unit = units[row - r.table.row]?.code;
    if (unit !== undefined) location.unit = unit;
    const col = r.columns;
    const group = col.groups.indexOf(column);
    const key = col.keys.find((k) => k.column === column);
    const scalar = Object.entries(col).find(
      ([name, c]) => c === column && name !== "visibleCount" && name !== "count",
    )?.[0];
    const field = group >= 0 ? `group:${flat.rows[flat.contentTops[group]].code}` : key ? `key:${key.key}` : scalar;
    if (field) location.field = field;
    return location;
  }
  return {};
}
