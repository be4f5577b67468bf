// Constructors for the cells a plan writes: values (user text stays text), generated formulas and input cells.

import type { CellSpec, CellValue } from "./planTypes";

/** A literal value; text is written as text even when it starts with "=", "+", "-" or "@". */
export function valueCell(v: CellValue, s?: string): CellSpec {
  return s ? { v, s } : { v };
}

/** A formula this plan generated (never text from a user). */
export function formulaCell(f: string, s?: string): CellSpec {
  return s ? { f, s } : { f };
}

/** An unlocked input cell, blank unless a value is given. */
export function inputCell(s: string, v: CellValue = null): CellSpec {
  return { v, s, input: true };
}

/** A locked blank cell. */
export function blankCell(s?: string): CellSpec {
  return valueCell(null, s);
}
