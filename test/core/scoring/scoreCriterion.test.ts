import {
  scoreManual,
  scorePerUnit,
  scoreQual,
  scoreQuantLeader,
  scoreQuantProp,
} from "../../../src/core/scoring/scoreCriterion";

describe("manual criterion", () => {
  it("keeps a score inside [0, max] as entered", () => {
    expect(scoreManual(10, 7.25)).toBe(7.25);
    expect(scoreManual(10, 10)).toBe(10);
  });
  it("clamps scores above max to max and below zero to zero", () => {
    expect(scoreManual(10, 12)).toBe(10);
    expect(scoreManual(10, -3)).toBe(0);
  });
  it("gives a blank or non-finite score 0", () => {
    expect(scoreManual(10, null)).toBe(0);
    expect(scoreManual(10, NaN)).toBe(0);
    expect(scoreManual(10, Infinity)).toBe(0);
    expect(scoreManual(10, -Infinity)).toBe(0);
  });
});

describe("qualitative criterion (Đạt / Không đạt)", () => {
  it("gives max for Đạt and 0 for Không đạt or blank", () => {
    expect(scoreQual(5, 1)).toBe(5);
    expect(scoreQual(5, 0)).toBe(0);
    expect(scoreQual(5, null)).toBe(0);
  });
});

describe("proportional quantitative criterion", () => {
  it("scores max × actual/target when more is better and the target is not reached", () => {
    // 20 × 80/100 = 16
    expect(scoreQuantProp(20, 100, 80, "up")).toBeCloseTo(16, 12);
  });
  it("caps at max when more is better and the target is exceeded", () => {
    // 20 × min(150/100, 1) = 20
    expect(scoreQuantProp(20, 100, 150, "up")).toBe(20);
  });
  it("scores max × target/actual when less is better and the actual is above target", () => {
    // poverty rate target 2 %, actual 2.5 %: 10 × 2/2.5 = 8
    expect(scoreQuantProp(10, 2, 2.5, "down")).toBeCloseTo(8, 12);
  });
  it("gives max when less is better and the actual is at or below target", () => {
    expect(scoreQuantProp(10, 2, 1.5, "down")).toBe(10);
    expect(scoreQuantProp(10, 2, 2, "down")).toBe(10);
  });
  it("gives max when less is better and the actual is 0", () => {
    expect(scoreQuantProp(10, 5, 0, "down")).toBe(10);
  });
  it("gives 0 for a missing or invalid target or actual", () => {
    expect(scoreQuantProp(10, null, 5, "up")).toBe(0);
    expect(scoreQuantProp(10, 5, null, "up")).toBe(0);
    expect(scoreQuantProp(10, 0, 5, "up")).toBe(0);
    expect(scoreQuantProp(10, -4, 5, "down")).toBe(0);
    expect(scoreQuantProp(10, 5, -1, "up")).toBe(0);
    expect(scoreQuantProp(10, Infinity, 5, "up")).toBe(0);
    expect(scoreQuantProp(10, 5, NaN, "down")).toBe(0);
  });
});

describe("quantitative criterion relative to the cluster leader", () => {
  // R* = 1.5 in these examples.
  it("scores half of max × r below target", () => {
    // r = 60/100 = 0.6: 0.5 × 20 × 0.6 = 6
    expect(scoreQuantLeader(20, 100, 60, 1.5)).toBeCloseTo(6, 12);
  });
  it("scores half of max exactly at target", () => {
    // r = 1: 0.5 × 20 = 10
    expect(scoreQuantLeader(20, 100, 100, 1.5)).toBe(10);
  });
  it("interpolates between half and max above target", () => {
    // r = 1.2: 10 + 10 × (1.2 − 1)/(1.5 − 1) = 10 + 4 = 14
    expect(scoreQuantLeader(20, 100, 120, 1.5)).toBeCloseTo(14, 12);
  });
  it("gives the leader max", () => {
    // r = R* = 1.5: 10 + 10 × 0.5/0.5 = 20
    expect(scoreQuantLeader(20, 100, 150, 1.5)).toBe(20);
  });
  it("gives max, not a division by zero, above target when R* is unknown or not above 1", () => {
    expect(scoreQuantLeader(20, 100, 120, NaN)).toBe(20);
    expect(scoreQuantLeader(20, 100, 120, 1)).toBe(20);
  });
  it("gives 0 for a missing or invalid target or actual", () => {
    expect(scoreQuantLeader(20, null, 60, 1.5)).toBe(0);
    expect(scoreQuantLeader(20, 0, 60, 1.5)).toBe(0);
    expect(scoreQuantLeader(20, 100, -1, 1.5)).toBe(0);
    expect(scoreQuantLeader(20, 100, Infinity, 1.5)).toBe(0);
  });
});

describe("per-unit criterion", () => {
  it("scores count × points each below max", () => {
    // 3 × 1.5 = 4.5
    expect(scorePerUnit(6, 1.5, 3)).toBe(4.5);
  });
  it("caps count × points each at max", () => {
    // 5 × 1.5 = 7.5 > 6 ⇒ 6
    expect(scorePerUnit(6, 1.5, 5)).toBe(6);
  });
  it("gives 0 for a blank or negative count", () => {
    expect(scorePerUnit(6, 1.5, null)).toBe(0);
    expect(scorePerUnit(6, 1.5, -2)).toBe(0);
    expect(scorePerUnit(6, 1.5, NaN)).toBe(0);
  });
});
