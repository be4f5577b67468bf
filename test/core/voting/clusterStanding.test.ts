// A cluster's standing going into its meeting: the score's candidates, the units left out and why, the cut-offs.

import fc from "fast-check";
import type { Grade } from "../../../src/core/model/gradeTypes";
import { clusterStandings } from "../../../src/core/voting/clusterStanding";
import { rankingOf, settingsWith, standingOf, TEN, type Placing } from "./votingFixtures";

const codes = (list: { unit: { code: string } }[]) => list.map((x) => x.unit.code);

describe("clusterStandings", () => {
  it("puts the rank-1 unit up for the flag and the next HTXSNV units for the certificates, up to the quota", () => {
    // Ten members: max(1, ⌊20 % × 10⌋) = 2 certificates; A3 is HTTNV, so the second certificate goes to A4.
    const standing = standingOf(TEN);
    expect(standing.candidates.map((c) => [c.award, c.unit.code])).toEqual([
      ["co-thi-dua", "A1"],
      ["bang-khen", "A2"],
      ["bang-khen", "A4"],
    ]);
    expect(standing.quota).toEqual({ "co-thi-dua": 1, "bang-khen": 2 });
    expect(standing.cutoff).toEqual({ "co-thi-dua": 1, "bang-khen": 4 });
  });

  it("names a unit left out inside a cut-off with its reason: the grade", () => {
    const standing = standingOf(TEN);
    expect(standing.leftOut.map((l) => [l.award, l.unit.code, l.reason, l.grade])).toEqual([
      ["bang-khen", "A3", "grade", "HTTNV"],
    ]);
  });

  it("leaves both units tied for the flag out of it (the council decides) and proposes them certificates", () => {
    const standing = standingOf([
      ["B1", 1, "HTXSNV"],
      ["B2", 1, "HTXSNV"],
      ["B3", 3, "HTXSNV"],
      ["B4", 4, "HTTNV"],
      ["B5", 5, "HTNV"],
      ["B6", 6, "HTNV"],
      ["B7", 7, "HTNV"],
      ["B8", 8, "HTNV"],
      ["B9", 9, "HTNV"],
      ["B10", 10, "HTNV"],
    ]);
    expect(standing.candidates.map((c) => [c.award, c.unit.code])).toEqual([
      ["bang-khen", "B1"],
      ["bang-khen", "B2"],
    ]);
    expect(standing.leftOut.map((l) => [l.award, l.unit.code, l.reason])).toEqual([
      ["co-thi-dua", "B1", "tie"],
      ["co-thi-dua", "B2", "tie"],
    ]);
    expect(standing.cutoff).toEqual({ "co-thi-dua": 1, "bang-khen": 1 });
  });

  it("lists a disqualified leader once, for the flag, and goes on to the next units for certificates", () => {
    const standing = standingOf([
      ["C1", 1, "HTNV", true],
      ["C2", 2, "HTXSNV"],
      ["C3", 3, "HTXSNV"],
    ]);
    expect(standing.candidates.map((c) => [c.award, c.unit.code])).toEqual([["bang-khen", "C2"]]);
    expect(standing.leftOut.map((l) => [l.award, l.unit.code, l.reason])).toEqual([
      ["co-thi-dua", "C1", "disqualified"],
    ]);
    expect(standing.cutoff).toEqual({ "co-thi-dua": 1, "bang-khen": 2 });
  });

  it("has no flag cut-off in a cluster without flags", () => {
    const settings = settingsWith({ awards: { flags: 0 } });
    const [standing] = clusterStandings(rankingOf({ "Cụm 1": TEN }, settings), settings.awards);
    expect(standing.cutoff["co-thi-dua"]).toBe(0);
    expect(codes(standing.candidates)).toEqual(["A1", "A2"]);
  });

  it("never puts a score candidate past its award's cut-off, and calls every eligible unit left out inside it a tie", () => {
    const grades: Grade[] = ["HTXSNV", "HTXSNV", "HTTNV", "HTNV"];
    const cluster = fc
      .array(fc.record({ gap: fc.integer({ min: 0, max: 1 }), grade: fc.constantFrom(...grades), dq: fc.boolean() }), {
        minLength: 1,
        maxLength: 14,
      })
      .map((units) => {
        // Competition ranks: a gap of 0 ties a unit with the one before.
        let rank = 0;
        return units.map((u, i): Placing => {
          rank = i === 0 || u.gap === 1 ? i + 1 : rank;
          return [`U${i}`, rank, u.dq ? "HTNV" : u.grade, u.dq];
        });
      });
    fc.assert(
      fc.property(cluster, fc.integer({ min: 0, max: 2 }), (placings, flags) => {
        const settings = settingsWith({ awards: { flags } });
        const standing = standingOf(placings, settings);
        for (const c of standing.candidates) {
          const rank = standing.units.find((u) => u.unit.code === c.unit.code)!.rank;
          expect(rank).toBeLessThanOrEqual(standing.cutoff[c.award]);
        }
        for (const l of standing.leftOut) {
          const eligible = l.grade === "HTXSNV" && !l.unit.disqualified;
          expect(l.reason === "tie").toBe(eligible);
          expect(l.rank).toBeLessThanOrEqual(standing.cutoff[l.award]);
        }
      }),
    );
  });
});
