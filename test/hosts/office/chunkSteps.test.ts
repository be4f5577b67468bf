// Cutting a plan's steps into requests under the payload limit, in order.

import type { ApplyStep } from "../../../src/hosts/office/applyStep";
import { chunkSteps } from "../../../src/hosts/office/chunkSteps";

const step = (bytes: number): ApplyStep => ({ bytes, run: () => undefined });

describe("requests under the payload limit", () => {
  it("keeps the order and starts a new request before the one that would go over", () => {
    const steps = [step(40), step(50), step(20), step(90), step(10)];
    // 40 + 50 = 90 ≤ 100, + 20 = 110 > 100; 20 + 90 = 110 > 100; 90 + 10 = 100 ≤ 100.
    expect(chunkSteps(steps, 100)).toEqual([[steps[0], steps[1]], [steps[2]], [steps[3], steps[4]]]);
  });

  it("sends a step bigger than the limit on its own", () => {
    const steps = [step(10), step(500), step(10)];
    expect(chunkSteps(steps, 100)).toEqual([[steps[0]], [steps[1]], [steps[2]]]);
  });

  it("makes no request for no steps", () => {
    expect(chunkSteps([], 100)).toEqual([]);
  });
});
