// Column widths: plan widths are file widths in characters (what the .xlsx host writes), Office.js wants points.

import { columnWidthPoints } from "../../../src/workbook/layout/columnWidthPoints";

describe("a file column width in points", () => {
  it("gives Excel's standard column (file width 9.140625) its 64 pixels, 48 points", () => {
    // trunc(((256 × 9.140625 + trunc(128/7)) / 256) × 7) = trunc((2340 + 18) / 256 × 7) = trunc(64.48) = 64 px;
    // 64 px × 0.75 = 48 pt.
    expect(columnWidthPoints(9.140625)).toBe(48);
  });

  it("gives 30 characters 210 pixels and 12 characters 84 pixels", () => {
    // 30: trunc((7680 + 18) / 256 × 7) = trunc(210.49) = 210 px = 157.5 pt.
    // 12: trunc((3072 + 18) / 256 × 7) = trunc(84.49) = 84 px = 63 pt.
    expect(columnWidthPoints(30)).toBe(157.5);
    expect(columnWidthPoints(12)).toBe(63);
  });

  it("keeps a zero width at zero", () => {
    expect(columnWidthPoints(0)).toBe(0);
  });
});
