// `thidua minutes FILE --out bien-ban.docx [--cluster C]`: the minutes of each cluster's meeting as .docx files
// (Decree 30 layout) and their printable sheets in the workbook. With several clusters and no --cluster, one file
// per cluster: "<name> - <cluster>.docx". Exit 0 made, 1 not tallied or the tally is stale.

import { stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { render } from "../../core/messages/messageTypes";
import { safeFileNamePart } from "../../workbook/forms/formFileName";
import { makeMinutes } from "../../workbook/operations/makeMinutes";
import type { CommandContext } from "../commandContext";
import { writeFileAtomic } from "../files/writeFileAtomic";
import type { MeetingRequest } from "../meeting/meetingCommandLine";
import { cliErrorMessages as E } from "../messages/cliErrorMessages";
import { meetingCliMessages as M } from "../messages/meetingCliMessages";
import { failure, success, type Outcome } from "../outcome";
import { displayWorkbookFinding } from "../output/displayFinding";
import { printFindings } from "../output/printFindings";
import { openOwnWorkbook, saveWorkbook } from "../workbook/openOwnWorkbook";

export async function minutesCommand(
  ctx: CommandContext,
  request: Extract<MeetingRequest, { command: "minutes" }>,
): Promise<Outcome<number>> {
  const { io, lang, paint } = ctx;
  const file = request.file;
  const path = resolve(io.cwd, file);
  if (!/\.docx$/i.test(request.out)) return failure(render(M.outNotDocx, { file: request.out }));
  const outPath = resolve(io.cwd, request.out);
  const folder = await stat(dirname(outPath)).catch(() => null);
  if (!folder?.isDirectory()) return failure(render(E.folderMissing, { folder: dirname(request.out) }));
  const opened = await openOwnWorkbook(ctx, path, file);
  if (!opened.ok) return opened;
  const { host } = opened.value;

  ctx.progress(render(M.makingMinutes, {}));
  const made = await makeMinutes(host, {
    now: io.now().toISOString(),
    fileName: basename(path),
    ...(request.cluster ? { clusters: [request.cluster] } : {}),
  });
  const findings = printFindings(made.findings.map(displayWorkbookFinding), lang, paint);
  if (!made.plan) {
    ctx.print([
      ...findings,
      ...(findings.length > 0 ? [""] : []),
      paint(render(M.minutesNotMade, { file })[lang], "red"),
    ]);
    return success(1);
  }
  // The .docx renderer (and the docx package) loads only for this command: the others start without it.
  const { renderOfficialDocument } = await import("../../hosts/docx/renderOfficialDocument");
  const written: string[] = [];
  const stem = request.out.replace(/\.docx$/i, "");
  for (const minutes of made.minutes) {
    const shown = made.minutes.length === 1 ? request.out : `${stem} - ${safeFileNamePart(minutes.cluster)}.docx`;
    const target = made.minutes.length === 1 ? outPath : join(dirname(outPath), basename(shown));
    const saved = await writeFileAtomic(target, await renderOfficialDocument(minutes.document), shown);
    if (!saved.ok) return saved;
    written.push(shown);
  }
  const saved = await saveWorkbook(ctx, host, path, file);
  if (!saved.ok) return saved;
  const done = render(M.minutesWritten, { files: written.join(", "), file });
  ctx.print([...findings, ...(findings.length > 0 ? [""] : []), paint(done[lang], "green")]);
  return success(0);
}
