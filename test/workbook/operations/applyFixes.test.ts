import { applyFixes, isFixable } from "../../../src/workbook/operations/applyFixes";
import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import { MemoryHost } from "../memoryHost";
import { filledSelfWorkbook } from "./filledSelfWorkbook";

const filledHost = () => filledSelfWorkbook();

describe("applyFixes", () => {
  it("writes a number typed as text back as a number and restores an overwritten formula, in one apply", async () => {
    const { host, layout } = await filledHost();
    const manual = layout.flat.rows.find((r) => r.kind === "manual")!;
    const group = layout.flat.rows.find((r) => r.kind === "group")!;
    const input = `E${layout.self.grid.row + manual.index}`;
    const total = `F${layout.self.grid.row + group.index}`;
    const formula = host.cell(layout.self.sheet, total)!.f;
    host.type(layout.self.sheet, input, "2,5");
    host.type(layout.self.sheet, total, 99);

    const before = await validateWorkbook(host);
    const fixable = before.findings.filter(isFixable);
    expect(fixable.map((f) => f.rule).sort()).toEqual(["cell.text", "formula.overwritten"]);
    host.calls.length = 0;
    expect(await applyFixes(host, fixable, before.parsed.layout)).toBe(2);
    expect(host.calls).toEqual(["apply"]);

    expect(host.cell(layout.self.sheet, input)).toMatchObject({ v: 2.5, input: true });
    expect(host.cell(layout.self.sheet, total)!.f).toBe(formula);
    expect((await validateWorkbook(host)).findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("leaves unit codes and unlocated findings to the add-in's screens", async () => {
    const base = { severity: "error" as const, message: { vi: "", en: "" }, sheet: "Đơn vị", cell: "A3" };
    const fix = { kind: "replace-value" as const, value: "A_1", label: { vi: "", en: "" } };
    expect(isFixable({ ...base, rule: "units.unsafe-code", location: { area: "units" }, fix })).toBe(false);
    expect(isFixable({ ...base, rule: "cell.text", location: { area: "self" }, fix, sheet: null })).toBe(false);
    expect(isFixable({ ...base, rule: "cell.text", location: { area: "self" } })).toBe(false);
    const host = new MemoryHost();
    expect(await applyFixes(host, [], null)).toBe(0);
    expect(host.calls).toEqual([]);
  });
});
