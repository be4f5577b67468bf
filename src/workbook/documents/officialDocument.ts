// An administrative document as plain data, in the layout of Decree 30/2020/NĐ-CP (A4, Times New Roman 13–14): the
// header block (issuing body on the left, national motto on the right, number and place-date lines), the title,
// the body (headings, paragraphs, lists, tables), signature blocks and recipients. The minutes of a meeting, a
// submission (tờ trình) or a list of proposals all fill this; a renderer (src/hosts/docx) or a sheet plan draws it.

/** A run of text with its emphasis. */
export interface TextPart {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type DocumentBlock =
  /** "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN": bold, flush left. */
  | { kind: "heading"; text: string }
  /** Body text, justified with a first-line indent; `label` starts it in bold ("Địa điểm: …"). */
  | { kind: "paragraph"; parts: TextPart[]; align?: "justify" | "center" | "left" }
  /** Indented lines, each led by "- ". */
  | { kind: "list"; items: TextPart[][] }
  | { kind: "table"; table: DocumentTable };

export interface DocumentTable {
  /** Column headers (bold, centred). */
  headers: string[];
  /** Relative widths, one per column. */
  widths: number[];
  /** How each column's cells are aligned. */
  align: ("left" | "center" | "right")[];
  rows: string[][];
  /**
   * Rows (indexes into `rows`) that head a section of the table ("I. Đề nghị tặng Cờ thi đua …"): drawn bold, the
   * first cell as written and the rest merged into one cell holding the second. Absent: none.
   */
  sectionRows?: number[];
}

export interface SignatureBlock {
  /** "CHỦ TRÌ", "THƯ KÝ": bold capitals. */
  role: string;
  /** "(Ký, ghi rõ họ tên)" */
  hint: string;
  /** The signer's full name, bold, below the space to sign ("" leaves the line for handwriting). */
  name: string;
}

export interface OfficialDocument {
  /** The document's language: what the renderer's defaults (hints, labels) follow. */
  lang: "vi" | "en";
  header: {
    /** The issuing body, top to bottom: a superior body (regular) then the body itself (bold). */
    organ: string[];
    /** "Số: …/BB-CTĐ"; "" when the document carries no number. */
    number: string;
    nation: string;
    motto: string;
    /** "Lào Cai, ngày 15 tháng 12 năm 2026" (italic, under the motto). */
    placeDate: string;
  };
  /** Title lines: the kind of document in bold capitals, then what it is about. */
  title: string[];
  body: DocumentBlock[];
  /** Left to right. */
  signatures: SignatureBlock[];
  /** "Nơi nhận:" and its lines; null when none. */
  recipients: { heading: string; lines: string[] } | null;
  /** The page: A4 portrait unless landscape (a wide list). */
  orientation?: "portrait" | "landscape";
  /**
   * How the signatures and recipients close the document: one below the other (minutes, signed by two), or side by
   * side as a submission closes, "Nơi nhận" on the left and the one signature on the right. Default "stacked".
   */
  closing?: "stacked" | "side-by-side";
}
