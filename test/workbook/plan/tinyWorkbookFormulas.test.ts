// Exact formula text on every sheet of the tiny template (fixtures/tinyTemplate.ts), row numbers worked out by hand:
// score sheets: header rows 1–4, criteria rows 5–18 (row = 5 + flat index), totals 19–22, helpers from 23.
// Data sheet: each block has a label row, then 14 rows: targets 6–19, actuals 21–34, ratios 36–49, R* 51–64,
// points 66–79. Units A1, A2 (Cụm 1), B1 (Cụm 2) in columns E, F, G.

import { planInject } from "../../../src/workbook/plan/planInject";
import type { WorkbookPlan } from "../../../src/workbook/plan/planTypes";
import { TINY_TEMPLATE, TINY_UNITS } from "../fixtures/tinyTemplate";
import { cellAt, sheetOf } from "../planCells";

function plan(mode: "self" | "review" | "cross", settings = {}): WorkbookPlan {
  const result = planInject(TINY_TEMPLATE, TINY_UNITS, settings, {
    mode,
    period: "2026",
    lang: "vi",
    now: "2026-01-01T00:00:00Z",
    existing: { sheets: [], names: [] },
  });
  return result.plan!;
}

const f = (p: WorkbookPlan, key: Parameters<typeof sheetOf>[1], address: string) => cellAt(sheetOf(p, key), address)?.f;

describe("formulas of the self sheet", () => {
  const p = plan("self");

  it("caps group I at 20 over its manual, qual and two computed children", () => {
    expect(f(p, "self", "E5")).toBe('MIN(20,MIN(10,MAX(0,N(E6)))+IF(E7="Đạt",5,0)+E8+E9)');
    expect(f(p, "self", "F10")).toBe("MIN(15,F11+F12)");
  });

  it("reads computed rows from the data sheet's points block", () => {
    // 1.3 is flat row 3: points row 66 + 3 = 69; 2.2 is flat row 7: 73
    expect(f(p, "self", "E8")).toBe("'Số liệu'!E69");
    expect(f(p, "self", "G12")).toBe("'Số liệu'!G73");
  });

  it("adds bonus and deduction sections without a cap, and totals content, capped bonus and deductions", () => {
    expect(f(p, "self", "E13")).toBe("MAX(0,N(E14))+MAX(0,N(E15))");
    expect(f(p, "self", "E16")).toBe("MIN(0,N(E17))+MIN(0,N(E18))");
    expect(f(p, "self", "E19")).toBe("E5+E10");
    expect(f(p, "self", "E20")).toBe("MIN(3,MAX(0,N(E14))+MAX(0,N(E15)))");
    expect(f(p, "self", "E21")).toBe("MIN(0,N(E17))+MIN(0,N(E18))");
    expect(f(p, "self", "E22")).toBe("E19+E20+E21");
  });
});

describe("formulas of the data sheet", () => {
  const p = plan("self");

  it("scores quant_prop from the target and actual blocks", () => {
    // 1.3: target E9, actual E24; 1.4 (down): target E10, actual E25
    expect(f(p, "data", "E69")).toBe(
      "IF(AND(ISNUMBER(E9),ISNUMBER(E24)),IF(AND(E9>0,E24>=0),IF(E24>=E9,4,4*(E24/E9)),0),0)",
    );
    expect(f(p, "data", "E70")).toBe(
      "IF(AND(ISNUMBER(E10),ISNUMBER(E25)),IF(AND(E10>0,E25>=0),IF(E25<=E10,3,3*(E10/E25)),0),0)",
    );
  });

  it("takes R* over the ratios of the unit's own cluster only", () => {
    // 2.1 is flat row 6: ratio row 42, R* row 57, points row 72
    expect(f(p, "data", "E42")).toBe("IF(AND(ISNUMBER(E12),ISNUMBER(E27)),IF(AND(E12>0,E27>=0),E27/E12,0),0)");
    expect(f(p, "data", "E57")).toBe("MAX(E42:F42)");
    expect(f(p, "data", "F57")).toBe("MAX(E42:F42)");
    expect(f(p, "data", "G57")).toBe("MAX(G42)");
    expect(f(p, "data", "E72")).toBe("IF(E42<=1,5*E42,IF(E57<=E42,10,5+5*(E42-1)/(E57-1)))");
  });

  it("scores per_unit from the count in the actual block", () => {
    expect(f(p, "data", "E73")).toBe("MIN(5,MAX(0,N(E28))*1.5)");
  });
});

describe("formulas of the review and final points sheets", () => {
  const p = plan("review");

  it("takes a valid review entry per criterion, else the self-score", () => {
    expect(f(p, "final", "E6")).toBe(
      "IF(ISNUMBER('Thẩm định'!E6),MIN(10,MAX(0,N('Thẩm định'!E6))),MIN(10,MAX(0,N('Tự chấm'!E6))))",
    );
    expect(f(p, "final", "E7")).toBe(
      "IF(OR('Thẩm định'!E7=\"Đạt\",'Thẩm định'!E7=\"Không đạt\"),IF('Thẩm định'!E7=\"Đạt\",5,0),IF('Tự chấm'!E7=\"Đạt\",5,0))",
    );
    expect(f(p, "final", "E14")).toBe(
      "IF(ISNUMBER('Thẩm định'!E14),MAX(0,N('Thẩm định'!E14)),MAX(0,N('Tự chấm'!E14)))",
    );
  });

  it("lets a review entry override computed points", () => {
    expect(f(p, "final", "E11")).toBe("IF(ISNUMBER('Thẩm định'!E11),MIN(10,MAX(0,N('Thẩm định'!E11))),'Số liệu'!E72)");
  });

  it("caps groups over the points cells and keeps the helpers grades and tie-breaks read", () => {
    expect(f(p, "final", "E5")).toBe("MIN(20,E6+E7+E8+E9)");
    expect(f(p, "final", "E20")).toBe("MIN(3,E14+E15)");
    expect(f(p, "final", "E23")).toBe("MIN(E6/10,E7/5,E8/4,E9/3,E11/10,E12/5)");
    expect(f(p, "final", "E24")).toBe(
      "SUMPRODUCT((ROUND(E6:E9,4)>=ROUND($C$6:$C$9,4))*1)+SUMPRODUCT((ROUND(E11:E12,4)>=ROUND($C$11:$C$12,4))*1)",
    );
  });

  it("shows last-stage totals on the review sheet and counts review entries", () => {
    expect(f(p, "review", "F22")).toBe("'Tổng hợp'!F22");
    expect(f(p, "review", "E23")).toBe('COUNT(E5:E18)+COUNTIF(E5:E18,"Đạt")+COUNTIF(E5:E18,"Không đạt")');
    expect(f(p, "review", "C23")).toBe("SUM(E23:G23)");
  });

  it("equals the self-scores on the final points sheet when there is no review layer", () => {
    const self = plan("self");
    expect(f(self, "final", "E6")).toBe("MIN(10,MAX(0,N('Tự chấm'!E6)))");
    expect(f(self, "final", "E11")).toBe("'Số liệu'!E72");
  });
});

describe("formulas of the peer sheets and the peer matrix", () => {
  const p = plan("cross");

  it("marks a rater's column complete when every manual and qual row holds an entry", () => {
    expect(f(p, "peer:A1", "F23")).toBe('IF(COUNT(F6:F6)+COUNTIF(F7:F7,"Đạt")+COUNTIF(F7:F7,"Không đạt")=2,1,0)');
    expect(f(p, "peer:A1", "E23")).toBeUndefined();
    expect(f(p, "peer:A1", "E22")).toBeUndefined();
  });

  it("fills the matrix only for complete columns of the same cluster, never the rater itself", () => {
    expect(f(p, "peerMatrix", "F5")).toBe("IF('CC A1'!F23=1,'CC A1'!F22,\"\")");
    expect(f(p, "peerMatrix", "E6")).toBe("IF('CC A2'!E23=1,'CC A2'!E22,\"\")");
    expect(f(p, "peerMatrix", "E5")).toBeUndefined();
    expect(f(p, "peerMatrix", "G5")).toBeUndefined();
    expect(f(p, "peerMatrix", "E8")).toBe("COUNT(E5:E7)");
  });
});

describe("formulas of the ranking sheet", () => {
  // Columns: A code, B name, C cluster, D group I, E group II, F bonus, G deductions, H self, I peer, J review,
  // K final, L rank, M tie-break, N grade, O award, P flags; hidden Q cluster, R key final, S–V keys, W share.
  const p = plan("cross");

  it("reads group points, bonus, deductions and layer totals", () => {
    expect(f(p, "result", "D4")).toBe("'Tổng hợp'!E5");
    expect(f(p, "result", "E5")).toBe("'Tổng hợp'!F10");
    expect(f(p, "result", "G6")).toBe("'Tổng hợp'!G21");
    expect(f(p, "result", "H4")).toBe("'Tự chấm'!E22");
    const c = "'Chấm chéo'!$E$5:$E$7";
    expect(f(p, "result", "I4")).toBe(
      `IF(COUNT(${c})=0,"",IF(AND(COUNT(${c})>=5,COUNT(${c})>2),(SUM(${c})-LARGE(${c},1)-SMALL(${c},1))/(COUNT(${c})-2),SUM(${c})/COUNT(${c})))`,
    );
    expect(f(p, "result", "J4")).toBe("IF('Thẩm định'!$C$23>0,'Tổng hợp'!E22,\"\")");
    // Cross mode ranks on the weighted rule by default: 0.2 self (H), 0.3 peer (I), 0.5 review (J).
    expect(f(p, "result", "K4")).toBe(
      "IF((0.2+0.3*ISNUMBER(I4)+0.5*ISNUMBER(J4))>0,(0.2*H4+0.3*N(I4)+0.5*N(J4))/(0.2+0.3*ISNUMBER(I4)+0.5*ISNUMBER(J4)),H4)",
    );
    expect(f(plan("cross", { finalRule: "last-stage" }), "result", "K4")).toBe("'Tổng hợp'!E22");
  });

  it("ranks with the tie-break chain over rounded keys inside the cluster", () => {
    const sheet = sheetOf(p, "result");
    expect(cellAt(sheet, "Q4")!.v).toBe(1);
    expect(cellAt(sheet, "Q6")!.v).toBe(2);
    expect(f(p, "result", "R4")).toBe("ROUND(K4,4)");
    expect(f(p, "result", "S4")).toBe("ROUND(D4,4)");
    expect(f(p, "result", "T4")).toBe("ROUND(G4,4)");
    expect(f(p, "result", "U4")).toBe("'Tổng hợp'!E24");
    expect(cellAt(sheet, "V5")!.v).toBe(1);
    expect(f(p, "result", "L4")).toBe(
      "1" +
        '+COUNTIFS($Q$4:$Q$6,Q4,$R$4:$R$6,">"&R4)' +
        '+COUNTIFS($Q$4:$Q$6,Q4,$R$4:$R$6,R4,$S$4:$S$6,">"&S4)' +
        '+COUNTIFS($Q$4:$Q$6,Q4,$R$4:$R$6,R4,$S$4:$S$6,S4,$T$4:$T$6,">"&T4)' +
        '+COUNTIFS($Q$4:$Q$6,Q4,$R$4:$R$6,R4,$S$4:$S$6,S4,$T$4:$T$6,T4,$U$4:$U$6,">"&U4)' +
        '+COUNTIFS($Q$4:$Q$6,Q4,$R$4:$R$6,R4,$S$4:$S$6,S4,$T$4:$T$6,T4,$U$4:$U$6,U4,$V$4:$V$6,">"&V4)',
    );
    expect(sheet.hiddenColumns).toEqual([16, 17, 18, 19, 20, 21, 22]);
  });

  it("grades on the share of content max 35 and the lowest criterion share, capping a disqualified unit", () => {
    expect(f(p, "result", "W4")).toBe("K4/35");
    expect(f(p, "result", "N4")).toContain("'Tổng hợp'!E23>=0.85-0.000000001");
    expect(f(p, "result", "N4")!.startsWith("IF(AND(W4>=0.9-0.000000001,")).toBe(true);
    // HTNV asks for its threshold only; B1 is disqualified: at most HTNV.
    expect(f(p, "result", "N4")!.endsWith('IF(W4>=0.7-0.000000001,"HTNV","KHTNV")))')).toBe(true);
    expect(f(p, "result", "N6")).toBe('IF(W6>=0.7-0.000000001,"HTNV","KHTNV")');
  });

  it("blends layers in the weighted rule and leaves out the peer column outside cross mode", () => {
    const weighted = plan("review", { finalRule: "weighted" });
    // No peer layer in review mode: self 0.2 and review 0.5 remain.
    expect(f(weighted, "result", "K4")).toBe(
      "IF((0.2+0.5*ISNUMBER(J4))>0,(0.2*H4+0.5*N(J4))/(0.2+0.5*ISNUMBER(J4)),H4)",
    );
    expect(cellAt(sheetOf(weighted, "result"), "I4")!.f).toBeUndefined();
  });
});
