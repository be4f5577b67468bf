#!/usr/bin/env node
// Launcher of the `thidua` command: runs the bundle that `npm install` (prepare) builds from src/cli, compiled from
// the V8 code cache that the build leaves beside it, so that each run skips parsing the 5 MB bundle.
"use strict";
const { existsSync, readFileSync } = require("node:fs");
const { createHash } = require("node:crypto");
const Module = require("node:module");
const { dirname, join } = require("node:path");
const vm = require("node:vm");

const bundle = join(__dirname, "thidua.cjs");
const codeCache = join(__dirname, "thidua.cjs.codecache");

if (!existsSync(bundle)) {
  const english = process.argv.some((a, i, all) => a === "--lang=en" || (a === "--lang" && all[i + 1] === "en"));
  console.error(
    english
      ? "The thidua command is not built yet: run npm install (or npm run build:cli) in the project folder."
      : "Lệnh thidua chưa được dựng: hãy chạy npm install (hoặc npm run build:cli) trong thư mục dự án.",
  );
  process.exit(2);
}

/** The cache file: the SHA-1 of the bundle it was made from (20 bytes), then V8's data. */
function cachedDataFor(source) {
  try {
    const file = readFileSync(codeCache);
    const made = file.subarray(0, 20);
    return made.equals(createHash("sha1").update(source).digest()) ? file.subarray(20) : undefined;
  } catch {
    return undefined; // no cache (or unreadable): compile from source
  }
}

const source = readFileSync(bundle);
const script = new vm.Script(Module.wrap(source.toString("utf8")), {
  filename: bundle,
  cachedData: cachedDataFor(source),
});
// A cache V8 rejects (another Node version or flags) costs only the compile it would have saved.

if (process.env.THIDUA_WRITE_CODE_CACHE === "1") {
  // scripts/build-cli.mjs: after one representative run, keep what V8 compiled (lazily compiled functions included).
  process.on("exit", () => {
    const { writeFileSync, renameSync } = require("node:fs");
    const hash = createHash("sha1").update(source).digest();
    const temporary = `${codeCache}.${process.pid}`;
    writeFileSync(temporary, Buffer.concat([hash, script.createCachedData()]));
    renameSync(temporary, codeCache);
  });
}

const bundleModule = new Module(bundle, module);
bundleModule.filename = bundle;
bundleModule.paths = Module._nodeModulePaths(dirname(bundle));
const compiled = script.runInThisContext();
compiled.call(
  bundleModule.exports,
  bundleModule.exports,
  Module.createRequire(bundle),
  bundleModule,
  bundle,
  __dirname,
);
