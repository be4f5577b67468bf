// Which cells the self-test checks and how it compares them: placed by the layout, numbers within a millionth,
// grades exactly, a blank formula result ("") equal to an empty expectation.

import type { RangeRead } from "../../../src/workbook/host/hostTypes";
import { planInject } from "../../../src/workbook/plan/planInject";
import {
  compareComputed,
  computedCells,
  computedReads,
  type ComputedCell,
} from "../../../src/workbook/selftest/computedCells";
import { fixedSelf, selfTestCluster } from "../../../src/workbook/selftest/selfTestCluster";
import { computeResults } from "../../../src/core/ranking/computeResults";
import { validateInputs } from "../../../src/core/validation/validateInputs";

const cluster = selfTestCluster();
const planned = planInject(cluster.template, cluster.units, undefined, {
  mode: "cross",
  period: "2026",
  lang: "vi",
  now: "2026-03-01T08:00:00.000Z",
  existing: { sheets: [{ name: "Sheet1", visibility: "visible" }], names: [] },
});
const layout = planned.layout!;
const result = computeResults(
  validateInputs({
    flat: layout.flat,
    units: layout.units,
    settings: planned.meta!.settings,
    target: cluster.inputs.target,
    actual: cluster.inputs.actual,
    self: fixedSelf(cluster),
    review: cluster.inputs.review,
    peers: [...cluster.inputs.peers],
  }).input,
);
const cells = computedCells(layout, result);

describe("the cells the self-test checks", () => {
  it("are 14 on Xếp hạng per unit and one per criterion and unit on the final points sheet", () => {
    // Six content groups, bonus, deductions, self, peer, review, final, rank, grade; 44 criteria.
    expect(cells.filter((c) => c.sheet === "Xếp hạng")).toHaveLength(5 * 14);
    expect(cells.filter((c) => c.kind === "points")).toHaveLength(44 * 5);
  });

  it("place P03's final score in O6 and rank in P6, and X02's points of the first criterion in I5", () => {
    // Xếp hạng: header row 3, units from row 4; A code, B name, C cluster, D–I groups, J bonus, K deductions,
    // L self, M peer, N review, O final, P rank. Final points sheet: units from column E, criteria from row 5.
    const p03 = cells.filter((c) => c.unit === "P03" && c.sheet === "Xếp hạng");
    expect(p03.find((c) => c.kind === "final")).toMatchObject({ address: "O6", expected: result.units[2].final });
    expect(p03.find((c) => c.kind === "rank")).toMatchObject({ address: "P6", expected: 3 });
    const first = cells.find((c) => c.kind === "points" && c.unit === "X02" && c.criterion === "I");
    expect(first).toMatchObject({ sheet: layout.final.sheet, address: "I5" });
  });

  it("read the result table from column A over its visible columns and the whole final points grid", () => {
    expect(computedReads(layout)).toEqual([
      // 20 visible columns: code, name, cluster, 6 groups, bonus, deductions, self, peer, review, final, rank,
      // tie-break note, grade, award, flags (A–T); five units on rows 4–8.
      { sheet: "Xếp hạng", range: "A4:T8" },
      { sheet: layout.final.sheet, range: "E5:I48" },
    ]);
  });
});

describe("comparing what a spreadsheet shows with the core", () => {
  const cell = (expected: ComputedCell["expected"]): ComputedCell => ({
    sheet: "Xếp hạng",
    address: "O4",
    unit: "P01",
    kind: "final",
    criterion: null,
    expected,
    inRead: { read: 0, row: 0, column: 1 },
  });
  const read = (value: RangeRead["values"][number][number]): RangeRead[] => [
    { sheet: "Xếp hạng", range: "A4:B4", values: [["P01", value]], formulas: [] },
  ];

  it("accepts a number within a millionth and refuses one further off", () => {
    expect(compareComputed([cell(812.25)], read(812.2500004))).toEqual([]);
    expect(compareComputed([cell(812.25)], read(812.251))).toEqual([{ ...cell(812.25), found: 812.251 }]);
  });

  it("refuses a number written as text, and compares grades exactly", () => {
    expect(compareComputed([cell(3)], read("3"))).toHaveLength(1);
    expect(compareComputed([cell("HTTNV")], read("HTTNV"))).toEqual([]);
    expect(compareComputed([cell("HTTNV")], read("HTXSNV"))).toHaveLength(1);
  });

  it("takes a blank cell or an empty text as the blank the core expects, and nothing else", () => {
    expect(compareComputed([cell(null)], read(null))).toEqual([]);
    expect(compareComputed([cell(null)], read(""))).toEqual([]);
    expect(compareComputed([cell(null)], read(0))).toHaveLength(1);
  });

  it("reports a cell no read covers as blank", () => {
    expect(compareComputed([cell(5)], [])).toEqual([{ ...cell(5), found: null }]);
  });
});
