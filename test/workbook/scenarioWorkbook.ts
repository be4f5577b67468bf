// A scenario as a workbook on any host (MemoryHost, RecordingHost, XlsxHost): injected with the scenario's template,
// units, settings, mode, period, cluster title and language, and optionally filled with its valid entries.

import type { Host } from "../../src/workbook/host/hostTypes";
import type { WorkbookLayout } from "../../src/workbook/layout/workbookLayout";
import { injectTemplate } from "../../src/workbook/operations/injectTemplate";
import type { InjectPlan } from "../../src/workbook/plan/planInject";
import { planInputs } from "../../src/workbook/plan/planInputs";
import type { Scenario } from "./scenarios";

export interface ScenarioInjection {
  /** ISO time of the injection (its log entry). */
  now: string;
  /** File name for the log, when the test gives one. */
  fileName?: string;
}

/** Injects the scenario's table into `host` (one outline, one apply). */
export function injectScenario(host: Host, scenario: Scenario, options: ScenarioInjection): Promise<InjectPlan> {
  return injectTemplate(host, scenario.template, scenario.units, scenario.settings, {
    mode: scenario.mode,
    period: scenario.period,
    clusterTitle: scenario.clusterTitle,
    lang: scenario.lang,
    ...options,
  });
}

/** Writes the scenario's valid entries into an injected workbook (one apply). */
export async function fillScenario(host: Host, layout: WorkbookLayout, scenario: Scenario): Promise<void> {
  await host.apply(planInputs(layout, scenario.inputs));
}

/** Injects the scenario and fills its entries; the layout as injected. */
export async function injectFilledScenario(
  host: Host,
  scenario: Scenario,
  options: ScenarioInjection,
): Promise<WorkbookLayout> {
  const planned = await injectScenario(host, scenario, options);
  await fillScenario(host, planned.layout!, scenario);
  return planned.layout!;
}
