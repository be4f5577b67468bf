import fc from "fast-check";
import { parseQualCell } from "../../../src/core/parse/parseQualCell";

describe("parseQualCell reads Đạt / Không đạt", () => {
  it("reads the exact labels without a fix", () => {
    expect(parseQualCell("Đạt")).toEqual({ kind: "number", value: 1 });
    expect(parseQualCell("Không đạt")).toEqual({ kind: "number", value: 0 });
  });

  it.each<[unknown, 0 | 1, string]>([
    ["dat", 1, "Đạt"],
    ["ĐẠT", 1, "Đạt"],
    ["đạt", 1, "Đạt"],
    [" Đạt ", 1, "Đạt"],
    ["D\u0323a\u0323t", 1, "Đạt"], // wrongly composed
    ["Đa\u0323t", 1, "Đạt"], // NFD
    ["x", 1, "Đạt"],
    ["X", 1, "Đạt"],
    [1, 1, "Đạt"],
    ["1", 1, "Đạt"],
    ["khong dat", 0, "Không đạt"],
    ["Không Đạt", 0, "Không đạt"],
    ["KHÔNG  ĐẠT", 0, "Không đạt"],
    ["Không\u00a0đạt", 0, "Không đạt"],
    [0, 0, "Không đạt"],
  ])("reads the loose spelling %j with a fix to the exact label", (raw, value, label) => {
    expect(parseQualCell(raw)).toEqual({ kind: "number", value, fix: { value: label } });
  });

  it.each<[unknown]>([[null], [undefined], [""], ["  "], ["\u00a0"]])("treats %j as blank", (raw) => {
    expect(parseQualCell(raw)).toEqual({ kind: "blank" });
  });

  it.each<[unknown, string, string]>([
    ["Tốt", "not-a-label", "Tốt"],
    [0.5, "not-a-label", "0.5"],
    [true, "not-a-label", "true"],
    ["Đạt yêu cầu", "not-a-label", "Đạt yêu cầu"],
    ["#N/A", "excel-error", "#N/A"],
  ])("refuses %j", (raw, reason, shown) => {
    expect(parseQualCell(raw)).toEqual({ kind: "error", reason, raw: shown });
  });

  it("never throws", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true }), fc.string()),
        (v) => {
          parseQualCell(v);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
