// Ranks one workbook file: open it, refuse it if it is not ours, rank through the workbook layer, and write the
// result (to `outPath`, which may be the file itself) only when the ranking ran. Shared by `rank` and `demo`.

import { basename } from "node:path";
import { render } from "../../core/messages/messageTypes";
import type { WorkbookMeta } from "../../workbook/meta/workbookMeta";
import { rankWorkbook, type WorkbookRanking } from "../../workbook/operations/rankWorkbook";
import type { CommandContext } from "../commandContext";
import { cliOutputMessages as M } from "../messages/cliOutputMessages";
import { success, type Outcome } from "../outcome";
import { openOwnWorkbook, saveWorkbook } from "../workbook/openOwnWorkbook";

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
  const opened = await openOwnWorkbook(ctx, path, file);
  if (!opened.ok) return opened;
  const { host, meta } = opened.value;
  ctx.progress(render(M.ranking, {}));
  const ranking = await rankWorkbook(host, { now: ctx.io.now().toISOString(), fileName: basename(outPath) });
  if (!ranking.result || !ranking.plan) return success({ meta, ranking, sheets: [] });

  const written = await saveWorkbook(ctx, host, outPath, out);
  if (!written.ok) return written;
  const sheets = [...new Set(ranking.plan.sheets.map((s) => s.name))];
  return success({ meta, ranking, sheets });
}
