// A1 formulas as Excel's R1C1 notation reads them from their own cell.

import { r1c1Formula } from "../../../src/workbook/formulas/r1c1Formula";

describe("r1c1Formula", () => {
  it("gives relative cells as offsets from the formula's cell and anchored parts as absolute numbers", () => {
    // Held by AD5 (row 5, column 29).
    expect(r1c1Formula("=MIN(400,AD6+AD7)", 5, 29)).toBe("=MIN(400,R[1]C+R[2]C)");
    expect(r1c1Formula("=AND(ISNUMBER(E12),OR(E12<0,E12>$C12))", 12, 4)).toBe("=AND(ISNUMBER(RC),OR(RC<0,RC>RC3))");
    expect(r1c1Formula("=$B$2+B$2+$B2", 4, 3)).toBe("=R2C2+R2C[-2]+R[-2]C2");
  });

  it("keeps sheet names, quoted text, function names and defined names as they are", () => {
    expect(r1c1Formula("='Số liệu'!AD187", 6, 29)).toBe("='Số liệu'!R[181]C");
    expect(r1c1Formula('=IF(LOG10(A1)>0,"A1",TD_Self)', 1, 1)).toBe('=IF(LOG10(RC[-1])>0,"A1",TD_Self)');
  });

  it("gives whole columns and whole rows", () => {
    expect(r1c1Formula("=SUM(C:D)+SUM($3:4)", 2, 1)).toBe("=SUM(C[1]:C[2])+SUM(R3:R[2])");
  });

  it("gives fills of one formula the same text", () => {
    expect(r1c1Formula("=AD49+AD50+AD51", 52, 29)).toBe(r1c1Formula("=BB49+BB50+BB51", 52, 53));
  });
});
