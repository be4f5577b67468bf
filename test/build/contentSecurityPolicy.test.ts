/**
 * @jest-environment jsdom
 */
// The production build's pages and bundle, read as files: each page's Content-Security-Policy names no origin but
// Office.js's CDN (none at all with OFFICE_JS=local), allows no eval and no inline script; and every place in our
// JavaScript that could run generated code (eval, the Function constructor) is traced through the source maps to
// the module it came from: none is ours, and the vendor ones are listed below, each with why it never runs.
// jsdom is here only to parse the built HTML.
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { SourceMapConsumer, type RawSourceMap } from "source-map";
import { buildAddin, type BuildResult } from "./buildAddin";

const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
const KEYWORDS = new Set(["'self'", "'none'", "'unsafe-inline'", "data:"]);
const PAGES = ["taskpane.html", "commands.html"];

/**
 * Vendor modules whose minified code still mentions eval or the Function constructor, and why it never runs:
 * - webpack's `global` runtime: `new Function("return this")` only when `globalThis` is missing (no supported host);
 * - zod's util.js probes `new Function("")` and doc.js compiles fast parsers with it, both skipped once
 *   src/core/template/templateSchema.ts sets `z.config({ jitless: true })`;
 * - docx/dist/index.mjs (the minutes' and dossier's on-demand chunk): its bundled `events` polyfill calls
 *   `Function.prototype.apply.call(…)` (a method of Function, no code made) and names Function in an error message.
 * The browser test (contentSecurityPolicy.browser.test.ts) shows no such call is refused at run time.
 */
const KNOWN_VENDOR = [
  "node_modules/docx/dist/index.mjs",
  "node_modules/zod/v4/core/doc.js",
  "node_modules/zod/v4/core/util.js",
  "webpack/runtime/global",
];

/** `eval` or `Function` used as a value (a call, `new`, or an alias), not `instanceof Function`. */
const GENERATED_CODE = /(?<![\w$.])(?<!instanceof )(eval|Function)(?![\w$])/g;

const builds: Record<"cdn" | "local", BuildResult | undefined> = { cdn: undefined, local: undefined };

beforeAll(async () => {
  [builds.cdn, builds.local] = await Promise.all([buildAddin({}), buildAddin({ OFFICE_JS: "local" })]);
  for (const kind of ["cdn", "local"] as const) {
    const built = builds[kind]!;
    if (built.code !== 0) throw new Error(`${kind} build failed:\n${built.stderr}${built.stdout}`);
  }
}, 240_000);

afterAll(() => {
  for (const built of Object.values(builds)) if (built) rmSync(built.outputPath, { recursive: true, force: true });
});

function policyOf(kind: "cdn" | "local", name: string): Map<string, string[]> {
  const html = readFileSync(join(builds[kind]!.outputPath, name), "utf8");
  const metas = Array.from(
    new DOMParser().parseFromString(html, "text/html").querySelectorAll('meta[http-equiv="Content-Security-Policy"]'),
  );
  expect(metas).toHaveLength(1);
  return new Map(
    (metas[0].getAttribute("content") ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== "")
      .map(([directive, ...sources]) => [directive, sources]),
  );
}

describe("Content-Security-Policy in the built pages", () => {
  it.each(PAGES)("%s (CDN build) names no origin but Office.js's, and only for scripts", (name) => {
    const policy = policyOf("cdn", name);
    const origins = [...policy].flatMap(([d, sources]) => sources.filter((s) => !KEYWORDS.has(s)).map((s) => [d, s]));
    expect(origins).toEqual([["script-src", OFFICE_JS_ORIGIN]]);
  });

  it.each(PAGES)("%s (OFFICE_JS=local build) names no other origin at all", (name) => {
    const policy = policyOf("local", name);
    expect([...policy.values()].flat().filter((s) => !KEYWORDS.has(s))).toEqual([]);
    expect(policy.get("script-src")).toEqual(["'self'"]);
  });

  it.each(PAGES)("%s allows no eval, no inline script, no plugins, no <base> and no wildcard", (name) => {
    for (const kind of ["cdn", "local"] as const) {
      const policy = policyOf(kind, name);
      const all = [...policy.values()].flat();
      expect(all).not.toContain("'unsafe-eval'");
      expect(all.filter((s) => s.includes("*"))).toEqual([]);
      expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
      expect(policy.get("default-src")).toEqual(["'self'"]);
      expect(policy.get("connect-src")).toEqual(["'self'"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'none'"]);
      // Ignored in a <meta> policy, and Office must be able to frame the pane.
      expect(policy.has("frame-ancestors")).toBe(false);
    }
  });

  it.each(PAGES)("%s loads Office.js from the origin its policy allows", (name) => {
    const html = readFileSync(join(builds.cdn!.outputPath, name), "utf8");
    const first = new DOMParser().parseFromString(html, "text/html").querySelector("script")?.getAttribute("src");
    expect(new URL(first ?? "").origin).toBe(OFFICE_JS_ORIGIN);
  });
});

describe("generated code in the production bundle", () => {
  it("comes from none of our modules, only from the vendor modules listed, each reviewed", async () => {
    const dist = builds.cdn!.outputPath;
    const found = new Map<string, number>();
    const scripts = readdirSync(dist).filter((f) => f.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(1);
    for (const file of scripts) {
      const code = readFileSync(join(dist, file), "utf8");
      const map = JSON.parse(readFileSync(join(dist, `${file}.map`), "utf8")) as RawSourceMap;
      const consumer = await new SourceMapConsumer(map);
      const lineStarts = [0, ...[...code.matchAll(/\n/g)].map((m) => m.index! + 1)];
      for (const match of code.matchAll(GENERATED_CODE)) {
        const line = lineStarts.findLastIndex((start) => start <= match.index!);
        const position = consumer.originalPositionFor({ line: line + 1, column: match.index! - lineStarts[line] });
        const source = (position.source ?? `${file} (no source)`).replace(/^webpack:\/\/[^/]*\/(\.\/)?/, "");
        found.set(source, (found.get(source) ?? 0) + 1);
      }
    }
    expect([...found.keys()].filter((s) => s.startsWith("src/"))).toEqual([]);
    expect([...found.keys()].sort()).toEqual(KNOWN_VENDOR);
  });
});
