// The built task pane in headless Chromium at a 350 px task pane width: as a plain web page (outside Office), and
// with a stand-in Office global for the home screen.
// It builds what it needs itself (production builds into temporary folders, the CDN default and OFFICE_JS=local),
// so it never depends on a stale dist/; each build takes about ten seconds and they run side by side.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { buildAddin, projectRoot, type BuildResult } from "./buildAddin";
import { serveStatic, type StaticServer } from "./staticServer";

const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const ARTIFACTS = join(projectRoot, "test-artifacts");
const WIDTH = 350;

let browser: Browser;
const builds: Record<"cdn" | "local", BuildResult | undefined> = { cdn: undefined, local: undefined };
const servers: Record<"cdn" | "local", StaticServer | undefined> = { cdn: undefined, local: undefined };
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [builds.cdn, builds.local] = await Promise.all([buildAddin({}), buildAddin({ OFFICE_JS: "local" })]);
  for (const kind of ["cdn", "local"] as const) {
    const build = builds[kind] as BuildResult;
    if (build.code !== 0) throw new Error(`${kind} build failed:\n${build.stderr}${build.stdout}`);
    servers[kind] = await serveStatic(build.outputPath);
  }
  browser = await chromium.launch({
    executablePath: CHROME,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  for (const kind of ["cdn", "local"] as const) {
    await servers[kind]?.close();
    if (builds[kind]) rmSync((builds[kind] as BuildResult).outputPath, { recursive: true, force: true });
  }
});

interface OpenedPane {
  page: Page;
  /** Every request to another origin; each was aborted, as on a network without internet access. */
  foreign: string[];
  consoleErrors: string[];
}

/** `fakeExcel` installs a stand-in Office global before the page's scripts run (the CDN stays unreachable). */
async function openTaskpane(server: StaticServer, locale: string, fakeExcel = false): Promise<OpenedPane> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 700 }, locale });
  contexts.push(context);
  if (fakeExcel) {
    await context.addInitScript(() => {
      (window as unknown as { Office: unknown }).Office = {
        onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
        context: { displayLanguage: "vi-VN" },
      };
    });
  }
  const foreign: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === server.origin) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(`uncaught: ${error.message}`));
  await page.goto(`${server.origin}/taskpane.html`);
  return { page, foreign, consoleErrors };
}

describe("task pane opened in a browser, outside Office", () => {
  it("shows the outside-Office card, legible at 350 px, when the Office.js CDN cannot be reached", async () => {
    const { page, foreign, consoleErrors } = await openTaskpane(servers.cdn as StaticServer, "vi-VN");
    const heading = page.getByRole("heading", { level: 1, name: "Thi đua chạy trong Excel" });
    await heading.waitFor({ state: "visible", timeout: 10_000 });
    await page.getByRole("heading", { level: 2, name: "Cách mở trong Excel" }).waitFor({ state: "visible" });
    await page.screenshot({ path: join(ARTIFACTS, "outside-office-vi-350.png"), fullPage: true });

    // Nothing is cut off or needs sideways scrolling in a 350 px pane.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    // Only Office.js was asked of another origin; the one console error is its failed load (no CSP refusals).
    expect(foreign).toEqual([CDN_OFFICE_JS]);
    expect(consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    expect(consoleErrors.length).toBeLessThanOrEqual(1);
  });

  it("speaks English in an English browser", async () => {
    const { page } = await openTaskpane(servers.cdn as StaticServer, "en-US");
    await page.getByRole("heading", { level: 1, name: "Thi đua runs inside Excel" }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(ARTIFACTS, "outside-office-en-350.png"), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  });

  it("has no serious or critical accessibility problems (axe-core)", async () => {
    const { page } = await openTaskpane(servers.cdn as StaticServer, "vi-VN");
    await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 10_000 });
    const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
    // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) does not block it.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } })
        .axe;
      const result = await axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  it("with OFFICE_JS=local, loads Office.js from its own origin and asks nothing of any other", async () => {
    const server = servers.local as StaticServer;
    const { page, foreign, consoleErrors } = await openTaskpane(server, "vi-VN");
    await page.getByRole("heading", { level: 1, name: "Thi đua chạy trong Excel" }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(ARTIFACTS, "outside-office-local-officejs-350.png"), fullPage: true });
    expect(foreign).toEqual([]);
    const officeJs = server.requests.filter((r) => r.path.startsWith("/office-js/"));
    expect(officeJs.map((r) => r.path)).toContain("/office-js/office.js");
    // Whatever the loader fetched of its own files was copied: nothing it asked for is missing.
    expect(officeJs.filter((r) => r.status !== 200)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe("task pane inside Excel (a faked Office global)", () => {
  it("shows the home screen, legible at 350 px", async () => {
    const { page } = await openTaskpane(servers.cdn as StaticServer, "en-US", true);
    await page.getByRole("heading", { level: 2, name: "Thi đua giúp bạn" }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(ARTIFACTS, "home-vi-350.png"), fullPage: true });
    expect(await page.getByRole("listitem").count()).toBe(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  });
});
