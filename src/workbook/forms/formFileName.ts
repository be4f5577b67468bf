// The file name of a form, so that a secretary can tell forms apart in a mail folder: period, unit code and name,
// and the kind, with the characters file systems refuse taken out (Vietnamese letters stay).

import type { Lang } from "../../core/settings/settingsTypes";
import type { Unit } from "../../core/model/unitTypes";
import type { FormKind } from "../meta/workbookMeta";
import { formMessages as F } from "../messages/formMessages";

// Windows refuses these (and control characters); "/" and "\" read as a date or path, so they become "-".
const SLASHES = /[/\\]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what file systems refuse
const REFUSED = /[:*?"<>|\u0000-\u001f\u007f]/g;
const SPACES = /\s+/g;

/** One part of a file name, safe on Windows, macOS and Linux. */
export function safeFileNamePart(text: string): string {
  // Spaces first, so that a tab or a line break between words stays a space rather than vanishing.
  return text.normalize("NFC").replace(SPACES, " ").replace(SLASHES, "-").replace(REFUSED, "").trim();
}

/** "<period> - <code> <name> - Tự chấm.xlsx" (the period left out when there is none). */
export function formFileName(period: string, unit: Unit, kind: FormKind, lang: Lang): string {
  const word = kind === "self" ? F.fileSelf[lang]() : F.filePeer[lang]();
  const parts = [period, `${unit.code} ${unit.name}`, word].map(safeFileNamePart).filter((p) => p !== "");
  // Windows also refuses names ending in a dot or a space.
  const stem = parts
    .join(" - ")
    .slice(0, 180)
    .replace(/[. ]+$/, "");
  return `${stem}.xlsx`;
}
