// The settings a workbook's scoring mode brings (domain.md, "Layers and the final score"): in cross mode the peer
// scores must count, so the final rule is weighted with domain.md's default weights; self and review modes keep the
// last stage. The one place this is decided: injection (task pane Start screen, `thidua new`) merges it over the
// template's settings and under the caller's own choices.

import type { SettingsOverrides } from "../../core/settings/settingsTypes";
import type { WorkbookMode } from "../layout/workbookLayout";

/** Layer weights of the weighted rule in cross mode; without review entries they renormalise to 0.4 / 0.6. */
export const CROSS_WEIGHTS = { self: 0.2, peer: 0.3, review: 0.5 } as const;

export function modeSettings(mode: WorkbookMode): SettingsOverrides {
  if (mode === "cross") return { finalRule: "weighted", weights: { ...CROSS_WEIGHTS } };
  return { finalRule: "last-stage" };
}
