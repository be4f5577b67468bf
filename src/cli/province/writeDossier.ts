// The dossier of a province workbook written as .docx files into a folder (made if missing), for
// `thidua province-dossier` and `thidua province --dossier`; the .docx renderer loads only here.

import { mkdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { render, type Bilingual } from "../../core/messages/messageTypes";
import type { Host } from "../../workbook/host/hostTypes";
import { makeProvinceDossier } from "../../workbook/province/provinceOutputs";
import type { CommandContext } from "../commandContext";
import { writeFileAtomic } from "../files/writeFileAtomic";
import { councilCliMessages as M } from "../messages/councilCliMessages";
import { failure, success, type Outcome } from "../outcome";

export interface DossierWritten {
  /** The files written, as shown (the folder as the user wrote it, then the name). */
  files: string[];
  submissions: number;
  /** What the dossier left out and why (a council table with errors is not cited). */
  notes: Bilingual[];
  /** The summary line. */
  done: Bilingual;
}

/** An existing file at `folder` (not a folder) is refused before anything is read or written. */
export async function checkDossierFolder(ctx: CommandContext, folder: string): Promise<Outcome<void>> {
  const existing = await stat(resolve(ctx.io.cwd, folder)).catch(() => null);
  return existing && !existing.isDirectory() ? failure(render(M.outIsFile, { folder })) : success(undefined);
}

/** `file` names the province workbook in a refusal; `folder` is --out or --dossier as written. */
export async function writeDossier(
  ctx: CommandContext,
  host: Host,
  file: string,
  folder: string,
): Promise<Outcome<DossierWritten>> {
  ctx.progress(render(M.makingDossier, {}));
  const made = await makeProvinceDossier(host);
  if (!made.ok) {
    return failure({
      vi: M.notMade.vi({ file, reason: made.reason.vi }),
      en: M.notMade.en({ file, reason: made.reason.en }),
    });
  }
  const { renderOfficialDocument } = await import("../../hosts/docx/renderOfficialDocument");
  const target = resolve(ctx.io.cwd, folder);
  await mkdir(target, { recursive: true });
  const files: string[] = [];
  for (const doc of made.value) {
    const shown = join(folder, doc.fileName);
    const saved = await writeFileAtomic(join(target, doc.fileName), await renderOfficialDocument(doc.document), shown);
    if (!saved.ok) return saved;
    files.push(shown);
  }
  const submissions = made.value.filter((d) => d.kind === "submission").length;
  return success({
    files,
    submissions,
    notes: made.notes,
    done: render(M.dossierWritten, { folder, count: files.length, submissions }),
  });
}
