// The settings a plan bakes into formulas must be usable numbers and known words; anything else (NaN weights, an
// unknown tie-break key) is refused with a finding before a single formula is written.

import type { Finding } from "../../core/findings/findingTypes";
import { render } from "../../core/messages/messageTypes";
import { PASS_BASES, PASS_RULES, TIE_BREAK_KEYS, type Settings } from "../../core/settings/settingsTypes";
import { WORKBOOK_RULES, workbookFindingMessages as W } from "../messages/workbookFindingMessages";
import { SETTING_KEYS, settingValue } from "./settingsRows";

export function checkPlannableSettings(settings: Settings): Finding[] {
  const bad: string[] = [];
  for (const key of SETTING_KEYS) {
    const value = settingValue(settings, key);
    if (typeof value === "number" && !Number.isFinite(value)) bad.push(key);
  }
  if (settings.finalRule !== "last-stage" && settings.finalRule !== "weighted") bad.push("finalRule");
  if (!Array.isArray(settings.tieBreak) || settings.tieBreak.some((k) => !TIE_BREAK_KEYS.includes(k)))
    bad.push("tieBreak");
  // The vote table's formulas are built with these words.
  if (!PASS_RULES.includes(settings.voting.passRule)) bad.push("voting.passRule");
  if (!PASS_BASES.includes(settings.voting.passBasis)) bad.push("voting.passBasis");
  if (!Number.isInteger(settings.rankDecimals) || settings.rankDecimals < 0 || settings.rankDecimals > 10) {
    bad.push("rankDecimals");
  }
  return [...new Set(bad)].map((key) => ({
    rule: WORKBOOK_RULES.settingsInvalid,
    severity: "error" as const,
    location: { area: "settings" as const, field: key },
    message: render(W.settingsInvalid, { key }),
  }));
}
