// Writes a template as the rows of the criteria table (sheet Tiêu chí), one row per node in template order.
// Cells are plain values: kind as its label in the chosen language, direction as ↑/↓, a true flag as "x",
// false flags and fields a kind does not use as blank (null). The header row is not included.

import type { Lang } from "../settings/settingsTypes";
import {
  CRITERIA_COLUMN_INDEX,
  CRITERIA_TABLE_COLUMNS,
  DIRECTION_LABELS,
  FLAG_MARK,
  KIND_LABELS,
  type CriteriaTableColumn,
} from "./criteriaTableColumns";
import type { FlatTemplate } from "./flattenTemplate";
import type { CriterionNode } from "./templateTypes";

export type CriteriaTableCell = string | number | boolean | null;

/** Nodes in pre-order, the order of `flat.rows`; rows do not carry the guide, the nodes do. */
function nodesInOrder(nodes: readonly CriterionNode[]): CriterionNode[] {
  return nodes.flatMap((n) => [n, ...nodesInOrder(n.children ?? [])]);
}

const blankToNull = (text: string | undefined) => (text && text.trim() !== "" ? text : null);

export function templateToCriteriaTable(flat: FlatTemplate, lang: Lang): CriteriaTableCell[][] {
  const nodes = nodesInOrder(flat.template.criteria);
  return flat.rows.map((row, i) => {
    const cells: CriteriaTableCell[] = CRITERIA_TABLE_COLUMNS.map(() => null);
    const set = (column: CriteriaTableColumn, value: CriteriaTableCell) => {
      cells[CRITERIA_COLUMN_INDEX[column]] = value;
    };
    set("level", row.depth + 1);
    set("code", row.code);
    set("titleVi", row.title.vi);
    set("titleEn", blankToNull(row.title.en));
    set("kind", KIND_LABELS[row.kind][lang]);
    set("max", row.max);
    if (row.kind === "manual") set("step", row.step);
    if (row.kind === "quant_prop") set("direction", DIRECTION_LABELS[row.direction]);
    if (row.kind === "per_unit") set("pointsEach", row.pointsEach);
    set("evidenceRequired", row.evidenceRequired ? FLAG_MARK : null);
    set("floorExempt", row.floorExempt ? FLAG_MARK : null);
    set("guideVi", blankToNull(nodes[i]?.guide?.vi));
    set("guideEn", blankToNull(nodes[i]?.guide?.en));
    return cells;
  });
}
