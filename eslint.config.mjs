// Lint rules, including the architecture: dependencies point inward (taskpane, cli -> hosts -> workbook -> core).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const layer = (from, forbidden) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: forbidden.map((f) => ({
          group: [f],
          message: `src/${from} must not depend on this (see design.md).`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ["node_modules", "dist", "coverage", "bin/thidua.cjs", "test-artifacts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-new-func": "error",
    },
  },
  { files: ["**/*.tsx"], plugins: { "react-hooks": reactHooks }, rules: reactHooks.configs.recommended.rules },
  {
    // Security (SECURITY.md): what we ship runs no generated code and builds no HTML from strings; text from a
    // workbook reaches the page only as React text. Tests may still reset the DOM through innerHTML.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-implied-eval": "error",
      "no-script-url": "error",
      "no-restricted-properties": [
        "error",
        ...["innerHTML", "outerHTML", "insertAdjacentHTML", "srcdoc", "createContextualFragment"].map((property) => ({
          property,
          message: "No HTML from strings: render text through React (SECURITY.md).",
        })),
        ...["write", "writeln"].map((property) => ({
          object: "document",
          property,
          message: "No document.write: render through React (SECURITY.md).",
        })),
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "No HTML from strings: render text through React (SECURITY.md).",
        },
      ],
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  layer("core", [
    "**/workbook/**",
    "**/hosts/**",
    "**/taskpane/**",
    "**/cli/**",
    "**/commands/**",
    "node:*",
    "fs",
    "path",
    "react",
    "exceljs",
  ]),
  layer("workbook", ["**/hosts/**", "**/taskpane/**", "**/cli/**", "**/commands/**", "node:*", "react", "exceljs"]),
  // The two hosts never import each other: what both need lives in workbook/, so "same plan, same workbook" holds by
  // construction rather than by one host borrowing the other's reading of the plan.
  layer("hosts/office", ["**/taskpane/**", "**/cli/**", "**/commands/**", "react", "**/hosts/xlsx/**", "../xlsx/*"]),
  layer("hosts/xlsx", ["**/taskpane/**", "**/cli/**", "**/commands/**", "react", "**/hosts/office/**", "../office/*"]),
  // The .docx renderer also runs in the task pane, loaded on demand: no Node API, no ExcelJS, no other host.
  layer("hosts/docx", [
    "**/taskpane/**",
    "**/cli/**",
    "**/commands/**",
    "react",
    "node:*",
    "fs",
    "path",
    "exceljs",
    "**/hosts/office/**",
    "**/hosts/xlsx/**",
  ]),
  layer("taskpane", ["**/cli/**", "node:*"]),
  {
    files: ["src/core/**/*.ts", "src/workbook/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["window", "document", "Office", "Excel", "process", "Buffer", "require", "navigator", "fetch"].map(
          (name) => ({
            name,
            message: "core and workbook are pure: no host, DOM or Node globals.",
          }),
        ),
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: "core is deterministic.",
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "core is deterministic: pass the time in.",
        },
      ],
    },
  },
);
