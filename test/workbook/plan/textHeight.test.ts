// The row-height estimator: character advances, greedy word wrap, line height, and the rows of an injected
// workbook tall enough for every wrapped cell's estimated lines.

import { linesHeight, textHeight, textWidthPoints, wrappedLines } from "../../../src/workbook/plan/textHeight";
import { textNeeds } from "../../../src/workbook/plan/fitRowHeights";
import { planInject } from "../../../src/workbook/plan/planInject";
import { scenarioFor } from "../scenarios";

describe("estimating how tall a cell's text stands", () => {
  it("adds a quarter em for a space, half for a digit, two thirds for a capital, 0.46 for other letters", () => {
    // A 0.66 + b 0.46 + space 0.25 + 1 0.5 = 1.87 em at 10 points.
    expect(textWidthPoints("Ab 1", { size: 10 })).toBeCloseTo(18.7, 9);
    // Bold is 6 % wider.
    expect(textWidthPoints("Ab 1", { size: 10, bold: true })).toBeCloseTo(19.822, 9);
  });

  it("wraps at spaces, breaks a word longer than the line and starts a line at each line break", () => {
    // "aa" is 9.2 points at 10; "aa aa" 20.9.
    expect(wrappedLines("aa aa", 21, { size: 10 })).toBe(1);
    expect(wrappedLines("aa aa", 20, { size: 10 })).toBe(2);
    // Ten a's: 46 points into 20 ⇒ three lines.
    expect(wrappedLines("aaaaaaaaaa", 20, { size: 10 })).toBe(3);
    expect(wrappedLines("aa\naa", 100, { size: 10 })).toBe(2);
    expect(wrappedLines("", 100, { size: 10 })).toBe(1);
  });

  it("keeps the standard 15-point row for one line of 12 points and gives 1.31 em a line above it", () => {
    expect(linesHeight(1, 12)).toBe(15);
    // 2 × 1.31 × 13 + 1.5 = 35.56, rounded up to a quarter point.
    expect(linesHeight(2, 13)).toBe(35.75);
    // One line of 14 points: 1.31 × 14 + 1.5 = 19.84 ⇒ 20.
    expect(linesHeight(1, 14)).toBe(20);
  });

  it("measures a text the same each time, in another width or weight, and after measuring thousands of others", () => {
    // "Ab 1" is 1.87 em: 18.7 points at 10, 19.822 in bold; "aa aa" 20.9 points fits 21 but not 20.
    expect(textWidthPoints("Ab 1", { size: 10 })).toBeCloseTo(18.7, 9);
    expect(textWidthPoints("Ab 1", { size: 10, bold: true })).toBeCloseTo(19.822, 9);
    expect(wrappedLines("aa aa", 21, { size: 10 })).toBe(1);
    expect(wrappedLines("aa aa", 20, { size: 10 })).toBe(2);
    // More distinct texts than the estimator keeps in mind at once.
    for (let i = 0; i < 25_000; i++) wrappedLines(`Đơn vị số ${i}`, 30, { size: 12 });
    expect(textWidthPoints("Ab 1", { size: 10 })).toBeCloseTo(18.7, 9);
    expect(wrappedLines("aa aa", 21, { size: 10 })).toBe(1);
    expect(wrappedLines("aa aa", 20, { size: 10, bold: true })).toBe(2);
  });

  it("does not grow a cell that does not wrap", () => {
    expect(textHeight("a very long text ".repeat(20), 10, { size: 12 }, false)).toBe(15);
    expect(textHeight("a very long text ".repeat(20), 10, { size: 12 }, true)).toBeGreaterThan(15 * 10);
  });
});

describe("the row heights of an injected workbook", () => {
  for (const [template, mode] of [
    ["khoi-so-nganh", "cross"],
    ["ca-nhan-thang", "self"],
  ] as const) {
    it(`are tall enough for every wrapped cell's estimated lines on every sheet (${template}, ${mode})`, () => {
      const scenario = scenarioFor(template, mode, 5);
      const injected = planInject(scenario.template, scenario.units, scenario.settings, {
        mode: scenario.mode,
        period: scenario.period,
        lang: scenario.lang,
        now: "2026-01-01T00:00:00Z",
        existing: { sheets: [], names: [] },
      });
      const plan = injected.plan!;
      let checked = 0;
      for (const sheet of plan.sheets.filter((s) => s.create && (s.visibility ?? "visible") === "visible")) {
        for (const need of textNeeds(sheet, plan.styles)) {
          let height = 0;
          for (let k = 0; k < need.rows; k++) height += sheet.rowHeights?.[need.row + k] ?? 15;
          expect({ sheet: sheet.name, row: need.row, height: Math.max(height, need.height) }).toEqual({
            sheet: sheet.name,
            row: need.row,
            height,
          });
          checked++;
        }
      }
      // Titles, headers, criterion titles, settings explanations: hundreds of text cells were measured.
      expect(checked).toBeGreaterThan(200);
    });
  }
});
