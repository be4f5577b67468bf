// The final total a unit is ranked on, from its layer totals and the cluster's final rule (domain.md "Final rule").

import type { LayerId } from "../model/gridTypes";
import type { FinalRule, Settings } from "../settings/settingsTypes";

export interface FinalTotal {
  final: number;
  /** true when a weighted layer was missing and the remaining weights were scaled up to 1. */
  renormalised: boolean;
  /** Layers with a non-zero weight and no total; the orchestrator turns them into warnings. */
  missing: LayerId[];
}

const LAYERS: readonly LayerId[] = ["self", "peer", "review"];

/**
 * last-stage: the review total (already merged per criterion with self) when there is one, else self.
 * weighted: Σ w·layer over present layers ÷ Σ w of present layers.
 */
export function finalTotal(
  rule: FinalRule,
  weights: Settings["weights"],
  layers: { self: number; peer: number | null; review: number | null },
): FinalTotal {
  if (rule === "last-stage") return { final: layers.review ?? layers.self, renormalised: false, missing: [] };
  const missing: LayerId[] = [];
  let weighted = 0;
  let weightSum = 0;
  for (const id of LAYERS) {
    const w = weights[id];
    const value = layers[id];
    if (value === null || !Number.isFinite(value)) {
      if (w !== 0) missing.push(id);
      continue;
    }
    weighted += w * value;
    weightSum += w;
  }
  // Settings validation rejects weights that do not sum to 1; if only zero-weight layers remain, self is the
  // one score every unit has, so it stands in rather than a division by zero.
  const final = weightSum > 0 && Number.isFinite(weighted / weightSum) ? weighted / weightSum : layers.self;
  return { final, renormalised: missing.length > 0, missing };
}
