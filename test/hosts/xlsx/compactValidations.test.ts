// Loaded validations come back one entry per cell; the host regroups them into rectangles before saving.

import type ExcelJS from "exceljs";
import { compactValidations } from "../../../src/hosts/xlsx/compactValidations";

const rule = (max: number): ExcelJS.DataValidation => ({ type: "decimal", operator: "between", formulae: [0, max] });

describe("compactValidations", () => {
  it("joins the cells that share one rule into rectangles and keeps other keys", () => {
    const ten = rule(10);
    const five = rule(5);
    const model: Record<string, ExcelJS.DataValidation> = { "A1:A3": five };
    // D6:F7 with ten, F8 with ten, D8 with five (same bounds, another rule object: another <dataValidation>).
    for (const cell of ["D6", "E6", "F6", "D7", "E7", "F7", "F8"]) model[cell] = ten;
    model.D8 = five;
    const compact = compactValidations(model);
    expect(compact).toEqual({ "A1:A3": five, "D6:F7": ten, D8: five, F8: ten });
    expect(compact["D6:F7"]).toBe(ten);
    expect(compact.D8).toBe(five);
  });

  it("covers exactly the cells it was given", () => {
    const shared = rule(1);
    const cells = ["B2", "C2", "B3", "D3", "C4", "AA10", "AB10", "AA11"];
    const compact = compactValidations(Object.fromEntries(cells.map((c) => [c, shared])));
    const covered = Object.keys(compact).flatMap((key) => {
      const [from, to = from] = key.split(":");
      const parse = (a: string) => {
        const m = /^([A-Z]+)(\d+)$/.exec(a)!;
        const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
        return [Number(m[2]), col];
      };
      const [r1, c1] = parse(from);
      const [r2, c2] = parse(to);
      const out: string[] = [];
      for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(`${r}:${c}`);
      return out;
    });
    expect(covered.sort()).toEqual(["2:2", "2:3", "3:2", "3:4", "4:3", "10:27", "10:28", "11:27"].sort());
  });
});
