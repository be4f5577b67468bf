import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEV_URL, resolveAddinUrl, rewriteManifestUrls } from "../../scripts/manifestUrls.cjs";

const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

describe("ADDIN_URL, where a production build points the manifest", () => {
  it("keeps the development server, with a note, when ADDIN_URL is not set", () => {
    for (const unset of [undefined, "", "  "]) {
      const { url, note } = resolveAddinUrl(unset);
      expect(url).toBe("https://localhost:3000/");
      expect(note).toMatch(/ADDIN_URL is not set/);
    }
  });

  it("accepts an https address ending in a slash, such as a folder on an internal server", () => {
    expect(resolveAddinUrl("https://tdkt.example.gov.vn/addin/")).toEqual({
      url: "https://tdkt.example.gov.vn/addin/",
      note: undefined,
    });
  });

  it.each([
    ["http://tdkt.example.gov.vn/addin/", "plain http"],
    ["https://tdkt.example.gov.vn/addin", "no trailing slash"],
    ["tdkt.example.gov.vn/addin/", "no scheme"],
    ["https://tdkt.example.gov.vn/addin/?v=2/", "a query"],
  ])("refuses %s (%s) with one sentence naming the expected form", (value) => {
    expect(() => resolveAddinUrl(value)).toThrow(/^ADDIN_URL must be an https:\/\/ address ending in "\/"[^\n]*\.$/);
  });

  it("rewrites every development URL in manifest.xml and leaves no localhost behind", () => {
    const rewritten = rewriteManifestUrls(manifest, "https://tdkt.example.gov.vn/addin/");
    const devUrls = manifest.split(DEV_URL).length - 1;
    expect(devUrls).toBeGreaterThanOrEqual(9);
    expect(rewritten.split("https://tdkt.example.gov.vn/addin/").length - 1).toBe(devUrls);
    expect(rewritten).not.toMatch(/localhost/);
    expect(rewritten).toContain('"https://tdkt.example.gov.vn/addin/assets/icon-32.png"');
  });
});
