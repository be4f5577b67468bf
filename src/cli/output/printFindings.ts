// Findings for a person: grouped by severity (errors first), a few of each rule with their place, and a count of
// the rest, so that 300 blank cells do not bury the one tampered formula.

import type { Severity } from "../../core/findings/findingTypes";
import { render } from "../../core/messages/messageTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import { cliOutputMessages as M } from "../messages/cliOutputMessages";
import type { DisplayFinding } from "./displayFinding";
import type { Paint, Tone } from "./terminalStyle";

/** Findings shown per rule before "… and n more". */
export const SHOWN_PER_RULE = 5;

const SEVERITIES: { severity: Severity; heading: typeof M.severityError; tone: Tone }[] = [
  { severity: "error", heading: M.severityError, tone: "red" },
  { severity: "warning", heading: M.severityWarning, tone: "yellow" },
  { severity: "info", heading: M.severityInfo, tone: "cyan" },
];

export function printFindings(findings: readonly DisplayFinding[], lang: Lang, paint: Paint): string[] {
  const lines: string[] = [];
  for (const { severity, heading, tone } of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    if (lines.length > 0) lines.push("");
    lines.push(paint(render(heading, { count: group.length })[lang], "bold", tone));
    const byRule = new Map<string, DisplayFinding[]>();
    for (const f of group) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    for (const list of byRule.values()) {
      for (const f of list.slice(0, SHOWN_PER_RULE)) {
        const place = f.place ? paint(f.place[lang], tone) + "  " : "";
        lines.push(`  ${place}${f.message[lang]}`);
      }
      if (list.length > SHOWN_PER_RULE) {
        lines.push(paint(`  ${render(M.moreOfRule, { count: list.length - SHOWN_PER_RULE })[lang]}`, "dim"));
      }
    }
  }
  return lines;
}
