// Cutting a plan's steps into requests by what Office.js sends for them: in order, each request under the limit
// unless one step alone exceeds it, the calculation pause at the start of each and the recalculation at the end.

import type { ApplyStep } from "../../../src/hosts/office/applyStep";
import { chunkSteps, type RequestFrame } from "../../../src/hosts/office/chunkSteps";

/** A step writing `length` letters into one cell of Sheet1. */
const write = (address: string, length: number): ApplyStep => ({
  run: (env) => {
    env.range("Sheet1", address).values = [["x".repeat(length)]];
  },
});

const FRAME: RequestFrame = {
  prologue: (context) => context.application.suspendApiCalculationUntilNextSync(),
  epilogue: (context) => context.application.calculate("Recalculate"),
};

describe("requests under the payload limit", () => {
  it("keeps the order and starts a new request before the step that would go over", () => {
    const steps = [write("A1", 400), write("A2", 400), write("A3", 400), write("A4", 400)];
    const one = chunkSteps(steps, 1_000_000, FRAME);
    expect(one.map((c) => c.steps)).toEqual([steps]);
    // A limit just under the whole: the last step moves to a second request (with the closing recalculation), the
    // others stay in order.
    const two = chunkSteps(steps, one[0].bytes - 1, FRAME);
    expect(two.map((c) => c.steps)).toEqual([steps.slice(0, 3), steps.slice(3)]);
    expect(two.every((c) => c.bytes <= one[0].bytes - 1)).toBe(true);
  });

  it("sends a step bigger than the limit on its own", () => {
    const steps = [write("A1", 10), write("A2", 5000), write("A3", 10)];
    const chunks = chunkSteps(steps, 2000, FRAME);
    expect(chunks.map((c) => c.steps)).toEqual([[steps[0]], [steps[1]], [steps[2]]]);
    expect(chunks[1].bytes).toBeGreaterThan(5000);
  });

  it("counts the frame: each request pays its own calculation pause, the last one its recalculation", () => {
    const step = write("A1", 10);
    const [alone] = chunkSteps([step], 1_000_000, FRAME);
    const [bare] = chunkSteps([step], 1_000_000, { prologue: () => undefined, epilogue: () => undefined });
    // The pause is a method on the application object (a new object path); the recalculation another method.
    expect(alone.bytes - bare.bytes).toBeGreaterThan(200);
  });

  it("makes no request for no steps", () => {
    expect(chunkSteps([], 100, FRAME)).toEqual([]);
  });
});
