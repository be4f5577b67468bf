// The Analysis screen's reading of the workbook: in cross mode a lenient rater's finding names the peer sheet the
// rater filled, as the Phân tích sheet of a ranking run does, so the secretariat knows where to look.
import { flattenTemplate } from "../../../../src/core/template/flattenTemplate";
import { FAIRNESS_RULES } from "../../../../src/core/fairness/fairnessRules";
import { fairnessOfWorkbook } from "../../../../src/taskpane/screens/analysis/fairnessOfWorkbook";
import { MemoryHost } from "../../../workbook/memoryHost";
import { injectFilledScenario } from "../../../workbook/scenarioWorkbook";
import { scenarioFor } from "../../../workbook/scenarios";
import { NOW } from "../../paneFixtures";

describe("fairness of the open workbook", () => {
  it("names the peer sheet of a rater who gave every unit of the cluster full marks", async () => {
    const scenario = scenarioFor("khoi-so-nganh", "cross", 2);
    const flat = flattenTemplate(scenario.template);
    // P01 rates the five other units of Cụm 1 (columns 1–5) at the maximum of every scored criterion.
    const p01 = scenario.inputs.peers!.find((p) => p.rater === "P01")!;
    const grid = p01.grid.map((row) => [...row]);
    for (const row of flat.rows) {
      if (row.kind !== "manual") continue;
      for (let c = 1; c <= 5; c++) grid[row.index][c] = row.max;
    }
    const peers = scenario.inputs.peers!.map((p) => (p.rater === "P01" ? { rater: "P01", grid } : p));
    const host = new MemoryHost();
    await injectFilledScenario(host, { ...scenario, inputs: { ...scenario.inputs, peers } }, { now: NOW });

    const fairness = await fairnessOfWorkbook(host);
    const lenient = fairness!.report.findings.filter((f) => f.rule === FAIRNESS_RULES.raterLenient);
    expect(lenient).toHaveLength(1);
    // The workbook's own name for P01's peer sheet, "CC P01".
    expect(lenient[0].message.vi).toContain("(sheet CC P01)");
  });
});
