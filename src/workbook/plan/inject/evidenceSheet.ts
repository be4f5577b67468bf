// Minh chứng / Evidence: one text cell per leaf criterion and unit, where the unit names its evidence (document
// numbers, links). Text format, so whatever is typed stays text.

import type { Lang } from "../../../core/settings/settingsTypes";
import type { WorkbookLayout } from "../../layout/workbookLayout";
import { subjectOf } from "../../messages/personLabelMessages";
import { blankCell, inputCell } from "../cellSpec";
import type { SheetPlan } from "../planTypes";
import { S } from "../workbookStyles";
import {
  criteriaColumnsBlock,
  scoreSheetFrame,
  titleBlock,
  unitColumnsBlock,
  unitHeaderBlock,
} from "./scoreSheetFrame";

export const EVIDENCE_COLUMN_WIDTH = 30;

export function evidenceSheet(layout: WorkbookLayout, lang: Lang, title: string): SheetPlan {
  const { flat, units, evidence } = layout;
  const cells = flat.rows.map((row) =>
    units.map(() => (row.leaf ? inputCell(S.inputText) : blankCell(S.notApplicable))),
  );
  return {
    key: "evidence",
    name: evidence.sheet,
    create: true,
    blocks: [
      titleBlock(title),
      unitHeaderBlock(units, lang, undefined, subjectOf(layout.flat)),
      criteriaColumnsBlock(flat, lang, evidence.grid.row),
      unitColumnsBlock(evidence.grid.row, cells),
    ],
    ...scoreSheetFrame(units.length, evidence.grid.row + evidence.grid.rows - 1, EVIDENCE_COLUMN_WIDTH),
  };
}
