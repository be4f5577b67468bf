// Reads a criteria table the user selected (their own, or one copied from an injected Tiêu chí sheet) into a
// template through the core's templateFromCriteriaTable: the metadata a table doesn't hold is derived from it, and
// each finding is placed on the cell of the selection it is about.

import type { Finding } from "../../../core/findings/findingTypes";
import type { RuleId } from "../../../core/findings/ruleId";
import type { LocalizedText, CriterionNode, Template } from "../../../core/template/templateTypes";
import {
  CRITERIA_COLUMN_INDEX,
  CRITERIA_TABLE_COLUMNS,
  type CriteriaTableColumn,
} from "../../../core/template/criteriaTableColumns";
import { templateFromCriteriaTable, type CriteriaTableMeta } from "../../../core/template/templateFromCriteriaTable";
import { flattenTemplate } from "../../../core/template/flattenTemplate";
import { TEMPLATE_RULES } from "../../../core/template/templateRules";
import type { RangeRead } from "../../../workbook/host/hostTypes";
import { cellAddress, parseRange, sheetReference } from "../../../workbook/layout/cellAddress";
import { selectionProblem, type SelectionProblem } from "./selectionProblem";

export const OWN_TEMPLATE_ID = "bang-tieu-chi-rieng";

/** A finding of the table with the cell it is about, when it is about one. */
export interface PlacedFinding extends Finding {
  /** "'Bảng của tôi'!F4" as shown to the user; null for a finding about the table as a whole. */
  cell: string | null;
  /** Where to select it. */
  at: { sheet: string; cell: string } | null;
}

export type SelectionCriteria =
  | {
      /** Null when any finding is an error. */
      template: Template | null;
      findings: PlacedFinding[];
      /** The range read, with its sheet: "'Bảng của tôi'!A3:M20". */
      source: string;
    }
  | { problem: SelectionProblem };

/**
 * Findings about metadata the pane sets itself, not the user's table: an own table has no legal basis to list, and
 * the first reading's bonus cap is a stand-in.
 */
const ABOUT_PANE_METADATA: ReadonlySet<RuleId> = new Set([TEMPLATE_RULES.noLegalBasis, TEMPLATE_RULES.bonusSectionMax]);

function leaves(node: CriterionNode): CriterionNode[] {
  return node.children?.length ? node.children.flatMap(leaves) : [node];
}

/** The bonus lines' cap a table implies: the max of each top-level bonus section (or top-level bonus line). */
function impliedBonusCap(criteria: readonly CriterionNode[]): number {
  return criteria
    .filter((top) => leaves(top).every((leaf) => leaf.kind === "bonus"))
    .reduce((sum, top) => sum + top.max, 0);
}

function metaFor(title: LocalizedText, scale: number, bonusCap: number): CriteriaTableMeta {
  return { id: OWN_TEMPLATE_ID, version: "1.0.0", title, scale, bonusCap, periodKind: "year", legalBasis: [] };
}

function place(finding: Finding, sheet: string, origin: { row: number; column: number }): PlacedFinding {
  const { row, field } = finding.location;
  if (row === undefined) return { ...finding, cell: null, at: null };
  const column = (CRITERIA_TABLE_COLUMNS as readonly string[]).includes(field ?? "")
    ? CRITERIA_COLUMN_INDEX[field as CriteriaTableColumn]
    : CRITERIA_COLUMN_INDEX.code;
  const address = cellAddress(origin.row + row, origin.column + column);
  return { ...finding, cell: sheetReference(sheet, address), at: { sheet, cell: address } };
}

/**
 * The selection's rows read as a criteria table (13 columns in the Tiêu chí sheet's order, header row optional).
 * The scale is the table's content max and the bonus cap its bonus sections' max, so that a consistent table reads
 * without findings about them. `title` names the template in the workbook.
 */
export function criteriaFromSelection(read: RangeRead, title: LocalizedText): SelectionCriteria {
  const problem = selectionProblem(read.values);
  if (problem) return { problem };
  const origin = parseRange(read.range) ?? { row: 1, column: 0 };
  // First reading with stand-in scale and cap (a cap of 0 would refuse every bonus line), then the real ones.
  let result = templateFromCriteriaTable(read.values, metaFor(title, 1, 1));
  if (result.template) {
    const { contentMax } = flattenTemplate(result.template);
    result = templateFromCriteriaTable(
      read.values,
      metaFor(title, contentMax, impliedBonusCap(result.template.criteria)),
    );
  }
  const findings = result.findings.filter((f) => !ABOUT_PANE_METADATA.has(f.rule));
  return {
    template: result.template,
    findings: findings.map((f) => place(f, read.sheet, origin)),
    source: sheetReference(read.sheet, read.range),
  };
}
