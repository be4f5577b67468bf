import type { RuleId } from "../../../src/core/findings/ruleId";
import type { Finding, FindingLocation } from "../../../src/core/findings/findingTypes";
import { locateFinding } from "../../../src/workbook/locate/locateFinding";
import { planInject } from "../../../src/workbook/plan/planInject";
import { TINY_TEMPLATE, TINY_UNITS } from "../fixtures/tinyTemplate";

// Tiny template in cross mode: criteria rows 5–18 (1.1 row 6, 1.2 row 7, 1.3 row 8, 2.2 row 12, B.1 row 14), totals
// 19–22, the peer "complete" row 23, review notes 26–39; units A1, A2, B1 in columns E, F, G.
const layout = planInject(
  TINY_TEMPLATE,
  TINY_UNITS,
  {},
  {
    mode: "cross",
    period: "2026",
    lang: "vi",
    now: "2026-01-01T00:00:00Z",
    existing: { sheets: [], names: [] },
  },
).layout!;

function finding(location: FindingLocation, rule: RuleId = "score.out-of-range", data?: Finding["data"]): Finding {
  return { rule, severity: "error", location, message: { vi: "", en: "" }, ...(data ? { data } : {}) };
}

const locate = (location: FindingLocation, rule?: RuleId, data?: Finding["data"]) =>
  locateFinding(finding(location, rule, data), layout);

describe("locateFinding", () => {
  it("points score findings at the unit's cell of the criterion's row", () => {
    expect(locate({ area: "self", unit: "A2", criterion: "1.1" })).toEqual({ sheet: "Tự chấm", cell: "F6" });
    expect(locate({ area: "review", unit: "B1", criterion: "1.3" })).toEqual({ sheet: "Thẩm định", cell: "G8" });
    expect(locate({ area: "peer", rater: "A1", unit: "A2", criterion: "1.2" })).toEqual({ sheet: "CC A1", cell: "F7" });
  });

  it("points unit-level findings at the unit's total or completeness cell", () => {
    expect(locate({ area: "self", unit: "A2" })).toEqual({ sheet: "Tự chấm", cell: "F22" });
    expect(locate({ area: "peer", unit: "A2", rater: "A1" }, "peer.incomplete")).toEqual({
      sheet: "CC A1",
      cell: "F23",
    });
    // A finding about a rater as a whole (leniency) points at the rater's sheet.
    expect(locate({ area: "peer", rater: "A2" }, "fairness.rater-lenient")).toEqual({ sheet: "CC A2", cell: "A1" });
  });

  it("points a review change without a note at the note cell", () => {
    expect(locate({ area: "review", unit: "B1", criterion: "1.1" }, "review.change-without-note")).toEqual({
      sheet: "Thẩm định",
      cell: "G27",
    });
  });

  it("points data and evidence findings at their blocks", () => {
    // targets from row 6, actuals from row 21: 1.3 (flat 3) target row 9, 2.2 (flat 7) count row 28
    expect(locate({ area: "target", unit: "A1", criterion: "1.3" })).toEqual({ sheet: "Số liệu", cell: "E9" });
    expect(locate({ area: "actual", unit: "B1", criterion: "2.2" })).toEqual({ sheet: "Số liệu", cell: "G28" });
    expect(locate({ area: "evidence", unit: "A1", criterion: "B.1" }, "evidence.missing")).toEqual({
      sheet: "Minh chứng",
      cell: "E14",
    });
  });

  it("points table findings at their row and field", () => {
    expect(locate({ area: "units", row: 1, field: "name" })).toEqual({ sheet: "Đơn vị", cell: "B4" });
    expect(locate({ area: "settings", field: "finalRule" })).toEqual({ sheet: "Cài đặt", cell: "B3" });
    expect(locate({ area: "peer", field: "finalRule" }, "final.layer-missing")).toEqual({
      sheet: "Cài đặt",
      cell: "B3",
    });
    // the criteria table's max column is the sixth (F)
    expect(locate({ area: "criteria", row: 1, criterion: "1.1", field: "max" })).toEqual({
      sheet: "Tiêu chí",
      cell: "F4",
    });
    expect(locate({ area: "history", row: 2, field: "rank" })).toEqual({ sheet: "Lịch sử", cell: "C5" });
  });

  it("points ranking findings at the result row, or at the criterion's final points", () => {
    // rank is column L; A2 is the second row of the table (row 5)
    expect(locate({ area: "result", unit: "A2", field: "rank" })).toEqual({ sheet: "Xếp hạng", cell: "L5" });
    expect(locate({ area: "result", unit: "A2", criterion: "1.1", field: "grade" })).toEqual({
      sheet: "Tổng hợp",
      cell: "F6",
    });
    expect(locate({ area: "result" }, "result.stale")).toEqual({ sheet: "Xếp hạng", cell: "A3" });
  });

  it("uses the cell a formula check names, and gives null for the workbook as a whole", () => {
    expect(locate({ area: "self", unit: "A2" }, "formula.overwritten", { cell: "'Tự chấm'!F5" })).toEqual({
      sheet: "Tự chấm",
      cell: "F5",
    });
    expect(locate({ area: "metadata" })).toBeNull();
    expect(locate({})).toBeNull();
    expect(locate({ area: "self", unit: "ZZ", criterion: "1.1" })).toBeNull();
  });
});
