// Checks a workbook path to write before any work: an .xlsx name, a folder that exists, and (unless replacing is
// allowed) no file of that name yet.

import { stat } from "node:fs/promises";
import { dirname } from "node:path";
import { render } from "../../core/messages/messageTypes";
import { cliErrorMessages as E } from "../messages/cliErrorMessages";
import { failure, success, type Outcome } from "../outcome";

export async function checkOutputPath(path: string, file: string, replace: boolean): Promise<Outcome<void>> {
  if (!/\.xlsx$/i.test(path)) return failure(render(E.outNotXlsx, { file }));
  const folder = await stat(dirname(path)).catch(() => null);
  if (!folder?.isDirectory()) return failure(render(E.folderMissing, { folder: dirname(file) }));
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) return failure(render(E.fileIsFolder, { file }));
  if (existing && !replace) return failure(render(E.outExists, { file }));
  return success(undefined);
}

/** A folder to write files into (`--out DIR`): refused when a file has that name; whether it exists yet. */
export async function checkOutputFolder(path: string, folder: string, command: string): Promise<Outcome<boolean>> {
  const existing = await stat(path).catch(() => null);
  if (existing && !existing.isDirectory()) return failure(render(E.outIsFile, { folder, command }));
  return success(existing !== null);
}
