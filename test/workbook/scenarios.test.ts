import { BUILTIN_TEMPLATES } from "../../src/core/template/builtinTemplates";
import { computeResults } from "../../src/core/ranking/computeResults";
import { validateInputs } from "../../src/core/validation/validateInputs";
import { scenarioFor, scenarioRawInputs } from "./scenarios";

describe("scenarioFor", () => {
  const cases = BUILTIN_TEMPLATES.flatMap((t) =>
    (["self", "review", "cross"] as const).map((mode) => ({ id: t.id, mode })),
  );

  it.each(cases)("fills $id in $mode mode with entries the core finds valid", ({ id, mode }) => {
    const scenario = scenarioFor(id, mode, 3);
    const { input, findings } = validateInputs(scenarioRawInputs(scenario));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    const result = computeResults(input);
    // Two clusters, and units 0 and 1 tie on every score (the tie-break decides between them).
    expect(result.clusters).toHaveLength(2);
    expect(result.units[0].self.total).toBe(result.units[1].self.total);
    if (mode !== "self") expect(result.units.some((u) => u.review !== null)).toBe(true);
    if (mode === "cross") expect(result.units.some((u) => u.peerRaters >= 5)).toBe(true);
  });

  it("gives the same scenario for the same seed and another for another seed", () => {
    expect(scenarioFor("cum-xa-phuong", "cross", 5)).toEqual(scenarioFor("cum-xa-phuong", "cross", 5));
    expect(scenarioFor("cum-xa-phuong", "cross", 6).inputs.self).not.toEqual(
      scenarioFor("cum-xa-phuong", "cross", 5).inputs.self,
    );
  });
});
