// The built task pane end to end in headless Chromium at 350 px, with the fake Excel runtime served in place of
// Office.js, as one scenario with named steps: inject a template, enter scores (some bad), validate, apply a fix, rank,
// read the ranking list, analysis and settings through the "Thêm" menu, forms; a screenshot of each screen at 350 px
// and at 500 px, no horizontal overflow of the ranking list and the navigation, an axe check, and no request to any
// other origin.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { listTemplates } from "../../src/core/template/builtinTemplates";
import { buildAddin, projectRoot, type BuildResult } from "../build/buildAddin";
import { serveStatic, type StaticServer } from "../build/staticServer";
import { XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { readForm } from "../../src/workbook/forms/readForm";
import type { E2EHandle } from "./fakeOfficeRuntime";

const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const ARTIFACTS = join(projectRoot, "test-artifacts");
const WIDTH = 350;
/** A wider pane, as Excel opens it on a large screen: the screenshots show both. */
const WIDE = 500;
const STEP = 20_000;

let browser: Browser;
let built: BuildResult;
let server: StaticServer;
let page: Page;
const foreign: string[] = [];
const pageErrors: string[] = [];
const consoleLines: string[] = [];

/** The page's window, where the fake runtime put its handle. */
type Fakeful = Window & { __thiduaE2E: E2EHandle };

beforeAll(async () => {
  const [runtime, result] = await Promise.all([
    build({
      entryPoints: [join(__dirname, "fakeOfficeRuntime.ts")],
      bundle: true,
      format: "iife",
      platform: "browser",
      target: "es2020",
      write: false,
    }),
    buildAddin({}),
  ]);
  built = result;
  if (built.code !== 0) throw new Error(`build failed:\n${built.stderr}${built.stdout}`);
  server = await serveStatic(built.outputPath);
  browser = await chromium.launch({
    executablePath: CHROME,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 }, locale: "vi-VN" });
  const fakeOfficeJs = runtime.outputFiles[0].text;
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === CDN_OFFICE_JS) {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: fakeOfficeJs });
    }
    if (new URL(url).origin === server.origin) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  await page.goto(`${server.origin}/taskpane.html`);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (built) rmSync(built.outputPath, { recursive: true, force: true });
});

/** Waits for a locator; on timeout, says what the pane showed instead (the failure is then readable). */
async function until(locator: Locator): Promise<void> {
  try {
    await locator.waitFor({ timeout: STEP });
  } catch (error) {
    const shown = await page.evaluate(() => document.body.innerText);
    const log = [...pageErrors, ...consoleLines].join("\n");
    throw new Error(`${(error as Error).message.split("\n")[0]}\nThe pane showed:\n${shown}\nConsole:\n${log}`, {
      cause: error,
    });
  }
}

/** Screenshots of the pane as it is, at 350 px and at 500 px (then back to 350 px). */
async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `e2e-${name}-${WIDTH}.png`), fullPage: true });
  await page.setViewportSize({ width: WIDE, height: 800 });
  await page.screenshot({ path: join(ARTIFACTS, `e2e-${name}-${WIDE}.png`), fullPage: true });
  await page.setViewportSize({ width: WIDTH, height: 800 });
}

/**
 * The elements matched by `selector` that stick out sideways: wider inside than their box (cut off or scrolling), or
 * reaching past the pane's right edge. Each is described by its tag and text, so a failure says which.
 */
async function overflowing(selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const width = document.documentElement.clientWidth;
    return Array.from(document.querySelectorAll<HTMLElement>(sel))
      .filter((el) => el.offsetParent !== null)
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? "").slice(0, 60)}`);
  }, selector);
}

/** Opens a screen of the "Thêm" menu by keyboard: the menu button, Enter, then down to the item and Enter. */
async function fromMenu(name: string): Promise<void> {
  await page.locator('nav [aria-haspopup="menu"]').focus();
  await page.keyboard.press("Enter");
  const item = page.getByRole("menuitemradio", { name });
  await until(item);
  for (let i = 0; i < 10 && !(await item.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Enter");
  // The choice closes the menu.
  await page.getByRole("menu").waitFor({ state: "detached", timeout: STEP });
}

async function axeSerious(): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) does not block it.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    type Violation = { id: string; impact: string; nodes: { html: string }[] };
    const axe = (window as unknown as { axe: { run(context: object): Promise<{ violations: Violation[] }> } }).axe;
    // The offending elements' markup goes into the failure message, so a violation says where it is.
    // Tabster's focus sentinels (Fluent's own, aria-hidden on purpose so screen readers skip them while Tab
    // still wraps) are left out: they trip aria-hidden-focus by design, not through anything the pane renders.
    return (await axe.run({ exclude: [["[data-tabster-dummy]"]] })).violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.html.slice(0, 200)),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** One step of the scenario: a failure names the step it happened in. */
async function step(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    throw new Error(`Step "${name}" failed: ${(error as Error).message}`, { cause: error });
  }
}

// One scenario with named steps, not one test per step: each step works on the workbook the step before it left.
describe("the task pane in Excel (fake runtime), end to end at 350 px (screenshots at 500 px too)", () => {
  it("carries a blank workbook from Start through validation, a fix, ranking, analysis, settings and forms", async () => {
    await step("opens on Start in Vietnamese and injects the chosen template", async () => {
      await until(page.getByRole("heading", { level: 2, name: "Đưa bảng chấm điểm vào sổ tính" }));
      const title = listTemplates("vi").find((t) => t.id === "khoi-so-nganh")!.title;
      await page.getByRole("radio", { name: title }).check();
      await page.getByRole("textbox", { name: "Tên cụm, khối thi đua" }).fill("Khối Sở");
      await page.getByRole("textbox", { name: "Kỳ đánh giá" }).fill("2026");
      const lines = await page.evaluate(() => (window as unknown as Fakeful).__thiduaE2E.unitLines);
      await page.getByRole("textbox", { name: /Các đơn vị thành viên/ }).fill(lines);
      const create = page.getByRole("button", { name: "Tạo bảng chấm điểm" });
      expect(await create.isEnabled()).toBe(true);
      await shot("start");
      expect(await axeSerious()).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);

      await create.click();
      await until(page.getByRole("tab", { name: "Kiểm tra", selected: true }));
      const sheets = await page.evaluate(() => (window as unknown as Fakeful).__thiduaE2E.fake.sheetNames());
      expect(sheets).toEqual(expect.arrayContaining(["Sheet1", "Tự chấm", "Xếp hạng"]));
    });

    await step(
      "finds bad scores, fixes a decimal comma in one click, and validates clean once the rest is corrected",
      async () => {
        const [above, comma] = await page.evaluate(() => {
          const h = (window as unknown as Fakeful).__thiduaE2E;
          h.enterScores();
          return [h.enterBadScore(1, 99), h.enterBadScore(2, "1,5")];
        });
        await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
        await until(page.getByRole("region", { name: "Lỗi (2)" }));
        await shot("validate-findings");
        expect(await axeSerious()).toEqual([]);

        await page.getByRole("button", { name: "Sửa thành 1,5" }).click();
        await until(page.getByText("Đã sửa 1 ô và kiểm tra lại."));
        const fixed = await page.evaluate((cell) => {
          const h = (window as unknown as Fakeful).__thiduaE2E;
          return h.fake.cell(h.selfSheet(), cell).value;
        }, comma);
        // "1,5" with a decimal comma is one and a half, written as a number.
        expect(fixed).toBe(1.5);
        await until(page.getByRole("region", { name: "Lỗi (1)" }));

        await page.evaluate((cell) => {
          const h = (window as unknown as Fakeful).__thiduaE2E;
          h.fake.seed(h.selfSheet(), cell, [[0]]);
        }, above);
        await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
        await until(page.getByText("Không có lỗi hay cảnh báo nào."));
        await shot("validate-clean");
      },
    );

    await step("ranks the workbook and shows each cluster as a list that fits 350 px", async () => {
      await page.getByRole("tab", { name: "Xếp hạng" }).click();
      await page.getByRole("button", { name: "Xếp hạng", exact: true }).click();
      await until(page.getByText("Đã ghi kết quả vào trang Xếp hạng của sổ tính."));
      const lists = page.locator("#screen-rank section > ul");
      expect(await lists.count()).toBeGreaterThan(0);
      const first = lists.first().locator(":scope > li").first();
      // Rank (named for screen readers), name and score on the first line; the grade on the second.
      expect(await first.locator("span").first().textContent()).toBe("Hạng 1");
      expect(await first.textContent()).toMatch(/\d+,\d{2} điểm(HTXSNV|HTTNV|HTNV|KHTNV)/);
      await shot("rank");
      expect(await overflowing("#screen-rank ul, #screen-rank li, #screen-rank li > div")).toEqual([]);
      expect(await overflowing("nav, nav [role=tablist], nav button")).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
      expect(await axeSerious()).toEqual([]);
    });

    await step("shows the analysis and the settings screens", async () => {
      // The tabs and the "Thêm" menu share one row at 350 px; the menu works by keyboard.
      await fromMenu("Phân tích");
      // The menu's button now reads "Phân tích" too: the screen's own button is the one inside it.
      await page.locator("#screen-analysis").getByRole("button", { name: "Phân tích", exact: true }).click();
      await until(page.getByRole("img", { name: "Tự chấm và điểm cuối cùng" }).first());
      await shot("analysis");
      await fromMenu("Cài đặt");
      await until(page.getByText("Cách tính điểm xếp hạng"));
      await shot("settings");
      expect(await overflowing("nav, nav [role=tablist], nav button")).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
      expect(await axeSerious()).toEqual([]);
    });

    await step("makes the forms and opens each one as a new workbook (ExcelJS loaded on demand)", async () => {
      await page.getByRole("tab", { name: "Phiếu" }).click();
      await page.getByRole("button", { name: "Tạo phiếu" }).click();
      const list = page.getByRole("list", { name: "Các phiếu đã lập" });
      await until(list);
      const count = await list.locator(":scope > li").count();
      expect(count).toBeGreaterThan(0);
      await page.getByRole("button", { name: `Mở tất cả (${count} phiếu)` }).click();
      await until(page.getByText(`Đã mở ${count} phiếu thành sổ tính mới.`, { exact: false }));
      expect(await page.getByText(`Đã mở ${count}/${count} phiếu trên máy này.`).isVisible()).toBe(true);
      const created = await page.evaluate(() => (window as unknown as Fakeful).__thiduaE2E.fake.createdWorkbooks);
      expect(created).toHaveLength(count);
      // The first one is the first unit's self form, read back from the base64 Excel received.
      const form = await readForm(await XlsxHost.load(Buffer.from(created[0]!, "base64")));
      const firstUnit = await page.evaluate(
        () => (window as unknown as Fakeful).__thiduaE2E.unitLines.split("\n")[0].split("\t")[0],
      );
      expect(form.meta?.form).toMatchObject({ kind: "self", unit: firstUnit });
      await shot("forms");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
      expect(await axeSerious()).toEqual([]);
    });

    await step("asked nothing of any other origin and raised no uncaught error", async () => {
      expect(foreign).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }, 400_000);
});
