// The workbook the fix and audit-log tests start from: khoi-so-nganh in self mode (seed 12) for the period 2026 in
// Vietnamese, injected on 1 January 2026 into a MemoryHost and filled with the scenario's valid entries.

import { injectTemplate } from "../../../src/workbook/operations/injectTemplate";
import type { WorkbookLayout } from "../../../src/workbook/layout/workbookLayout";
import { planInputs } from "../../../src/workbook/plan/planInputs";
import { MemoryHost } from "../memoryHost";
import { scenarioFor } from "../scenarios";

/** `fileName`: the name the injection logs, when the test wants one. */
export async function filledSelfWorkbook(fileName?: string): Promise<{ host: MemoryHost; layout: WorkbookLayout }> {
  const scenario = scenarioFor("khoi-so-nganh", "self", 12);
  const host = new MemoryHost();
  const planned = await injectTemplate(host, scenario.template, scenario.units, scenario.settings, {
    mode: "self",
    period: "2026",
    lang: "vi",
    now: "2026-01-01T00:00:00Z",
    ...(fileName === undefined ? {} : { fileName }),
  });
  await host.apply(planInputs(planned.layout!, scenario.inputs));
  return { host, layout: planned.layout! };
}
