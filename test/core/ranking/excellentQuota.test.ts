import { checkExcellentQuota } from "../../../src/core/ranking/excellentQuota";

describe("the Decree 335 cap on HTXSNV", () => {
  it("warns when HTXSNV outnumber 20 % of HTTNV", () => {
    // 2 HTXSNV > 0.2 × 5 HTTNV = 1.
    const findings = checkExcellentQuota(
      "Phòng Tổng hợp",
      ["HTXSNV", "HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTNV"],
      0.2,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "grade.excellent-quota",
      severity: "warning",
      data: { cluster: "Phòng Tổng hợp", excellent: 2, good: 5, share: 0.2 },
    });
    expect(findings[0].message.vi).toBe(
      "Cụm/khối Phòng Tổng hợp: 2 đơn vị xếp loại HTXSNV, vượt 20% số đơn vị HTTNV (5).",
    );
  });

  it("accepts exactly the quota, and checks nothing when the setting is off", () => {
    // 1 HTXSNV ≤ 0.2 × 5 = 1.
    expect(checkExcellentQuota("K", ["HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV"], 0.2)).toEqual([]);
    expect(checkExcellentQuota("K", ["HTXSNV", "HTXSNV", "HTXSNV"], null)).toEqual([]);
  });
});
