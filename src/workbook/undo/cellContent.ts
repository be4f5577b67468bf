// What one cell holds, as the undo snapshot records it: a formula, a value or nothing, from a host's read or from a
// plan's cell, with a comparison that ignores how hosts spell the same formula ("=", "_xlfn.", case, spaces).

import { contentHash } from "../../core/integrity/contentHash";
import type { RangeRead } from "../host/hostTypes";
import type { CellSpec, CellValue } from "../plan/planTypes";

/**
 * "f": a formula (English syntax, no "="); "s": text, kept as it is (metadata chunks are 30,000 characters, too long
 * to escape into JSON within Excel's 32,767-character cell); "v": a number or boolean as JSON; "blank": nothing.
 */
export type CellKind = "f" | "s" | "v" | "blank";

export interface CellContent {
  kind: CellKind;
  /** The formula, the text, the JSON of the number or boolean, or "" for a blank. */
  content: string;
}

export const BLANK: CellContent = { kind: "blank", content: "" };

export function contentOfValue(value: CellValue | undefined): CellContent {
  if (value === null || value === undefined || value === "") return BLANK;
  if (typeof value === "string") return { kind: "s", content: value };
  return { kind: "v", content: JSON.stringify(value) };
}

export function contentOfFormula(formula: string): CellContent {
  const bare = formula.replace(/^=/, "");
  return bare === "" ? BLANK : { kind: "f", content: bare };
}

/** What a plan's cell writes. */
export function contentOfSpec(spec: CellSpec): CellContent {
  return spec.f !== undefined ? contentOfFormula(spec.f) : contentOfValue(spec.v);
}

/** The cell at (r, c) of a read (0-based inside it): its formula when one was read, else its value. */
export function contentOfRead(read: RangeRead, r: number, c: number): CellContent {
  const formula = read.formulas[r]?.[c];
  if (typeof formula === "string" && formula.replace(/^=/, "") !== "") return contentOfFormula(formula);
  return contentOfValue(read.values[r]?.[c]);
}

/** The cell a snapshot row restores: a formula as a formula, text as text (never parsed), a value as its type. */
export function specOf(content: CellContent, input: boolean): CellSpec {
  const cell: CellSpec =
    content.kind === "f"
      ? { f: content.content }
      : content.kind === "s"
        ? { v: content.content }
        : content.kind === "v"
          ? { v: JSON.parse(content.content) as CellValue }
          : { v: null };
  if (input) cell.input = true;
  return cell;
}

/** Formulas as hosts may give them back: Office.js drops "_xlfn." and may space or case them differently. */
function comparable(content: CellContent): string {
  if (content.kind !== "f") return `${content.kind}:${content.content}`;
  return (
    "f:" +
    content.content
      .replace(/_xlfn\./gi, "")
      .replace(/\s+/g, "")
      .toUpperCase()
  );
}

export function sameContent(a: CellContent, b: CellContent): boolean {
  return comparable(a) === comparable(b);
}

/** A short fingerprint of what the operation wrote into a cell, to tell later whether someone changed it. */
export function contentFingerprint(content: CellContent): string {
  return contentHash(comparable(content));
}
