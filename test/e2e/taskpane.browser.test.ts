// The built task pane end to end in headless Chromium at 350 px, with the fake Excel runtime served in place of
// Office.js, as one scenario with named steps: the self-test in the blank workbook, then inject a template, enter
// scores (some bad), validate, apply a fix, rank, read the ranking list, analysis and settings through the "Thêm"
// menu, forms, the year-end meeting (list, particulars, ballots, tally typed in the pane, results, minutes downloaded
// as .docx), Tỉnh; a screenshot of each screen at 350 px (and the main ones at 500 px), no horizontal overflow, an axe
// check, and no request to any other origin.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { listTemplates } from "../../src/core/template/builtinTemplates";
import { buildAddin, projectRoot, type BuildResult } from "../build/buildAddin";
import { serveStatic, type StaticServer } from "../build/staticServer";
import { XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { readForm } from "../../src/workbook/forms/readForm";
import JSZip from "jszip";
import type { E2EHandle } from "./fakeOfficeRuntime";

const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const ARTIFACTS = join(projectRoot, "test-artifacts");
const WIDTH = 350;
/** A wider pane, as Excel opens it on a large screen: the screenshots show both. */
const WIDE = 500;
const STEP = 20_000;
/** Cụm 1's rank 1 in the scenario: a unit name that looks like a formula, which must stay text everywhere. */
const FORMULA_NAME = '=HYPERLINK("http://x")';
const CHAIR = "Nguyễn Văn An";
const ADDED_REASON = "Có thành tích đột xuất trong phòng, chống thiên tai năm 2026";

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
async function until(locator: Locator, timeout = STEP): Promise<void> {
  try {
    await locator.waitFor({ timeout });
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
  it("self-tests a blank workbook, then carries it from Start through validation, a fix, ranking, analysis, settings, forms, the year-end meeting and Tỉnh", async () => {
    await step(
      "runs Tự kiểm tra in the blank workbook, shows its report and leaves the workbook as it was",
      async () => {
        await until(page.getByRole("heading", { level: 2, name: "Đưa bảng chấm điểm vào sổ tính" }));
        const entry = page.getByRole("region", { name: "Tự kiểm tra phần bổ trợ" });
        await entry.getByRole("button", { name: "Mở Tự kiểm tra" }).click();
        await entry.getByRole("button", { name: "Chạy tự kiểm tra" }).click();
        // The whole cycle on 5 cross-scored units: well over a single step's wait on a busy machine.
        await until(entry.getByText(/^Tự kiểm tra ĐẠT/), 180_000);
        const steps = entry.getByRole("list", { name: "Kết quả từng bước" }).locator(":scope > li");
        expect(await steps.count()).toBe(14);
        const report = await entry.getByRole("textbox", { name: "Báo cáo để gửi bộ phận hỗ trợ" }).inputValue();
        expect(report.split("\n").slice(0, 2)).toEqual(["Thi đua – Tự kiểm tra", "Kết quả: ĐẠT (14 bước đạt)."]);
        expect(report).toContain("Bộ yêu cầu ExcelApi được hỗ trợ: 1.1–1.17");
        const workbook = await page.evaluate(() => {
          const { fake } = (window as unknown as Fakeful).__thiduaE2E;
          return { sheets: fake.sheetNames(), names: fake.names().length };
        });
        expect(workbook).toEqual({ sheets: ["Sheet1"], names: 0 });
        await entry.screenshot({ path: join(ARTIFACTS, "e2e-selftest-350.png") });
        expect(await axeSerious()).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
        await entry.getByRole("button", { name: "Đóng Tự kiểm tra" }).click();
      },
    );

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

    await step("lists Tự kiểm tra among the working screens, locked, saying to open a blank workbook", async () => {
      await fromMenu("Tự kiểm tra");
      await until(page.getByText(/^Sổ tính này đã có bảng chấm điểm, nên không chạy tự kiểm tra ở đây/));
      expect(await page.getByRole("button", { name: "Chạy tự kiểm tra" }).isDisabled()).toBe(true);
      await shot("selftest-working");
      expect(await axeSerious()).toEqual([]);
    });

    await step("prepares the year-end meeting's list from the ranking (Bình xét)", async () => {
      await fromMenu("Bình xét");
      await until(page.getByRole("button", { name: "Lập danh sách bình xét" }));
      await page.getByRole("button", { name: "Lập danh sách bình xét" }).click();
      await until(page.getByText("Đã lập danh sách bình xét vào sheet Bình xét và ghi Nhật ký."));
      const sheets = await page.evaluate(() => (window as unknown as Fakeful).__thiduaE2E.fake.sheetNames());
      expect(sheets).toEqual(expect.arrayContaining(["Cuộc họp", "Bình xét"]));
      // Cụm 1's flag goes to its rank 1, a unit whose name looks like a formula: shown, and written, as text.
      const flag = page.getByRole("table", { name: "Cụm 1 – Cờ thi đua: tối đa 1 đơn vị, trong phạm vi đến hạng 1" });
      await until(flag);
      expect(await flag.locator("tbody tr td").allTextContents()).toEqual(["1", FORMULA_NAME, "101", "HTXSNV"]);
      const written = await page.evaluate(() => (window as unknown as Fakeful).__thiduaE2E.fake.cell("Bình xét", "C7"));
      expect(written.value).toBe("P04");
      await shot("meeting-list");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
      expect(await axeSerious()).toEqual([]);
    });

    await step("enters Cụm 1's meeting particulars once", async () => {
      await page.getByRole("button", { name: "2. Thông tin cuộc họp" }).click();
      await page.getByRole("textbox", { name: "Ngày họp (ngày/tháng/năm)" }).fill("15/12/2026");
      await page.getByRole("textbox", { name: "Thời gian bắt đầu (giờ, phút)" }).fill("8:00");
      await page.getByRole("textbox", { name: "Địa điểm họp" }).fill("Hội trường Sở Nội vụ");
      await page.getByRole("textbox", { name: "Chủ trì (họ và tên)" }).fill(CHAIR);
      await page.getByRole("textbox", { name: "Thư ký (họ và tên)" }).fill("Lê Thị Cúc");
      await page.getByRole("button", { name: "Ghi thông tin cuộc họp" }).click();
      await until(page.getByText("Đã ghi thông tin cuộc họp của Cụm 1 vào sheet Cuộc họp và Nhật ký."));
      const cell = (address: string) =>
        page.evaluate((a) => (window as unknown as Fakeful).__thiduaE2E.fake.cell("Cuộc họp", a).value, address);
      // Cụm 1's column C: the date on row 7, the start time (as the minutes write it) on row 8, the chair on row 13.
      expect([await cell("C7"), await cell("C8"), await cell("C13")]).toEqual(["15/12/2026", "08 giờ 00", CHAIR]);
      await shot("meeting-particulars");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    });

    await step("makes the ballots and opens Cụm 1's as a new workbook", async () => {
      const before = await page.evaluate(() => (window as unknown as Fakeful).__thiduaE2E.fake.createdWorkbooks.length);
      await page.getByRole("button", { name: "3. Phiếu bầu" }).click();
      await page.getByRole("button", { name: "Lập phiếu bầu" }).click();
      await until(page.getByText("Đã lập phiếu bầu cho 2 cụm, khối.", { exact: false }));
      await page.getByRole("button", { name: "Mở phiếu bầu (Cụm 1)" }).click();
      await until(page.getByRole("list", { name: "Các sổ phiếu bầu" }).getByText("Đã mở"));
      const created = await page.evaluate(() => (window as unknown as Fakeful).__thiduaE2E.fake.createdWorkbooks);
      expect(created).toHaveLength(before + 1);
      const ballots = await XlsxHost.load(Buffer.from(created[before]!, "base64"));
      const outline = await ballots.outline();
      const [read] = await ballots.read([{ sheet: outline.sheets[0].name, range: "A1:H40" }]);
      expect(read.values.flat()).toContain("PHIẾU BẦU");
      // Closed again, so the next screenshots show the tally.
      await page.getByRole("button", { name: "3. Phiếu bầu" }).click();
      await page.getByRole("button", { name: "2. Thông tin cuộc họp" }).click();
    });

    await step("tallies the vote typed in the pane: the flag and a certificate the meeting adds pass", async () => {
      await page.getByRole("button", { name: "4. Kiểm phiếu" }).click();
      await page.getByRole("textbox", { name: "Số thành viên có mặt" }).fill("6");
      const flag = page.getByRole("group", { name: `Cờ thi đua: ${FORMULA_NAME}` });
      await flag.getByRole("textbox", { name: "Số phiếu tán thành" }).fill("6");
      await flag.getByRole("textbox", { name: "Số phiếu không tán thành" }).fill("0");
      await page.getByRole("button", { name: "Thêm đơn vị do Hội nghị bổ sung, đề cử" }).click();
      const added = page.getByRole("group", { name: "Hội nghị bổ sung, đề cử" });
      await added.getByRole("combobox", { name: "Nội dung biểu quyết" }).selectOption("bang-khen");
      await added.getByRole("combobox", { name: "Đơn vị" }).selectOption("P03");
      await added.getByRole("textbox", { name: /^Lý do bổ sung/ }).fill(ADDED_REASON);
      await added.getByRole("textbox", { name: "Số phiếu tán thành" }).fill("4");
      await added.getByRole("textbox", { name: "Số phiếu không tán thành" }).fill("2");
      const leader = page.getByRole("group", { name: "Bầu Trưởng khối năm 2027" });
      await leader.getByRole("combobox", { name: "Đơn vị" }).selectOption("P01");
      await leader.getByRole("textbox", { name: "Số phiếu tán thành" }).fill("5");
      await leader.getByRole("textbox", { name: "Số phiếu không tán thành" }).fill("1");
      await shot("meeting-tally-entry");
      await page.getByRole("combobox", { name: "Cụm, khối đang làm việc" }).selectOption("Cụm 2");
      await page.getByRole("textbox", { name: "Số thành viên có mặt" }).fill("3");
      await page.getByRole("button", { name: "Kiểm phiếu", exact: true }).click();
      await until(page.getByText("Đã ghi kết quả kiểm phiếu", { exact: false }));
      expect(
        await page.evaluate(() => (window as unknown as Fakeful).__thiduaE2E.fake.cell("Bình xét", "J7").value),
      ).toBe(6);

      await page.getByRole("combobox", { name: "Cụm, khối đang làm việc" }).selectOption("Cụm 1");
      await until(page.getByText("Có mặt 6/6 thành viên: đủ túc số (cần 4)."));
      const results = page.getByRole("table", { name: "Kết quả từng nội dung" });
      const rows = await results
        .locator("tbody tr")
        .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent)));
      expect(rows).toEqual([
        [`Cờ thi đua${FORMULA_NAME}`, "6 tán thành, 0 không (100 %)", "Đạt"],
        ["Trưởng khối năm 2027Phường Đông", "5 tán thành, 1 không (83,33 %)", "Đạt"],
        ["Bằng khen (Hội nghị bổ sung)+Phường Bắc", "4 tán thành, 2 không (66,67 %)", "Đạt"],
      ]);
      await until(page.getByText("Trưởng khối năm 2027: Phường Đông (5/6 phiếu tán thành)."));
      await shot("meeting-results");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
      expect(await axeSerious()).toEqual([]);
    });

    await step("makes the minutes and downloads Cụm 1's as a Word file", async () => {
      await page.getByRole("button", { name: "5. Biên bản" }).click();
      await page.getByRole("button", { name: "Lập biên bản" }).click();
      await until(page.getByText("Đã lập biên bản", { exact: false }));
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: STEP }),
        page.getByRole("button", { name: "Tải biên bản (.docx) – Cụm 1" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("Biên bản - Cụm 1 - 2026.docx");
      const zip = await JSZip.loadAsync(readFileSync(await download.path()));
      const text = (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
      expect(text).toContain("BIÊN BẢN");
      expect(text).toContain(CHAIR);
      expect(text).toContain("+Phường Bắc");
      await until(page.getByText("Đã tải “Biên bản - Cụm 1 - 2026.docx”", { exact: false }));
      await shot("meeting-minutes");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
      expect(await axeSerious()).toEqual([]);
    });

    await step("shows the Tỉnh screen, where the Board picks the clusters' workbooks", async () => {
      await fromMenu("Tỉnh");
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
  }, 900_000);
});
