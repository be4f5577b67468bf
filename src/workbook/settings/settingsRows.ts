// The settings as key/value rows (sheet Cài đặt, TD_Settings): dotted keys, numbers as numbers, lists as text.
// The sheet shows what the formulas were planned with; the metadata holds the same settings for the add-in.

import type { Settings } from "../../core/settings/settingsTypes";

export type SettingValue = string | number | null;

export const SETTING_KEYS = [
  "finalRule",
  "weights.self",
  "weights.peer",
  "weights.review",
  "peerTrim.dropEachSide",
  "peerTrim.minRaters",
  "grades.thresholds.HTXSNV",
  "grades.thresholds.HTTNV",
  "grades.thresholds.HTNV",
  "grades.floors.HTXSNV",
  "grades.floors.HTTNV",
  "grades.floors.HTNV",
  "grades.excellentShareOfGood",
  "awards.flags",
  "awards.certificateShare",
  "awards.certificateMin",
  "awards.flagName",
  "awards.certificateName",
  "tieBreak",
  "fairness.selfInflationShare",
  "fairness.reciprocityShare",
  "fairness.outlierZ",
  "fairness.zScoreMinRaters",
  "fairness.rotationYears",
  "voting.quorumShare",
  "voting.passShare",
  "voting.passRule",
  "voting.passBasis",
  "voting.leaderRotationYears",
  "voting.ballotPaper",
  "rankDecimals",
  "timeZone",
  "lang",
] as const;

export type SettingKey = (typeof SETTING_KEYS)[number];

/** The value of one key; null floors and shares are blank cells. */
export function settingValue(settings: Settings, key: SettingKey): SettingValue {
  switch (key) {
    case "finalRule":
      return settings.finalRule;
    case "tieBreak":
      return settings.tieBreak.join(", ");
    case "lang":
      return settings.lang;
    case "grades.excellentShareOfGood":
      return settings.grades.excellentShareOfGood;
    case "rankDecimals":
      return settings.rankDecimals;
    case "timeZone":
      return settings.timeZone;
  }
  const [area, a, b] = key.split(".");
  if (area === "grades" && a === "floors") {
    return settings.grades.floors ? settings.grades.floors[b as keyof NonNullable<Settings["grades"]["floors"]>] : null;
  }
  if (area === "grades") return settings.grades.thresholds[b as keyof Settings["grades"]["thresholds"]];
  const group = settings[area as "weights" | "peerTrim" | "awards" | "fairness" | "voting"] as unknown as Record<
    string,
    number | string
  >;
  return group[a];
}

export function settingsRows(settings: Settings): { key: SettingKey; value: SettingValue }[] {
  return SETTING_KEYS.map((key) => ({ key, value: settingValue(settings, key) }));
}
