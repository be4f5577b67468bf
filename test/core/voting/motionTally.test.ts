// Counting one vote: the quorum and the pass share, compared rounded to four decimals as the vote table's formulas do.

import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaultSettings";
import { hasQuorum, neededToPass, passes, quorumOf, tallyMotion } from "../../../src/core/voting/motionTally";
import type { VotingThresholds } from "../../../src/core/voting/votingTypes";

const DEFAULTS: VotingThresholds = DEFAULT_SETTINGS.voting;
const TWO_THIRDS: VotingThresholds = { ...DEFAULTS, passShare: 0.6667, passRule: "at-least" };

describe("the quorum", () => {
  it("needs at least two thirds of the members present by default: 6 of 9, 7 of 10", () => {
    expect(quorumOf({ members: 9, present: 6 }, DEFAULTS)).toEqual({ needed: 6, met: true });
    expect(quorumOf({ members: 9, present: 5 }, DEFAULTS)).toEqual({ needed: 6, met: false });
    expect(quorumOf({ members: 10, present: 7 }, DEFAULTS)).toEqual({ needed: 7, met: true });
    expect(quorumOf({ members: 10, present: 6 }, DEFAULTS).met).toBe(false);
  });

  it("reads 0,6667 typed by a secretariat as two thirds", () => {
    expect(hasQuorum(6, 9, { ...DEFAULTS, quorumShare: 0.6667 })).toBe(true);
    expect(hasQuorum(6, 9, { ...DEFAULTS, quorumShare: 0.67 })).toBe(false);
  });

  it("is unknown while the members present are not entered", () => {
    expect(quorumOf({ members: 9, present: null }, DEFAULTS)).toEqual({ needed: 6, met: null });
  });
});

describe("a motion", () => {
  it("passes with more than half of all members by default: 5 of 9 yes, 4 of 9 not, however many were present", () => {
    expect(tallyMotion({ members: 9, present: 7 }, { yes: 5, no: 2 }, DEFAULTS)).toEqual({
      status: "passed",
      yes: 5,
      no: 2,
      basis: 9,
      share: 5 / 9,
      needed: 5,
    });
    expect(tallyMotion({ members: 9, present: 7 }, { yes: 4, no: 3 }, DEFAULTS).status).toBe("failed");
  });

  it("needs strictly more than half: 5 of 10 is not enough", () => {
    expect(passes(5, 10, DEFAULTS)).toBe(false);
    expect(passes(6, 10, DEFAULTS)).toBe(true);
    expect(neededToPass(10, DEFAULTS)).toBe(6);
  });

  it("reaches two thirds or 70 % where a regulation says 'at least'", () => {
    expect(passes(6, 9, TWO_THIRDS)).toBe(true);
    expect(passes(5, 9, TWO_THIRDS)).toBe(false);
    const seventy = { ...DEFAULTS, passShare: 0.7, passRule: "at-least" as const };
    expect(passes(7, 10, seventy)).toBe(true);
    expect(passes(6, 10, seventy)).toBe(false);
  });

  it("takes the share of the members present when the basis says so", () => {
    const ofPresent = { ...DEFAULTS, passBasis: "present" as const };
    expect(tallyMotion({ members: 9, present: 7 }, { yes: 4, no: 3 }, ofPresent)).toMatchObject({
      status: "passed",
      basis: 7,
      needed: 4,
    });
  });

  it("counts nothing without a quorum, and says how the vote went", () => {
    expect(tallyMotion({ members: 9, present: 5 }, { yes: 5, no: 0 }, DEFAULTS)).toMatchObject({
      status: "no-quorum",
      yes: 5,
      basis: 9,
    });
  });

  it("is invalid when the ballots outnumber the members present, or the members present are unknown", () => {
    expect(tallyMotion({ members: 9, present: 7 }, { yes: 5, no: 3 }, DEFAULTS).status).toBe("invalid");
    expect(tallyMotion({ members: 9, present: null }, { yes: 5, no: 0 }, DEFAULTS).status).toBe("invalid");
    expect(tallyMotion({ members: 9, present: 10 }, { yes: 5, no: 0 }, DEFAULTS).status).toBe("invalid");
  });

  it("is not voted while no count is entered", () => {
    expect(tallyMotion({ members: 9, present: 9 }, null, DEFAULTS)).toMatchObject({
      status: "not-voted",
      needed: 5,
    });
  });

  it("needs exactly neededToPass votes: one fewer never passes", () => {
    const thresholds = fc.record({
      quorumShare: fc.constant(2 / 3),
      passShare: fc.double({ min: 0, max: 1, noNaN: true }),
      passRule: fc.constantFrom("more-than" as const, "at-least" as const),
      passBasis: fc.constant("members" as const),
    });
    fc.assert(
      fc.property(thresholds, fc.integer({ min: 1, max: 200 }), (t, basis) => {
        const needed = neededToPass(basis, t);
        if (needed <= basis) expect(passes(needed, basis, t)).toBe(true);
        if (needed > 0) expect(passes(needed - 1, basis, t)).toBe(false);
      }),
    );
  });
});
