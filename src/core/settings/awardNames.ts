// The awards' full names as documents write them (domain.md "Results that a council accepts"): settings with the
// provincial defaults, which a cluster changes when its awards come from elsewhere (a ministry, a central block).

import type { Award } from "../model/gradeTypes";
import type { Lang, Settings } from "./settingsTypes";

/** The defaults of the settings awards.flagName and awards.certificateName. */
export const VI_AWARD_NAMES: Record<Award, string> = {
  "co-thi-dua": "Cờ thi đua của Ủy ban nhân dân tỉnh",
  "bang-khen": "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
};

const EN_AWARD_NAMES: Record<Award, string> = {
  "co-thi-dua": "Emulation flag of the Provincial People's Committee",
  "bang-khen": "Certificate of merit of the Chairman of the Provincial People's Committee",
};

/**
 * The full name of an award under these settings. In English the standard English name stands for the Vietnamese
 * default; a name the secretariat wrote is its own and is kept as written in either language.
 */
export function awardFullName(settings: Pick<Settings, "awards">, award: Award, lang: Lang): string {
  const written = (award === "co-thi-dua" ? settings.awards.flagName : settings.awards.certificateName).trim();
  if (written === "" || (lang === "en" && written === VI_AWARD_NAMES[award])) {
    return lang === "en" ? EN_AWARD_NAMES[award] : VI_AWARD_NAMES[award];
  }
  return written;
}
