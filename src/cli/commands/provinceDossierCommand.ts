// `thidua province-dossier TINH.xlsx --out DIR`: the award dossier (.docx submissions and lists) from a province
// workbook as it stands, the council's vote included; the workbook is only read. Exit 0 written, 2 not written.

import { resolve } from "node:path";
import { render } from "../../core/messages/messageTypes";
import type { CommandContext } from "../commandContext";
import { openWorkbook } from "../files/openWorkbook";
import { cliOutputMessages as O } from "../messages/cliOutputMessages";
import { success, type Outcome } from "../outcome";
import type { CouncilRequest } from "../province/councilCommandLine";
import { checkDossierFolder, writeDossier } from "../province/writeDossier";

export async function provinceDossierCommand(
  ctx: CommandContext,
  request: Extract<CouncilRequest, { command: "province-dossier" }>,
): Promise<Outcome<number>> {
  const { io, lang, paint } = ctx;
  const folder = await checkDossierFolder(ctx, request.out);
  if (!folder.ok) return folder;
  ctx.progress(render(O.reading, { file: request.file }));
  const host = await openWorkbook(resolve(io.cwd, request.file), request.file);
  if (!host.ok) return host;
  const written = await writeDossier(ctx, host.value, request.file, request.out);
  if (!written.ok) return written;
  const { files, notes, done } = written.value;
  ctx.print([...files, ...notes.map((n) => paint(n[lang], "yellow")), "", paint(done[lang], "green")]);
  return success(0);
}
