// `thidua rank`: ranks the workbook in place (or into --out), then shows the ranking per cluster and the
// findings; exit 1, with nothing written, while the entries have errors.

import { resolve } from "node:path";
import { render } from "../../core/messages/messageTypes";
import { WORKBOOK_RULES } from "../../workbook/messages/workbookFindingMessages";
import type { CommandContext } from "../commandContext";
import { checkOutputPath } from "../files/checkOutputPath";
import { cliOutputMessages as M } from "../messages/cliOutputMessages";
import { success, type Outcome } from "../outcome";
import { displayWorkbookFinding } from "../output/displayFinding";
import { printFindings } from "../output/printFindings";
import { printRanking } from "../output/printRanking";
import { rankingJson } from "../output/rankingJson";
import type { CliRequest } from "../parseCommandLine";
import { rankFile } from "./rankFile";

export async function rankCommand(
  ctx: CommandContext,
  request: Extract<CliRequest, { command: "rank" }>,
): Promise<Outcome<number>> {
  const { io, lang, paint } = ctx;
  const path = resolve(io.cwd, request.file);
  const out = request.out ?? request.file;
  const outPath = request.out ? resolve(io.cwd, request.out) : path;
  if (request.out) {
    const target = await checkOutputPath(outPath, request.out, true);
    if (!target.ok) return target;
  }
  const ranked = await rankFile(ctx, path, request.file, outPath, out);
  if (!ranked.ok) return ranked;
  const { meta, ranking, sheets } = ranked.value;

  if (ctx.common.json) {
    io.stdout(JSON.stringify(rankingJson(meta.template, ranking.result, ranking.findings, lang), null, 2) + "\n");
    return success(ranking.result ? 0 : 1);
  }
  // The workbook's "not ranked" finding is the closing line here, with the file's name.
  const shown = ranking.findings.filter((f) => f.rule !== WORKBOOK_RULES.rankRefused);
  const findings = printFindings(shown.map(displayWorkbookFinding), lang, paint);
  if (!ranking.result) {
    ctx.print([...findings, "", paint(render(M.notRanked, { file: request.file })[lang], "red")]);
    return success(1);
  }
  const table = printRanking(ranking.result, lang, paint, meta.template.subject === "person" ? "person" : "unit");
  const written = render(M.ranked, { file: out, sheets: sheets.join(", ") })[lang];
  ctx.print([...table, ...(findings.length > 0 ? ["", ...findings] : []), "", paint(written, "green")]);
  return success(0);
}
