// `thidua undo FILE`: puts back the cells the last writing operation changed (the snapshot kept in the file), adds
// the log's "Undo" row and saves in place; cells edited since that operation are listed as warnings. Nothing to
// undo is said as such, and the file is left as it was.

import { basename, resolve } from "node:path";
import { render } from "../../core/messages/messageTypes";
import { formatLocalTime } from "../../core/time/localTime";
import { operationName } from "../../workbook/messages/undoMessages";
import { undoLast } from "../../workbook/operations/undoLast";
import type { CommandContext } from "../commandContext";
import { cliOutputMessages as M } from "../messages/cliOutputMessages";
import { success, type Outcome } from "../outcome";
import { displayWorkbookFinding } from "../output/displayFinding";
import { findingsJson } from "../output/findingJson";
import { printFindings } from "../output/printFindings";
import type { CliRequest } from "../parseCommandLine";
import { openOwnWorkbook, saveWorkbook } from "../workbook/openOwnWorkbook";

export async function undoCommand(
  ctx: CommandContext,
  request: Extract<CliRequest, { command: "undo" }>,
): Promise<Outcome<number>> {
  const { io, lang, paint } = ctx;
  const file = request.file;
  const path = resolve(io.cwd, file);
  const opened = await openOwnWorkbook(ctx, path, file);
  if (!opened.ok) return opened;
  const host = opened.value.host;

  ctx.progress(render(M.undoing, {}));
  const result = await undoLast(host, { now: io.now().toISOString(), fileName: basename(file) });
  if (result.plan) {
    const written = await saveWorkbook(ctx, host, path, file);
    if (!written.ok) return written;
  }

  if (ctx.common.json) {
    const json = {
      undone: result.undone,
      operation: result.operation,
      restored: result.restored,
      findings: findingsJson(result.findings, lang),
    };
    io.stdout(JSON.stringify(json, null, 2) + "\n");
    return success(0);
  }
  const lines = printFindings(result.findings.map(displayWorkbookFinding), lang, paint);
  if (result.operation) {
    const done = render(M.undone, {
      file,
      operation: operationName(result.operation.operation)[lang]().toLowerCase(),
      time: formatLocalTime(result.operation.time, opened.value.meta.settings.timeZone, lang),
      cells: result.restored,
    });
    lines.push(...(lines.length > 0 ? [""] : []), paint(done[lang], "green"));
  }
  ctx.print(lines);
  return success(0);
}
