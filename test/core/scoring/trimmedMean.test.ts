import { trimmedMean } from "../../../src/core/scoring/trimmedMean";

describe("trimmed mean of peer totals", () => {
  it("keeps every total when fewer than five raters scored", () => {
    // (80 + 90 + 70 + 100) / 4 = 85
    expect(trimmedMean([80, 90, 70, 100], 1, 5)).toEqual({ mean: 85, used: 4, dropped: 0 });
  });

  it("drops the highest and lowest peer total when five or more raters scored", () => {
    // drop 100 and 60: (80 + 90 + 70) / 3 = 80
    expect(trimmedMean([80, 90, 70, 100, 60], 1, 5)).toEqual({ mean: 80, used: 3, dropped: 2 });
  });

  it("drops two from each side of seven raters when k = 2", () => {
    // sorted 50 60 70 80 90 95 100: drop 50, 60, 95, 100 ⇒ (70 + 80 + 90) / 3 = 80
    expect(trimmedMean([50, 60, 70, 80, 90, 100, 95], 2, 5)).toEqual({ mean: 80, used: 3, dropped: 4 });
  });

  it("does not trim when that would drop every total", () => {
    // n = 2 ≤ 2k: (4 + 6) / 2 = 5
    expect(trimmedMean([4, 6], 1, 0)).toEqual({ mean: 5, used: 2, dropped: 0 });
  });

  it("has no mean without totals", () => {
    const result = trimmedMean([], 1, 5);
    expect(Number.isNaN(result.mean)).toBe(true);
    expect(result.used).toBe(0);
  });

  it("averages equal totals to exactly that total", () => {
    // 0.1 + 0.1 + 0.1 = 0.30000000000000004 in binary; the mean must still be 0.1
    expect(trimmedMean([0.1, 0.1, 0.1], 1, 5).mean).toBe(0.1);
  });

  it("leaves the input order untouched", () => {
    const values = [80, 90, 70, 100, 60];
    trimmedMean(values, 1, 5);
    expect(values).toEqual([80, 90, 70, 100, 60]);
  });
});
