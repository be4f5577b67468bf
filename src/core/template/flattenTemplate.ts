// The criteria tree flattened into rows in template (pre-order) order: the row order of every grid and sheet.

import type { CriterionKind, CriterionNode, Direction, LocalizedText, Template } from "./templateTypes";

export type SectionKind = "content" | "bonus" | "deduction";

export interface CriterionRow {
  /** Row index in template order (0-based). */
  index: number;
  code: string;
  title: LocalizedText;
  kind: CriterionKind;
  max: number;
  step: number;
  direction: Direction;
  pointsEach: number;
  evidenceRequired: boolean;
  floorExempt: boolean;
  /** Nesting depth: 0 for top-level nodes. */
  depth: number;
  /** Parent row index, -1 at top level. */
  parent: number;
  /** Child row indexes, in order. */
  children: number[];
  /** Index of the top-level ancestor (itself at top level). */
  top: number;
  /** Which part of the total the row belongs to. */
  section: SectionKind;
  /** true for rows that take an input (not group). */
  leaf: boolean;
}

export interface FlatTemplate {
  template: Template;
  rows: CriterionRow[];
  /** Top-level row indexes. */
  topLevel: number[];
  /** Top-level content groups (and top-level content leaves), whose max adds up to the content max. */
  contentTops: number[];
  /** Σ max of top-level content rows. */
  contentMax: number;
  /** Leaf rows by section. */
  bonusRows: number[];
  deductionRows: number[];
  byCode: Map<string, number>;
}

export const DEFAULT_STEP = 0.25;

function sectionOf(node: CriterionNode): SectionKind {
  if (node.kind === "bonus") return "bonus";
  if (node.kind === "deduction") return "deduction";
  if (node.kind !== "group") return "content";
  const leaves: CriterionNode[] = [];
  const walk = (n: CriterionNode) => (n.children?.length ? n.children.forEach(walk) : leaves.push(n));
  walk(node);
  if (leaves.length > 0 && leaves.every((l) => l.kind === "bonus")) return "bonus";
  if (leaves.length > 0 && leaves.every((l) => l.kind === "deduction")) return "deduction";
  return "content";
}

/** Flattens a template that has passed schema validation. */
export function flattenTemplate(template: Template): FlatTemplate {
  const rows: CriterionRow[] = [];
  const topLevel: number[] = [];
  const visit = (node: CriterionNode, depth: number, parent: number, top: number, section: SectionKind) => {
    const index = rows.length;
    const topIndex = depth === 0 ? index : top;
    const ownSection = depth === 0 ? sectionOf(node) : section;
    rows.push({
      index,
      code: node.code,
      title: node.title,
      kind: node.kind,
      max: node.max,
      step: node.step ?? DEFAULT_STEP,
      direction: node.direction ?? "up",
      pointsEach: node.pointsEach ?? 0,
      evidenceRequired: node.evidenceRequired ?? (node.kind === "bonus" || node.kind === "deduction"),
      floorExempt: node.floorExempt ?? false,
      depth,
      parent,
      children: [],
      top: topIndex,
      section: ownSection,
      leaf: node.kind !== "group",
    });
    if (parent >= 0) rows[parent].children.push(index);
    if (depth === 0) topLevel.push(index);
    for (const child of node.children ?? []) visit(child, depth + 1, index, topIndex, ownSection);
  };
  for (const node of template.criteria) visit(node, 0, -1, -1, "content");
  const contentTops = topLevel.filter((i) => rows[i].section === "content");
  return {
    template,
    rows,
    topLevel,
    contentTops,
    contentMax: contentTops.reduce((sum, i) => sum + rows[i].max, 0),
    bonusRows: rows.filter((r) => r.leaf && r.kind === "bonus").map((r) => r.index),
    deductionRows: rows.filter((r) => r.leaf && r.kind === "deduction").map((r) => r.index),
    byCode: new Map(rows.map((r) => [r.code, r.index])),
  };
}
