// The built task pane end to end in headless Chromium at 350 px, with the fake Excel runtime served in place of
// Office.js, as one scenario with named steps: inject a template, enter scores (some bad), validate, apply a fix, rank,
// read the result table, analysis, settings, forms; a screenshot of each screen, an axe check, and no request to any
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

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `e2e-${name}-350.png`), fullPage: true });

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
describe("the task pane in Excel (fake runtime), end to end at 350 px", () => {
  it("carries a blank workbook from Start through validation, a fix, ranking, analysis, settings, forms and Tỉnh", async () => {
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

    await step("ranks the workbook and shows each cluster's table", async () => {
      await page.getByRole("tab", { name: "Xếp hạng" }).click();
      await page.getByRole("button", { name: "Xếp hạng", exact: true }).click();
      await until(page.getByText("Đã ghi kết quả vào trang Xếp hạng của sổ tính."));
      const tables = page.getByRole("table");
      expect(await tables.count()).toBeGreaterThan(0);
      const header = await tables.first().getByRole("columnheader").allTextContents();
      expect(header).toEqual(["Hạng", "Đơn vị", "Điểm", "Xếp loại", "Đề xuất", "Ghi chú"]);
      const firstRanks = await tables.first().locator("tbody tr td:first-child").allTextContents();
      expect(firstRanks[0]).toBe("1");
      await shot("rank");
      expect(await axeSerious()).toEqual([]);
    });

    await step("shows the analysis and the settings screens", async () => {
      await page.getByRole("tab", { name: "Phân tích" }).click();
      await page.getByRole("button", { name: "Phân tích", exact: true }).click();
      await until(page.getByRole("img", { name: "Tự chấm và điểm cuối cùng" }).first());
      await shot("analysis");
      await page.getByRole("tab", { name: "Cài đặt" }).click();
      await until(page.getByText("Cách tính điểm cuối cùng"));
      await shot("settings");
      expect(await axeSerious()).toEqual([]);
    });

    await step("makes the forms and opens each one as a new workbook (ExcelJS loaded on demand)", async () => {
      await page.getByRole("tab", { name: "Phiếu" }).click();
      await page.getByRole("button", { name: "Tạo phiếu" }).click();
      const list = page.getByRole("list", { name: "Các phiếu đã lập" });
      await until(list);
      const count = await list.locator(":scope > li").count();
      expect(count).toBeGreaterThan(0);
      await page.getByRole("button", { name: "Mở tất cả" }).click();
      await until(page.getByText(`Đã mở ${count} phiếu thành sổ tính mới.`, { exact: false }));
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

    await step("shows the Tỉnh screen, where the Board picks the clusters' workbooks", async () => {
      await page.getByRole("tab", { name: "Tỉnh" }).click();
      await until(page.getByRole("heading", { level: 2, name: "Tổng hợp của Tỉnh" }));
      expect(await page.getByRole("button", { name: "Chọn bảng của các cụm, khối" }).isEnabled()).toBe(true);
      await shot("province");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
      expect(await axeSerious()).toEqual([]);
    });

    await step("asked nothing of any other origin and raised no uncaught error", async () => {
      expect(foreign).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }, 400_000);
});
