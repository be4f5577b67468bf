// Converts one file with headless LibreOffice (a throw-away profile that recalculates on load), for the meeting's
// print checks: a workbook or a .docx to PDF. The PDF's text comes from pdftotext.

import { spawn, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sofficeConvertArgs, sofficePath } from "../../support/libreoffice";

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** `extension`: "xlsx" or "docx", the kind of `bytes`. */
export async function convertToPdf(bytes: Uint8Array, extension: "xlsx" | "docx"): Promise<Uint8Array> {
  const soffice = sofficePath();
  if (!soffice) throw new Error("LibreOffice (soffice) was not found");
  const root = await mkdtemp(join(tmpdir(), "thidua-meeting-pdf-"));
  try {
    const profile = join(root, "profile");
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(join(profile, "user", "registrymodifications.xcu"), PROFILE);
    await writeFile(join(root, `doc.${extension}`), bytes);
    const args = sofficeConvertArgs(profile, "pdf", root, [join(root, `doc.${extension}`)]);
    await new Promise<void>((resolve, reject) => {
      const child = spawn(soffice, args, { detached: true, stdio: "ignore" });
      const timer = setTimeout(() => {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        reject(new Error("soffice did not convert to PDF in time"));
      }, 180_000);
      child.on("error", reject);
      child.on("close", () => {
        clearTimeout(timer);
        resolve();
      });
    });
    return new Uint8Array(await readFile(join(root, "doc.pdf")));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** The PDF's text (pdftotext, reading order), and its page count and first page's size in points (pdfinfo). */
export function pdfFacts(pdf: Uint8Array): { text: string; pages: number; size: [number, number] } {
  const text = spawnSync("pdftotext", ["-", "-"], { input: pdf, encoding: "utf8" });
  const info = spawnSync("pdfinfo", ["-"], { input: pdf, encoding: "utf8" });
  if (text.status !== 0 || info.status !== 0) throw new Error(`pdftotext/pdfinfo failed: ${text.stderr}${info.stderr}`);
  const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info.stdout);
  return { text: text.stdout, pages, size: [Number(size?.[1]), Number(size?.[2])] };
}
