// Group and total formulas of one unit column of a score-shaped sheet (self, peer, final points), built from how
// that sheet reads a leaf row's points. Sums run in core's order (scoreLayer.ts) so that totals agree to the bit.

import type { FlatTemplate } from "../../core/template/flattenTemplate";
import { bonusTotal, cappedGroup } from "./pointsFormulas";
import { sumTerms } from "./formulaLiteral";

export interface LayerCells {
  /** The address of row r's cell in this unit column, as formulas on the same sheet write it ("E7"). */
  cell(r: number): string;
  /** Row r's points as an expression: an input clamped by its kind, or a cell that already holds points. */
  leafPoints(r: number): string;
}

/** Rows whose points a group adds up: a content group leaves out bonus and deduction lines (they count once, in
 * the bonus and deduction totals); a bonus or deduction section adds all its lines, uncapped (core's points). */
export function groupParts(flat: FlatTemplate, r: number): number[] {
  const row = flat.rows[r];
  if (row.section !== "content") return row.children;
  return row.children.filter((c) => flat.rows[c].kind !== "bonus" && flat.rows[c].kind !== "deduction");
}

function partPoints(flat: FlatTemplate, r: number, cells: LayerCells): string {
  return flat.rows[r].kind === "group" ? cells.cell(r) : cells.leafPoints(r);
}

/** A group row's formula: content groups capped at their max, sections summed. */
export function groupFormula(flat: FlatTemplate, r: number, cells: LayerCells): string {
  const row = flat.rows[r];
  const parts = groupParts(flat, r).map((p) => partPoints(flat, p, cells));
  return row.section === "content" ? cappedGroup(row.max, parts) : sumTerms(parts);
}

export interface TotalFormulas {
  content: string;
  bonus: string;
  deduction: string;
  total: string;
}

/** Content points, capped bonus, deductions and the total; `rowCell` addresses a total row in this column. */
export function totalFormulas(
  flat: FlatTemplate,
  cells: LayerCells,
  rowCell: (which: "content" | "bonus" | "deduction") => string,
): TotalFormulas {
  return {
    content: sumTerms(flat.contentTops.map((t) => partPoints(flat, t, cells))),
    bonus: bonusTotal(
      flat.template.bonusCap,
      flat.bonusRows.map((r) => cells.leafPoints(r)),
    ),
    deduction: sumTerms(flat.deductionRows.map((r) => cells.leafPoints(r))),
    total: `${rowCell("content")}+${rowCell("bonus")}+${rowCell("deduction")}`,
  };
}
