// The package around the sheets: xl/workbook.xml (sheets, names, recalculation), its relationships and the content
// types. Read from a file, or made for a new workbook; rewritten on save only where something changed.

import { readWorkbookXmlNames } from "./workbookXmlNames";
import { escapeXml, withoutMainPrefix, xmlAttributes } from "./xmlText";
import type { DefinedNameEntry } from "./definedNameTable";
import type { ZipArchive } from "./zipArchive";

export interface PackageSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** The worksheet part's path in the archive; undefined for a chart sheet or a part the file lacks. */
  path?: string;
  sheetId: number;
  rId: string;
  /** Created by this host (not yet in workbook.xml). */
  added?: boolean;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = `${REL}/worksheet`;
const STYLES_TYPE = `${REL}/styles`;
const STRINGS_TYPE = `${REL}/sharedStrings`;
const CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

const FOLLOWING_CALC =
  /<(?:oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook>/;
const FOLLOWING_NAMES = new RegExp(`<calcPr\\b|${FOLLOWING_CALC.source}`);

export const WORKBOOK_PATH = "xl/workbook.xml";
const RELS_PATH = "xl/_rels/workbook.xml.rels";
const TYPES_PATH = "[Content_Types].xml";

interface Relationship {
  id: string;
  type: string;
  target: string;
  external?: boolean;
}

/** A relationship target as an archive path (targets are relative to xl/ unless they start with "/"). */
function partPath(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts: string[] = ["xl"];
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

const NEW_FILES: Record<string, string> = {
  [TYPES_PATH]:
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CONTENT}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CONTENT}.sharedStrings+xml"/></Types>`,
  "_rels/.rels":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  [RELS_PATH]:
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${STYLES_TYPE}" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${STRINGS_TYPE}" Target="sharedStrings.xml"/></Relationships>`,
  [WORKBOOK_PATH]:
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews><sheets/><calcPr calcId="171027"/></workbook>',
};

export class WorkbookPackage {
  readonly sheets: PackageSheet[] = [];
  readonly names: DefinedNameEntry[] = [];
  date1904 = false;
  stylesPath = "xl/styles.xml";
  stringsPath = "xl/sharedStrings.xml";
  private relationships: Relationship[] = [];
  private addedParts: { path: string; type: string; relType: string }[] = [];

  private constructor(private readonly zip: ZipArchive) {}

  /** The package of a new, empty workbook. */
  static create(zip: ZipArchive): WorkbookPackage {
    for (const [path, xml] of Object.entries(NEW_FILES)) zip.set(path, xml);
    return WorkbookPackage.read(zip);
  }

  /** Reads workbook.xml and its relationships; null when the archive holds no workbook. */
  static read(zip: ZipArchive): WorkbookPackage {
    const source = zip.text(WORKBOOK_PATH);
    if (source === undefined) throw new Error("no workbook part");
    const xml = withoutMainPrefix(source);
    const pkg = new WorkbookPackage(zip);
    const rels = zip.text(RELS_PATH) ?? "";
    for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
      const a = xmlAttributes(m[1]);
      if (!a.Id || !a.Target) continue;
      pkg.relationships.push({ id: a.Id, type: a.Type ?? "", target: a.Target, external: a.TargetMode === "External" });
    }
    const byId = new Map(pkg.relationships.map((r) => [r.id, r]));
    for (const m of xml.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
      const a = xmlAttributes(m[1]);
      if (a.name === undefined) continue;
      const rel = a.id ? byId.get(a.id) : undefined;
      pkg.sheets.push({
        name: a.name,
        state: a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible",
        path: rel && rel.type === WORKSHEET_TYPE ? partPath(rel.target) : undefined,
        sheetId: Number(a.sheetId) || 0,
        rId: a.id ?? "",
      });
    }
    const stored = readWorkbookXmlNames(xml);
    for (const name of stored.names) {
      // Names scoped to a sheet that no longer exists are dropped.
      const scope = name.localSheetId === undefined ? null : stored.sheets[name.localSheetId];
      if (scope !== undefined) pkg.names.push({ name: name.name, formula: name.formula, scope });
    }
    pkg.date1904 = /<workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(xml);
    const styles = pkg.relationships.find((r) => r.type === STYLES_TYPE);
    if (styles) pkg.stylesPath = partPath(styles.target);
    const strings = pkg.relationships.find((r) => r.type === STRINGS_TYPE);
    if (strings) pkg.stringsPath = partPath(strings.target);
    return pkg;
  }

  /** Adds a worksheet at the end; its part is written by the caller. */
  addSheet(name: string, state: PackageSheet["state"]): PackageSheet {
    let n = this.sheets.length + 1;
    while (
      this.zip.has(`xl/worksheets/sheet${n}.xml`) ||
      this.addedParts.some((p) => p.path === `xl/worksheets/sheet${n}.xml`)
    )
      n++;
    const path = `xl/worksheets/sheet${n}.xml`;
    const rId = this.newRelationship(`worksheets/sheet${n}.xml`, WORKSHEET_TYPE);
    this.addedParts.push({ path, type: `${CONTENT}.worksheet+xml`, relType: WORKSHEET_TYPE });
    const sheetId = Math.max(0, ...this.sheets.map((s) => s.sheetId)) + 1;
    const sheet: PackageSheet = { name, state, path, sheetId, rId, added: true };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Makes sure the styles and shared strings parts are related and typed (a file may lack them). */
  ensurePart(kind: "styles" | "strings"): void {
    const type = kind === "styles" ? STYLES_TYPE : STRINGS_TYPE;
    if (this.relationships.some((r) => r.type === type)) return;
    const file = kind === "styles" ? "styles.xml" : "sharedStrings.xml";
    this.newRelationship(file, type);
    this.addedParts.push({
      path: `xl/${file}`,
      type: `${CONTENT}.${kind === "styles" ? "styles" : "sharedStrings"}+xml`,
      relType: type,
    });
    if (kind === "styles") this.stylesPath = `xl/${file}`;
    else this.stringsPath = `xl/${file}`;
  }

  private newRelationship(target: string, type: string): string {
    const used = new Set(this.relationships.map((r) => r.id));
    let n = this.relationships.length + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.relationships.push({ id, type, target });
    return id;
  }

  /** Writes workbook.xml, its relationships and the content types back into the archive. */
  save(recalculate: boolean, cellsChanged: boolean): void {
    let xml = withoutMainPrefix(this.zip.text(WORKBOOK_PATH)!);
    const sheets = this.sheets
      .map((s) => {
        const state = s.state === "visible" ? "" : ` state="${s.state}"`;
        return `<sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}"${state} r:id="${s.rId}"/>`;
      })
      .join("");
    xml = xml.replace(/<sheets\b[^>]*?(?:\/>|>[\s\S]*?<\/sheets>)/, `<sheets>${sheets}</sheets>`);
    if (!/\sxmlns:r="/.test(xml.slice(0, xml.indexOf(">", xml.indexOf("<workbook"))))) {
      xml = xml.replace(/<workbook\b/, `<workbook xmlns:r="${REL}"`);
    }
    const order = this.sheets.map((s) => s.name);
    const names = this.names
      .map((e) => {
        const local = e.scope === null ? -1 : order.indexOf(e.scope);
        if (e.scope !== null && local < 0) return "";
        const scope = local >= 0 ? ` localSheetId="${local}"` : "";
        return `<definedName name="${escapeXml(e.name)}"${scope}>${escapeXml(e.formula)}</definedName>`;
      })
      .join("");
    xml = xml.replace(/<definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/definedNames>)/, "");
    if (names) {
      // definedNames follow sheets (and functionGroups, externalReferences) and come before calcPr (CT_Workbook).
      const at = xml.search(FOLLOWING_NAMES);
      xml = xml.slice(0, at) + `<definedNames>${names}</definedNames>` + xml.slice(at);
    }
    if (recalculate) {
      if (/<calcPr\b/.test(xml)) {
        xml = xml.replace(/<calcPr\b([^>]*?)(\/?)>/, (_, a: string, end: string) => {
          return `<calcPr${a.replace(/\s*\bfullCalcOnLoad="[^"]*"/, "")} fullCalcOnLoad="1"${end}>`;
        });
      } else {
        const at = xml.search(FOLLOWING_CALC);
        xml = xml.slice(0, at) + '<calcPr fullCalcOnLoad="1"/>' + xml.slice(at);
      }
    }
    this.zip.set(WORKBOOK_PATH, xml);

    let types = this.zip.text(TYPES_PATH) ?? "";
    // The calculation chain lists formula cells: stale once cells change, and Excel rebuilds it anyway.
    const chain = this.relationships.find((r) => r.type.endsWith("/calcChain"));
    if (cellsChanged && chain) {
      this.zip.remove(partPath(chain.target));
      this.relationships = this.relationships.filter((r) => r !== chain);
      types = types.replace(/<Override\b[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/, "");
    }
    const rels =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      this.relationships
        .map((r) => {
          const mode = r.external ? ' TargetMode="External"' : "";
          return `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"${mode}/>`;
        })
        .join("") +
      "</Relationships>";
    this.zip.set(RELS_PATH, rels);
    const overrides = this.addedParts
      .filter((p) => !types.includes(`PartName="/${p.path}"`))
      .map((p) => `<Override PartName="/${p.path}" ContentType="${p.type}"/>`)
      .join("");
    if (overrides) types = types.replace("</Types>", overrides + "</Types>");
    this.zip.set(TYPES_PATH, types);
    this.addedParts = [];
    for (const sheet of this.sheets) sheet.added = false;
  }
}
