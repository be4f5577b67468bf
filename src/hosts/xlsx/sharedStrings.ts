// The shared string table (xl/sharedStrings.xml): read as plain texts (rich text runs joined, phonetic runs left
// out), and grown by appending, so the indexes every untouched sheet stores stay valid.

import { decodeExcelText, escapeXml, withoutMainPrefix } from "./xmlText";

const ITEM = /<si>([\s\S]*?)<\/si>|<si\/>/g;

/** The text of an <si> or <is> element's content: its <t> elements outside <rPh>, joined. */
export function richText(inner: string): string {
  const text = inner.includes("<rPh") ? inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : inner;
  let out = "";
  for (const m of text.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += m[1];
  return decodeExcelText(out);
}

export class SharedStrings {
  private readonly texts: string[] = [];
  private readonly items: string[] = [];
  private index?: Map<string, number>;
  private added = false;

  static parse(xml: string | undefined): SharedStrings {
    const table = new SharedStrings();
    if (xml === undefined) return table;
    for (const m of withoutMainPrefix(xml).matchAll(ITEM)) {
      table.items.push(m[0]);
      table.texts.push(m[1] === undefined ? "" : richText(m[1]));
    }
    return table;
  }

  /** The text at an index; undefined for an index the table does not have. */
  text(at: number): string | undefined {
    return this.texts[at];
  }

  /** The index of a text, appended when new. */
  add(text: string): number {
    if (!this.index) {
      this.index = new Map();
      this.texts.forEach((t, i) => {
        if (!this.index!.has(t)) this.index!.set(t, i);
      });
    }
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.texts.length;
      this.texts.push(text);
      const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
      this.items.push(`<si><t${space}>${escapeXml(text)}</t></si>`);
      this.index.set(text, at);
      this.added = true;
    }
    return at;
  }

  get changed(): boolean {
    return this.added;
  }

  get size(): number {
    return this.items.length;
  }

  toXml(): string {
    const n = this.items.length;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${n}" uniqueCount="${n}">` +
      this.items.join("") +
      "</sst>"
    );
  }
}
