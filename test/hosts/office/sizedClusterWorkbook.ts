// A sized cluster (clusterOfSize) as a workbook on a host, the way the Office budget tests and the sync bench set it
// up: injected for the period 2026 in Vietnamese, then filled the way the pane writes entries (an outline, one apply).

import type { SettingsOverrides } from "../../../src/core/settings/settingsTypes";
import type { Host } from "../../../src/workbook/host/hostTypes";
import type { WorkbookLayout } from "../../../src/workbook/layout/workbookLayout";
import { injectTemplate } from "../../../src/workbook/operations/injectTemplate";
import type { InjectPlan } from "../../../src/workbook/plan/planInject";
import { planInputs } from "../../../src/workbook/plan/planInputs";
import type { SizedCluster } from "./clusterOfSize";

/** Injects the cluster's template and units in its mode, with `settings` over the template's own. */
export function injectSizedCluster(
  host: Host,
  cluster: SizedCluster,
  settings: SettingsOverrides = {},
): Promise<InjectPlan> {
  return injectTemplate(host, cluster.template, cluster.units, settings, {
    mode: cluster.mode,
    period: "2026",
    lang: "vi",
    now: "2026-03-01T08:00:00.000Z",
  });
}

/** Writes every entry of the cluster into the injected workbook: an outline, then one apply. */
export async function fillSizedCluster(host: Host, layout: WorkbookLayout, cluster: SizedCluster): Promise<void> {
  await host.outline();
  await host.apply(planInputs(layout, cluster.inputs));
}
