// What the self-test added and whether the workbook is back as it was: compared by name, case aside.

import type { WorkbookOutline } from "../../../src/workbook/host/hostTypes";
import { addedParts, outlineChanges, thiDuaMark } from "../../../src/workbook/selftest/workbookParts";

const blank: WorkbookOutline = {
  sheets: [
    { name: "Sheet1", visibility: "visible" },
    { name: "Ghi chú", visibility: "hidden" },
  ],
  names: [{ name: "DanhSach", sheet: "Ghi chú", range: "$A$1:$A$9" }],
};

describe("a blank workbook", () => {
  it("is one without a TD_ name or a _thidua sheet", () => {
    expect(thiDuaMark(blank)).toBeNull();
    expect(thiDuaMark({ ...blank, names: [...blank.names, { name: "td_units", sheet: null, range: null }] })).toBe(
      "td_units",
    );
    expect(thiDuaMark({ ...blank, sheets: [...blank.sheets, { name: "_thidua", visibility: "veryHidden" }] })).toBe(
      "_thidua",
    );
  });
});

describe("what the self-test added", () => {
  const after: WorkbookOutline = {
    sheets: [
      ...blank.sheets,
      { name: "Tự chấm", visibility: "visible" },
      { name: "_thidua", visibility: "veryHidden" },
    ],
    names: [...blank.names, { name: "TD_Self", sheet: "Tự chấm", range: "$E$5:$I$48" }],
  };

  it("is every sheet and name the workbook did not have before", () => {
    expect(addedParts(blank, after)).toEqual({ sheets: ["Tự chấm", "_thidua"], names: ["TD_Self"] });
  });

  it("is nothing when only the case of a name differs", () => {
    const renamed = { ...blank, names: [{ ...blank.names[0], name: "DANHSACH" }] };
    expect(addedParts(blank, renamed)).toEqual({ sheets: [], names: [] });
  });

  it("shows what is left, gone or changed after a clean-up", () => {
    const left: WorkbookOutline = {
      sheets: [{ name: "Sheet1", visibility: "visible" }, { name: "Ghi chú", visibility: "visible" }, after.sheets[2]],
      names: [],
    };
    expect(outlineChanges(blank, left)).toEqual({
      sheets: ["Tự chấm"],
      names: [],
      gone: { sheets: [], names: ["DanhSach"] },
      changed: ["Ghi chú"],
    });
    expect(outlineChanges(blank, blank)).toEqual({
      sheets: [],
      names: [],
      gone: { sheets: [], names: [] },
      changed: [],
    });
  });
});
