// Range.formulasR1C1 in the fake: R1C1 text read from each cell it lands in, stored and read back as A1 formulas.

import { createFakeExcel } from "../../../fakes/excel/createFakeExcel";
import { a1FromR1C1 } from "../../../fakes/excel/r1c1Text";

async function formulasAfter(address: string, value: unknown, readAddress: string): Promise<unknown[][]> {
  const { Excel } = createFakeExcel();
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    (sheet.getRange(address) as unknown as { formulasR1C1: unknown }).formulasR1C1 = value;
    const range = sheet.getRange(readAddress);
    range.load("formulas");
    await context.sync();
    return range.formulas;
  });
}

describe("R1C1 formulas", () => {
  it("reads offsets from the cell holding the formula and numbers as anchored rows and columns", () => {
    expect(a1FromR1C1("=MIN(400,R[1]C+R[2]C)", 5, 30)).toBe("=MIN(400,AD6+AD7)");
    expect(a1FromR1C1("=AND(ISNUMBER(RC),OR(RC<0,RC>RC3))", 12, 5)).toBe("=AND(ISNUMBER(E12),OR(E12<0,E12>$C12))");
    expect(a1FromR1C1("=R2C2+R2C[-2]+R[-2]C2", 4, 4)).toBe("=$B$2+B$2+$B2");
  });

  it("leaves sheet names, quoted text, functions and names alone, and reads whole rows and columns", () => {
    expect(a1FromR1C1("='Số liệu'!R[181]C", 6, 30)).toBe("='Số liệu'!AD187");
    expect(a1FromR1C1('=IF(ROUND(RC[-1],0)>0,"RC",COUNT(TD_Self))', 1, 2)).toBe(
      '=IF(ROUND(A1,0)>0,"RC",COUNT(TD_Self))',
    );
    expect(a1FromR1C1("=SUM(C[1]:C[2])+SUM(R3:R[2])", 2, 2)).toBe("=SUM(C:D)+SUM($3:4)");
  });

  it("gives every cell of the range its own A1 formula when one R1C1 text is written to all", async () => {
    expect(await formulasAfter("B2:C3", "=R[-1]C+1", "B2:C3")).toEqual([
      ["=B1+1", "=C1+1"],
      ["=B2+1", "=C2+1"],
    ]);
  });

  it("writes an array cell by cell, constants as they are", async () => {
    expect(await formulasAfter("A1:B1", [["=RC[1]*2", 7]], "A1:B1")).toEqual([["=B1*2", 7]]);
  });
});
