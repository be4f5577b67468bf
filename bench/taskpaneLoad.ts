// Task pane budgets (design.md: initial JavaScript ≤ 250 KB gzipped, first paint in headless Chromium < 1 s):
// a production build with Office.js self-hosted, its own initial scripts gzipped, and the first paint of
// taskpane.html at 350 px (median of five cold loads, each in a fresh browser context).

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serveStatic } from "../test/build/staticServer";

export interface TaskpaneLoad {
  initialScriptsGzipBytes: number;
  firstPaintMs: number;
  firstContentfulPaintMs: number;
}

const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export async function taskpaneLoad(root = process.cwd()): Promise<TaskpaneLoad> {
  const out = mkdtempSync(join(tmpdir(), "thidua-bench-dist-"));
  try {
    const cli = join(root, "node_modules", "webpack-cli", "bin", "cli.js");
    const env: NodeJS.ProcessEnv = { ...process.env, OFFICE_JS: "local" };
    delete env.ADDIN_URL;
    const build = spawnSync(
      process.execPath,
      [cli, "--mode", "production", "--env", `outputPath=${out}`, "--no-stats"],
      {
        cwd: root,
        env,
        encoding: "utf8",
      },
    );
    if (build.status !== 0) throw new Error(`production build failed: ${build.stderr}`);
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    // The minified HTML leaves attribute quotes out: src=taskpane.js as well as src="taskpane.js".
    const scripts = [...html.matchAll(/<script[^>]*\bsrc=(?:"([^"]+)"|([^\s>]+))/g)]
      .map((m) => m[1] ?? m[2])
      .filter((s) => !s.startsWith("office-js/"));
    const initialScriptsGzipBytes = scripts.reduce(
      (sum, src) => sum + gzipSync(readFileSync(join(out, src)), { level: 9 }).length,
      0,
    );

    const server = await serveStatic(out);
    const browser = await chromium.launch({
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
    const paints: { fp: number; fcp: number }[] = [];
    try {
      for (let i = 0; i < 5; i++) {
        const context = await browser.newContext({ viewport: { width: 350, height: 700 } });
        const page = await context.newPage();
        await page.route(
          (url) => !url.href.startsWith(server.origin),
          (route) => route.abort(),
        );
        await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "load" });
        await page.waitForFunction(() => performance.getEntriesByType("paint").length >= 2, undefined, {
          timeout: 10_000,
        });
        const entries = await page.evaluate(() =>
          performance.getEntriesByType("paint").map((e) => ({ name: e.name, start: e.startTime })),
        );
        paints.push({
          fp: entries.find((e) => e.name === "first-paint")?.start ?? NaN,
          fcp: entries.find((e) => e.name === "first-contentful-paint")?.start ?? NaN,
        });
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return {
      initialScriptsGzipBytes,
      firstPaintMs: median(paints.map((p) => p.fp)),
      firstContentfulPaintMs: median(paints.map((p) => p.fcp)),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
