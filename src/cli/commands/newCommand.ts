// `thidua new`: a scoring workbook from a built-in template and units.csv, written only when nothing is wrong.

import { basename, resolve } from "node:path";
import { formatNumber, render } from "../../core/messages/messageTypes";
import { BUILTIN_TEMPLATES, getBuiltinTemplate } from "../../core/template/builtinTemplates";
import { XlsxHost } from "../../hosts/xlsx/xlsxHost";
import type { WorkbookMode } from "../../workbook/layout/workbookLayout";
import { injectTemplate } from "../../workbook/operations/injectTemplate";
import type { CliRequest } from "../parseCommandLine";
import type { CommandContext } from "../commandContext";
import { checkOutputPath } from "../files/checkOutputPath";
import { writeFileAtomic } from "../files/writeFileAtomic";
import { cliErrorMessages as E } from "../messages/cliErrorMessages";
import { cliOutputMessages as M } from "../messages/cliOutputMessages";
import { failure, success, type Outcome } from "../outcome";
import type { DisplayFinding } from "../output/displayFinding";
import { printFindings } from "../output/printFindings";
import { loadUnitsFile } from "../units/loadUnitsFile";

export const MODE_NAMES: Record<WorkbookMode, typeof M.modeSelf> = {
  self: M.modeSelf,
  review: M.modeReview,
  cross: M.modeCross,
};

export async function newCommand(
  ctx: CommandContext,
  request: Extract<CliRequest, { command: "new" }>,
): Promise<Outcome<number>> {
  const { io, lang, paint } = ctx;
  const template = getBuiltinTemplate(request.template);
  if (!template) {
    const ids = BUILTIN_TEMPLATES.map((t) => t.id).join(", ");
    return failure(render(E.unknownTemplate, { id: request.template, ids }));
  }
  const outPath = resolve(io.cwd, request.out);
  const target = await checkOutputPath(outPath, request.out, request.force);
  if (!target.ok) return target;

  ctx.progress(render(M.reading, { file: request.units }));
  const loaded = await loadUnitsFile(resolve(io.cwd, request.units), request.units);
  if (!loaded.ok) return loaded;
  const { units, findings: csvFindings } = loaded.value;
  const refuse = (findings: DisplayFinding[]) => {
    ctx.print([...printFindings(findings, lang, paint), "", paint(M.notCreated[lang](), "red")]);
    return success(1);
  };
  if (csvFindings.some((f) => f.severity === "error")) return refuse(csvFindings);

  const title = lang === "en" && template.title.en ? template.title.en : template.title.vi;
  ctx.progress(render(M.building, { template: request.template, units: units.length }));
  const period = request.period ?? String(io.now().getFullYear());
  const host = XlsxHost.create();
  const planned = await injectTemplate(host, template, units, undefined, {
    mode: request.mode,
    period,
    clusterTitle: request.clusterTitle ?? undefined,
    lang,
    now: io.now().toISOString(),
    fileName: basename(outPath),
  });
  const injectFindings: DisplayFinding[] = planned.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    place: null,
    message: f.message,
  }));
  const findings = [...csvFindings, ...injectFindings];
  if (!planned.plan) return refuse(findings);

  ctx.progress(render(M.writing, { file: request.out }));
  const written = await writeFileAtomic(outPath, await host.save(), request.out);
  if (!written.ok) return written;
  const created = render(M.created, {
    file: request.out,
    template: title,
    units: units.length,
    mode: MODE_NAMES[request.mode][lang](),
    period,
    who: template.subject === "person" ? "person" : "unit",
  });
  const warnings = printFindings(findings, lang, paint);
  const { finalRule, weights } = planned.meta!.settings;
  const percent = (share: number) => formatNumber(share * 100, lang);
  const rule =
    finalRule === "weighted"
      ? M.createdWeighted[lang]({
          file: request.out,
          self: percent(weights.self),
          peer: percent(weights.peer),
          review: percent(weights.review),
        })
      : M.createdLastStage[lang]({ file: request.out });
  ctx.print([
    ...warnings,
    ...(warnings.length > 0 ? [""] : []),
    paint(created[lang], "green"),
    rule,
    M.createdNext[lang]({ file: request.out, dataSheet: planned.layout!.data.sheet, mode: request.mode }),
  ]);
  return success(0);
}
