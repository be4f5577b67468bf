// The --json form of a finding (design.md "Command line"): located, with its message in the chosen language.

import type { Lang } from "../../core/settings/settingsTypes";
import type { LocatedFinding } from "../../workbook/operations/locatedFinding";

export interface FindingJson {
  rule: string;
  severity: "error" | "warning";
  sheet: string | null;
  cell: string | null;
  unit: string | null;
  criterion: string | null;
  message: string;
}

/** Errors and warnings; notes ("info": strong agreement, quota remarks) stay out of the contract's two severities. */
export function findingsJson(findings: readonly LocatedFinding[], lang: Lang): FindingJson[] {
  const out: FindingJson[] = [];
  for (const f of findings) {
    if (f.severity === "info") continue;
    out.push({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      unit: f.location.unit ?? null,
      criterion: f.location.criterion ?? null,
      message: f.message[lang],
    });
  }
  return out;
}
