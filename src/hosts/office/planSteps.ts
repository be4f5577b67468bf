// A whole plan as ordered Office.js steps: unprotect first (a sheet with a password then fails before anything is
// written), then the plan's journal (the undo snapshot, marked pending, and its name: it must outlive a write cut off
// in a later request), each other sheet, the defined names, the journal's "complete" marker, and last protection and
// the visibility of new sheets (a new journal sheet is hidden as soon as it is made), so that nothing is written into
// a protected sheet. Names the outline saw are updated in place (NamedItem.formula, ExcelApi 1.7): a failure can
// never fall between removing a name and adding it back.

import type { CellStyle, NamePlan, SheetPlan, WorkbookPlan } from "../../workbook/plan/planTypes";
import { formatNameReference } from "../../workbook/layout/nameReference";
import type { ApplyStep } from "./applyStep";
import { blockSteps } from "./blockSteps";
import type { ProtectionChanges } from "./protectionChanges";
import { sheetSteps } from "./sheetSteps";

export interface PlanStepOptions {
  /** ExcelApi 1.9 is there: print setup is written. */
  pageLayout: boolean;
  /**
   * Upper-cased workbook names as the last outline saw them: those are updated in place, others added. Null when
   * not known: each name is then deleted (when there) and added again.
   */
  existingNames?: ReadonlySet<string> | null;
}

const VISIBILITY = { hidden: "Hidden", veryHidden: "VeryHidden" } as const;

const same = (a: string, b: string) => a.toLocaleUpperCase() === b.toLocaleUpperCase();

function nameStep(name: NamePlan, existing: ReadonlySet<string> | null): ApplyStep {
  const reference = `=${formatNameReference(name.sheet, name.range)}`;
  const known = existing ? existing.has(name.name.toUpperCase()) : null;
  return {
    run: (env) => {
      const names = env.context.workbook.names;
      if (known === true) {
        names.getItem(name.name).formula = reference;
        return;
      }
      // Not known to exist: a delete is a no-op on the null object when it is not there.
      if (known === null) names.getItemOrNullObject(name.name).delete();
      names.add(name.name, reference);
    },
  };
}

function visibilityOf(sheet: SheetPlan): "Hidden" | "VeryHidden" | null {
  return sheet.create && sheet.visibility && sheet.visibility !== "visible" ? VISIBILITY[sheet.visibility] : null;
}

function visibilityStep(sheet: string, visibility: "Hidden" | "VeryHidden"): ApplyStep {
  return {
    run: (env) => {
      env.sheet(sheet).visibility = visibility;
    },
  };
}

/** The steps in order; the unprotects come first and are small, so they all go in the first request. */
export function planSteps(plan: WorkbookPlan, protection: ProtectionChanges, options: PlanStepOptions): ApplyStep[] {
  const styles: Record<string, CellStyle> = plan.styles;
  const existing = options.existingNames ?? null;
  const sheetOptions = { styles, pageLayout: options.pageLayout };
  const steps: ApplyStep[] = protection.unprotect.map((sheet) => ({
    run: (env) => env.sheet(sheet).protection.unprotect(),
  }));
  const journal = plan.journal ? plan.sheets.find((s) => same(s.name, plan.journal!.sheet)) : undefined;
  const journalName = journal ? plan.names.find((n) => same(n.name, plan.journal!.name)) : undefined;
  const seal = journal && journal.blocks.length > 1 ? journal.blocks[journal.blocks.length - 1] : undefined;
  if (journal) {
    steps.push(
      ...sheetSteps({ ...journal, blocks: seal ? journal.blocks.slice(0, -1) : journal.blocks }, sheetOptions),
    );
    const visibility = visibilityOf(journal);
    if (visibility) steps.push(visibilityStep(journal.name, visibility));
    if (journalName) steps.push(nameStep(journalName, existing));
  }
  for (const sheet of plan.sheets) if (sheet !== journal) steps.push(...sheetSteps(sheet, sheetOptions));
  for (const name of plan.names) if (name !== journalName) steps.push(nameStep(name, existing));
  if (journal && seal) steps.push(...blockSteps(seal, { sheet: journal.name, styles, existing: !journal.create }));
  for (const { sheet, options: protectOptions } of protection.protect) {
    steps.push({
      run: (env) => env.sheet(sheet).protection.protect(protectOptions),
    });
  }
  for (const sheet of plan.sheets) {
    const visibility = visibilityOf(sheet);
    if (visibility && sheet !== journal) steps.push(visibilityStep(sheet.name, visibility));
  }
  return steps;
}
