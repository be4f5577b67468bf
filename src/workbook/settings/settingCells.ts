// A setting's value as the Cài đặt sheet shows it: numbers stay numbers (shares formatted as percentages), values that
// are words are written in the workbook's language ("Bình quân có trọng số" for weighted), a missing floor or check
// says so; and whether a cell still shows a setting, whichever of its forms it holds (an older sheet holds the keys'
// own values).

import { LANGUAGE_TERMS } from "../../core/messages/glossary";
import type { Bilingual } from "../../core/messages/messageTypes";
import { parseNumberCell } from "../../core/parse/parseNumberCell";
import { TIE_BREAK_KEYS, type Lang, type TieBreakKey } from "../../core/settings/settingsTypes";
import { settingsSheetMessages as M, TIE_BREAK_WORDS } from "../messages/settingsSheetMessages";
import type { CellValue } from "../plan/planTypes";
import type { SettingKey, SettingValue } from "./settingsRows";

/** Settings that are shares of something, shown as percentages. */
const SHARE_KEYS: ReadonlySet<SettingKey> = new Set<SettingKey>([
  "weights.self",
  "weights.peer",
  "weights.review",
  "grades.thresholds.HTXSNV",
  "grades.thresholds.HTTNV",
  "grades.thresholds.HTNV",
  "grades.floors.HTXSNV",
  "grades.floors.HTTNV",
  "grades.floors.HTNV",
  "grades.excellentShareOfGood",
  "awards.certificateShare",
  "fairness.selfInflationShare",
  "fairness.reciprocityShare",
  "voting.quorumShare",
  "voting.passShare",
]);

const term = (m: { vi: () => string; en: () => string }): Bilingual => ({ vi: m.vi(), en: m.en() });

/** The words of the settings whose values are words, by stored value. */
const VALUE_WORDS: Partial<Record<SettingKey, Record<string, Bilingual>>> = {
  finalRule: { "last-stage": term(M.lastStage), weighted: term(M.weighted) },
  "voting.passRule": { "more-than": term(M.moreThan), "at-least": term(M.atLeast) },
  "voting.passBasis": { members: term(M.members), present: term(M.present) },
  lang: { vi: LANGUAGE_TERMS.vi.short, en: LANGUAGE_TERMS.en.short },
};

/** What a blank (null) value means, where it means something. */
const NULL_WORDS: Partial<Record<SettingKey, Bilingual>> = {
  "grades.floors.HTXSNV": term(M.noFloors),
  "grades.floors.HTTNV": term(M.noFloors),
  "grades.floors.HTNV": term(M.noFloors),
  "grades.excellentShareOfGood": term(M.notChecked),
};

export type SettingCellFormat = "number" | "percent" | "percentDecimals" | "text";

export interface SettingCell {
  value: CellValue;
  format: SettingCellFormat;
}

/** "1. Điểm nhóm tiêu chí thứ nhất cao hơn", one numbered line a step. */
function tieBreakWords(value: string, lang: Lang): string {
  const steps = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (steps.length === 0) return M.noTieBreak[lang]();
  return steps
    .map((step, i) => {
      const words = TIE_BREAK_KEYS.includes(step as TieBreakKey) ? TIE_BREAK_WORDS[step as TieBreakKey][lang] : step;
      return `${i + 1}. ${words}`;
    })
    .join("\n");
}

/** The cell showing `value` of `key` in a workbook of language `lang`. */
export function settingCell(key: SettingKey, value: SettingValue, lang: Lang): SettingCell {
  if (value === null) {
    const words = NULL_WORDS[key];
    return { value: words ? words[lang] : null, format: "text" };
  }
  if (typeof value === "number") {
    if (!SHARE_KEYS.has(key)) return { value, format: "number" };
    // Whole percentages without decimals ("90%"), others with two ("66,67%").
    const whole = Math.abs(value * 100 - Math.round(value * 100)) < 1e-9;
    return { value, format: whole ? "percent" : "percentDecimals" };
  }
  if (key === "tieBreak") return { value: tieBreakWords(value, lang), format: "text" };
  const words = VALUE_WORDS[key]?.[value];
  return { value: words ? words[lang] : value, format: "text" };
}

/**
 * Whether a settings cell still shows `value` of `key`: the number itself, the stored word, or the words of either
 * language (a workbook's language is a setting, and sheets written before words were shown hold the stored form).
 */
export function showsSetting(key: SettingKey, value: SettingValue, found: CellValue): boolean {
  if (typeof value === "number") {
    const parsed = parseNumberCell(found);
    return parsed.kind === "number" && Math.abs(parsed.value - value) <= 1e-12;
  }
  const text = found === null || found === undefined ? "" : String(found).trim();
  if (text === (value ?? "")) return true;
  return (["vi", "en"] as const).some((lang) => {
    const shown = settingCell(key, value, lang).value;
    return typeof shown === "string" && shown.trim() === text;
  });
}
