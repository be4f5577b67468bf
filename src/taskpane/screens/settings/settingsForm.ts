// The Settings screen's form as plain data: what the fields show for a workbook's settings (shares as percentages,
// in the pane's number style), and the fields read back into settings overrides with a message per field in error,
// checked by the same rules the workbook layer refuses with (so the pane never offers what a save would refuse).

import type { Bilingual } from "../../../core/messages/messageTypes";
import { formatNumber, render } from "../../../core/messages/messageTypes";
import { parseNumberCell } from "../../../core/parse/parseNumberCell";
import { resolveSettings } from "../../../core/settings/defaultSettings";
import {
  TIE_BREAK_KEYS,
  type BallotPaper,
  type FinalRule,
  type GradeShares,
  type Lang,
  type PassBasis,
  type PassRule,
  type Settings,
  type SettingsOverrides,
  type TieBreakKey,
} from "../../../core/settings/settingsTypes";
import { checkPlannableSettings } from "../../../workbook/settings/checkPlannableSettings";
import { checkSettingsValues } from "../../../workbook/settings/checkSettingsValues";
import { settingsMessages as m } from "../../messages/settingsMessages";

export const GRADE_KEYS: (keyof GradeShares)[] = ["HTXSNV", "HTTNV", "HTNV"];

type GradeTexts = Record<keyof GradeShares, string>;

export interface SettingsForm {
  finalRule: FinalRule;
  /** Percentages as typed. */
  weights: { self: string; peer: string; review: string };
  dropEachSide: string;
  minRaters: string;
  thresholds: GradeTexts;
  floorsOn: boolean;
  floors: GradeTexts;
  flags: string;
  certificateShare: string;
  certificateMin: string;
  flagName: string;
  certificateName: string;
  /** The year-end meeting's vote; shares as percentages, as typed. */
  voting: {
    quorumShare: string;
    passShare: string;
    passRule: PassRule;
    passBasis: PassBasis;
    leaderRotationYears: string;
    ballotPaper: BallotPaper;
  };
  timeZone: string;
  /** Every tie-break step in the order shown; unticked ones are left out. */
  tieBreak: { key: TieBreakKey; on: boolean }[];
  lang: Lang;
}

/**
 * The fields' labels by settings key: the workbook layer's messages name a setting by its key ("voting.passShare"),
 * which the pane replaces with the label the user sees beside the field.
 */
const FIELD_LABELS: Readonly<Record<string, { vi: () => string; en: () => string }>> = {
  "weights.self": m.weightSelf,
  "weights.peer": m.weightPeer,
  "weights.review": m.weightReview,
  "peerTrim.dropEachSide": m.dropEachSide,
  "peerTrim.minRaters": m.minRaters,
  "awards.flags": m.flags,
  "awards.certificateShare": m.certificateShare,
  "awards.certificateMin": m.certificateMin,
  "awards.flagName": m.flagName,
  "awards.certificateName": m.certificateName,
  "voting.quorumShare": m.quorumShare,
  "voting.passShare": m.passShare,
  "voting.leaderRotationYears": m.leaderRotationYears,
};

/** A message about `field` with its key replaced by the field's label in quotes, where the field has one. */
function named(field: string, message: Bilingual): Bilingual {
  const label = FIELD_LABELS[field];
  if (!label) return message;
  return { vi: message.vi.replace(field, `“${label.vi()}”`), en: message.en.replace(field, `“${label.en()}”`) };
}

/** Field errors by settings key ("weights.self", "grades.thresholds", "tieBreak", …). */
export type FieldErrors = Record<string, Bilingual>;

/** 0.2 → 20 without binary noise (0.2 × 100 is 20.000000000000004). */
const toPercent = (share: number) => Number((share * 100).toPrecision(12));
const toShare = (percent: number) => Number((percent / 100).toPrecision(12));

function percentText(share: number, lang: Lang): string {
  return formatNumber(toPercent(share), lang, 6);
}

function gradeTexts(shares: GradeShares, lang: Lang): GradeTexts {
  return {
    HTXSNV: percentText(shares.HTXSNV, lang),
    HTTNV: percentText(shares.HTTNV, lang),
    HTNV: percentText(shares.HTNV, lang),
  };
}

export function formFromSettings(s: Settings, lang: Lang): SettingsForm {
  const used = new Set(s.tieBreak);
  return {
    finalRule: s.finalRule,
    weights: {
      self: percentText(s.weights.self, lang),
      peer: percentText(s.weights.peer, lang),
      review: percentText(s.weights.review, lang),
    },
    dropEachSide: String(s.peerTrim.dropEachSide),
    minRaters: String(s.peerTrim.minRaters),
    thresholds: gradeTexts(s.grades.thresholds, lang),
    floorsOn: s.grades.floors !== null,
    // With floors off, ticking them on starts from the thresholds.
    floors: gradeTexts(s.grades.floors ?? s.grades.thresholds, lang),
    flags: String(s.awards.flags),
    certificateShare: percentText(s.awards.certificateShare, lang),
    certificateMin: String(s.awards.certificateMin),
    flagName: s.awards.flagName,
    certificateName: s.awards.certificateName,
    voting: {
      quorumShare: percentText(s.voting.quorumShare, lang),
      passShare: percentText(s.voting.passShare, lang),
      passRule: s.voting.passRule,
      passBasis: s.voting.passBasis,
      leaderRotationYears: String(s.voting.leaderRotationYears),
      ballotPaper: s.voting.ballotPaper,
    },
    timeZone: s.timeZone,
    tieBreak: [
      ...s.tieBreak.map((key) => ({ key, on: true })),
      ...TIE_BREAK_KEYS.filter((k) => !used.has(k)).map((key) => ({ key, on: false })),
    ],
    lang: s.lang,
  };
}

export interface ReadForm {
  /** null while any field is in error. */
  overrides: SettingsOverrides | null;
  errors: FieldErrors;
}

/** Reads the fields; `current` are the workbook's settings (the keys the form has no field for keep their value). */
export function readForm(form: SettingsForm, current: Settings): ReadForm {
  const errors: FieldErrors = {};
  const number = (key: string, text: string): number => {
    const parsed = parseNumberCell(text.replace(/%\s*$/, ""));
    if (parsed.kind === "number") return parsed.value;
    errors[key] = render(m.notANumber, {});
    return Number.NaN;
  };
  // A share left as shown keeps its exact value: 2/3 shows as 66,666667 %, which read back would be a change.
  const share = (key: string, text: string, was?: number) =>
    was !== undefined && (["vi", "en"] as const).some((lang) => text.trim() === percentText(was, lang))
      ? was
      : toShare(number(key, text));
  const grades = (area: string, texts: GradeTexts): GradeShares => ({
    HTXSNV: share(`${area}.HTXSNV`, texts.HTXSNV),
    HTTNV: share(`${area}.HTTNV`, texts.HTTNV),
    HTNV: share(`${area}.HTNV`, texts.HTNV),
  });
  const overrides: SettingsOverrides = {
    finalRule: form.finalRule,
    weights: {
      self: share("weights.self", form.weights.self, current.weights.self),
      peer: share("weights.peer", form.weights.peer, current.weights.peer),
      review: share("weights.review", form.weights.review, current.weights.review),
    },
    peerTrim: {
      dropEachSide: number("peerTrim.dropEachSide", form.dropEachSide),
      minRaters: number("peerTrim.minRaters", form.minRaters),
    },
    grades: {
      thresholds: grades("grades.thresholds", form.thresholds),
      floors: form.floorsOn ? grades("grades.floors", form.floors) : null,
    },
    awards: {
      flags: number("awards.flags", form.flags),
      certificateShare: share("awards.certificateShare", form.certificateShare, current.awards.certificateShare),
      certificateMin: number("awards.certificateMin", form.certificateMin),
      // As typed but for the spaces around it, which a document title would carry into print.
      flagName: form.flagName.trim(),
      certificateName: form.certificateName.trim(),
    },
    voting: {
      quorumShare: share("voting.quorumShare", form.voting.quorumShare, current.voting.quorumShare),
      passShare: share("voting.passShare", form.voting.passShare, current.voting.passShare),
      passRule: form.voting.passRule,
      passBasis: form.voting.passBasis,
      leaderRotationYears: number("voting.leaderRotationYears", form.voting.leaderRotationYears),
      ballotPaper: form.voting.ballotPaper,
    },
    timeZone: form.timeZone.trim(),
    tieBreak: form.tieBreak.filter((t) => t.on).map((t) => t.key),
    lang: form.lang,
  };
  const settings = resolveSettings(current, overrides);
  for (const finding of [...checkPlannableSettings(settings), ...checkSettingsValues(settings)]) {
    const field = finding.location.field ?? "";
    // "Enter a number" says more than "not valid" about the same field.
    errors[field] ??= named(field, finding.message);
  }
  return { overrides: Object.keys(errors).length === 0 ? overrides : null, errors };
}
