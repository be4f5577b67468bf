// Jest projects: pure code runs in Node, components in jsdom. Suites that need LibreOffice or Chromium
// are named *.lo.test.ts / *.browser.test.ts; scripts/test.mjs decides whether they run (see README).
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];
const skip = (process.env.THIDUA_SKIP_SUITES || "").split(",").filter(Boolean);
const ignoreFor = { libreoffice: "\\.lo\\.test\\.tsx?$", browser: "\\.browser\\.test\\.tsx?$" };
const testPathIgnorePatterns = ["/node_modules/", "/dist/", ...skip.map((s) => ignoreFor[s]).filter(Boolean)];
// Tests that build workbooks or run the built command take seconds on a busy 2-core machine: a generous per-test
// limit keeps a slow machine from failing them (speed is measured by npm run bench, never asserted).
const common = { transform: { "^.+\\.(t|j)sx?$": swc }, testPathIgnorePatterns, testTimeout: 30000 };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...common, displayName: "core", testEnvironment: "node", testMatch: ["<rootDir>/test/core/**/*.test.ts"] },
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/{workbook,hosts,cli,manifest,build,e2e}/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/taskpane/**/*.test.{ts,tsx}"],
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/setupJestDom.ts"],
    },
  ],
  collectCoverageFrom: ["src/**/*.{ts,tsx}", "!src/**/*.d.ts"],
  coverageThreshold: { "./src/core/": { lines: 90 } },
  coverageReporters: ["text-summary", "text"],
};
