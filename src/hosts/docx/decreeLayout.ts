// The page of an administrative document under Decree 30/2020/NĐ-CP, as the docx renderer draws it: A4 portrait,
// margins top and bottom 2 cm, left 3 cm, right 1.5 cm, Times New Roman, body 14 pt, tables 13 pt. Sizes in the
// units Word files use (twips: 1/1440 inch; half-points for type).

const CM = 567;

export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 2 * CM, bottom: 2 * CM, left: 3 * CM, right: Math.round(1.5 * CM) },
} as const;

/** The text's width between the margins. */
export const CONTENT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

export const FONT = "Times New Roman";

/** Half-points. */
export const SIZE = {
  body: 28,
  table: 24,
  /** The issuing body and the national name: 12 pt, so that "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" holds one line. */
  header: 24,
  motto: 26,
  title: 28,
  recipients: 24,
  recipientLines: 22,
} as const;

/** First-line indent of body paragraphs (1 cm) and the space after each. */
export const INDENT = CM;
export const SPACE_AFTER = 120;
/** Line spacing in 240ths of a line: 1.15 lines. */
export const LINE = 276;

/** The header block's columns: the issuing body on the left, the motto on the right. */
export const HEADER_SPLIT = 0.4;

/** Empty lines left to sign in. */
export const SIGNATURE_LINES = 4;
