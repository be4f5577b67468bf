// `thidua forms FILE --out DIR`: makes the forms of a master workbook (one self form per unit, and a peer form per
// unit in cross mode), writes each into DIR under a name a secretary can tell apart, then writes the master back
// with the new form ids and its log row. Exit 0 when the forms were made, 2 when the master is unusable.

import { mkdir } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { render } from "../../core/messages/messageTypes";
import { XlsxHost } from "../../hosts/xlsx/xlsxHost";
import { makeForms } from "../../workbook/operations/makeForms";
import type { CommandContext } from "../commandContext";
import { cliOutputMessages as M } from "../messages/cliOutputMessages";
import { success, type Outcome } from "../outcome";
import { displayWorkbookFinding } from "../output/displayFinding";
import { printFindings } from "../output/printFindings";
import type { CliRequest } from "../parseCommandLine";
import { openOwnWorkbook, saveWorkbook } from "../workbook/openOwnWorkbook";
import { checkOutputFolder } from "../files/checkOutputPath";

export async function formsCommand(
  ctx: CommandContext,
  request: Extract<CliRequest, { command: "forms" }>,
): Promise<Outcome<number>> {
  const { io, lang, paint } = ctx;
  const file = request.file;
  const path = resolve(io.cwd, file);
  const folder = resolve(io.cwd, request.out);
  const out = await checkOutputFolder(folder, request.out, "forms");
  if (!out.ok) return out;

  const opened = await openOwnWorkbook(ctx, path, file);
  if (!opened.ok) return opened;
  const host = opened.value.host;

  ctx.progress(render(M.makingForms, {}));
  const made = await makeForms(host, {
    now: io.now().toISOString(),
    fileName: basename(path),
    newIds: request.newIds,
  });
  if (!made.plan) {
    const lines = printFindings(made.findings.map(displayWorkbookFinding), lang, paint);
    ctx.print([...lines, ...(lines.length > 0 ? [""] : []), paint(render(M.formsNotMade, { file })[lang], "red")]);
    return success(2);
  }

  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const form of made.forms) {
    const formHost = XlsxHost.create();
    await formHost.apply(form.plan);
    const shown = join(request.out, form.fileName);
    const saved = await saveWorkbook(ctx, formHost, join(folder, form.fileName), shown);
    if (!saved.ok) return saved;
    written.push(shown);
  }
  const master = await saveWorkbook(ctx, host, path, file);
  if (!master.ok) return master;
  ctx.print([
    ...written,
    "",
    paint(render(M.formsWritten, { count: written.length, folder: request.out, file })[lang], "green"),
  ]);
  return success(0);
}
