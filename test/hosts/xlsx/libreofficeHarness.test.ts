// The LibreOffice harness fails with one clear sentence when soffice is missing, hangs or converts nothing;
// stand-in scripts play soffice here, so this suite runs without LibreOffice.

import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasLibreOffice, recalcWithLibreOffice } from "../../support/libreoffice";

describe("recalcWithLibreOffice", () => {
  const saved = process.env.SOFFICE;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "thidua-harness-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.SOFFICE;
    else process.env.SOFFICE = saved;
  });

  async function standIn(name: string, script: string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, `#!/bin/sh\n${script}\n`);
    await chmod(path, 0o755);
    return path;
  }

  it("says LibreOffice is missing, and how to install it, when soffice can't be found", async () => {
    process.env.SOFFICE = join(dir, "no-such-soffice");
    expect(hasLibreOffice()).toBe(false);
    await expect(recalcWithLibreOffice([new Uint8Array([1])])).rejects.toThrow(
      /LibreOffice \(soffice\) was not found: install it \(apt-get install -y libreoffice-calc-nogui\)/,
    );
  });

  it("stops soffice and says so when it runs past the time limit", async () => {
    process.env.SOFFICE = await standIn("slow-soffice", "sleep 30");
    expect(hasLibreOffice()).toBe(true);
    await expect(recalcWithLibreOffice([new Uint8Array([1])], 300)).rejects.toThrow(
      "LibreOffice did not finish within 0.3 s and was stopped.",
    );
  });

  it("names the file soffice left unconverted, with soffice's own output", async () => {
    process.env.SOFFICE = await standIn("failing-soffice", 'echo "Error: source file could not be loaded" >&2; exit 1');
    await expect(recalcWithLibreOffice([new Uint8Array([1])])).rejects.toThrow(
      /LibreOffice did not convert book1\.xlsx \(exit code 1\)\. Output:\nError: source file could not be loaded/,
    );
  });

  it("returns the converted files in the order given", async () => {
    // Stands in for soffice: copies each input (the arguments after --outdir DIR) into DIR unchanged; one marker
    // byte per file shows the order.
    process.env.SOFFICE = await standIn(
      "copying-soffice",
      'while [ "$1" != "--outdir" ]; do shift; done; out="$2"; shift 2; for f in "$@"; do cp "$f" "$out/"; done',
    );
    const out = await recalcWithLibreOffice([new Uint8Array([1]), new Uint8Array([2]), new Uint8Array([3])]);
    expect(out.map((b) => Array.from(b))).toEqual([[1], [2], [3]]);
  });

  it("does nothing for no files", async () => {
    process.env.SOFFICE = join(dir, "no-such-soffice");
    await expect(recalcWithLibreOffice([])).resolves.toEqual([]);
  });
});
