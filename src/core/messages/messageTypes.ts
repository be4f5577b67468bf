// The message catalogue's shape: every user-facing sentence exists in Vietnamese and English.

import type { Lang } from "../settings/settingsTypes";

export interface Bilingual {
  vi: string;
  en: string;
}

/** Parameters a message may interpolate. */
export type MessageParams = Record<string, string | number>;

export interface MessageDef<P extends MessageParams = MessageParams> {
  vi: (p: P) => string;
  en: (p: P) => string;
}

/** Declares an area's messages with their parameter types checked at every call site. */
export function defineMessages<T extends Record<string, MessageDef<never>>>(defs: T): T {
  return defs;
}

export function render<P extends MessageParams>(def: MessageDef<P>, params: P): Bilingual {
  return { vi: def.vi(params), en: def.en(params) };
}

export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}

/** Formats a number the Vietnamese way (1.000,5) or the English way (1,000.5), at most `decimals` decimals. */
export function formatNumber(value: number, lang: Lang, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  const [intPart, frac = ""] = Math.abs(rounded).toFixed(decimals).split(".");
  const trimmedFrac = frac.replace(/0+$/, "");
  const group = lang === "vi" ? "." : ",";
  const decimal = lang === "vi" ? "," : ".";
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (rounded < 0 ? "-" : "") + grouped + (trimmedFrac ? decimal + trimmedFrac : "");
}
