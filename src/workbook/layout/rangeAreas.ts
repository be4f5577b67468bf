// Plan ranges as both hosts address them (an Office.js range, a file's sqref): "D6:M6", one cell as "D6", several
// areas ("D6:M6 D8:M8") separated by spaces.

import { columnLetter, parseRange, type RangeBox } from "./cellAddress";

/** "D6" for one cell, "D6:M40" otherwise (no anchors). */
export function areaText(box: RangeBox): string {
  const first = columnLetter(box.column) + box.row;
  if (box.rows === 1 && box.columns === 1) return first;
  return `${first}:${columnLetter(box.column + box.columns - 1)}${box.row + box.rows - 1}`;
}

/** The boxes of a plan range; several areas may be separated by spaces or commas. A bad range is a plan bug. */
export function rangeAreas(range: string): RangeBox[] {
  return range
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((area) => {
      const box = parseRange(area);
      if (!box) throw new Error(`Not an A1 range in a workbook plan: "${range}"`);
      return box;
    });
}

/** The sqref text of a plan range: its areas, space-separated. */
export function sqref(range: string): string {
  return rangeAreas(range).map(areaText).join(" ");
}
