// Reads a file the user named, turning the usual failures (missing, a folder, no permission) into one sentence.

import { readFile } from "node:fs/promises";
import { render, type Bilingual } from "../../core/messages/messageTypes";
import { cliErrorMessages as E } from "../messages/cliErrorMessages";
import { failure, success, type Outcome } from "../outcome";

/** The sentence for a failed read of `file` (as the user wrote it). */
export function readFailure(error: unknown, file: string): Bilingual {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT" || code === "ENOTDIR") return render(E.fileNotFound, { file });
  if (code === "EISDIR") return render(E.fileIsFolder, { file });
  if (code === "EACCES" || code === "EPERM") return render(E.fileNoAccess, { file });
  return render(E.fileReadFailed, { file, reason: code ?? (error instanceof Error ? error.message : String(error)) });
}

export async function readInputFile(path: string, file: string): Promise<Outcome<Uint8Array>> {
  try {
    return success(new Uint8Array(await readFile(path)));
  } catch (error) {
    return failure(readFailure(error, file));
  }
}
