// Rule ids come from registries: each id once across core's areas, in the "area.what-happened" form, and the
// ranking's rules are the ones core says bear on awards.

import { bearsOnAwards } from "../../../src/core/findings/bearsOnAwards";
import { CORE_RULE_REGISTRIES, ruleId, type RuleEntry, type RuleId } from "../../../src/core/findings/ruleId";

const ids = Object.values(CORE_RULE_REGISTRIES).flatMap((registry) =>
  Object.values(registry as Record<string, RuleEntry>).map(ruleId),
);

describe("core's rule registries", () => {
  it("give every rule its own id", () => {
    const seen = new Set<string>();
    const twice = ids.filter((id) => seen.size === seen.add(id).size);
    expect(twice).toEqual([]);
  });

  it("write every id as area.what-happened in lower case", () => {
    expect(ids.filter((id) => !/^[a-z]+(-[a-z]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });
});

describe("bearsOnAwards", () => {
  const about = (rule: RuleId) => bearsOnAwards({ rule });

  it.each<RuleId>([
    "final.layer-missing",
    "grade.below-floor",
    "grade.excellent-quota",
    "rank.tie-unresolved",
    "award.flag-not-eligible",
    "award.tie-at-cutoff",
  ])("holds for the ranking's %s", (rule) => {
    expect(about(rule)).toBe(true);
  });

  it.each<RuleId>([
    "score.out-of-range",
    "result.stale",
    "fairness.self-inflation",
    "rotation.flag-not-rank-1",
    "period.missing",
    "template.no-content",
    "workbook.rank-refused",
    "form.unknown-id",
  ])("does not hold for %s", (rule) => {
    expect(about(rule)).toBe(false);
  });
});
