// Who led a cluster in which year (Trưởng cụm, khối), for the leadership's rotation: this year's leader as the
// meeting particulars name it, and earlier ones written as "2025: A1; 2024: A2" (semicolons, commas or lines).

import { rawText } from "../parse/parseNumberCell";

export interface LeaderTerm {
  year: number;
  /** Unit code as written. */
  unit: string;
}

const TERM = /^((?:19|20)\d{2})\s*[:=–-]\s*(\S(?:.*\S)?)$/u;

/** The terms read, and the pieces that could not be read (kept as written, for a finding). */
export function parseLeaderTerms(value: unknown): { terms: LeaderTerm[]; unreadable: string[] } {
  const text = value === null || value === undefined ? "" : rawText(value).normalize("NFC");
  const terms: LeaderTerm[] = [];
  const unreadable: string[] = [];
  for (const piece of text.split(/[;,\n]/)) {
    const trimmed = piece.trim();
    if (trimmed === "") continue;
    const m = TERM.exec(trimmed);
    if (m) terms.push({ year: Number(m[1]), unit: m[2] });
    else unreadable.push(trimmed);
  }
  return { terms, unreadable };
}
