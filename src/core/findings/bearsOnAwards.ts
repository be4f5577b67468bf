// Which findings change who is proposed for an award: those whose rule's registry entry says `bearsOnAwards`. The
// Rank screen lists them beside the ranking; renaming a rule keeps its trait, and a new rule declares it where it is
// defined. Rules of the outer layers (files, forms, the workbook's shape) never bear on awards by this trait: a
// refusal to rank is an error, and errors are shown with the ranking they stopped.

import type { Finding } from "./findingTypes";
import { CORE_RULE_REGISTRIES, type RuleEntry, type RuleId } from "./ruleId";

const AWARD_RULES: ReadonlySet<RuleId> = new Set(
  Object.values(CORE_RULE_REGISTRIES)
    .flatMap((registry): RuleEntry[] => Object.values(registry))
    .flatMap((entry) => (typeof entry === "object" && entry.bearsOnAwards ? [entry.id as RuleId] : [])),
);

export function bearsOnAwards(finding: Pick<Finding, "rule">): boolean {
  return AWARD_RULES.has(finding.rule);
}
