// Opening and saving a Thi đua workbook file for a command, with the progress line each step shows: open the .xlsx
// and read its metadata (refusing a file that is not an Excel file, not ours, or a unit's form rather than a master),
// and write it back atomically.

import { render } from "../../core/messages/messageTypes";
import type { XlsxHost } from "../../hosts/xlsx/xlsxHost";
import type { WorkbookMeta } from "../../workbook/meta/workbookMeta";
import type { CommandContext } from "../commandContext";
import { openWorkbook } from "../files/openWorkbook";
import { writeFileAtomic } from "../files/writeFileAtomic";
import { cliOutputMessages as M } from "../messages/cliOutputMessages";
import { failure, success, type Outcome } from "../outcome";
import { formNotMaster } from "./formNotMaster";
import { readWorkbookMeta } from "./readWorkbookMeta";

export interface OwnWorkbook {
  host: XlsxHost;
  meta: WorkbookMeta;
}

/** `file` is the name as the user wrote it (for messages), `path` where it is. */
export async function openOwnWorkbook(ctx: CommandContext, path: string, file: string): Promise<Outcome<OwnWorkbook>> {
  ctx.progress(render(M.reading, { file }));
  const host = await openWorkbook(path, file);
  if (!host.ok) return host;
  const meta = await readWorkbookMeta(host.value, file);
  if (!meta.ok) return meta;
  const form = formNotMaster(meta.value, file);
  if (form) return failure(form);
  return success({ host: host.value, meta: meta.value });
}

/** Writes the workbook as it now stands to `path` (`file`, the name shown). */
export async function saveWorkbook(
  ctx: CommandContext,
  host: XlsxHost,
  path: string,
  file: string,
): Promise<Outcome<void>> {
  ctx.progress(render(M.writing, { file }));
  return writeFileAtomic(path, await host.save(), file);
}
