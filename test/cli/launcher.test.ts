// bin/thidua.js, the launcher: it compiles the bundle from the V8 code cache the build leaves beside it when the cache
// was made from that very bundle, from source when it was not or when V8 refuses it, and says so plainly when the
// command was never built.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, copyFileSync, readFileSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { join } from "node:path";
import { Script } from "node:vm";
import { version } from "../../package.json";
import { buildCli, PROJECT_ROOT, tempFolder } from "./cliProcess";

const BIN = join(PROJECT_ROOT, "bin");

/** A copy of the built launcher, bundle and cache in a folder of the test's own. */
function copyOfBin(files = ["thidua.js", "thidua.cjs", "thidua.cjs.codecache"]): string {
  const dir = tempFolder();
  for (const file of files) copyFileSync(join(BIN, file), join(dir, file));
  return dir;
}

function launch(dir: string, args: string[]) {
  return spawnSync(process.execPath, [join(dir, "thidua.js"), ...args], { cwd: dir, encoding: "utf8" });
}

beforeAll(() => buildCli(), 60_000);

describe("the thidua launcher", () => {
  it("leaves a code cache made from the bundle beside it, which V8 accepts", () => {
    const bundle = readFileSync(join(BIN, "thidua.cjs"));
    const cache = readFileSync(join(BIN, "thidua.cjs.codecache"));
    expect(cache.subarray(0, 20).equals(createHash("sha1").update(bundle).digest())).toBe(true);
    const script = new Script(Module.wrap(bundle.toString("utf8")), {
      filename: join(BIN, "thidua.cjs"),
      cachedData: cache.subarray(20),
    });
    expect(script.cachedDataRejected).toBe(false);
  });

  it("runs from source when the bundle changed after its cache was made", () => {
    const dir = copyOfBin();
    appendFileSync(join(dir, "thidua.cjs"), "\n// rebuilt by hand\n");
    const run = launch(dir, ["--version"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`${version}\n`);
    expect(run.status).toBe(0);
  });

  it("runs from source when V8 refuses the cache", () => {
    const dir = copyOfBin();
    const bundle = readFileSync(join(dir, "thidua.cjs"));
    const hash = createHash("sha1").update(bundle).digest();
    writeFileSync(join(dir, "thidua.cjs.codecache"), Buffer.concat([hash, Buffer.from("not V8's data")]));
    const run = launch(dir, ["--version"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`${version}\n`);
    expect(run.status).toBe(0);
  });

  it("runs without a cache", () => {
    const run = launch(copyOfBin(["thidua.js", "thidua.cjs"]), ["--version"]);
    expect(run.stdout).toBe(`${version}\n`);
    expect(run.status).toBe(0);
  });

  it("reads the Vietnamese in the bundle's own patterns as written (the bundle is UTF-8): a units.csv headed Mã đơn vị", () => {
    const dir = copyOfBin();
    writeFileSync(join(dir, "don-vi.csv"), "Mã đơn vị,Tên đơn vị,Cụm\nA1,Xã Hòa Bình,Cụm 1\nA2,Xã Đông Hòa,Cụm 1\n");
    const run = launch(dir, ["new", "--template", "cum-xa-phuong", "--units", "don-vi.csv", "--out", "cum.xlsx"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("says in both languages that the command is not built yet when the bundle is missing", () => {
    const dir = copyOfBin(["thidua.js"]);
    const vi = launch(dir, ["--version"]);
    expect(vi.status).toBe(2);
    expect(vi.stderr).toBe(
      "Lệnh thidua chưa được dựng: hãy chạy npm install (hoặc npm run build:cli) trong thư mục dự án.\n",
    );
    const en = launch(dir, ["--version", "--lang", "en"]);
    expect(en.stderr).toBe(
      "The thidua command is not built yet: run npm install (or npm run build:cli) in the project folder.\n",
    );
  });
});
