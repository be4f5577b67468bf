/**
 * @jest-environment jsdom
 */
// What the manifest XSD (../shared/tools/check-manifest) cannot check. jsdom is here only for its XML parser.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const DEV_ORIGIN = "https://localhost:3000";
const OFFICE_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const BT_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const OVERRIDES_NS = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

const doc = new DOMParser().parseFromString(readFileSync(join(root, "manifest.xml"), "utf8"), "application/xml");
const app = doc.documentElement;
const all = (ns: string, name: string) => Array.from(doc.getElementsByTagNameNS(ns, name));
const child = (parent: Element, name: string) => Array.from(parent.children).find((c) => c.localName === name);
const resourceIds = (collection: string) =>
  new Set(all(BT_NS, collection).flatMap((c) => Array.from(c.children).map((e) => e.getAttribute("id"))));
const resources = (collection: string) => all(BT_NS, collection).flatMap((c) => Array.from(c.children));
const resource = (collection: string, id: string) => resources(collection).find((e) => e.getAttribute("id") === id);

/** The PNG header's width and height (IHDR is always the first chunk, at bytes 16..23). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Where a development URL's file lives in the repository (assets/ is copied to dist/assets/ unchanged). */
const localFile = (url: string) => join(root, new URL(url).pathname);

describe("manifest.xml", () => {
  it("parses as XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(app.namespaceURI).toBe(OFFICE_NS);
    expect(app.localName).toBe("OfficeApp");
  });

  it("keeps the top-level elements in the order the schema's sequence requires", () => {
    expect(Array.from(app.children).map((e) => e.localName)).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]);
  });

  it("has a GUID as its Id", () => {
    expect(child(app, "Id")?.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  it("is an Excel workbook add-in that may read and write the document and needs ExcelApi 1.8", () => {
    expect(child(app, "Hosts")?.children[0]?.getAttribute("Name")).toBe("Workbook");
    expect(child(app, "Permissions")?.textContent).toBe("ReadWriteDocument");
    // SECURITY.md: no wider permission anywhere (ReadWriteDocument is the widest a workbook add-in needs).
    expect(Array.from(doc.getElementsByTagNameNS("*", "Permissions")).map((p) => p.textContent)).toEqual([
      "ReadWriteDocument",
    ]);
    const sets = all(OFFICE_NS, "Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toEqual([["ExcelApi", "1.8"]]);
  });

  it("defaults to Vietnamese and overrides DisplayName, Description and every bt:String in en-US", () => {
    expect(child(app, "DefaultLocale")?.textContent).toBe("vi-VN");
    const localized = [child(app, "DisplayName"), child(app, "Description"), ...all(BT_NS, "String")];
    expect(all(BT_NS, "String").length).toBeGreaterThan(0);
    for (const element of localized) {
      expect(element?.getAttribute("DefaultValue")?.trim()).toBeTruthy();
      const overrides = Array.from(element?.children ?? []).filter((c) => c.localName === "Override");
      expect({ id: element?.getAttribute("id"), locales: overrides.map((o) => o.getAttribute("Locale")) }).toEqual({
        id: element?.getAttribute("id"),
        locales: ["en-US"],
      });
      expect(overrides[0].getAttribute("Value")?.trim()).toBeTruthy();
    }
  });

  it("keeps short strings within 125 characters and long strings within 250, in both languages", () => {
    const texts = (elements: (Element | undefined)[]) =>
      elements.flatMap((e) => [
        e?.getAttribute("DefaultValue") ?? "",
        ...Array.from(e?.children ?? []).map((o) => o.getAttribute("Value") ?? ""),
      ]);
    const short = texts([child(app, "DisplayName"), ...resources("ShortStrings")]);
    const long = texts([child(app, "Description"), ...resources("LongStrings")]);
    for (const text of short) expect({ text, length: text.length <= 125 }).toEqual({ text, length: true });
    for (const text of long) expect({ text, length: text.length <= 250 }).toEqual({ text, length: true });
  });

  it("resolves every resid to a resource of the right kind, and uses every resource", () => {
    const kindOf: Record<string, string> = {
      Image: "Images",
      SourceLocation: "Urls",
      FunctionFile: "Urls",
      LearnMoreUrl: "Urls",
      Label: "ShortStrings",
      Title: "ShortStrings",
      Description: "LongStrings",
    };
    const withResid = Array.from(doc.querySelectorAll("[resid]"));
    expect(withResid.length).toBeGreaterThan(0);
    const used = new Set<string>();
    for (const element of withResid) {
      const resid = element.getAttribute("resid") as string;
      const collection = kindOf[element.localName];
      expect({ element: element.localName, resid, collection }).toEqual({
        element: element.localName,
        resid,
        collection: expect.any(String),
      });
      expect({ resid, in: collection, found: resourceIds(collection).has(resid) }).toEqual({
        resid,
        in: collection,
        found: true,
      });
      used.add(resid);
    }
    const defined = ["Images", "Urls", "ShortStrings", "LongStrings"].flatMap((c) => [...resourceIds(c)]);
    expect(defined.filter((id) => !used.has(id as string))).toEqual([]);
  });

  it("points every URL at https on the one development host, which the production build rewrites", () => {
    const urls = Array.from(doc.querySelectorAll("[DefaultValue]"))
      .map((e) => e.getAttribute("DefaultValue") as string)
      .filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThanOrEqual(9);
    for (const url of urls) expect(new URL(url).origin).toBe(DEV_ORIGIN);
    // Nothing that looks like a URL may hide in another attribute or in text, where the rewrite might miss it.
    const text = readFileSync(join(root, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
    expect(text.match(/https?:\/\/(?!schemas\.microsoft\.com|www\.w3\.org)[^\s"<]+/g)?.sort()).toEqual(urls.sort());
  });

  it("opens the task pane from its own Thi đua group on the Home tab", () => {
    const tab = all(OVERRIDES_NS, "OfficeTab").find((t) => t.getAttribute("id") === "TabHome");
    const group = tab && child(tab, "Group");
    expect(group).toBeDefined();
    const label = resource("ShortStrings", child(group as Element, "Label")?.getAttribute("resid") ?? "");
    expect(label?.getAttribute("DefaultValue")).toBe("Thi đua");
    const button = child(group as Element, "Control");
    expect(button?.getAttribute("xsi:type")).toBe("Button");
    const action = child(button as Element, "Action");
    expect(action?.getAttribute("xsi:type")).toBe("ShowTaskpane");
    const source = resource("Urls", child(action as Element, "SourceLocation")?.getAttribute("resid") ?? "");
    expect(source?.getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  it("ships every icon it names, at the pixel size it states", () => {
    const stated: [string, number][] = [
      [child(app, "IconUrl")?.getAttribute("DefaultValue") as string, 32],
      [child(app, "HighResolutionIconUrl")?.getAttribute("DefaultValue") as string, 64],
    ];
    for (const image of all(BT_NS, "Image").filter((e) => e.hasAttribute("size"))) {
      const url = resource("Images", image.getAttribute("resid") as string)?.getAttribute("DefaultValue") as string;
      stated.push([url, Number(image.getAttribute("size"))]);
    }
    expect(new Set(stated.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of stated) {
      const file = localFile(url);
      expect({ file, exists: existsSync(file) }).toEqual({ file, exists: true });
      expect({ file, ...pngSize(file) }).toEqual({ file, width: size, height: size });
    }
  });

  it("has the icon set 16, 32, 64, 80 and 128 px in assets/, each square at its named size", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(join(root, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });
});
