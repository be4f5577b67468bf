import type { Grade } from "../../../src/core/model/gradeTypes";
import { certificateQuota, proposeAwards, type AwardCandidate } from "../../../src/core/ranking/proposeAwards";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaultSettings";
import { unit } from "./fixtures/rankingFixtures";

// Defaults: 1 flag; certificates max(1, ⌊20 % × members⌋).
const awards = DEFAULT_SETTINGS.awards;

/** Members U1…Un with the given ranks and grades (HTXSNV unless said otherwise). */
function cluster(ranks: number[], grades: Partial<Record<number, Grade>> = {}, disqualified: number[] = []) {
  return ranks.map((rank, i): AwardCandidate => ({
    unit: unit(`U${i + 1}`, { disqualified: disqualified.includes(i + 1) }),
    rank,
    grade: grades[i + 1] ?? "HTXSNV",
  }));
}
const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const awarded = (award: (string | null)[]) =>
  award.flatMap((a, i) => (a ? [`U${i + 1}:${a === "co-thi-dua" ? "flag" : "cert"}`] : []));

describe("award quotas", () => {
  it("gives max(1, ⌊20 % × members⌋) certificates", () => {
    expect(certificateQuota(4, awards)).toBe(1); // ⌊0.8⌋ = 0 ⇒ 1
    expect(certificateQuota(5, awards)).toBe(1); // ⌊1⌋ = 1
    expect(certificateQuota(10, awards)).toBe(2); // ⌊2⌋ = 2
    expect(certificateQuota(11, awards)).toBe(2); // ⌊2.2⌋ = 2
    expect(certificateQuota(100, { ...awards, certificateShare: 0.29 })).toBe(29); // 0.29 × 100 = 28.999… in floats
  });

  it.each([
    [4, ["U1:flag", "U2:cert"]],
    [5, ["U1:flag", "U2:cert"]],
    [10, ["U1:flag", "U2:cert", "U3:cert"]],
    [11, ["U1:flag", "U2:cert", "U3:cert"]],
  ])("proposes a flag to rank 1 and certificates to the next ones in a cluster of %i", (n, expected) => {
    const out = proposeAwards(cluster(oneToN(n)), "Cụm 1", awards);
    expect(awarded(out.award)).toEqual(expected);
    expect(out.findings).toEqual([]);
  });
});

describe("award eligibility", () => {
  it("skips units not graded HTXSNV for certificates", () => {
    // 10 members ⇒ 2 certificates; U2 (HTTNV) and U4 (disqualified) are passed over ⇒ U3 and U5.
    const out = proposeAwards(cluster(oneToN(10), { 2: "HTTNV", 4: "HTNV" }, [4]), "Cụm 1", awards);
    expect(awarded(out.award)).toEqual(["U1:flag", "U3:cert", "U5:cert"]);
  });

  it("proposes no flag when the rank-1 unit is disqualified, and says why", () => {
    const out = proposeAwards(cluster(oneToN(10), { 1: "HTNV" }, [1]), "Cụm 1", awards);
    // No flag passes over rank 1; the certificates still go to the next two HTXSNV units.
    expect(awarded(out.award)).toEqual(["U2:cert", "U3:cert"]);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({
      rule: "award.flag-not-eligible",
      severity: "info",
      location: { unit: "U1" },
    });
    expect(out.findings[0].message.vi).toBe(
      "Cụm/khối Cụm 1: U1 xếp hạng 1 nhưng đang thuộc diện không xét khen thưởng (xem xét kỷ luật, điều tra), " +
        "nên không đề nghị Cờ thi đua.",
    );
  });

  it("proposes no flag when the rank-1 unit is not HTXSNV", () => {
    const out = proposeAwards(cluster(oneToN(5), { 1: "HTTNV" }), "Cụm 1", awards);
    expect(awarded(out.award)).toEqual(["U2:cert"]);
    expect(out.findings.map((f) => f.rule)).toEqual(["award.flag-not-eligible"]);
    expect(out.findings[0].message.en).toBe(
      "Cluster Cụm 1: U1 is ranked 1 but graded HTTNV, not HTXSNV, so no emulation flag is proposed.",
    );
  });

  it("says nothing about flags when the cluster awards none", () => {
    const out = proposeAwards(cluster(oneToN(5), { 1: "HTTNV" }), "Cụm 1", { ...awards, flags: 0 });
    expect(awarded(out.award)).toEqual(["U2:cert"]);
    expect(out.findings).toEqual([]);
  });

  it("gives two flags to the top two units, but never past a unit that is not eligible", () => {
    const two = { ...awards, flags: 2 };
    // 10 members: flags U1, U2; certificates U3, U4.
    expect(awarded(proposeAwards(cluster(oneToN(10)), "K", two).award)).toEqual([
      "U1:flag",
      "U2:flag",
      "U3:cert",
      "U4:cert",
    ]);
    // U2 is HTTNV (a floor): the second flag is not passed down to U3, which gets a certificate instead.
    expect(awarded(proposeAwards(cluster(oneToN(10), { 2: "HTTNV" }), "K", two).award)).toEqual([
      "U1:flag",
      "U3:cert",
      "U4:cert",
    ]);
  });
});

describe("ties at an award cut-off", () => {
  it("proposes no flag to two units tied at rank 1, and reports it", () => {
    // 5 members: the pair exceeds both the flag (1) and the certificate quota (1) ⇒ nothing proposed.
    const out = proposeAwards(cluster([1, 1, 3, 4, 5]), "Cụm 1", awards);
    expect(awarded(out.award)).toEqual([]);
    expect(out.findings.map((f) => [f.rule, f.data?.award, f.data?.units])).toEqual([
      ["award.tie-at-cutoff", "co-thi-dua", "U1, U2"],
      ["award.tie-at-cutoff", "bang-khen", "U1, U2"],
    ]);
    expect(out.findings[0].message.vi).toBe(
      "Cụm/khối Cụm 1: U1, U2 cùng xếp hạng 1 tại ngưỡng đề nghị Cờ thi đua (còn 1 suất): không đề nghị " +
        "đơn vị nào trong số này. Hội đồng quyết định.",
    );
  });

  it("keeps units tied for the flag as certificate candidates when the quota fits them", () => {
    // 10 members ⇒ 2 certificates: the tied pair takes both.
    const out = proposeAwards(cluster([1, 1, 3, 4, 5, 6, 7, 8, 9, 10]), "Cụm 1", awards);
    expect(awarded(out.award)).toEqual(["U1:cert", "U2:cert"]);
    expect(out.findings.map((f) => f.data?.award)).toEqual(["co-thi-dua"]);
  });

  it("proposes no certificate to units tied across the certificate cut-off, and stops there", () => {
    // 10 members ⇒ 2 certificates: U2 takes one; U3 and U4 share rank 3 for the last one ⇒ neither, nor U5.
    const out = proposeAwards(cluster([1, 2, 3, 3, 5, 6, 7, 8, 9, 10]), "Cụm 1", awards);
    expect(awarded(out.award)).toEqual(["U1:flag", "U2:cert"]);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({
      rule: "award.tie-at-cutoff",
      severity: "warning",
      data: { award: "bang-khen", rank: 3, remaining: 1, units: "U3, U4" },
    });
  });

  it("does not count an ineligible unit of a tie against the quota", () => {
    // U3 and U4 share rank 3 but U4 is HTTNV: only U3 competes for the last certificate.
    const out = proposeAwards(cluster([1, 2, 3, 3, 5], { 4: "HTTNV" }), "K", { ...awards, certificateMin: 2 });
    expect(awarded(out.award)).toEqual(["U1:flag", "U2:cert", "U3:cert"]);
    expect(out.findings).toEqual([]);
  });
});

it("proposes the flag alone to a single HTXSNV unit", () => {
  const out = proposeAwards(cluster([1]), "K", awards);
  expect(awarded(out.award)).toEqual(["U1:flag"]);
  expect(out.findings).toEqual([]);
});
