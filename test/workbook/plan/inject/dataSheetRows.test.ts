// The data sheet (Số liệu) shows, and prints, only the rows its blocks use: a form for a few quantities no longer
// prints every criterion five times over.

import { planInject } from "../../../../src/workbook/plan/planInject";
import { TINY_TEMPLATE, TINY_UNITS } from "../../fixtures/tinyTemplate";

describe("the rows the data sheet hides", () => {
  const injected = planInject(
    TINY_TEMPLATE,
    TINY_UNITS,
    {},
    {
      mode: "self",
      period: "2026",
      clusterTitle: "Cụm thi đua số 1",
      lang: "vi",
      now: "2026-01-01T00:00:00Z",
      existing: { sheets: [], names: [] },
    },
  );
  const layout = injected.layout!;
  const data = injected.plan!.sheets.find((s) => s.key === "data")!;
  const hidden = new Set(data.hiddenRows);
  const shownCodes = (box: { row: number }) =>
    layout.flat.rows.filter((row) => !hidden.has(box.row + row.index)).map((row) => row.code);

  it("keeps targets and ratios for the quantitative criteria under their groups", () => {
    // Quantitative: 1.3, 1.4 (proportional) and 2.1 (leader ratio), with their groups I and II.
    expect(shownCodes(layout.data.target)).toEqual(["I", "1.3", "1.4", "II", "2.1"]);
    expect(shownCodes(layout.data.ratio)).toEqual(["I", "1.3", "1.4", "II", "2.1"]);
  });

  it("adds the counted criterion to actuals and points, and keeps only the leader-ratio criterion for the best", () => {
    expect(shownCodes(layout.data.actual)).toEqual(["I", "1.3", "1.4", "II", "2.1", "2.2"]);
    expect(shownCodes(layout.data.points)).toEqual(["I", "1.3", "1.4", "II", "2.1", "2.2"]);
    expect(shownCodes(layout.data.best)).toEqual(["II", "2.1"]);
  });

  it("hides no block's label while the block has rows to show", () => {
    for (const box of [
      layout.data.target,
      layout.data.actual,
      layout.data.ratio,
      layout.data.best,
      layout.data.points,
    ]) {
      expect(hidden.has(box.row - 1)).toBe(false);
    }
  });
});
