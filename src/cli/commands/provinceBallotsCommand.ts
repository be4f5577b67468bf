// `thidua province-ballots TINH.xlsx --out DIR [--paper A4|A5] [--copies N]`: the provincial council's ballots, one
// per member, as a workbook of their own in DIR; the province workbook is only read. Exit 0 made, 2 not made.

import { mkdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { render } from "../../core/messages/messageTypes";
import { XlsxHost } from "../../hosts/xlsx/xlsxHost";
import { makeCouncilBallots } from "../../workbook/province/provinceOutputs";
import type { CommandContext } from "../commandContext";
import { openWorkbook } from "../files/openWorkbook";
import { cliOutputMessages as O } from "../messages/cliOutputMessages";
import { councilCliMessages as M } from "../messages/councilCliMessages";
import { failure, success, type Outcome } from "../outcome";
import type { CouncilRequest } from "../province/councilCommandLine";
import { saveWorkbook } from "../workbook/openOwnWorkbook";

export async function provinceBallotsCommand(
  ctx: CommandContext,
  request: Extract<CouncilRequest, { command: "province-ballots" }>,
): Promise<Outcome<number>> {
  const { io, lang, paint } = ctx;
  const folder = resolve(io.cwd, request.out);
  const existing = await stat(folder).catch(() => null);
  if (existing && !existing.isDirectory()) return failure(render(M.outIsFile, { folder: request.out }));
  ctx.progress(render(O.reading, { file: request.file }));
  const host = await openWorkbook(resolve(io.cwd, request.file), request.file);
  if (!host.ok) return host;

  ctx.progress(render(M.makingBallots, {}));
  const made = await makeCouncilBallots(host.value, {
    ...(request.paper ? { paper: request.paper } : {}),
    ...(request.copies !== null ? { copies: request.copies } : {}),
  });
  if (!made.ok) {
    return failure({
      vi: M.notMade.vi({ file: request.file, reason: made.reason.vi }),
      en: M.notMade.en({ file: request.file, reason: made.reason.en }),
    });
  }
  await mkdir(folder, { recursive: true });
  const book = XlsxHost.create();
  await book.apply(made.value.plan);
  const shown = join(request.out, made.value.fileName);
  const saved = await saveWorkbook(ctx, book, join(folder, made.value.fileName), shown);
  if (!saved.ok) return saved;
  const done = render(M.ballotsWritten, { file: shown, copies: made.value.copies, paper: request.paper ?? "A4" });
  ctx.print([paint(done[lang], "green")]);
  return success(0);
}
