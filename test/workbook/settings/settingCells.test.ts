// The Cài đặt sheet's value cells: words where a value is a word, percentages for shares, and older sheets (the
// stored form) still recognised as the same setting.

import { settingCell, showsSetting } from "../../../src/workbook/settings/settingCells";

describe("a setting's value as the settings sheet shows it", () => {
  it("writes the final rule in words in the workbook's language", () => {
    expect(settingCell("finalRule", "weighted", "vi")).toEqual({ value: "Bình quân có trọng số", format: "text" });
    expect(settingCell("finalRule", "last-stage", "vi")).toEqual({ value: "Theo vòng chấm cuối", format: "text" });
    expect(settingCell("finalRule", "last-stage", "en")).toEqual({ value: "Last stage", format: "text" });
  });

  it("keeps shares as numbers shown as percentages, with decimals only where needed", () => {
    expect(settingCell("weights.review", 0.5, "vi")).toEqual({ value: 0.5, format: "percent" });
    expect(settingCell("voting.quorumShare", 2 / 3, "vi")).toEqual({ value: 2 / 3, format: "percentDecimals" });
    expect(settingCell("rankDecimals", 2, "vi")).toEqual({ value: 2, format: "number" });
  });

  it("says what a blank floor means, and lists the tie-break steps in words, one numbered line each", () => {
    expect(settingCell("grades.floors.HTXSNV", null, "vi").value).toBe("Không xét");
    expect(settingCell("tieBreak", "first-group,priority", "vi").value).toBe(
      "1. Điểm nhóm tiêu chí thứ nhất cao hơn\n2. Đơn vị thuộc diện ưu tiên",
    );
  });

  it("recognises the value in its words, in the stored form of an older sheet, and not a different value", () => {
    expect(showsSetting("finalRule", "weighted", "Bình quân có trọng số")).toBe(true);
    expect(showsSetting("finalRule", "weighted", "Weighted")).toBe(true);
    expect(showsSetting("finalRule", "weighted", "weighted")).toBe(true);
    expect(showsSetting("finalRule", "weighted", "Theo vòng chấm cuối")).toBe(false);
    expect(showsSetting("weights.review", 0.5, 0.5)).toBe(true);
    expect(showsSetting("weights.review", 0.5, 0.6)).toBe(false);
  });
});
