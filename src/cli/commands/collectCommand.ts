// `thidua collect FILE RETURNED...`: checks every returned form against the master and takes the good ones in (one
// write of the master); a file that is not even a workbook is refused like a bad form, and every file, accepted or
// refused, leaves its row in the master's log. Exit 0 when every form was accepted, 1 when some were refused, 2 when
// the master is unusable. --json lists forms and findings with file, sheet and cell.

import { basename, resolve } from "node:path";
import { render } from "../../core/messages/messageTypes";
import { XlsxHost } from "../../hosts/xlsx/xlsxHost";
import { HostError } from "../../workbook/host/hostTypes";
import { contentHash } from "../../core/integrity/contentHash";
import { collectForms, type ReturnedFile } from "../../workbook/operations/collectForms";
import type { CommandContext } from "../commandContext";
import { readInputFile } from "../files/readInputFile";
import { cliOutputMessages as M } from "../messages/cliOutputMessages";
import { failure, success, type Outcome } from "../outcome";
import { displayWorkbookFinding } from "../output/displayFinding";
import { findingsJson } from "../output/findingJson";
import { printFindings } from "../output/printFindings";
import type { CliRequest } from "../parseCommandLine";
import { unusableWorkbook } from "../workbook/unusableWorkbook";
import { openOwnWorkbook, saveWorkbook } from "../workbook/openOwnWorkbook";

export async function collectCommand(
  ctx: CommandContext,
  request: Extract<CliRequest, { command: "collect" }>,
): Promise<Outcome<number>> {
  const { io, lang, paint } = ctx;
  const file = request.file;
  const path = resolve(io.cwd, file);
  const master = await openOwnWorkbook(ctx, path, file);
  if (!master.ok) return master;
  const host = master.value.host;

  // Open every returned file first; the ones that are not workbooks keep their place and are refused (and logged).
  const opened: ReturnedFile[] = [];
  for (const name of request.returned) {
    const fileName = basename(name);
    ctx.progress(render(M.reading, { file: name }));
    const bytes = await readInputFile(resolve(io.cwd, name), name);
    if (!bytes.ok) {
      opened.push({ fileName, host: null, reason: bytes.failure });
      continue;
    }
    const hash = contentHash(bytes.value);
    try {
      opened.push({ fileName, host: await XlsxHost.load(bytes.value), hash });
    } catch (error) {
      if (!(error instanceof HostError)) throw error;
      opened.push({ fileName, host: null, reason: error.detail, hash });
    }
  }
  const result = await collectForms(host, opened, {
    now: io.now().toISOString(),
    progress: (p) => ctx.progress(p.step),
  });
  if (!result.usable) return failure(unusableWorkbook(result.findings, file));
  const forms = result.forms;

  if (result.plan) {
    const written = await saveWorkbook(ctx, host, path, file);
    if (!written.ok) return written;
  }
  const refused = forms.filter((f) => !f.accepted).length;
  if (ctx.common.json) {
    const json = {
      forms: forms.map((f) => ({
        file: f.file,
        accepted: f.accepted,
        kind: f.kind,
        unit: f.unit,
        formId: f.formId,
        changed: f.changed,
      })),
      findings: forms.flatMap((f) =>
        f.findings.flatMap((finding) => findingsJson([finding], lang).map((j) => ({ file: f.file, ...j }))),
      ),
    };
    io.stdout(JSON.stringify(json, null, 2) + "\n");
  } else {
    const lines: string[] = [];
    for (const f of forms) {
      lines.push(
        f.accepted
          ? paint(render(M.formAccepted, { file: f.file, unit: f.unit ?? "", changed: f.changed })[lang], "green")
          : paint(render(M.formRefused, { file: f.file })[lang], "red"),
      );
      const shown = printFindings(f.findings.map(displayWorkbookFinding), lang, paint);
      lines.push(...shown.map((line) => `  ${line}`));
    }
    const accepted = forms.length - refused;
    lines.push("", render(M.collected, { file, accepted, refused, logged: result.plan ? 1 : 0 })[lang]);
    ctx.print(lines);
  }
  return success(refused > 0 ? 1 : 0);
}
