// Where a workbook's sheets are, learnt from the defined names that point at them (users may rename sheets; the
// names follow): the canonical name in the workbook's language stands in for a sheet whose name is gone or broken.

import type { NameInfo } from "../host/hostTypes";
import { parseRange } from "../layout/cellAddress";
import { peerDefinedNames } from "../layout/sheetNames";
import { FIXED_SHEET_ORDER } from "../layout/sheetNameAllocation";
import type { FixedSheetKey, SheetNames } from "../layout/workbookLayout";
import { sheetNameMessages } from "../messages/sheetNameMessages";
import type { WorkbookMeta } from "../meta/workbookMeta";

/** The workbook's defined names by their upper-case name. */
export type NamesByKey = ReadonlyMap<string, NameInfo>;

/** The sheet `name` points at; null when the name is missing or broken (no sheet, no usable range). */
export function sheetOfName(infoOf: NamesByKey, name: string): string | null {
  const info = infoOf.get(name.toUpperCase());
  return info && info.sheet !== null && info.range !== null && parseRange(info.range) ? info.sheet : null;
}

/** The fixed sheets (each found through its name in `nameOf`, when it has one) and, in cross mode, the peer sheets. */
export function namedSheetNames(
  infoOf: NamesByKey,
  meta: Pick<WorkbookMeta, "lang" | "mode" | "units">,
  nameOf: Partial<Record<FixedSheetKey, string>>,
): SheetNames {
  const fixed = {} as Record<FixedSheetKey, string>;
  for (const key of FIXED_SHEET_ORDER) {
    const name = nameOf[key];
    fixed[key] = (name && sheetOfName(infoOf, name)) || sheetNameMessages[key][meta.lang]();
  }
  const codes = meta.units.map((u) => u.code);
  const peerNames = meta.mode === "cross" ? peerDefinedNames(codes) : [];
  return {
    fixed,
    peers: peerNames.map((n, i) => sheetOfName(infoOf, n) ?? sheetNameMessages.peer[meta.lang]({ code: codes[i] })),
  };
}
