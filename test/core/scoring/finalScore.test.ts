import { finalTotal } from "../../../src/core/scoring/finalScore";

const weights = { self: 0.2, peer: 0.3, review: 0.5 };

describe("final total under the last-stage rule", () => {
  it("takes the review total when there is one", () => {
    expect(finalTotal("last-stage", weights, { self: 80, peer: 70, review: 90 })).toEqual({
      final: 90,
      renormalised: false,
      missing: [],
    });
  });
  it("takes the self total when nothing was reviewed", () => {
    expect(finalTotal("last-stage", weights, { self: 80, peer: null, review: null }).final).toBe(80);
  });
});

describe("final total under the weighted rule", () => {
  it("blends all three layers by their weights", () => {
    // 0.2 × 80 + 0.3 × 70 + 0.5 × 90 = 16 + 21 + 45 = 82
    const result = finalTotal("weighted", weights, { self: 80, peer: 70, review: 90 });
    expect(result.final).toBeCloseTo(82, 12);
    expect(result.renormalised).toBe(false);
    expect(result.missing).toEqual([]);
  });

  it("renormalises the remaining weights when a layer is missing", () => {
    // (0.2 × 80 + 0.3 × 70) / (0.2 + 0.3) = 37 / 0.5 = 74
    const result = finalTotal("weighted", weights, { self: 80, peer: 70, review: null });
    expect(result.final).toBeCloseTo(74, 12);
    expect(result.renormalised).toBe(true);
    expect(result.missing).toEqual(["review"]);
  });

  it("does not report a missing layer whose weight is zero", () => {
    // (0.4 × 80 + 0.6 × 90) / 1 = 32 + 54 = 86
    const result = finalTotal("weighted", { self: 0.4, peer: 0, review: 0.6 }, { self: 80, peer: null, review: 90 });
    expect(result.final).toBeCloseTo(86, 12);
    expect(result.renormalised).toBe(false);
    expect(result.missing).toEqual([]);
  });

  it("falls back to self when every weighted layer is missing", () => {
    const result = finalTotal("weighted", { self: 0, peer: 0.5, review: 0.5 }, { self: 80, peer: null, review: null });
    expect(result.final).toBe(80);
    expect(result.missing).toEqual(["peer", "review"]);
  });
});
