// Whether settings make sense as a cluster's rules, beyond being plannable numbers (checkPlannableSettings): shares
// within 0–100 %, weights adding up to 100 % under the weighted rule, grade thresholds descending, whole counts, a
// trimming that leaves a rater, no tie-break step twice. One finding per problem, each naming its settings key.

import type { Finding } from "../../core/findings/findingTypes";
import { formatNumber, render, type Bilingual } from "../../core/messages/messageTypes";
import {
  BALLOT_PAPERS,
  PASS_BASES,
  PASS_RULES,
  type GradeShares,
  type Settings,
} from "../../core/settings/settingsTypes";
import { isKnownTimeZone } from "../../core/time/localTime";
import { WORKBOOK_RULES, workbookFindingMessages as W } from "../messages/workbookFindingMessages";

/** Weights may miss 100 % by this much (0.1 + 0.2 + 0.7 in binary). */
const SUM_TOLERANCE = 1e-9;

const GRADES: (keyof GradeShares)[] = ["HTXSNV", "HTTNV", "HTNV"];

/** An award's name fits one cell line of a document title and Excel's 255-character text limits elsewhere. */
const AWARD_NAME_MAX = 200;

function problem(field: string, message: Bilingual): Finding {
  return {
    rule: WORKBOOK_RULES.settingsValue,
    severity: "error",
    location: { area: "settings", field },
    message,
  };
}

const isShare = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1;
const isWhole = (v: unknown, min: number) => typeof v === "number" && Number.isInteger(v) && v >= min;

export function checkSettingsValues(settings: Settings): Finding[] {
  const out: Finding[] = [];
  const share = (field: string, value: unknown) => {
    if (!isShare(value)) out.push(problem(field, render(W.settingsShare, { key: field })));
  };
  const whole = (field: string, value: unknown, min: number) => {
    if (!isWhole(value, min)) out.push(problem(field, render(W.settingsWhole, { key: field, min })));
  };

  const { weights } = settings;
  share("weights.self", weights.self);
  share("weights.peer", weights.peer);
  share("weights.review", weights.review);
  if (settings.finalRule === "weighted" && [weights.self, weights.peer, weights.review].every(isShare)) {
    const sum = weights.self + weights.peer + weights.review;
    if (Math.abs(sum - 1) > SUM_TOLERANCE) {
      out.push(problem("weights", render(W.settingsWeightsSum, { sum: formatNumber(sum * 100, "en", 2) })));
    }
  }

  const { dropEachSide, minRaters } = settings.peerTrim;
  whole("peerTrim.dropEachSide", dropEachSide, 0);
  whole("peerTrim.minRaters", minRaters, 1);
  if (isWhole(dropEachSide, 0) && isWhole(minRaters, 1) && minRaters < 2 * dropEachSide + 1) {
    out.push(
      problem("peerTrim.minRaters", render(W.settingsMinRaters, { drop: dropEachSide, min: 2 * dropEachSide + 1 })),
    );
  }

  const { thresholds, floors, excellentShareOfGood } = settings.grades;
  for (const g of GRADES) share(`grades.thresholds.${g}`, thresholds[g]);
  if (
    GRADES.every((g) => isShare(thresholds[g])) &&
    !(thresholds.HTXSNV > thresholds.HTTNV && thresholds.HTTNV > thresholds.HTNV)
  ) {
    out.push(problem("grades.thresholds", render(W.settingsThresholdsOrder, {})));
  }
  if (floors) for (const g of GRADES) share(`grades.floors.${g}`, floors[g]);
  if (excellentShareOfGood !== null) share("grades.excellentShareOfGood", excellentShareOfGood);

  whole("awards.flags", settings.awards.flags, 0);
  share("awards.certificateShare", settings.awards.certificateShare);
  whole("awards.certificateMin", settings.awards.certificateMin, 0);
  for (const key of ["flagName", "certificateName"] as const) {
    const name = settings.awards[key];
    if (typeof name !== "string" || name.trim() === "" || name.length > AWARD_NAME_MAX) {
      out.push(problem(`awards.${key}`, render(W.settingsName, { key: `awards.${key}`, max: AWARD_NAME_MAX })));
    }
  }
  const { voting } = settings;
  share("voting.quorumShare", voting.quorumShare);
  share("voting.passShare", voting.passShare);
  whole("voting.leaderRotationYears", voting.leaderRotationYears, 0);
  const choice = (field: string, value: unknown, choices: readonly string[]) => {
    if (!choices.includes(value as string)) {
      out.push(
        problem(field, render(W.settingsChoice, { key: field, value: String(value), choices: choices.join(", ") })),
      );
    }
  };
  choice("voting.passRule", voting.passRule, PASS_RULES);
  choice("voting.passBasis", voting.passBasis, PASS_BASES);
  choice("voting.ballotPaper", voting.ballotPaper, BALLOT_PAPERS);
  if (typeof settings.timeZone !== "string" || !isKnownTimeZone(settings.timeZone)) {
    out.push(problem("timeZone", render(W.settingsTimeZone, { zone: String(settings.timeZone) })));
  }

  const seen = new Set<string>();
  for (const key of settings.tieBreak) {
    if (seen.has(key)) out.push(problem("tieBreak", render(W.settingsTieBreakTwice, { key })));
    seen.add(key);
  }
  return out;
}
