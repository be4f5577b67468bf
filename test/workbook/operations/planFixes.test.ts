// One-click fixes as a plan: the value's type is kept, formulas only for formula findings, one apply for many cells.
import { applyFixes, planFixes } from "../../../src/workbook/operations/applyFixes";
import type { LocatedFinding } from "../../../src/workbook/operations/locatedFinding";
import { MemoryHost } from "../memoryHost";

const finding = (over: Partial<LocatedFinding>): LocatedFinding => ({
  rule: "cell.text",
  severity: "error",
  location: {},
  message: { vi: "x", en: "x" },
  sheet: "Tự chấm",
  cell: "E7",
  fix: { kind: "replace-value", value: 1.5, label: { vi: "1,5", en: "1.5" } },
  ...over,
});

describe("applyFixes", () => {
  it("writes a number as a number and a label as text, in one apply", async () => {
    const host = new MemoryHost(["Tự chấm"]);
    const written = await applyFixes(
      host,
      [
        finding({}),
        finding({
          cell: "F8",
          rule: "score.qual-label",
          fix: { kind: "replace-value", value: "Đạt", label: { vi: "Đạt", en: "Đạt" } },
        }),
      ],
      null,
    );
    expect(written).toBe(2);
    expect(host.calls).toEqual(["apply"]);
    expect(host.cell("Tự chấm", "E7")).toEqual({ v: 1.5, input: true });
    expect(host.cell("Tự chấm", "F8")).toEqual({ v: "Đạt", input: true });
  });

  it("never turns a fix value into a formula unless the finding is about a formula", () => {
    const text = planFixes(
      [finding({ fix: { kind: "replace-value", value: "=SUM(A1)", label: { vi: "", en: "" } } })],
      null,
    )!;
    expect(text.sheets[0].blocks[0].cells[0][0]).toEqual({ v: "=SUM(A1)", input: true });
    const restored = planFixes(
      [
        finding({
          rule: "formula.overwritten",
          fix: { kind: "replace-value", value: "=SUM(E5:E9)", label: { vi: "", en: "" } },
        }),
      ],
      null,
    )!;
    expect(restored.sheets[0].blocks[0].cells[0][0]).toEqual({ f: "SUM(E5:E9)" });
  });

  it("unprotects only the sheets it writes, and does nothing without a fixable finding", async () => {
    const plan = planFixes(
      [finding({}), finding({ sheet: "CC SNV", cell: "E9" }), finding({ fix: undefined, sheet: "X" })],
      null,
    )!;
    expect(plan.touches).toEqual(["Tự chấm", "CC SNV"]);
    expect(plan.names).toEqual([]);
    const host = new MemoryHost();
    expect(await applyFixes(host, [finding({ cell: null }), finding({ fix: undefined })], null)).toBe(0);
    expect(host.calls).toEqual([]);
  });
});
