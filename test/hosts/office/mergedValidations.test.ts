// A sheet's validations written as fewer Office.js writes: a criterion's row cut by the rater's own column becomes one
// write and a clear, and every cell ends with the validation the plan gives it, or none.

import { mergedValidations, type MergedValidations } from "../../../src/hosts/office/mergedValidations";
import { areaText } from "../../../src/workbook/layout/rangeAreas";
import type { ValidationPlan } from "../../../src/workbook/plan/planTypes";

function criterion(range: string, label: string, max: number): ValidationPlan {
  const text = `Điểm tiêu chí ${label} phải từ 0 đến ${max}, bước 0,5.`;
  return {
    range,
    rule: { kind: "decimal", min: 0, max },
    errorTitle: "Giá trị không hợp lệ",
    errorMessage: text,
    promptTitle: `Điểm tiêu chí ${label}`,
    promptMessage: text,
  };
}

/** What the writes then the clears leave, as "area: message" lines, cell by cell over the columns and rows given. */
function outcome(merged: MergedValidations, columns: string[], rows: number[]): string[] {
  const cells = new Map<string, string>();
  const each = (box: { row: number; column: number; rows: number; columns: number }, f: (cell: string) => void) => {
    for (let r = box.row; r < box.row + box.rows; r++) {
      for (let c = box.column; c < box.column + box.columns; c++)
        f(areaText({ row: r, column: c, rows: 1, columns: 1 }));
    }
  };
  for (const write of merged.writes) each(write.box, (cell) => cells.set(cell, write.validation.errorMessage));
  for (const box of merged.clears) each(box, (cell) => cells.delete(cell));
  return rows.flatMap((row) => columns.map((column) => `${column}${row}: ${cells.get(`${column}${row}`) ?? "-"}`));
}

describe("mergedValidations", () => {
  it("writes a criterion row cut by the rater's own column once, and clears the own column in one range", () => {
    const merged = mergedValidations([
      criterion("B2:C2", "II.1", 30),
      criterion("E2:F2", "II.1", 30),
      criterion("B4:C4", "II.4", 25),
      criterion("E4:F4", "II.4", 25),
    ]);
    expect(merged.writes.map((w) => areaText(w.box))).toEqual(["B2:F2", "B4:F4"]);
    // Row 3 holds no validation: the own column is cleared from row 2 to row 4 at once.
    expect(merged.clears.map(areaText)).toEqual(["D2:D4"]);
    expect(merged.disjoint).toBe(true);
  });

  it("leaves every cell as writing the areas one by one would", () => {
    const plan = [
      criterion("B2:C2", "II.1", 30),
      criterion("E2:F2", "II.1", 30),
      criterion("D3", "II.2", 10),
      criterion("B4:C4", "II.4", 25),
      criterion("E4:F4", "II.4", 25),
    ];
    const merged = mergedValidations(plan);
    const text = (label: string, max: number) => `Điểm tiêu chí ${label} phải từ 0 đến ${max}, bước 0,5.`;
    expect(outcome(merged, ["B", "C", "D", "E", "F"], [2, 3, 4])).toEqual([
      `B2: ${text("II.1", 30)}`,
      `C2: ${text("II.1", 30)}`,
      "D2: -",
      `E2: ${text("II.1", 30)}`,
      `F2: ${text("II.1", 30)}`,
      "B3: -",
      "C3: -",
      `D3: ${text("II.2", 10)}`,
      "E3: -",
      "F3: -",
      `B4: ${text("II.4", 25)}`,
      `C4: ${text("II.4", 25)}`,
      "D4: -",
      `E4: ${text("II.4", 25)}`,
      `F4: ${text("II.4", 25)}`,
    ]);
    // D3 is validated: the own column is cleared around it, never over it.
    expect(merged.clears.map(areaText)).toEqual(["D2", "D4"]);
  });

  it("keeps two areas apart when the box around them would take in another validation's cells", () => {
    const merged = mergedValidations([
      criterion("B2", "II.1", 30),
      criterion("D2", "II.1", 30),
      criterion("C2", "II.2", 10),
    ]);
    expect(merged.writes.map((w) => `${areaText(w.box)} ${w.validation.promptTitle}`)).toEqual([
      "B2 Điểm tiêu chí II.1",
      "D2 Điểm tiêu chí II.1",
      "C2 Điểm tiêu chí II.2",
    ]);
    expect(merged.clears).toEqual([]);
  });

  it("writes overlapping validations area by area in plan order, each cleared first", () => {
    const merged = mergedValidations([criterion("B2:D2", "II.1", 30), criterion("C2", "II.2", 10)]);
    expect(merged.writes.map((w) => areaText(w.box))).toEqual(["B2:D2", "C2"]);
    expect(merged.disjoint).toBe(false);
    expect(merged.clears).toEqual([]);
  });
});
