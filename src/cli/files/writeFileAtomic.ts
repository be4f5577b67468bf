// Writes a file so that a crash or a full disk never leaves half of it: the bytes go to a temporary file in the
// same folder (same file system, so the rename is atomic), which then replaces the target.

import { randomBytes } from "node:crypto";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { render } from "../../core/messages/messageTypes";
import { cliErrorMessages as E } from "../messages/cliErrorMessages";
import { failure, success, type Outcome } from "../outcome";

/** `file` is the name as the user wrote it, for the message. */
export async function writeFileAtomic(path: string, bytes: Uint8Array, file: string): Promise<Outcome<void>> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(temporary, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
    return success(undefined);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") return failure(render(E.folderMissing, { folder: dirname(file) }));
    const reason = code ?? (error instanceof Error ? error.message : String(error));
    return failure(render(E.writeFailed, { file, reason }));
  }
}
