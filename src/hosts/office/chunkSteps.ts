// Cuts ordered steps into requests that each stay under a byte limit, keeping their order (later steps may rely on
// earlier ones: a sheet is added before it is written, protected after). A step bigger than the limit goes alone.

import type { ApplyStep } from "./applyStep";

export function chunkSteps(steps: readonly ApplyStep[], limit: number): ApplyStep[][] {
  const chunks: ApplyStep[][] = [];
  let current: ApplyStep[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length > 0 && bytes + step.bytes > limit) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
