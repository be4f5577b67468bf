// How tall a cell's text stands, estimated from the text, its column's width and its font: neither Excel nor
// LibreOffice grows a row when it opens a file, so every plan sets the heights its wrapped text needs (fitRowHeights).
//
// The guesses, measured on Liberation Serif (LibreOffice's metric twin of Times New Roman, the font of every sheet):
// - A character's advance: a space 0.25 em, a digit 0.5 em, a capital 0.66 em (Vietnamese marks do not widen a
//   letter), anything else 0.46 em; bold 6 % wider. On the templates' criterion titles and unit names this
//   overestimates by 5–8 % (measured 0.40–0.45 em a character, estimated 0.43–0.47), so the estimate wraps a line a
//   little before the sheet does, never after.
// - A column of file width w is columnWidthPoints(w) (7·w pixels at 96 dpi), less 4.5 points of cell padding.
// - A line of text of size s takes 1.31·s points and a row adds 1.5 points of padding: Excel's own autofit of Times
//   New Roman gives 15.75 points a line at 12 points, 16.5 at 13, 18.75 at 14 (LibreOffice draws lines 1.15·s apart,
//   so both fit). One line of 12 points or less fits the standard 15-point row, as Excel shows it, and keeps it.
// - Words wrap at spaces, greedily; a word longer than a line breaks inside it; "\n" starts a new line.

import { columnWidthPoints } from "../layout/columnWidthPoints";

export interface TextFont {
  /** Points. */
  size: number;
  bold?: boolean;
}

/** A row's height when the plan gives none (ExcelJS writes defaultRowHeight 15; Excel's own for Calibri 11). */
export const DEFAULT_ROW_HEIGHT = 15;
/** The width of a column the plan gives none: Excel's standard 8.43 characters (64 pixels). */
export const DEFAULT_COLUMN_WIDTH = 9.140625;
/** Cell padding, left and right together, in points. */
const CELL_PADDING_WIDTH = 4.5;
/** Row padding above and below the text, in points. */
const ROW_PADDING = 1.5;
const LINE_EM = 1.31;
/** The largest font whose single line keeps the standard row height. */
const STANDARD_ROW_FONT = 12;
const BOLD_FACTOR = 1.06;

/**
 * What the estimates have met so far, each measured once: a workbook's sheets repeat the same few hundred characters,
 * words and cells (unit names, criterion titles, headings) thousands of times, and toLocaleLowerCase is slow. Kept
 * within MEMO_LIMIT entries so that a long-lived task pane does not grow them without end.
 */
const MEMO_LIMIT = 20_000;
const characterEms = new Map<string, number>();
const textEms = new Map<string, number>();
const lineCounts = new Map<string, Map<string, number>>();

function remember<K>(memo: Map<K, number>, key: K, value: number): number {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

function advanceEm(ch: string): number {
  if (ch === " ") return 0.25;
  if (ch >= "0" && ch <= "9") return 0.5;
  const known = characterEms.get(ch);
  if (known !== undefined) return known;
  const capital = ch !== ch.toLocaleLowerCase("vi") && ch === ch.toLocaleUpperCase("vi");
  return remember(characterEms, ch, capital ? 0.66 : 0.46);
}

/** The width of `text` on one line, in ems of its font's size. */
function textEm(text: string): number {
  const known = textEms.get(text);
  if (known !== undefined) return known;
  let em = 0;
  for (const ch of text.normalize("NFC")) em += advanceEm(ch);
  return remember(textEms, text, em);
}

/** The width of `text` on one line, in points. */
export function textWidthPoints(text: string, font: TextFont): number {
  return textEm(text) * font.size * (font.bold ? BOLD_FACTOR : 1);
}

/** Lines `text` takes when wrapped into `widthPoints` (at least 1). */
export function wrappedLines(text: string, widthPoints: number, font: TextFont): number {
  // By text first, then by width and font: a key made of the whole text would copy every title into it.
  let byWidth = lineCounts.get(text);
  if (!byWidth) {
    if (lineCounts.size >= MEMO_LIMIT) lineCounts.clear();
    byWidth = new Map();
    lineCounts.set(text, byWidth);
  }
  const key = `${widthPoints} ${font.size} ${font.bold === true}`;
  return byWidth.get(key) ?? remember(byWidth, key, countLines(text, widthPoints, font));
}

function countLines(text: string, widthPoints: number, font: TextFont): number {
  const space = textWidthPoints(" ", font);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      let width = textWidthPoints(word, font);
      const needed = used === 0 ? width : used + space + width;
      if (needed <= widthPoints || (used === 0 && width === 0)) {
        used = needed;
        continue;
      }
      if (used > 0) lines += 1;
      // A word wider than the line breaks inside it.
      while (width > widthPoints && widthPoints > 0) {
        lines += 1;
        width -= widthPoints;
      }
      used = width;
    }
  }
  return Math.max(1, lines);
}

/** Points for `lines` lines of text of `size` points, with the row's padding, rounded up to a quarter point. */
export function linesHeight(lines: number, size: number): number {
  if (lines <= 1 && size <= STANDARD_ROW_FONT) return DEFAULT_ROW_HEIGHT;
  return Math.ceil((lines * LINE_EM * size + ROW_PADDING) * 4) / 4;
}

/** The text width a column of file width `characters` offers, in points. */
export function textAreaPoints(characters: number): number {
  return Math.max(0, columnWidthPoints(characters) - CELL_PADDING_WIDTH);
}

/**
 * The row height `text` needs in a cell `characters` wide (merged cells: the sum of their columns' widths); a cell
 * that does not wrap keeps one line whatever its length (its text runs over, or is cut at, its neighbours).
 */
export function textHeight(text: string, characters: number, font: TextFont, wrap: boolean): number {
  const lines = wrap ? wrappedLines(text, textAreaPoints(characters), font) : 1;
  return linesHeight(lines, font.size);
}
