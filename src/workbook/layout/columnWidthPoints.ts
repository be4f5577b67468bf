// Plan column widths are in characters as .xlsx files store them (the .xlsx host writes them unchanged); Office.js's
// RangeFormat.columnWidth is in points. OOXML (ECMA-376 §18.3.1.13) draws a file width w as
// trunc(((256·w + trunc(128/7)) / 256) · 7) pixels for the default font's 7-pixel digit, which is about 7·w pixels
// (the 5 px cell padding is already inside a file width); a pixel is 0.75 point at 96 dpi.

const DIGIT_PIXELS = 7;
const POINTS_PER_PIXEL = 0.75;

/** Points for a width of `characters` (file width); 0 stays 0. */
export function columnWidthPoints(characters: number): number {
  if (characters <= 0) return 0;
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / DIGIT_PIXELS)) / 256) * DIGIT_PIXELS);
  return pixels * POINTS_PER_PIXEL;
}
