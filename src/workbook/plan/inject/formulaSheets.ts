// The formulas a workbook's plan writes, sheet by sheet in workbook order, for the formula checks of validation.
// Self and peer sheets give theirs without being built (their columns are shared: a 60-unit cross workbook has 61
// such sheets); the few other sheets asked for are built and their formula cells taken. No other sheet is built.

import type { WorkbookLayout } from "../../layout/workbookLayout";
import { formulaBlock, type FormulaBlock } from "../formulaBlock";
import type { SheetKey } from "../planTypes";
import { scoreSheetFormulas } from "./inputScoreSheet";
import { workbookSheetMakers, type WorkbookContext } from "./workbookSheets";

export interface FormulaSheet {
  key: SheetKey;
  name: string;
  /** The plan's blocks that hold formulas, in the plan's order. */
  blocks: FormulaBlock[];
}

/** The sheets whose key `keys` accepts and whose name `names` accepts, with their formulas. */
export function formulaSheets(
  ctx: WorkbookContext,
  layout: WorkbookLayout,
  keys: (key: SheetKey) => boolean,
  names: (name: string) => boolean,
): FormulaSheet[] {
  const sheets: FormulaSheet[] = [];
  for (const maker of workbookSheetMakers(ctx, layout)) {
    if (!keys(maker.key)) continue;
    if (maker.score) {
      if (names(maker.score.name))
        sheets.push({ key: maker.key, name: maker.score.name, blocks: scoreSheetFormulas(layout, maker.score) });
      continue;
    }
    const sheet = maker.make();
    if (!names(sheet.name)) continue;
    const blocks = sheet.blocks.map(formulaBlock).filter((block): block is FormulaBlock => block !== null);
    sheets.push({ key: sheet.key, name: sheet.name, blocks });
  }
  return sheets;
}
