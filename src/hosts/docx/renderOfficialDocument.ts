// Draws an administrative document (src/workbook/documents/officialDocument.ts) as a .docx in Decree 30 layout with
// the docx package: header block, title, body, tables, signature blocks and recipients. No Node or DOM API: the
// bytes come from docx's Packer as an ArrayBuffer, so the task pane (loading this on demand) and the command line
// share it.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type {
  DocumentBlock,
  DocumentTable,
  OfficialDocument,
  SignatureBlock,
  TextPart,
} from "../../workbook/documents/officialDocument";
import {
  CONTENT_WIDTH,
  FONT,
  HEADER_SPLIT,
  INDENT,
  LINE,
  PAGE,
  SIGNATURE_LINES,
  SIZE,
  SPACE_AFTER,
} from "./decreeLayout";

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
const LINE_BORDER = { style: BorderStyle.SINGLE, size: 6, color: "000000" };
const TABLE_BORDERS = {
  top: LINE_BORDER,
  bottom: LINE_BORDER,
  left: LINE_BORDER,
  right: LINE_BORDER,
  insideHorizontal: LINE_BORDER,
  insideVertical: LINE_BORDER,
};

function run(part: TextPart, size: number): TextRun {
  return new TextRun({ text: part.text, bold: part.bold, italics: part.italic, font: FONT, size });
}

function centred(text: string, options: { bold?: boolean; italic?: boolean; size?: number; after?: number } = {}) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: options.after ?? 0 },
    children: [run({ text, bold: options.bold, italic: options.italic }, options.size ?? SIZE.header)],
  });
}

/** A short rule under a centred line: a paragraph's bottom border, narrowed by indents to `length` twips. */
function rule(cellWidth: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - length) / 2));
  return new Paragraph({
    border: { bottom: LINE_BORDER },
    indent: { left: side, right: side },
    spacing: { after: 120 },
    children: [],
  });
}

/** Roughly how wide a line of capitals or text is, for the rule under it (twips per character at 13 pt). */
const textWidth = (text: string, perChar: number) => Math.round(text.length * perChar);

/** The text's width between the margins of the document's page (a landscape page is the portrait one turned). */
function contentWidth(doc: OfficialDocument): number {
  return doc.orientation === "landscape" ? PAGE.height - PAGE.margin.left - PAGE.margin.right : CONTENT_WIDTH;
}

function headerBlock(doc: OfficialDocument, width: number): Table {
  const left = Math.round(width * HEADER_SPLIT);
  const right = width - left;
  const organ = doc.header.organ;
  const leftChildren: Paragraph[] = organ.map((line, i) => centred(line, { bold: i === organ.length - 1 }));
  leftChildren.push(rule(left, Math.min(left - 400, textWidth(organ[organ.length - 1] ?? "", 95) / 2 + 400)));
  if (doc.header.number) leftChildren.push(centred(doc.header.number));
  const rightChildren = [
    centred(doc.header.nation, { bold: true, size: SIZE.header }),
    centred(doc.header.motto, { bold: true, size: SIZE.motto }),
    rule(right, Math.min(right, textWidth(doc.header.motto, 110))),
    centred(doc.header.placeDate, { italic: true, size: SIZE.motto }),
  ];
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS });
  return new Table({
    rows: [new TableRow({ children: [cell(leftChildren, left), cell(rightChildren, right)] })],
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    layout: TableLayoutType.FIXED,
  });
}

const ALIGN: Record<"left" | "center" | "right", Align> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

function bodyTable(table: DocumentTable, contentWidth: number): Table {
  const total = table.widths.reduce((a, b) => a + b, 0) || 1;
  const widths = table.widths.map((w) => Math.round((contentWidth * w) / total));
  const cell = (text: string, width: number, align: Align, bold: boolean, columnSpan?: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      ...(columnSpan && columnSpan > 1 ? { columnSpan } : {}),
      // A section's heading row keeps with the row after it: a page never ends on "III. …" alone.
      children: [
        new Paragraph({
          alignment: align,
          ...(columnSpan ? { keepNext: true } : {}),
          children: [run({ text, bold }, SIZE.table)],
        }),
      ],
    });
  const sections = new Set(table.sectionRows ?? []);
  const sectionRow = (cells: string[]) =>
    new TableRow({
      cantSplit: true,
      children: [
        cell(cells[0] ?? "", widths[0], AlignmentType.CENTER, true, 1),
        cell(
          cells[1] ?? "",
          widths.slice(1).reduce((a, b) => a + b, 0),
          AlignmentType.LEFT,
          true,
          widths.length - 1,
        ),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    children: table.headers.map((h, c) => cell(h, widths[c], AlignmentType.CENTER, true)),
  });
  const rows = table.rows.map((cells, r) =>
    sections.has(r) && widths.length > 1
      ? sectionRow(cells)
      : new TableRow({
          cantSplit: true,
          children: cells.map((text, c) => cell(text, widths[c], ALIGN[table.align[c] ?? "left"], false)),
        }),
  );
  return new Table({
    rows: [header, ...rows],
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    borders: TABLE_BORDERS,
    layout: TableLayoutType.FIXED,
  });
}

function paragraph(parts: TextPart[], align: Align, indent = INDENT): Paragraph {
  return new Paragraph({
    alignment: align,
    indent: { firstLine: indent },
    spacing: { after: SPACE_AFTER, line: LINE },
    children: parts.map((p) => run(p, SIZE.body)),
  });
}

function blocks(block: DocumentBlock, width: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [
        new Paragraph({
          indent: { firstLine: INDENT },
          spacing: { before: 120, after: SPACE_AFTER, line: LINE },
          keepNext: true,
          children: [run({ text: block.text, bold: true }, SIZE.body)],
        }),
      ];
    case "paragraph": {
      const align =
        block.align === "center"
          ? AlignmentType.CENTER
          : block.align === "left"
            ? AlignmentType.LEFT
            : AlignmentType.JUSTIFIED;
      return [paragraph(block.parts, align)];
    }
    case "list":
      return block.items.map((parts) => paragraph([{ text: "- " }, ...parts], AlignmentType.JUSTIFIED));
    case "table":
      return [bodyTable(block.table, width), new Paragraph({ spacing: { after: SPACE_AFTER }, children: [] })];
  }
}

/** One signature block's lines: the role, the hint, room to sign, the name. */
function signatureLines(s: SignatureBlock): Paragraph[] {
  return [
    centred(s.role, { bold: true, size: SIZE.body }),
    centred(s.hint, { italic: true, size: SIZE.body }),
    ...Array.from({ length: SIGNATURE_LINES }, () => new Paragraph({ children: [] })),
    centred(s.name, { bold: true, size: SIZE.body }),
  ];
}

function signatures(list: readonly SignatureBlock[], contentWidth: number): Table {
  const width = Math.round(contentWidth / Math.max(1, list.length));
  const cells = list.map(
    (s) =>
      new TableCell({
        width: { size: width, type: WidthType.DXA },
        borders: NO_BORDERS,
        children: signatureLines(s),
      }),
  );
  return new Table({
    rows: [new TableRow({ cantSplit: true, children: cells })],
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: list.map(() => width),
    borders: NO_BORDERS,
    layout: TableLayoutType.FIXED,
  });
}

function recipientLines(recipients: NonNullable<OfficialDocument["recipients"]>, before: number): Paragraph[] {
  return [
    new Paragraph({
      spacing: { before },
      children: [run({ text: recipients.heading, bold: true, italic: true }, SIZE.recipients)],
    }),
    ...recipients.lines.map((line) => new Paragraph({ children: [run({ text: line }, SIZE.recipientLines)] })),
  ];
}

/** A submission's close: "Nơi nhận" and its lines on the left, the (first) signature on the right. */
function sideBySide(doc: OfficialDocument, contentWidth: number): Table {
  const left = Math.round(contentWidth * HEADER_SPLIT);
  const right = contentWidth - left;
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS });
  const signature = doc.signatures[0];
  return new Table({
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(doc.recipients ? recipientLines(doc.recipients, 0) : [new Paragraph({ children: [] })], left),
          cell(signature ? signatureLines(signature) : [new Paragraph({ children: [] })], right),
        ],
      }),
    ],
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    layout: TableLayoutType.FIXED,
  });
}

/** The document as .docx bytes. */
export async function renderOfficialDocument(doc: OfficialDocument): Promise<Uint8Array> {
  const width = contentWidth(doc);
  const children: (Paragraph | Table)[] = [headerBlock(doc, width)];
  doc.title.forEach((line, i) =>
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: i === 0 ? 360 : 0, after: i === doc.title.length - 1 ? 240 : 0 },
        children: [run({ text: line, bold: true }, SIZE.title)],
      }),
    ),
  );
  for (const block of doc.body) children.push(...blocks(block, width));
  if (doc.closing === "side-by-side") {
    children.push(sideBySide(doc, width));
  } else {
    if (doc.signatures.length > 0) children.push(signatures(doc.signatures, width));
    if (doc.recipients) children.push(...recipientLines(doc.recipients, 240));
  }
  const document = new Document({
    creator: "Thi đua",
    title: doc.title.join(" "),
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: PAGE.width,
              height: PAGE.height,
              ...(doc.orientation === "landscape" ? { orientation: PageOrientation.LANDSCAPE } : {}),
            },
            margin: { ...PAGE.margin, header: 567, footer: 567 },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
