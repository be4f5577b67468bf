// `thidua ballots FILE --out DIR [--paper A5|A4]`: one ballot workbook per cluster into DIR, then the master with
// its log row. Exit 0 made, 1 when the list is missing or stale.

import { mkdir } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { render } from "../../core/messages/messageTypes";
import { XlsxHost } from "../../hosts/xlsx/xlsxHost";
import { makeBallots } from "../../workbook/operations/makeBallots";
import type { CommandContext } from "../commandContext";
import type { MeetingRequest } from "../meeting/meetingCommandLine";
import { meetingCliMessages as M } from "../messages/meetingCliMessages";
import { success, type Outcome } from "../outcome";
import { displayWorkbookFinding } from "../output/displayFinding";
import { printFindings } from "../output/printFindings";
import { openOwnWorkbook, saveWorkbook } from "../workbook/openOwnWorkbook";
import { checkOutputFolder } from "../files/checkOutputPath";

export async function ballotsCommand(
  ctx: CommandContext,
  request: Extract<MeetingRequest, { command: "ballots" }>,
): Promise<Outcome<number>> {
  const { io, lang, paint } = ctx;
  const file = request.file;
  const path = resolve(io.cwd, file);
  const folder = resolve(io.cwd, request.out);
  const out = await checkOutputFolder(folder, request.out, "ballots");
  if (!out.ok) return out;
  const opened = await openOwnWorkbook(ctx, path, file);
  if (!opened.ok) return opened;
  const { host, meta } = opened.value;

  ctx.progress(render(M.makingBallots, {}));
  const made = await makeBallots(host, {
    now: io.now().toISOString(),
    fileName: basename(path),
    ...(request.paper ? { paper: request.paper } : {}),
  });
  const findings = printFindings(made.findings.map(displayWorkbookFinding), lang, paint);
  if (made.ballots.length === 0) {
    ctx.print([
      ...findings,
      ...(findings.length > 0 ? [""] : []),
      paint(render(M.ballotsNotMade, { file })[lang], "red"),
    ]);
    return success(1);
  }
  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const ballot of made.ballots) {
    const book = XlsxHost.create();
    await book.apply(ballot.plan);
    const shown = join(request.out, ballot.fileName);
    const saved = await saveWorkbook(ctx, book, join(folder, ballot.fileName), shown);
    if (!saved.ok) return saved;
    written.push(shown);
  }
  if (made.plan) {
    const saved = await saveWorkbook(ctx, host, path, file);
    if (!saved.ok) return saved;
  }
  const copies = made.ballots.reduce((n, b) => n + b.copies, 0);
  const paper = request.paper ?? meta.settings.voting.ballotPaper;
  const done = render(M.ballotsWritten, { count: written.length, copies, folder: request.out, paper });
  ctx.print([...written, ...findings, "", paint(done[lang], "green")]);
  return success(0);
}
