// An award's full name as the province's documents write it: the Board's settings (awards.flagName,
// awards.certificateName), or the glossary's full name in English for the Vietnamese default.

import type { Award } from "../../core/model/gradeTypes";
import type { ProvinceSettings } from "../../core/province/provinceSettings";
import { awardFullName } from "../../core/settings/awardNames";
import type { Lang } from "../../core/settings/settingsTypes";

export function provinceAwardName(settings: ProvinceSettings, award: Award, lang: Lang): string {
  const awards = {
    flags: settings.flagsPerCluster,
    certificateShare: settings.certificateShare,
    certificateMin: settings.certificateMin,
    flagName: settings.flagName,
    certificateName: settings.certificateName,
  };
  return awardFullName({ awards }, award, lang);
}
