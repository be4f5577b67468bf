// Sheet and defined names that Excel accepts: forbidden characters replaced, 31-character limit, and a suffix
// ("Tự chấm (2)") when a workbook already holds a sheet of that name, so an injection never touches existing sheets.

import { PEER_NAME_PREFIX } from "./definedNames";

export const MAX_SHEET_NAME = 31;

/** Replaces the characters Excel refuses in sheet names ([ ] : * ? / \) and trims to 31 characters. */
export function sanitizeSheetName(name: string): string {
  // Control characters (below U+0020) cannot appear in a sheet name either.
  let clean = [...name.replace(/[[\]:*?/\\]/g, "_")].filter((ch) => ch.charCodeAt(0) >= 0x20).join("");
  // A sheet name may not start or end with an apostrophe.
  clean = clean.replace(/^'+|'+$/g, "");
  clean = clean.slice(0, MAX_SHEET_NAME).trim();
  return clean === "" ? "_" : clean;
}

/** Names Excel refuses for a sheet whatever the case. */
export const RESERVED_SHEET_NAMES: readonly string[] = ["History"];

/** Excel compares sheet names without regard to case. */
function key(name: string): string {
  return name.toLocaleLowerCase("vi");
}

/**
 * Allocates sheet names in order; a name already taken (by the workbook or an earlier allocation) gets the first
 * free suffix " (2)", " (3)", … inside the length limit.
 */
export class SheetNameAllocator {
  private readonly taken = new Set<string>();

  constructor(existing: readonly string[]) {
    for (const name of [...existing, ...RESERVED_SHEET_NAMES]) this.taken.add(key(name));
  }

  allocate(wanted: string): string {
    const base = sanitizeSheetName(wanted);
    let name = base;
    for (let n = 2; this.taken.has(key(name)); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    }
    this.taken.add(key(name));
    return name;
  }
}

/** ASCII letters, digits, underscores and dots: what both Excel and LibreOffice accept inside a defined name. */
export function nameSafe(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, (ch) => (ch === "đ" ? "d" : "D"))
    .replace(/[^A-Za-z0-9_.]/g, "_");
}

/**
 * TD_Peer_<code> for each rater in units order. Codes that clean up to the same text (A-B, A_B) get _2, _3, …
 * in units order, so the same unit list always yields the same names.
 */
export function peerDefinedNames(codes: readonly string[]): string[] {
  const used = new Set<string>();
  return codes.map((code) => {
    const base = PEER_NAME_PREFIX + nameSafe(code);
    let name = base;
    for (let n = 2; used.has(name.toUpperCase()); n++) name = `${base}_${n}`;
    used.add(name.toUpperCase());
    return name;
  });
}
