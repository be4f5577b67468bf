// Settings changed by key, as the command line writes them ("finalRule=weighted", "weights.peer=0.3"): each
// assignment read against the Cài đặt sheet's keys (SETTING_KEYS) and applied to the workbook's settings, a value
// in the wrong form refused with a finding naming its key. Whether the result makes sense as a cluster's rules
// (weights adding up, shares in 0..1, a known time zone) is checkSettingsValues' to say, as for the task pane.

import type { RuleId } from "../../core/findings/ruleId";
import type { Finding } from "../../core/findings/findingTypes";
import { render } from "../../core/messages/messageTypes";
import { parseNumberCell } from "../../core/parse/parseNumberCell";
import {
  BALLOT_PAPERS,
  PASS_BASES,
  PASS_RULES,
  TIE_BREAK_KEYS,
  type Settings,
  type TieBreakKey,
} from "../../core/settings/settingsTypes";
import { WORKBOOK_RULES, workbookFindingMessages as W } from "../messages/workbookFindingMessages";
import { SETTING_KEYS, type SettingKey } from "./settingsRows";

/** One "KEY=VALUE" as typed. */
export interface SettingAssignment {
  key: string;
  value: string;
}

/** Keys whose value is text, and the words some of them take. */
const WORDS: Partial<Record<SettingKey, readonly string[]>> = {
  finalRule: ["last-stage", "weighted"],
  lang: ["vi", "en"],
  "voting.passRule": PASS_RULES,
  "voting.passBasis": PASS_BASES,
  "voting.ballotPaper": BALLOT_PAPERS,
};
const TEXT_KEYS = new Set<SettingKey>(["awards.flagName", "awards.certificateName", "timeZone"]);
/** Keys a blank value switches off (null): the floors as a whole, the HTXSNV/HTTNV quota check. */
const BLANKABLE = new Set<string>(["grades.floors.HTXSNV", "grades.floors.HTTNV", "grades.floors.HTNV"]);
const BLANK_WORDS = new Set(["", "-", "—", "none", "null", "không"]);

const isSettingKey = (key: string): key is SettingKey => (SETTING_KEYS as readonly string[]).includes(key);

function problem(rule: RuleId, field: string, message: Finding["message"]): Finding {
  return { rule, severity: "error", location: { area: "settings", field }, message };
}

/** "KEY=VALUE" → the pair; null when there is no "=" (the command line says so). */
export function splitAssignment(text: string): SettingAssignment | null {
  const at = text.indexOf("=");
  if (at <= 0) return null;
  return { key: text.slice(0, at).trim(), value: text.slice(at + 1).trim() };
}

/**
 * The settings with every assignment applied in order (a later one of the same key wins), or the findings about
 * assignments that cannot be read: an unknown key, a number that is not a number, a word not among its choices.
 */
export function applySettingAssignments(
  settings: Settings,
  assignments: readonly SettingAssignment[],
): { settings: Settings | null; findings: Finding[] } {
  const out: Settings = structuredClone(settings);
  const findings: Finding[] = [];
  for (const { key, value } of assignments) {
    if (!isSettingKey(key)) {
      findings.push(
        problem(
          WORKBOOK_RULES.settingsUnknownKey,
          key,
          render(W.settingsUnknownKey, { key, keys: SETTING_KEYS.join(", ") }),
        ),
      );
      continue;
    }
    const found = assign(out, key, value);
    if (found) findings.push(found);
  }
  return findings.length > 0 ? { settings: null, findings } : { settings: out, findings: [] };
}

function assign(s: Settings, key: SettingKey, value: string): Finding | null {
  const words = WORDS[key];
  if (words) {
    if (!words.includes(value)) {
      return problem(
        WORKBOOK_RULES.settingsValue,
        key,
        render(W.settingsChoice, { key, value, choices: words.join(", ") }),
      );
    }
    if (key === "finalRule") s.finalRule = value as Settings["finalRule"];
    else if (key === "lang") s.lang = value as Settings["lang"];
    else (s.voting as unknown as Record<string, string>)[key.slice("voting.".length)] = value;
    return null;
  }
  if (TEXT_KEYS.has(key)) {
    if (key === "timeZone") s.timeZone = value;
    else if (key === "awards.flagName") s.awards.flagName = value;
    else s.awards.certificateName = value;
    return null;
  }
  if (key === "tieBreak") {
    const steps = value
      .split(/[,;]/)
      .map((step) => step.trim())
      .filter(Boolean);
    const unknown = steps.find((step) => !(TIE_BREAK_KEYS as readonly string[]).includes(step));
    if (unknown !== undefined || steps.length === 0) {
      const choices = TIE_BREAK_KEYS.join(", ");
      return problem(WORKBOOK_RULES.settingsValue, key, render(W.settingsChoice, { key, value, choices }));
    }
    s.tieBreak = steps as TieBreakKey[];
    return null;
  }
  const blank = BLANK_WORDS.has(value.toLowerCase());
  if (blank && (BLANKABLE.has(key) || key === "grades.excellentShareOfGood")) {
    if (key === "grades.excellentShareOfGood") s.grades.excellentShareOfGood = null;
    else s.grades.floors = null;
    return null;
  }
  const parsed = parseNumberCell(value);
  if (parsed.kind !== "number") {
    return problem(WORKBOOK_RULES.settingsValue, key, render(W.settingsNumber, { key, value }));
  }
  setNumber(s, key, parsed.value);
  return null;
}

function setNumber(s: Settings, key: SettingKey, n: number): void {
  const [area, a, b] = key.split(".");
  switch (area) {
    case "weights":
      s.weights[a as keyof Settings["weights"]] = n;
      return;
    case "peerTrim":
      s.peerTrim[a as keyof Settings["peerTrim"]] = n;
      return;
    case "fairness":
      s.fairness[a as keyof Settings["fairness"]] = n;
      return;
    case "voting":
      (s.voting as unknown as Record<string, number | string>)[a] = n;
      return;
    case "awards":
      (s.awards as unknown as Record<string, number | string>)[a] = n;
      return;
    case "rankDecimals":
      s.rankDecimals = n;
      return;
    case "grades":
      if (a === "excellentShareOfGood") s.grades.excellentShareOfGood = n;
      else if (a === "thresholds") s.grades.thresholds[b as keyof Settings["grades"]["thresholds"]] = n;
      else {
        // Floors are on or off as a whole: setting one while they are off starts from the thresholds.
        s.grades.floors ??= { ...s.grades.thresholds };
        s.grades.floors[b as keyof Settings["grades"]["thresholds"]] = n;
      }
      return;
  }
}
