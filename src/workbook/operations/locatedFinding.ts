// A finding with the sheet and cell it points at, as the task pane and the CLI show it.

import type { Finding } from "../../core/findings/findingTypes";
import { locateFinding } from "../locate/locateFinding";
import type { WorkbookLayout } from "../layout/workbookLayout";

export interface LocatedFinding extends Finding {
  sheet: string | null;
  cell: string | null;
}

export function locateAll(findings: readonly Finding[], layout: WorkbookLayout | null): LocatedFinding[] {
  return findings.map((f) => {
    const place = layout ? locateFinding(f, layout) : null;
    return { ...f, sheet: place?.sheet ?? null, cell: place?.cell ?? null };
  });
}
