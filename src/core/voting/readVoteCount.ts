// Reads a ballot count or a number of members present from a cell: a whole number of at least 0 typed as a number.
// Numeric text ("7" pasted as text) is refused with a fix, as the vote table's formulas refuse it too.

import { parseNumberCell } from "../parse/parseNumberCell";

export type ReadCount =
  | { kind: "blank" }
  | { kind: "count"; value: number }
  /** Not a whole number of at least 0; `fix` is the number the text reads as, when it is one. */
  | { kind: "bad"; fix?: number };

export function readVoteCount(value: unknown): ReadCount {
  // A cell holding spaces is not blank to a formula (J5="" is false there), so it is not blank here either.
  if (typeof value === "string" && value !== "" && value.trim() === "") return { kind: "bad" };
  const parsed = parseNumberCell(value);
  if (parsed.kind === "blank") return { kind: "blank" };
  if (parsed.kind === "error") return { kind: "bad" };
  const whole = Number.isInteger(parsed.value) && parsed.value >= 0;
  if (parsed.fix) return whole ? { kind: "bad", fix: parsed.value } : { kind: "bad" };
  return whole ? { kind: "count", value: parsed.value } : { kind: "bad" };
}
