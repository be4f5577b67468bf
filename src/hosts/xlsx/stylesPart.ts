// The style sheet (xl/styles.xml) as the host needs it: the cell formats (xf) of plan styles, the lock-state twin
// of a cell's own format, and the differential formats of conditional formats. New fonts, fills, borders, number
// formats and formats are appended (equal ones shared), so the indexes every untouched cell stores stay valid.

import type { CellStyle, ConditionalFormatPlan } from "../../workbook/plan/planTypes";
import { escapeXml, withoutMainPrefix } from "./xmlText";

/** "#DDEBF7" -> "FFDDEBF7" (opaque ARGB, as files store colours). */
export function argb(colour: string): string {
  return "FF" + colour.replace(/^#/, "").toUpperCase();
}

// Number formats Excel knows by id (ECMA-376 part 1, 18.8.30), written by id as Excel does.
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

const FIRST_CUSTOM_FORMAT = 164;

type SectionName = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";
// The order of a style sheet's sections (CT_Stylesheet), to insert one the file lacks in its place.
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
const CHILD: Record<SectionName, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
  dxfs: "dxf",
};

export const DEFAULT_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";

class Section {
  readonly index = new Map<string, number>();
  added = false;
  constructor(readonly items: string[]) {
    items.forEach((item, i) => {
      if (!this.index.has(item)) this.index.set(item, i);
    });
  }
  add(item: string): number {
    let at = this.index.get(item);
    if (at === undefined) {
      at = this.items.length;
      this.items.push(item);
      this.index.set(item, at);
      this.added = true;
    }
    return at;
  }
}

function fontXml(font: NonNullable<CellStyle["font"]>): string {
  let xml = "<font>";
  if (font.bold) xml += "<b/>";
  if (font.italic) xml += "<i/>";
  if (font.size !== undefined) xml += `<sz val="${font.size}"/>`;
  if (font.color !== undefined) xml += `<color rgb="${argb(font.color)}"/>`;
  if (font.name !== undefined) xml += `<name val="${escapeXml(font.name)}"/>`;
  return xml + "</font>";
}

const THIN_BORDER =
  '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>';

export class StylesPart {
  private readonly sections: Record<SectionName, Section>;
  private readonly byPlanStyle = new Map<string, number>();
  private readonly lockTwins = new Map<string, number>();

  private constructor(private xml: string) {
    const sections = {} as Record<SectionName, Section>;
    for (const name of Object.keys(CHILD) as SectionName[]) {
      const body = new RegExp(`<${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${name}>)`).exec(xml)?.[1] ?? "";
      const child = CHILD[name];
      const items = body.match(new RegExp(`<${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, "g")) ?? [];
      sections[name] = new Section(items);
    }
    this.sections = sections;
  }

  static parse(xml: string | undefined): StylesPart {
    return new StylesPart(xml === undefined ? DEFAULT_STYLES_XML : withoutMainPrefix(xml));
  }

  get changed(): boolean {
    return Object.values(this.sections).some((s) => s.added);
  }

  /** The format index of a plan style (undefined: none) for a locked or an input cell. */
  planXf(id: string | undefined, style: CellStyle | undefined, input: boolean): number {
    const key = `${input ? 1 : 0}${id ?? ""}`;
    let at = this.byPlanStyle.get(key);
    if (at === undefined) {
      at = this.sections.cellXfs.add(this.xfXml(style ?? {}, input));
      this.byPlanStyle.set(key, at);
    }
    return at;
  }

  /** Whether a cell format leaves its cells unlocked on a protected sheet. */
  unlocked(xf: number): boolean {
    return /<protection\b[^>]*\blocked="(?:0|false)"/.test(this.sections.cellXfs.items[xf] ?? "");
  }

  /** The index of a cell format identical to `xf` but for its lock state. */
  withLock(xf: number, input: boolean): number {
    if (this.unlocked(xf) === input) return xf;
    const key = `${xf}:${input ? 1 : 0}`;
    let at = this.lockTwins.get(key);
    if (at === undefined) {
      const original = this.sections.cellXfs.items[xf] ?? this.sections.cellXfs.items[0];
      at = this.sections.cellXfs.add(lockTwin(original, input));
      this.lockTwins.set(key, at);
    }
    return at;
  }

  /** The differential format of a conditional format's fill, font colour and bold. */
  dxf(format: ConditionalFormatPlan): number {
    let xml = "<dxf>";
    if (format.fontColor || format.bold) {
      xml += "<font>" + (format.bold ? "<b/>" : "");
      if (format.fontColor) xml += `<color rgb="${argb(format.fontColor)}"/>`;
      xml += "</font>";
    }
    if (format.fill) {
      xml += `<fill><patternFill patternType="solid"><bgColor rgb="${argb(format.fill)}"/></patternFill></fill>`;
    }
    return this.sections.dxfs.add(xml + "</dxf>");
  }

  toXml(): string {
    let xml = this.xml;
    for (const name of Object.keys(CHILD) as SectionName[]) {
      const section = this.sections[name];
      if (!section.added) continue;
      const body = `count="${section.items.length}">${section.items.join("")}</${name}>`;
      const existing = new RegExp(`<${name}\\b([^>]*?)(?:/>|>[\\s\\S]*?</${name}>)`).exec(xml);
      if (existing) {
        const attributes = existing[1].replace(/\s*\bcount="[^"]*"/, "");
        xml =
          xml.slice(0, existing.index) +
          `<${name}${attributes} ${body}` +
          xml.slice(existing.index + existing[0].length);
        continue;
      }
      const after = ORDER.slice(ORDER.indexOf(name) + 1)
        .map((next) => xml.search(new RegExp(`<${next}\\b`)))
        .find((at) => at >= 0);
      const at = after ?? xml.lastIndexOf("</styleSheet>");
      xml = xml.slice(0, at) + `<${name} ${body}` + xml.slice(at);
    }
    this.xml = xml;
    for (const section of Object.values(this.sections)) section.added = false;
    return xml;
  }

  private numberFormatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const formats = this.sections.numFmts;
    for (const item of formats.items) {
      const m = /numFmtId="(\d+)"[^>]*formatCode="([^"]*)"|formatCode="([^"]*)"[^>]*numFmtId="(\d+)"/.exec(item);
      if (m && (m[2] ?? m[3]) === escapeXml(code)) return Number(m[1] ?? m[4]);
    }
    const ids = formats.items.map((item) => Number(/numFmtId="(\d+)"/.exec(item)?.[1] ?? 0));
    const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...ids) + 1;
    formats.add(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private xfXml(style: CellStyle, input: boolean): string {
    const s = this.sections;
    let attributes = "";
    let children = "";
    const numFmtId = style.numberFormat ? this.numberFormatId(style.numberFormat) : 0;
    const fontId = style.font ? s.fonts.add(fontXml(style.font)) : 0;
    const fillId = style.fill
      ? s.fills.add(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/></patternFill></fill>`)
      : 0;
    const borderId = style.border ? s.borders.add(THIN_BORDER) : 0;
    if (style.numberFormat) attributes += ' applyNumberFormat="1"';
    if (style.font) attributes += ' applyFont="1"';
    if (style.fill) attributes += ' applyFill="1"';
    if (style.border) attributes += ' applyBorder="1"';
    if (style.horizontal || style.vertical || style.wrap !== undefined) {
      attributes += ' applyAlignment="1"';
      children += "<alignment";
      if (style.horizontal) children += ` horizontal="${style.horizontal}"`;
      // Files call the middle "center"; the plan says "middle" as Office.js does.
      if (style.vertical) children += ` vertical="${style.vertical === "middle" ? "center" : style.vertical}"`;
      if (style.wrap !== undefined) children += ` wrapText="${style.wrap ? 1 : 0}"`;
      children += "/>";
    }
    if (input) {
      attributes += ' applyProtection="1"';
      children += '<protection locked="0"/>';
    }
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${attributes}`;
    return children ? `${head}>${children}</xf>` : `${head}/>`;
  }
}

/** A cell format with its lock state changed: unlocked gets <protection locked="0"/>, locked loses it. */
function lockTwin(xf: string, input: boolean): string {
  const hidden = /<protection\b[^>]*\bhidden="(?:1|true)"/.test(xf);
  const open = /^<xf\b[^>]*?(?=\/?>)/.exec(xf)?.[0] ?? "<xf";
  const body = xf.endsWith("/>") ? "" : xf.slice(xf.indexOf(">") + 1, xf.lastIndexOf("</xf>"));
  const withoutProtection = body.replace(/<protection\b[^>]*?(?:\/>|>[\s\S]*?<\/protection>)/, "");
  const protection = input
    ? `<protection locked="0"${hidden ? ' hidden="1"' : ""}/>`
    : hidden
      ? '<protection hidden="1"/>'
      : "";
  // Protection comes after alignment and before extLst (CT_Xf).
  const at = withoutProtection.indexOf("<extLst");
  const children =
    at < 0 ? withoutProtection + protection : withoutProtection.slice(0, at) + protection + withoutProtection.slice(at);
  let head = open.replace(/\s*\bapplyProtection="[^"]*"/, "");
  if (protection) head += ' applyProtection="1"';
  return children ? `${head}>${children}</xf>` : `${head}/>`;
}
