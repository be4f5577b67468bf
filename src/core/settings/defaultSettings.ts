// Defaults from domain.md; a template's own settings and the workbook's settings sheet override them.

import { DEFAULT_TIME_ZONE } from "../time/localTime";
import { VI_AWARD_NAMES } from "./awardNames";
import type { Settings, SettingsOverrides } from "./settingsTypes";

export const DEFAULT_SETTINGS: Settings = {
  finalRule: "last-stage",
  weights: { self: 0.2, peer: 0.3, review: 0.5 },
  peerTrim: { dropEachSide: 1, minRaters: 5 },
  grades: {
    thresholds: { HTXSNV: 0.9, HTTNV: 0.8, HTNV: 0.7 },
    floors: { HTXSNV: 0.85, HTTNV: 0.8, HTNV: 0.7 },
    excellentShareOfGood: null,
  },
  awards: {
    flags: 1,
    certificateShare: 0.2,
    certificateMin: 1,
    flagName: VI_AWARD_NAMES["co-thi-dua"],
    certificateName: VI_AWARD_NAMES["bang-khen"],
  },
  tieBreak: ["first-group", "fewer-deductions", "more-full-criteria", "priority"],
  fairness: { selfInflationShare: 0.05, reciprocityShare: 0.05, outlierZ: 3, zScoreMinRaters: 5, rotationYears: 3 },
  voting: {
    quorumShare: 2 / 3,
    passShare: 0.5,
    passRule: "more-than",
    passBasis: "members",
    leaderRotationYears: 1,
    ballotPaper: "A5",
  },
  rankDecimals: 4,
  timeZone: DEFAULT_TIME_ZONE,
  lang: "vi",
};

/** Merges overrides (later wins) one level deep over the defaults; arrays and null replace whole. */
export function resolveSettings(...layers: (SettingsOverrides | undefined)[]): Settings {
  const out = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue;
      const current = out[key];
      const isPlainObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);
      out[key] =
        isPlainObject(value) && isPlainObject(current)
          ? { ...(current as object), ...(value as object) }
          : structuredClone(value);
    }
  }
  return out as unknown as Settings;
}
