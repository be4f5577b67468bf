// Puts a scoring table into the open workbook: one outline, one apply (the office host's budget is 3 syncs).

import type { Unit } from "../../core/model/unitTypes";
import type { SettingsOverrides } from "../../core/settings/settingsTypes";
import type { Template } from "../../core/template/templateTypes";
import type { Host, ProgressFn } from "../host/hostTypes";
import { planInject, type InjectOptions, type InjectPlan } from "../plan/planInject";

export async function injectTemplate(
  host: Host,
  template: Template,
  units: readonly Unit[],
  settings: SettingsOverrides | undefined,
  options: Omit<InjectOptions, "existing">,
  progress?: ProgressFn,
): Promise<InjectPlan> {
  const existing = await host.outline();
  const planned = planInject(template, units, settings, { ...options, existing });
  if (planned.plan) await host.apply(planned.plan, progress);
  return planned;
}
