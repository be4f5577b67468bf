// The period as a sentence of a document writes it ("năm 2026", "quý I năm 2026", English "for 2026"), from the
// title form documentPeriod gives ("NĂM 2026", "QUÝ I NĂM 2026").

import { documentPeriod } from "../../core/periods/documentPeriod";
import type { Lang } from "../../core/settings/settingsTypes";

export function periodInText(period: string, lang: Lang): string {
  const title = documentPeriod(period, lang);
  if (lang === "en") {
    const year = /^YEAR (\d{4})$/.exec(title);
    return year ? `for ${year[1]}` : `for ${title}`;
  }
  // Roman numerals of quarters stay capitals: "quý I năm 2026".
  return title
    .toLocaleLowerCase("vi-VN")
    .replace(/\b(quý) (i{1,3}|iv)\b/u, (_, word: string, n: string) => `${word} ${n.toUpperCase()}`);
}
