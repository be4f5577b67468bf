// Settings that make sense as a cluster's rules: the defaults pass; each kind of nonsense gives one finding on its key.

import { DEFAULT_SETTINGS, resolveSettings } from "../../../src/core/settings/defaultSettings";
import type { SettingsOverrides } from "../../../src/core/settings/settingsTypes";
import { checkSettingsValues } from "../../../src/workbook/settings/checkSettingsValues";

const fields = (overrides: SettingsOverrides) =>
  checkSettingsValues(resolveSettings(overrides)).map((f) => f.location.field);

describe("checkSettingsValues", () => {
  it("accepts the defaults and Decree 335's grades without floors", () => {
    expect(checkSettingsValues(DEFAULT_SETTINGS)).toEqual([]);
    expect(fields({ grades: { thresholds: { HTXSNV: 0.9, HTTNV: 0.7, HTNV: 0.5 }, floors: null } })).toEqual([]);
  });

  it("asks weighted weights to add up to 100 %, and only under the weighted rule", () => {
    const weights = { self: 0.2, peer: 0.2, review: 0.5 };
    expect(fields({ finalRule: "weighted", weights })).toEqual(["weights"]);
    expect(fields({ finalRule: "last-stage", weights })).toEqual([]);
    // 10 % + 20 % + 70 % is 100 % even though 0.1 + 0.2 + 0.7 is not exactly 1 in binary.
    expect(fields({ finalRule: "weighted", weights: { self: 0.1, peer: 0.2, review: 0.7 } })).toEqual([]);
    const [finding] = checkSettingsValues(resolveSettings({ finalRule: "weighted", weights }));
    expect(finding.message.en).toContain("90 %");
  });

  it("refuses shares outside 0–100 % and thresholds that do not descend", () => {
    expect(fields({ weights: { self: -0.1 } })).toEqual(["weights.self"]);
    expect(fields({ awards: { certificateShare: 1.5 } })).toEqual(["awards.certificateShare"]);
    expect(fields({ grades: { thresholds: { HTXSNV: 0.8, HTTNV: 0.8, HTNV: 0.7 } } })).toEqual(["grades.thresholds"]);
    expect(fields({ grades: { floors: { HTXSNV: 1.2, HTTNV: 0.8, HTNV: 0.7 } } })).toEqual(["grades.floors.HTXSNV"]);
  });

  it("asks for whole counts and a trimming that leaves at least one rater", () => {
    expect(fields({ awards: { flags: 1.5 } })).toEqual(["awards.flags"]);
    expect(fields({ peerTrim: { dropEachSide: 1, minRaters: 2 } })).toEqual(["peerTrim.minRaters"]);
    expect(fields({ peerTrim: { dropEachSide: 2, minRaters: 5 } })).toEqual([]);
    expect(fields({ peerTrim: { dropEachSide: -1 } })).toEqual(["peerTrim.dropEachSide"]);
  });

  it("refuses a tie-break step listed twice", () => {
    expect(fields({ tieBreak: ["priority", "first-group", "priority"] })).toEqual(["tieBreak"]);
  });

  it("asks for award names that are written out and fit a document line", () => {
    expect(fields({ awards: { flagName: "  " } })).toEqual(["awards.flagName"]);
    expect(fields({ awards: { certificateName: "B".repeat(201) } })).toEqual(["awards.certificateName"]);
    expect(fields({ awards: { certificateName: "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo" } })).toEqual([]);
  });

  it("refuses a time zone that is not a standard one, naming it", () => {
    expect(fields({ timeZone: "Asia/Bangkok" })).toEqual([]);
    const [finding] = checkSettingsValues(resolveSettings({ timeZone: "GMT+7 Hà Nội" }));
    expect(finding.location.field).toBe("timeZone");
    expect(finding.message.vi).toContain("GMT+7 Hà Nội");
  });

  it("takes a cluster's own voting rules and refuses shares, counts and words that are not rules", () => {
    expect(
      fields({ voting: { passShare: 0.7, passRule: "at-least", passBasis: "present", ballotPaper: "A4" } }),
    ).toEqual([]);
    expect(fields({ voting: { quorumShare: 1.2 } })).toEqual(["voting.quorumShare"]);
    expect(fields({ voting: { leaderRotationYears: 1.5 } })).toEqual(["voting.leaderRotationYears"]);
    const wrong = { passRule: "half", passBasis: "all", ballotPaper: "A3" } as unknown as SettingsOverrides["voting"];
    expect(fields({ voting: wrong })).toEqual(["voting.passRule", "voting.passBasis", "voting.ballotPaper"]);
    const [finding] = checkSettingsValues(resolveSettings({ voting: { passRule: "half" as never } }));
    expect(finding.message.vi).toBe(
      "Thông số voting.passRule không nhận giá trị “half”: hãy ghi một trong more-than, at-least.",
    );
  });
});
