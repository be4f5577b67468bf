// Ranks one workbook file: open it, refuse it if it is not ours, rank through the workbook layer, and write the
// result (to `outPath`, which may be the file itself) only when the ranking ran. Shared by `rank` and `demo`.

import { basename } from "node:path";
import { render } from "../../core/messages/messageTypes";
import type { WorkbookMeta } from "../../workbook/meta/workbookMeta";
import { rankWorkbook, type WorkbookRanking } from "../../workbook/operations/rankWorkbook";
import type { CommandContext } from "../commandContext";
import { openWorkbook } from "../files/openWorkbook";
import { writeFileAtomic } from "../files/writeFileAtomic";
import { cliOutputMessages as M } from "../messages/cliOutputMessages";
import { success, type Outcome } from "../outcome";
import { readWorkbookMeta } from "../workbook/readWorkbookMeta";

export interface RankedFile {
  meta: WorkbookMeta;
  ranking: WorkbookRanking;
  /** Sheets the ranking wrote into; empty when nothing was written. */
  sheets: string[];
}

/** `file` and `out` are the names as the user wrote them, for messages. */
export async function rankFile(
  ctx: CommandContext,
  path: string,
  file: string,
  outPath: string,
  out: string,
): Promise<Outcome<RankedFile>> {
  ctx.progress(render(M.reading, { file }));
  const host = await openWorkbook(path, file);
  if (!host.ok) return host;
  const meta = await readWorkbookMeta(host.value, file);
  if (!meta.ok) return meta;
  ctx.progress(render(M.ranking, {}));
  const ranking = await rankWorkbook(host.value, { now: ctx.io.now().toISOString(), fileName: basename(outPath) });
  if (!ranking.result || !ranking.plan) return success({ meta: meta.value, ranking, sheets: [] });

  ctx.progress(render(M.writing, { file: out }));
  const written = await writeFileAtomic(outPath, await host.value.save(), out);
  if (!written.ok) return written;
  const sheets = [...new Set(ranking.plan.sheets.map((s) => s.name))];
  return success({ meta: meta.value, ranking, sheets });
}
