import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaultSettings";
import { finalTotalFormula } from "../../../src/workbook/formulas/finalTotalFormula";
import { gradeFormula } from "../../../src/workbook/formulas/gradeFormula";
import { peerAggregateFormula } from "../../../src/workbook/formulas/peerAggregateFormula";
import { rankFormula } from "../../../src/workbook/formulas/rankFormula";

describe("ranking formulas", () => {
  it("ranks by COUNTIFS inside the cluster: better total, then equal total and better first key", () => {
    const formula = rankFormula({ range: "$P$4:$P$9", own: "P4" }, [
      { range: "$Q$4:$Q$9", own: "Q4" },
      { range: "$R$4:$R$9", own: "R4" },
    ]);
    expect(formula).toBe(
      '1+COUNTIFS($P$4:$P$9,P4,$Q$4:$Q$9,">"&Q4)+COUNTIFS($P$4:$P$9,P4,$Q$4:$Q$9,Q4,$R$4:$R$9,">"&R4)',
    );
  });

  const unit = { disqualified: false, person: false };

  it("grades from HTXSNV down with thresholds and floors, and HTNV by its threshold alone, 1e-9 slack", () => {
    const formula = gradeFormula(DEFAULT_SETTINGS.grades, { share: "V4", lowest: "'Tổng hợp'!E40" }, unit);
    const met = (t: string, f: string) => `AND(V4>=${t}-0.000000001,'Tổng hợp'!E40>=${f}-0.000000001)`;
    // Floors demote, never condemn: a total at 70 % is HTNV whatever its lowest criterion.
    expect(formula).toBe(
      `IF(${met("0.9", "0.85")},"HTXSNV",IF(${met("0.8", "0.8")},"HTTNV",IF(V4>=0.7-0.000000001,"HTNV","KHTNV")))`,
    );
  });

  it("never grades a disqualified unit above HTNV, and grades a disqualified person KHTNV", () => {
    const grades = { ...DEFAULT_SETTINGS.grades, floors: null };
    expect(gradeFormula(grades, { share: "V4", lowest: "X" }, { disqualified: true, person: false })).toBe(
      'IF(V4>=0.7-0.000000001,"HTNV","KHTNV")',
    );
    expect(gradeFormula(grades, { share: "V4", lowest: null }, { disqualified: true, person: true })).toBe('"KHTNV"');
    expect(gradeFormula(grades, { share: "V4", lowest: null }, { disqualified: false, person: true })).toBe(
      'IF(V4>=0.9-0.000000001,"HTXSNV",IF(V4>=0.8-0.000000001,"HTTNV",IF(V4>=0.7-0.000000001,"HTNV","KHTNV")))',
    );
  });

  it("takes the trimmed mean of peer totals only with enough raters", () => {
    const c = "'Chấm chéo'!$E$5:$E$12";
    expect(peerAggregateFormula(c, { dropEachSide: 1, minRaters: 5 })).toBe(
      `IF(COUNT(${c})=0,"",IF(AND(COUNT(${c})>=5,COUNT(${c})>2),(SUM(${c})-LARGE(${c},1)-SMALL(${c},1))/(COUNT(${c})-2),SUM(${c})/COUNT(${c})))`,
    );
    expect(peerAggregateFormula("X", { dropEachSide: 0, minRaters: 5 })).toBe('IF(COUNT(X)=0,"",SUM(X)/COUNT(X))');
  });

  it("blends layers by weight and drops the weight of a missing layer", () => {
    const cells = { self: "J4", peer: "K4", review: "L4", lastStage: "'Tổng hợp'!E38" };
    expect(finalTotalFormula("last-stage", DEFAULT_SETTINGS.weights, cells)).toBe("'Tổng hợp'!E38");
    expect(finalTotalFormula("weighted", { self: 0.2, peer: 0.3, review: 0.5 }, cells)).toBe(
      "IF((0.2+0.3*ISNUMBER(K4)+0.5*ISNUMBER(L4))>0,(0.2*J4+0.3*N(K4)+0.5*N(L4))/(0.2+0.3*ISNUMBER(K4)+0.5*ISNUMBER(L4)),J4)",
    );
    expect(finalTotalFormula("weighted", { self: 0, peer: 0, review: 1 }, { ...cells, peer: null })).toBe(
      "IF((1*ISNUMBER(L4))>0,(1*N(L4))/(1*ISNUMBER(L4)),J4)",
    );
  });
});
