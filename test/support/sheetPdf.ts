// Prints workbooks sheet by sheet through LibreOffice, so tests can count the pages each sheet prints: a PDF export
// prints every sheet (hidden ones too), so each sheet is cut out of a recalculated file into a file of its own, its
// formulas giving way to the values LibreOffice computed, and all of them are converted in one soffice start.

import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { sofficeConvertArgs, sofficePath } from "./libreoffice";

/** The names of the sheets an .xlsx file prints (not hidden), in tab order. */
export async function printedSheetNames(file: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(file);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  return (xml.match(/<sheet\b[^>]*\/>/g) ?? [])
    .filter((tag) => !/\sstate="(hidden|veryHidden)"/.test(tag))
    .map((tag) => unescapeXml(/name="([^"]*)"/.exec(tag)![1]));
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * One sheet of a recalculated file as a workbook of its own: the other sheets dropped, the sheet's formulas replaced
 * by the values LibreOffice computed (kept in the file), and only its own print names (area, title rows) kept.
 */
export async function onlySheet(recalculatedFile: Uint8Array, keep: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(recalculatedFile);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const tags = xml.match(/<sheet\b[^>]*\/>/g) ?? [];
  const index = tags.findIndex((tag) => unescapeXml(/name="([^"]*)"/.exec(tag)![1]) === keep);
  if (index < 0) throw new Error(`no sheet ${keep}`);
  const rid = /r:id="([^"]*)"/.exec(tags[index])![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${rid}"`).exec(rels)!;
  const path = "xl/" + (target[1] ?? target[2]).replace(/^\/?xl\//, "");
  const sheetXml = await zip.file(path)!.async("string");
  zip.file(path, sheetXml.replace(/<f\b[^>]*\/>|<f\b[^>]*>[^<]*<\/f>/g, ""));
  let out = xml.replace(/<sheets>[\s\S]*<\/sheets>/, `<sheets>${tags[index].replace(/\sstate="[^"]*"/, "")}</sheets>`);
  out = out.replace(/<definedNames>([\s\S]*?)<\/definedNames>/, (_, names: string) => {
    const kept = (names.match(/<definedName\b[^>]*>[^<]*<\/definedName>/g) ?? [])
      .filter((n) => new RegExp(`localSheetId="${index}"`).test(n))
      .map((n) => n.replace(/localSheetId="\d+"/, 'localSheetId="0"'));
    return kept.length ? `<definedNames>${kept.join("")}</definedNames>` : "";
  });
  out = out.replace(/activeTab="\d+"/, 'activeTab="0"').replace(/firstSheet="\d+"/, 'firstSheet="0"');
  zip.file("xl/workbook.xml", out);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}

/** The number of pages of a PDF (its page objects). */
export function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString("latin1")
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []
  ).length;
}

/** Converts .xlsx files to PDFs in one soffice start, in the given order. */
export async function convertToPdfs(files: Uint8Array[], timeoutMs = 240_000): Promise<Uint8Array[]> {
  const soffice = sofficePath();
  if (!soffice) throw new Error("LibreOffice (soffice) was not found");
  const root = await mkdtemp(join(tmpdir(), "thidua-pdfs-"));
  try {
    const profile = join(root, "profile");
    await mkdir(join(profile, "user"), { recursive: true });
    const names = files.map((_, i) => `sheet${i + 1}`);
    await Promise.all(files.map((bytes, i) => writeFile(join(root, `${names[i]}.xlsx`), bytes)));
    const args = sofficeConvertArgs(
      profile,
      "pdf",
      join(root, "out"),
      names.map((name) => join(root, `${name}.xlsx`)),
    );
    await new Promise<void>((resolve, reject) => {
      const child = spawn(soffice, args, { detached: true, stdio: "ignore" });
      const timer = setTimeout(() => {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        reject(new Error("soffice did not convert to PDF in time"));
      }, timeoutMs);
      child.on("error", reject);
      child.on("close", () => {
        clearTimeout(timer);
        resolve();
      });
    });
    return await Promise.all(
      names.map(async (name) => new Uint8Array(await readFile(join(root, "out", `${name}.pdf`)))),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
