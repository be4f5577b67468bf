// `thidua validate`: every finding of the workbook with its sheet and cell; exit 1 when any is an error.

import { resolve } from "node:path";
import { render } from "../../core/messages/messageTypes";
import { validateWorkbook } from "../../workbook/operations/validateWorkbook";
import type { CommandContext } from "../commandContext";
import { openWorkbook } from "../files/openWorkbook";
import { cliOutputMessages as M } from "../messages/cliOutputMessages";
import { failure, success, type Outcome } from "../outcome";
import { displayWorkbookFinding } from "../output/displayFinding";
import { findingsJson } from "../output/findingJson";
import { printFindings } from "../output/printFindings";
import type { CliRequest } from "../parseCommandLine";
import { formNotMaster } from "../workbook/formNotMaster";
import { unusableWorkbook } from "../workbook/unusableWorkbook";
import { findingSummary } from "../output/findingSummary";

export async function validateCommand(
  ctx: CommandContext,
  request: Extract<CliRequest, { command: "validate" }>,
): Promise<Outcome<number>> {
  const { lang, paint } = ctx;
  const file = request.file;
  ctx.progress(render(M.reading, { file }));
  const host = await openWorkbook(resolve(ctx.io.cwd, file), file);
  if (!host.ok) return host;
  ctx.progress(render(M.validating, {}));
  const validation = await validateWorkbook(host.value);
  if (!validation.meta) return failure(unusableWorkbook(validation.findings, file));
  const form = formNotMaster(validation.meta, file);
  if (form) return failure(form);

  const errors = validation.findings.filter((f) => f.severity === "error").length;
  if (ctx.common.json) {
    ctx.io.stdout(JSON.stringify({ findings: findingsJson(validation.findings, lang) }, null, 2) + "\n");
  } else {
    const lines = printFindings(validation.findings.map(displayWorkbookFinding), lang, paint);
    ctx.print([...lines, ...(lines.length > 0 ? [""] : []), findingSummary(validation.findings, file, lang, paint)]);
  }
  return success(errors > 0 ? 1 : 0);
}
