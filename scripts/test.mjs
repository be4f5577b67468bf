// `npm test`: runs jest (extra arguments pass through, e.g. `npm test -- --coverage`). Suites needing LibreOffice
// (*.lo.test.ts) or Chromium (*.browser.test.ts) are skipped, loudly, when those are missing; with CI=true
// nothing may be skipped, so a missing tool fails the run instead.
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { projectRoot } from "./projectRoot.mjs";

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const onPath = (command) =>
  (process.env.PATH || "").split(delimiter).some((dir) => dir && executable(join(dir, command)));

const chromePath = [process.env.CHROME_PATH, "/usr/bin/chromium"].find((p) => p && executable(p));
const missing = [];
if (!onPath("soffice")) {
  missing.push({
    suite: "libreoffice",
    what: "LibreOffice (soffice)",
    files: "*.lo.test.ts",
    install: "apt-get install -y libreoffice-calc-nogui",
  });
}
if (!chromePath) {
  missing.push({
    suite: "browser",
    what: "Chromium (/usr/bin/chromium or $CHROME_PATH)",
    files: "*.browser.test.ts",
    install: "apt-get install -y chromium (or set CHROME_PATH to a Chrome or Chromium binary)",
  });
}

const ci = (process.env.CI || "").toLowerCase() === "true" || process.env.CI === "1";
if (missing.length > 0) {
  for (const m of missing) {
    const line = `${m.what} not found: ${ci ? "cannot run" : "skipping"} the ${m.suite} suites (${m.files}); to run them: ${m.install}.`;
    console.error(line);
  }
  if (ci) {
    console.error("CI=true: every suite must run, so this test run fails. Install the tools above and run it again.");
    process.exit(1);
  }
}

const env = {
  ...process.env,
  THIDUA_SKIP_SUITES: missing.map((m) => m.suite).join(","),
  ...(chromePath ? { CHROME_PATH: chromePath } : {}),
};
const jest = join(projectRoot, "node_modules", "jest", "bin", "jest.js");
// Jest's JSON report gives the plain closing line ("tests: N passed, N failed") that CI systems read.
const reportDir = mkdtempSync(join(tmpdir(), "thidua-jest-"));
const report = join(reportDir, "report.json");
const result = spawnSync(process.execPath, [jest, ...process.argv.slice(2), "--json", `--outputFile=${report}`], {
  cwd: projectRoot,
  env,
  stdio: "inherit",
});
if (result.error) {
  console.error(`Could not run jest: ${result.error.message}`);
  process.exit(1);
}
try {
  const r = JSON.parse(readFileSync(report, "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`);
} catch {
  // No report: jest failed before running anything; its own output says why.
} finally {
  rmSync(reportDir, { recursive: true, force: true });
}
if (missing.length > 0) console.error(`Reminder: skipped ${missing.map((m) => m.files).join(" and ")} (see above).`);
process.exit(result.status ?? 1);
