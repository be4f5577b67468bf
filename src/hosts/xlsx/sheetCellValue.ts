// What the Host contract reads from a cell of a sheet part: its value (a formula's cached result; dates as the
// serial numbers files store; blank for "") and its formula text without "=", a shared formula's follower given
// its own text shifted from the formula's first cell.

import type { CellValue } from "../../workbook/plan/planTypes";
import { shiftFormula } from "../../workbook/formulas/shiftFormula";
import type { SharedStrings } from "./sharedStrings";
import { richText } from "./sharedStrings";
import type { SheetCell, SheetPart } from "./sheetPart";
import { decodeExcelText, decodeXml } from "./xmlText";

const DAY_MS = 86_400_000;
// Serial 25569 is 1970-01-01 in the 1900 date system; the 1904 system starts 1462 days later.
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;

const V = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/;
const F = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const SHARED_INDEX = /\bsi="(\d+)"/;

export function cellValue(cell: SheetCell | undefined, strings: SharedStrings, date1904: boolean): CellValue {
  if (!cell || !cell.inner) return null;
  if (cell.t === "inlineStr") {
    const is = /<is>([\s\S]*?)<\/is>/.exec(cell.inner);
    const text = is ? richText(is[1]) : "";
    return text === "" ? null : text;
  }
  const v = V.exec(cell.inner);
  if (!v) return null;
  const raw = v[1];
  switch (cell.t) {
    case "s": {
      const text = strings.text(Number(raw)) ?? null;
      return text === "" ? null : text;
    }
    case "str": {
      const text = decodeExcelText(raw);
      return text === "" ? null : text;
    }
    case "b":
      return raw === "1" || raw === "true";
    case "e":
      return decodeXml(raw);
    case "d": {
      const time = Date.parse(raw.endsWith("Z") || /[+-]\d\d:\d\d$/.test(raw) ? raw : raw + "Z");
      if (Number.isNaN(time)) return null;
      return UNIX_EPOCH_SERIAL + time / DAY_MS - (date1904 ? DATE_1904_OFFSET : 0);
    }
    default: {
      if (raw === "") return null;
      const n = Number(raw);
      return Number.isNaN(n) ? null : n;
    }
  }
}

/** The shared formulas' first cells of a sheet, by shared index, found once per sheet. */
export type SharedMasters = Map<string, { row: number; column: number; formula: string }>;

function sharedMasters(sheet: SheetPart): SharedMasters {
  const masters: SharedMasters = new Map();
  for (const [r, row] of sheet.rows) {
    for (const [c, cell] of row.cells) {
      const origin = sharedOrigin(cell);
      if (origin) masters.set(origin.si, { row: r, column: c, formula: origin.formula });
    }
  }
  return masters;
}

const mastersOf = new WeakMap<SheetPart, SharedMasters>();

/** Forget a sheet's shared formulas (a write changed them). */
export function sharedFormulasChanged(sheet: SheetPart): void {
  mastersOf.delete(sheet);
}

export function cellFormula(sheet: SheetPart, cell: SheetCell | undefined, row: number, column: number): string | null {
  if (!cell || !cell.inner.includes("<f")) return null;
  const f = F.exec(cell.inner);
  if (!f) return null;
  if (f[2] !== undefined && f[2] !== "") return decodeXml(f[2]);
  if (!f[1].includes('t="shared"')) return null;
  const si = SHARED_INDEX.exec(f[1])?.[1];
  if (si === undefined) return null;
  let masters = mastersOf.get(sheet);
  if (!masters) {
    masters = sharedMasters(sheet);
    mastersOf.set(sheet, masters);
  }
  const master = masters.get(si);
  if (!master) return null;
  return shiftFormula(master.formula, row - master.row, column - master.column);
}

/**
 * What a cell that starts a shared formula (its first cell: formula text and the box it fills) shares: its index,
 * its box and its formula text; null for any other cell.
 */
export function sharedOrigin(cell: SheetCell): { si: string; ref: string; formula: string } | null {
  if (!cell.inner.includes('t="shared"')) return null;
  const f = F.exec(cell.inner);
  if (!f || f[2] === undefined || f[2] === "") return null;
  const ref = /\bref="([^"]+)"/.exec(f[1])?.[1];
  const si = SHARED_INDEX.exec(f[1])?.[1];
  return ref && si !== undefined ? { si, ref, formula: decodeXml(f[2]) } : null;
}
