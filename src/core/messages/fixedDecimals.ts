// A score with a fixed number of decimals (84,50 / 84.50) so that a column of scores lines up; the grouping and
// the decimal sign are formatNumber's.

import { formatNumber } from "./messageTypes";
import type { Lang } from "../settings/settingsTypes";

export function fixedDecimals(value: number, lang: Lang, decimals = 2): string {
  const text = formatNumber(value, lang, decimals);
  if (decimals === 0 || !Number.isFinite(value)) return text;
  const sign = lang === "vi" ? "," : ".";
  const at = text.indexOf(sign);
  const present = at < 0 ? 0 : text.length - at - 1;
  return (at < 0 ? text + sign : text) + "0".repeat(decimals - present);
}
