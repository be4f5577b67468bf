import { formulaNumber, formulaText } from "../../../src/workbook/formulas/formulaLiteral";
import {
  bestRatio,
  bonusPoints,
  bonusTotal,
  cappedGroup,
  deductionPoints,
  manualPoints,
  perUnitPoints,
  qualPoints,
  quantLeaderPoints,
  quantPropPoints,
  quantRatio,
} from "../../../src/workbook/formulas/pointsFormulas";

describe("points formulas per kind", () => {
  it("clamps a manual score to [0, max] and reads text or blank as 0", () => {
    expect(manualPoints(10, "E6")).toBe("MIN(10,MAX(0,N(E6)))");
    // A broken negative max scores 0, as in core.
    expect(manualPoints(-1, "E6")).toBe("MIN(0,MAX(0,N(E6)))");
  });

  it("gives a qual criterion its max for Đạt only", () => {
    expect(qualPoints(5, "E7")).toBe('IF(E7="Đạt",5,0)');
  });

  it("counts bonus lines when positive and deductions when negative", () => {
    expect(bonusPoints("E14")).toBe("MAX(0,N(E14))");
    expect(deductionPoints("E17")).toBe("MIN(0,N(E17))");
    expect(bonusTotal(3, ["E14", "E15"])).toBe("MIN(3,E14+E15)");
    expect(bonusTotal(0, [])).toBe("MIN(0,0)");
  });

  it("scores quant_prop up as max·min(A/T,1) and down as max·min(T/A,1), only for a usable target and actual", () => {
    expect(quantPropPoints(4, "up", "E9", "E24")).toBe(
      "IF(AND(ISNUMBER(E9),ISNUMBER(E24)),IF(AND(E9>0,E24>=0),IF(E24>=E9,4,4*(E24/E9)),0),0)",
    );
    expect(quantPropPoints(3, "down", "E10", "E25")).toBe(
      "IF(AND(ISNUMBER(E10),ISNUMBER(E25)),IF(AND(E10>0,E25>=0),IF(E25<=E10,3,3*(E10/E25)),0),0)",
    );
  });

  it("scores quant_leader from the ratio and the cluster's best ratio", () => {
    expect(quantRatio("E12", "E27")).toBe("IF(AND(ISNUMBER(E12),ISNUMBER(E27)),IF(AND(E12>0,E27>=0),E27/E12,0),0)");
    // half of max 10 is 5
    expect(quantLeaderPoints(10, "E42", "E57")).toBe("IF(E42<=1,5*E42,IF(E57<=E42,10,5+5*(E42-1)/(E57-1)))");
    expect(bestRatio(["E42:F42", "H42"])).toBe("MAX(E42:F42,H42)");
    expect(bestRatio([])).toBe("0");
  });

  it("nests MAX when a cluster has more ratio cells than MAX takes arguments", () => {
    const cells = Array.from({ length: 300 }, (_, i) => `C${i + 1}`);
    const formula = bestRatio(cells);
    expect(formula.startsWith("MAX(MAX(C1,")).toBe(true);
    expect(formula).toContain(",C255),MAX(C256,");
  });

  it("caps per-unit points at max and ignores a count when points each is not positive", () => {
    expect(perUnitPoints(5, 1.5, "E28")).toBe("MIN(5,MAX(0,N(E28))*1.5)");
    expect(perUnitPoints(5, 0, "E28")).toBe("0");
  });

  it("caps a content group at its max", () => {
    expect(cappedGroup(20, ["E6", "E7"])).toBe("MIN(20,E6+E7)");
    expect(cappedGroup(20, [])).toBe("MIN(20,0)");
  });

  it("writes literals without exponent notation and doubles quotes in text", () => {
    expect(formulaNumber(1e-9)).toBe("0.000000001");
    expect(formulaNumber(0.5)).toBe("0.5");
    expect(formulaNumber(-0)).toBe("0");
    expect(formulaNumber(1e21)).toBe("1000000000000000000000");
    expect(formulaText('a"b')).toBe('"a""b"');
    expect(() => formulaNumber(NaN)).toThrow();
  });
});
