/**
 * @jest-environment jsdom
 */
// The production build as a secretariat without internet access would make it: OFFICE_JS=local and ADDIN_URL set.
// jsdom is here only to parse the built HTML and XML.
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildAddin, type BuildResult } from "./buildAddin";

const ADDIN_URL = "https://tdkt.example.gov.vn/addin/";
const BUDGET_GZIP_BYTES = 250 * 1024; // design.md: initial task pane JavaScript ≤ 250 KB gzipped

let build: BuildResult;
const dist = (...parts: string[]) => join(build.outputPath, ...parts);
const page = (name: string) => new DOMParser().parseFromString(readFileSync(dist(name), "utf8"), "text/html");
const scriptSources = (name: string) =>
  Array.from(page(name).querySelectorAll("script")).map((s) => s.getAttribute("src"));

beforeAll(async () => {
  build = await buildAddin({ OFFICE_JS: "local", ADDIN_URL });
}, 180_000);

afterAll(() => {
  if (build) rmSync(build.outputPath, { recursive: true, force: true });
});

describe("OFFICE_JS=local production build for an internal server", () => {
  it("succeeds", () => {
    expect({ code: build.code, stderr: build.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
  });

  it("writes taskpane.html, commands.html, manifest.xml and the five icons", () => {
    for (const file of ["taskpane.html", "commands.html", "manifest.xml"]) expect(existsSync(dist(file))).toBe(true);
    expect(readdirSync(dist("assets")).sort()).toEqual(
      ["icon-128.png", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"].sort(),
    );
  });

  it.each(["taskpane.html", "commands.html"])(
    "%s loads every script from its own origin, Office.js first, and each file is there",
    (name) => {
      const sources = scriptSources(name);
      expect(sources[0]).toBe("office-js/office.js");
      expect(sources.length).toBeGreaterThanOrEqual(2);
      for (const src of sources) {
        expect(src).not.toBeNull();
        // Same origin: a relative path, neither absolute (scheme or //host) nor rooted at the server's top.
        expect(src).not.toMatch(/^([a-z][a-z0-9+.-]*:|\/)/i);
        expect({ src, exists: existsSync(dist(src as string)) }).toEqual({ src, exists: true });
      }
    },
  );

  it("copies the Office.js files the loader fetches for Excel: host files per platform and vi-vn/en-us strings", () => {
    // From office.js: host file = excel-<platform>-<version>.js with versions capped by HostSpecificFileVersionMap
    // (web 16.00, win32 16.01, mac 16.00); strings = <locale>/office_strings.js; no host info -> the O15 table.
    for (const file of [
      "office.js",
      "excel-web-16.00.js",
      "excel-win32-16.01.js",
      "excel-mac-16.00.js",
      "o15apptofilemappingtable.js",
      "vi-vn/office_strings.js",
      "en-us/office_strings.js",
      "telemetry/oteljs_agave.js",
    ]) {
      expect({ file, exists: existsSync(dist("office-js", file)) }).toEqual({ file, exists: true });
    }
    // Nothing for other hosts (Word, Outlook, ...) or other languages.
    expect(readdirSync(dist("office-js")).filter((f) => /^(word|outlook|powerpoint|onenote)-|^fr-fr$/.test(f))).toEqual(
      [],
    );
  });

  it.each(["taskpane.html", "commands.html"])("%s allows scripts from its own origin only", (name) => {
    const csp = page(name).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "";
    const directives = new Map(
      csp
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
  });

  it("points every manifest URL at ADDIN_URL and leaves no localhost in dist/manifest.xml", () => {
    const text = readFileSync(dist("manifest.xml"), "utf8");
    expect(text).not.toMatch(/localhost/);
    const xml = new DOMParser().parseFromString(text, "application/xml");
    const urls = Array.from(xml.querySelectorAll("[DefaultValue]"))
      .map((e) => e.getAttribute("DefaultValue") as string)
      .filter((v) => v.startsWith("https://"));
    expect(urls.length).toBeGreaterThanOrEqual(9);
    for (const url of urls) expect(url.startsWith(ADDIN_URL)).toBe(true);
    // Each URL names a file the build wrote, so the server really has what the manifest promises.
    for (const url of urls) {
      const file = url.slice(ADDIN_URL.length);
      expect({ file, exists: existsSync(dist(file)) }).toEqual({ file, exists: true });
    }
  });

  it("keeps the task pane's own initial JavaScript within 250 KB gzipped", () => {
    const ours = scriptSources("taskpane.html").filter((src) => !src?.startsWith("office-js/")) as string[];
    const gzipped = ours.reduce((sum, src) => sum + gzipSync(readFileSync(dist(src)), { level: 9 }).length, 0);
    expect(gzipped).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });
});
