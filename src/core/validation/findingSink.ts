// Collects findings with a cap per rule, so a disaster (5,000 units, every cell wrong) stays a readable list
// and a bounded amount of memory: the first findings of each rule, then one summary with the count left out.

import type { Finding, FindingLocation, Severity } from "../findings/findingTypes";
import { validationMessages } from "../messages/validationMessages";
import { render } from "../messages/messageTypes";
import type { RuleId } from "../findings/ruleId";

export const DEFAULT_MAX_FINDINGS_PER_RULE = 1000;

export class FindingSink {
  private readonly list: Finding[] = [];
  private readonly counts = new Map<RuleId, number>();
  private readonly omitted = new Map<RuleId, { severity: Severity; area: FindingLocation["area"]; count: number }>();

  constructor(private readonly maxPerRule: number = DEFAULT_MAX_FINDINGS_PER_RULE) {}

  /** Adds the finding `make` builds, unless the rule's cap is reached: then only counts it (make is not called). */
  add(rule: RuleId, severity: Severity, area: FindingLocation["area"], make: () => Omit<Finding, "rule" | "severity">) {
    const count = this.counts.get(rule) ?? 0;
    this.counts.set(rule, count + 1);
    if (count < this.maxPerRule) {
      this.list.push({ rule, severity, ...make() });
      return;
    }
    const left = this.omitted.get(rule);
    if (left) left.count++;
    else this.omitted.set(rule, { severity, area, count: 1 });
  }

  /** The findings in the order added, then one summary per capped rule (same rule id, data.omitted = count). */
  findings(): Finding[] {
    const out = this.list.slice();
    for (const [rule, { severity, area, count }] of this.omitted) {
      out.push({
        rule,
        severity,
        location: area ? { area } : {},
        message: render(validationMessages.truncated, { rule, omitted: count }),
        data: { truncated: true, omitted: count },
      });
    }
    return out;
  }
}
