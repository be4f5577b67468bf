// A whole plan as ordered Office.js steps: unprotect first (a sheet with a password then fails before anything is
// written), then each sheet, the defined names, and last protection and visibility, so that nothing is written into
// a protected or very hidden sheet.

import type { CellStyle, WorkbookPlan } from "../../workbook/plan/planTypes";
import { formatNameReference } from "../xlsx/nameReference";
import type { ApplyStep } from "./applyStep";
import { commandBytes } from "./payloadSize";
import type { ProtectionChanges } from "./protectionChanges";
import { sheetSteps } from "./sheetSteps";

export interface PlanStepOptions {
  /** ExcelApi 1.9 is there: print setup is written. */
  pageLayout: boolean;
}

const VISIBILITY = { hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** The steps in order; the unprotects come first and are small, so they all go in the first request. */
export function planSteps(plan: WorkbookPlan, protection: ProtectionChanges, options: PlanStepOptions): ApplyStep[] {
  const styles: Record<string, CellStyle> = plan.styles;
  const steps: ApplyStep[] = protection.unprotect.map((sheet) => ({
    bytes: commandBytes(sheet),
    run: (env) => env.sheet(sheet).protection.unprotect(),
  }));
  for (const sheet of plan.sheets) steps.push(...sheetSteps(sheet, { styles, pageLayout: options.pageLayout }));
  for (const name of plan.names) {
    const reference = `=${formatNameReference(name.sheet, name.range)}`;
    steps.push({
      bytes: commandBytes(name.name) + commandBytes(name.name, reference),
      run: (env) => {
        // Replacing a name: delete it if it exists (a no-op on the null object otherwise), then add it afresh.
        const names = env.context.workbook.names;
        names.getItemOrNullObject(name.name).delete();
        names.add(name.name, reference);
      },
    });
  }
  for (const { sheet, options: protectOptions } of protection.protect) {
    steps.push({
      bytes: commandBytes(protectOptions),
      run: (env) => env.sheet(sheet).protection.protect(protectOptions),
    });
  }
  for (const sheet of plan.sheets) {
    const visibility =
      sheet.create && sheet.visibility && sheet.visibility !== "visible" ? VISIBILITY[sheet.visibility] : null;
    if (!visibility) continue;
    steps.push({
      bytes: commandBytes(visibility),
      run: (env) => {
        env.sheet(sheet.name).visibility = visibility;
      },
    });
  }
  return steps;
}
