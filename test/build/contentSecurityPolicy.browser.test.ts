// The production pages' Content-Security-Policy in headless Chromium: the built task pane, with the fake Excel
// runtime served where Office.js is loaded from (the CDN, or office-js/ next to the page for OFFICE_JS=local), goes
// through the Start, Check, Rank and Analysis screens with no `securitypolicyviolation` event and no request to any
// other origin. A copy of the page without 'unsafe-inline' for styles shows why the policy allows it (Griffel).
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { listTemplates } from "../../src/core/template/builtinTemplates";
import { buildAddin, type BuildResult } from "./buildAddin";
import { serveStatic, type StaticServer } from "./staticServer";

const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const STEP = 20_000;

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  /** Script file, line and column that caused it. */
  source: string;
}

interface OpenedPane {
  page: Page;
  violations: () => Promise<Violation[]>;
  /** Requests to any origin but the page's (each aborted), Office.js's CDN answered with the fake runtime. */
  foreign: string[];
  /** Console lines that mention the policy (Chromium reports refusals there too). */
  cspConsole: string[];
  pageErrors: string[];
}

type Kind = "cdn" | "local";
let browser: Browser;
let fakeOfficeJs: string;
const builds: Partial<Record<Kind, BuildResult>> = {};
const servers: Partial<Record<Kind, StaticServer>> = {};
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const [runtime, cdn, local] = await Promise.all([
    build({
      entryPoints: [join(__dirname, "..", "e2e", "fakeOfficeRuntime.ts")],
      bundle: true,
      format: "iife",
      platform: "browser",
      target: "es2020",
      write: false,
    }),
    buildAddin({}),
    buildAddin({ OFFICE_JS: "local" }),
  ]);
  fakeOfficeJs = runtime.outputFiles[0].text;
  builds.cdn = cdn;
  builds.local = local;
  for (const kind of ["cdn", "local"] as const) {
    const built = builds[kind]!;
    if (built.code !== 0) throw new Error(`${kind} build failed:\n${built.stderr}${built.stdout}`);
    servers[kind] = await serveStatic(built.outputPath);
  }
  // The same page with styles limited to files of its own origin (no inline <style> elements).
  const page = readFileSync(join(cdn.outputPath, "taskpane.html"), "utf8");
  const strict = page.replace("style-src 'self' 'unsafe-inline'", "style-src 'self'");
  expect(strict).not.toBe(page);
  writeFileSync(join(cdn.outputPath, "taskpane-strict-style.html"), strict);
  browser = await chromium.launch({
    executablePath: CHROME,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
  });
}, 240_000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  for (const kind of ["cdn", "local"] as const) {
    await servers[kind]?.close();
    if (builds[kind]) rmSync(builds[kind]!.outputPath, { recursive: true, force: true });
  }
});

/** Opens a built page with the fake runtime in Office.js's place and a listener for policy violations. */
async function openPane(kind: Kind, file = "taskpane.html"): Promise<OpenedPane> {
  const server = servers[kind]!;
  const context = await browser.newContext({ viewport: { width: 350, height: 800 }, locale: "vi-VN" });
  contexts.push(context);
  // Runs before the page's own scripts, through the DevTools protocol (not subject to the page's policy).
  await context.addInitScript(() => {
    const seen: { directive: string; blocked: string; sample: string; source: string }[] = [];
    (window as unknown as { __csp: typeof seen }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      }),
    );
  });
  const localOfficeJs = `${server.origin}/office-js/office.js`;
  const foreign: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === (kind === "cdn" ? CDN_OFFICE_JS : localOfficeJs))
      return route.fulfill({ status: 200, contentType: "text/javascript", body: fakeOfficeJs });
    if (new URL(url).origin === server.origin) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const cspConsole: string[] = [];
  const pageErrors: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspConsole.push(m.text());
  });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${server.origin}/${file}`);
  const violations = () => page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp.slice());
  return { page, violations, foreign, cspConsole, pageErrors };
}

async function until(page: Page, locator: Locator): Promise<void> {
  try {
    await locator.waitFor({ timeout: STEP });
  } catch (error) {
    const shown = await page.evaluate(() => document.body.innerText);
    throw new Error(`${(error as Error).message.split("\n")[0]}\nThe pane showed:\n${shown}`, { cause: error });
  }
}

/** The policy in the page's <meta>, as a map of directive to its sources. */
async function metaPolicy(page: Page): Promise<Map<string, string[]>> {
  const content = await page.evaluate(
    () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
  );
  return new Map(
    content
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== "")
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** Start: inject the e2e scenario's template; the pane moves on to Check. */
async function inject(page: Page): Promise<void> {
  await until(page, page.getByRole("heading", { level: 2, name: "Đưa bảng chấm điểm vào sổ tính" }));
  const title = listTemplates("vi").find((t) => t.id === "khoi-so-nganh")!.title;
  await page.getByRole("radio", { name: title }).check();
  await page.getByRole("textbox", { name: "Tên cụm, khối thi đua" }).fill("Khối Sở");
  await page.getByRole("textbox", { name: "Kỳ đánh giá" }).fill("2026");
  const lines = await page.evaluate(
    () => (window as unknown as { __thiduaE2E: { unitLines: string } }).__thiduaE2E.unitLines,
  );
  await page.getByRole("textbox", { name: /Các đơn vị thành viên/ }).fill(lines);
  await page.getByRole("button", { name: "Tạo bảng chấm điểm" }).click();
  await until(page, page.getByRole("tab", { name: "Kiểm tra", selected: true }));
}

describe("Content-Security-Policy of the production task pane", () => {
  it("carries the expected directives, with Office.js's CDN the only other origin", async () => {
    const { page } = await openPane("cdn");
    const policy = await metaPolicy(page);
    expect(Object.fromEntries(policy)).toEqual({
      "default-src": ["'self'"],
      "script-src": ["'self'", "https://appsforoffice.microsoft.com"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:"],
      "font-src": ["'self'", "data:"],
      "connect-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'none'"],
      "form-action": ["'none'"],
    });
  });

  it("goes through Start, Check, Rank, Analysis and Forms with no violation and no other origin asked", async () => {
    const { page, violations, foreign, cspConsole, pageErrors } = await openPane("cdn");
    await inject(page);
    await page.evaluate(() =>
      (window as unknown as { __thiduaE2E: { enterScores(): void } }).__thiduaE2E.enterScores(),
    );
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await until(page, page.getByText("Không có lỗi hay cảnh báo nào."));
    await page.getByRole("tab", { name: "Xếp hạng" }).click();
    await page.getByRole("button", { name: "Xếp hạng", exact: true }).click();
    await until(page, page.getByText("Đã ghi kết quả vào trang Xếp hạng của sổ tính."));
    // Analysis sits in the "Thêm" menu beside the three main tabs.
    await page.getByRole("button", { name: "Thêm" }).click();
    await page.getByRole("menuitemradio", { name: "Phân tích" }).click();
    // The menu's button now reads "Phân tích" too: the screen's own button is the one inside it.
    await page.locator("#screen-analysis").getByRole("button", { name: "Phân tích", exact: true }).click();
    await until(page, page.getByRole("img", { name: "Tự chấm và điểm cuối cùng" }).first());
    // Forms: loads the ExcelJS chunk on demand and writes a form file with it.
    await page.getByRole("tab", { name: "Phiếu" }).click();
    await page.getByRole("button", { name: "Tạo phiếu" }).click();
    await page
      .getByRole("button", { name: /^Mở phiếu/ })
      .first()
      .click();
    await until(page, page.getByText("Đã mở").first());

    expect(await violations()).toEqual([]);
    expect(cspConsole).toEqual([]);
    expect(pageErrors).toEqual([]);
    // Office.js (answered by the fake) is the only request that left the page's origin, and it was not counted here.
    expect(foreign).toEqual([]);
  }, 120_000);

  it("with OFFICE_JS=local, allows scripts of its own origin only and still runs without a violation", async () => {
    const { page, violations, foreign, cspConsole } = await openPane("local");
    const policy = await metaPolicy(page);
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect([...policy.values()].flat().filter((s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s))).toEqual([]);
    await inject(page);
    expect(await violations()).toEqual([]);
    expect(cspConsole).toEqual([]);
    expect(foreign).toEqual([]);
  }, 120_000);

  it("needs 'unsafe-inline' for styles: without it Fluent's inserted <style> elements are refused", async () => {
    const { page, violations } = await openPane("cdn", "taskpane-strict-style.html");
    await until(page, page.getByRole("heading", { level: 2, name: "Đưa bảng chấm điểm vào sổ tính" }));
    const refused = await violations();
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused.map((v) => `${v.directive} ${v.blocked}`))).toEqual(new Set(["style-src-elem inline"]));
  }, 60_000);
});
