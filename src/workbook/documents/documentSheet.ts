// An administrative document (officialDocument.ts) as a printable sheet, for the workbook copy of the minutes. A
// sheet written again keeps the layout its creation set (merges, row heights), so the drawing sticks to what stays
// true on every rewrite: the header block and title in fixed rows (merged once), then one line of text per row
// (paragraphs wrapped here), tables on a fixed grid of seven columns, signature blocks, recipients; rows a longer
// earlier version used are blanked. The .docx (src/hosts/docx) is the document proper; this is its printable twin.

import { cellAddress } from "../layout/cellAddress";
import { blankCell, valueCell } from "../plan/cellSpec";
import type { CellBlock, CellSpec, CellStyle, SheetPlan } from "../plan/planTypes";
import type { DocumentBlock, OfficialDocument, TextPart } from "./officialDocument";

const FONT = "Times New Roman";
const body = { name: FONT, size: 13 };
const bold = { name: FONT, size: 13, bold: true };

const D = {
  organ: "doc.organ",
  superior: "doc.superior",
  nation: "doc.nation",
  rule: "doc.rule",
  date: "doc.date",
  title: "doc.title",
  heading: "doc.heading",
  text: "doc.text",
  italic: "doc.italic",
  header: "doc.header",
  cellLeft: "doc.cellLeft",
  cellCenter: "doc.cellCenter",
  cellRight: "doc.cellRight",
  signRole: "doc.signRole",
  signHint: "doc.signHint",
  signName: "doc.signName",
  recipients: "doc.recipients",
  recipientLine: "doc.recipientLine",
  blank: "doc.blank",
} as const;

export const DOCUMENT_SHEET_STYLES: Record<string, CellStyle> = {
  [D.organ]: { font: bold, horizontal: "center", vertical: "middle" },
  [D.superior]: { font: body, horizontal: "center", vertical: "middle" },
  [D.nation]: { font: bold, horizontal: "center", vertical: "middle" },
  [D.rule]: { font: body, horizontal: "center", vertical: "top" },
  [D.date]: { font: { name: FONT, size: 13, italic: true }, horizontal: "center", vertical: "middle" },
  [D.title]: { font: { name: FONT, size: 14, bold: true }, horizontal: "center", vertical: "middle" },
  [D.heading]: { font: bold, vertical: "middle" },
  [D.text]: { font: body, vertical: "middle" },
  [D.italic]: { font: { name: FONT, size: 13, italic: true }, vertical: "middle" },
  [D.header]: { font: { name: FONT, size: 12, bold: true }, horizontal: "center", vertical: "middle", border: true },
  [D.cellLeft]: { font: { name: FONT, size: 12 }, vertical: "middle", border: true },
  [D.cellCenter]: { font: { name: FONT, size: 12 }, horizontal: "center", vertical: "middle", border: true },
  [D.cellRight]: {
    font: { name: FONT, size: 12 },
    horizontal: "right",
    vertical: "middle",
    border: true,
  },
  [D.signRole]: { font: bold, horizontal: "center" },
  [D.signHint]: { font: { name: FONT, size: 13, italic: true }, horizontal: "center" },
  [D.signName]: { font: bold, horizontal: "center" },
  [D.recipients]: { font: { name: FONT, size: 12, bold: true, italic: true } },
  [D.recipientLine]: { font: { name: FONT, size: 11 } },
  [D.blank]: { font: body },
};

/** The grid: widths in characters of seven columns (tables use the first ones, in their order). */
export const DOCUMENT_COLUMNS = [5, 27, 21, 11, 15, 19, 16];
const COLUMNS = DOCUMENT_COLUMNS.length;
/** Characters of 13-point text a printed line holds across the grid. */
export const LINE_CHARS = 118;
/** Rows given a height fitting one line of 13-point text when the sheet is made (enough for a long minute). */
export const DOCUMENT_ROW_CAPACITY = 400;
const ROW_HEIGHT = 19;
/** First-line indent of a paragraph, in spaces. */
const INDENT = "      ";
const SIGNATURE_SPACE = 4;

/** Rows of the fixed header block and title. */
const ROWS = { organTop: 1, organ: 2, rule: 3, number: 4, title: 6, subtitle: 7, body: 9 } as const;

/** Breaks text into lines of at most `width` characters at spaces (a longer word stands alone). */
export function wrapText(text: string, width: number, firstIndent = ""): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = firstIndent;
  for (const word of words) {
    const candidate = line.trim() === "" ? line + word : `${line} ${word}`;
    if (candidate.length > width && line.trim() !== "") {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line.trim() !== "") lines.push(line);
  return lines.length > 0 ? lines : [""];
}

const joined = (parts: TextPart[]) => parts.map((p) => p.text).join("");

const row = (cells: CellSpec[]): CellSpec[] => {
  const out = Array.from({ length: COLUMNS }, () => blankCell(D.blank));
  cells.forEach((c, i) => (out[i] = c));
  return out;
};

export interface DocumentSheet {
  plan: SheetPlan;
  /** The last row written with content. */
  end: number;
}

/**
 * The document as a sheet named `sheet`. `create`: make the sheet (widths, row heights, merges, print setup) or
 * write into the one made before; `previousEnd`: the last row an earlier version reached, blanked when longer.
 */
export function documentSheetPlan(
  doc: OfficialDocument,
  sheet: string,
  key: SheetPlan["key"],
  options: { create: boolean; previousEnd: number },
): DocumentSheet {
  const blocks: CellBlock[] = [];
  const put = (r: number, c: number, cell: CellSpec) => blocks.push({ at: cellAddress(r, c), cells: [[cell]] });

  const organ = doc.header.organ.slice(-2);
  const [top, main] = organ.length === 2 ? organ : [null, organ[0] ?? ""];
  put(ROWS.organTop, 0, valueCell(top, D.superior));
  put(ROWS.organ, 0, valueCell(main, D.organ));
  put(ROWS.rule, 0, valueCell("————", D.rule));
  put(ROWS.number, 0, valueCell(doc.header.number || null, D.superior));
  put(ROWS.organTop, 2, valueCell(doc.header.nation, D.nation));
  put(ROWS.organ, 2, valueCell(doc.header.motto, D.nation));
  put(ROWS.rule, 2, valueCell("——————————", D.rule));
  put(ROWS.number, 2, valueCell(doc.header.placeDate, D.date));
  put(ROWS.title, 0, valueCell(doc.title[0] ?? "", D.title));
  put(ROWS.subtitle, 0, valueCell(doc.title.slice(1).join(" "), D.title));

  const lines: CellSpec[][] = [];
  const text = (t: string, style: string = D.text) => lines.push(row([valueCell(t, style)]));
  const blank = () => lines.push(row([]));
  const draw = (block: DocumentBlock) => {
    switch (block.kind) {
      case "heading":
        for (const line of wrapText(block.text, LINE_CHARS, INDENT)) text(line, D.heading);
        return;
      case "paragraph": {
        const italic = block.parts.every((p) => p.italic);
        for (const line of wrapText(joined(block.parts), LINE_CHARS, INDENT)) text(line, italic ? D.italic : D.text);
        return;
      }
      case "list":
        for (const item of block.items) {
          wrapText(`- ${joined(item)}`, LINE_CHARS - INDENT.length).forEach((line, i) =>
            text(`${INDENT}${i === 0 ? "" : "  "}${line}`),
          );
        }
        return;
      case "table": {
        const t = block.table;
        lines.push(row(t.headers.slice(0, COLUMNS).map((h) => valueCell(h, D.header))));
        for (const cells of t.rows) {
          lines.push(
            row(
              cells.slice(0, COLUMNS).map((v, c) => {
                const align = t.align[c] ?? "left";
                const style = align === "center" ? D.cellCenter : align === "right" ? D.cellRight : D.cellLeft;
                return valueCell(v, style);
              }),
            ),
          );
        }
        blank();
        return;
      }
    }
  };
  doc.body.forEach(draw);
  blank();
  // Signature blocks side by side: the first under column B, the last under column F.
  const places =
    doc.signatures.length <= 1
      ? [5]
      : doc.signatures.map((_, i) => (i === 0 ? 1 : i === doc.signatures.length - 1 ? 5 : 3));
  const signRows: CellSpec[][] = Array.from({ length: 3 + SIGNATURE_SPACE }, () => row([]));
  doc.signatures.forEach((s, i) => {
    const c = places[i];
    signRows[0][c] = valueCell(s.role, D.signRole);
    signRows[1][c] = valueCell(s.hint, D.signHint);
    signRows[2 + SIGNATURE_SPACE][c] = valueCell(s.name || null, D.signName);
  });
  lines.push(...signRows);
  if (doc.recipients) {
    blank();
    text(doc.recipients.heading, D.recipients);
    for (const line of doc.recipients.lines) text(line, D.recipientLine);
  }
  const end = ROWS.body + lines.length - 1;
  for (let r = end + 1; r <= options.previousEnd; r++) lines.push(row([]));
  blocks.push({ at: cellAddress(ROWS.body, 0), cells: lines });

  const plan: SheetPlan = { key, name: sheet, create: options.create, blocks };
  if (options.create) {
    const rowHeights: Record<number, number> = {};
    for (let r = 1; r <= Math.max(DOCUMENT_ROW_CAPACITY, end); r++) rowHeights[r] = ROW_HEIGHT;
    rowHeights[ROWS.title] = 22;
    rowHeights[ROWS.subtitle] = 22;
    const merge = (r: number, from: number, to: number) => `${cellAddress(r, from)}:${cellAddress(r, to)}`;
    Object.assign(plan, {
      columnWidths: Object.fromEntries(DOCUMENT_COLUMNS.map((w, i) => [i, w])),
      rowHeights,
      merges: [
        ...[ROWS.organTop, ROWS.organ, ROWS.rule, ROWS.number].flatMap((r) => [
          merge(r, 0, 1),
          merge(r, 2, COLUMNS - 1),
        ]),
        merge(ROWS.title, 0, COLUMNS - 1),
        merge(ROWS.subtitle, 0, COLUMNS - 1),
      ],
      protect: true,
      print: {
        orientation: "portrait",
        fitToWidth: true,
        margins: { top: 2, bottom: 2, left: 3, right: 1.5 },
        centerHorizontally: true,
      },
    } satisfies Partial<SheetPlan>);
  }
  return { plan, end };
}
