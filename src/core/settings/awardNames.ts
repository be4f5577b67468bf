// The awards' full names as documents write them (domain.md "Results that a council accepts"): settings whose
// defaults are the glossary's provincial awards, which a cluster changes when its awards come from elsewhere (a
// ministry, a central block).

import { AWARD_TERMS } from "../messages/glossary";
import type { Award } from "../model/gradeTypes";
import type { Lang, Settings } from "./settingsTypes";

/** The defaults of the settings awards.flagName and awards.certificateName. */
export const VI_AWARD_NAMES: Record<Award, string> = {
  "co-thi-dua": AWARD_TERMS["co-thi-dua"].full.vi,
  "bang-khen": AWARD_TERMS["bang-khen"].full.vi,
};

/**
 * The full name of an award under these settings. In English the glossary's English name stands for the Vietnamese
 * default; a name the secretariat wrote is its own and is kept as written in either language.
 */
export function awardFullName(settings: Pick<Settings, "awards">, award: Award, lang: Lang): string {
  const written = (award === "co-thi-dua" ? settings.awards.flagName : settings.awards.certificateName).trim();
  if (written === "" || (lang === "en" && written === VI_AWARD_NAMES[award])) return AWARD_TERMS[award].full[lang];
  return written;
}
