// Reads the kind and direction cells of the criteria table back into ids: the id itself, or the label
// criteriaTableColumns.ts writes (Vietnamese or English), compared without case, diacritics or extra spaces.
// (templateFromCriteriaTable.ts reads the same labels but keeps its reader private; the two should merge.)

import { DIRECTION_LABELS, KIND_LABELS } from "../template/criteriaTableColumns";
import { CRITERION_KINDS, type CriterionKind, type Direction } from "../template/templateTypes";

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .replace(/\s+/g, " ")
    .replace(/\s*([/()])\s*/g, "$1")
    .trim()
    .toLowerCase();
}

const KIND_BY_TEXT = new Map<string, CriterionKind>();
for (const kind of CRITERION_KINDS) {
  KIND_BY_TEXT.set(fold(kind), kind);
  KIND_BY_TEXT.set(fold(kind.replace("_", "-")), kind);
  KIND_BY_TEXT.set(fold(KIND_LABELS[kind].vi), kind);
  KIND_BY_TEXT.set(fold(KIND_LABELS[kind].en), kind);
}

// Arrows, ids and the words the table's header note promises (up/down, tăng/giảm).
const DIRECTION_BY_TEXT = new Map<string, Direction>([
  [DIRECTION_LABELS.up, "up"],
  [DIRECTION_LABELS.down, "down"],
  ["up", "up"],
  ["down", "down"],
  ["tang", "up"],
  ["giam", "down"],
]);

/** The kind a cell names, or null. */
export function readKindLabel(value: unknown): CriterionKind | null {
  return typeof value === "string" ? (KIND_BY_TEXT.get(fold(value)) ?? null) : null;
}

/** The direction a cell names, or null. */
export function readDirectionLabel(value: unknown): Direction | null {
  return typeof value === "string" ? (DIRECTION_BY_TEXT.get(fold(value)) ?? null) : null;
}
