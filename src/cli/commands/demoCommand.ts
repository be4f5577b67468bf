// `thidua demo`: builds the demo block of departments, fills it, writes demo.xlsx, then ranks that file the way
// `thidua rank` does and prints the ranking.

import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { render } from "../../core/messages/messageTypes";
import { XlsxHost } from "../../hosts/xlsx/xlsxHost";
import { injectTemplate } from "../../workbook/operations/injectTemplate";
import { planInputs } from "../../workbook/plan/planInputs";
import type { CommandContext } from "../commandContext";
import { demoCluster } from "../demo/demoCluster";
import { DEMO_CLUSTER, DEMO_CLUSTER_TITLE, DEMO_PERIOD } from "../demo/demoData";
import { writeFileAtomic } from "../files/writeFileAtomic";
import { cliErrorMessages as E } from "../messages/cliErrorMessages";
import { cliOutputMessages as M } from "../messages/cliOutputMessages";
import { failure, success, type Outcome } from "../outcome";
import { displayWorkbookFinding } from "../output/displayFinding";
import { findingSummary } from "../output/findingSummary";
import { printFindings } from "../output/printFindings";
import { printRanking } from "../output/printRanking";
import type { CliRequest } from "../parseCommandLine";
import { rankFile } from "./rankFile";
import { checkOutputFolder } from "../files/checkOutputPath";

export const DEMO_FILE_NAME = "demo.xlsx";

export async function demoCommand(
  ctx: CommandContext,
  request: Extract<CliRequest, { command: "demo" }>,
): Promise<Outcome<number>> {
  const { io, lang, paint } = ctx;
  const folder = request.out ?? ".";
  const folderPath = resolve(io.cwd, folder);
  // The folder is made when missing, as `forms --out` does: "thidua demo --out thu-nghiem" should just work.
  const found = await checkOutputFolder(folderPath, folder, "demo");
  if (!found.ok) return found;
  if (!found.value) {
    const made = await mkdir(folderPath, { recursive: true }).then(
      () => null,
      (error: unknown) => error,
    );
    if (made !== null) return failure(render(E.folderNotMade, { folder, reason: errorCode(made) }));
  }
  const path = join(folderPath, DEMO_FILE_NAME);
  const file = request.out ? join(request.out, DEMO_FILE_NAME) : DEMO_FILE_NAME;

  const demo = demoCluster();
  const now = io.now().toISOString();
  ctx.progress(render(M.building, { template: demo.template.id, units: demo.units.length }));
  const host = XlsxHost.create();
  const planned = await injectTemplate(host, demo.template, demo.units, undefined, {
    mode: "review",
    period: DEMO_PERIOD,
    clusterTitle: DEMO_CLUSTER_TITLE[lang],
    lang,
    now,
    fileName: DEMO_FILE_NAME,
  });
  if (!planned.plan || !planned.layout) {
    throw new Error(`The demo cluster was refused: ${planned.findings.map((f) => f.rule).join(", ")}`);
  }
  ctx.progress(render(M.filling, {}));
  await host.apply(planInputs(planned.layout, demo.inputs));
  ctx.progress(render(M.writing, { file }));
  const written = await writeFileAtomic(path, await host.save(), file);
  if (!written.ok) return written;

  const ranked = await rankFile(ctx, path, file, path, file);
  if (!ranked.ok) return ranked;
  const { ranking } = ranked.value;
  if (!ranking.result)
    throw new Error(`The demo cluster did not rank: ${ranking.findings.map((f) => f.rule).join(", ")}`);

  const intro = render(M.demoIntro, { units: demo.units.length, cluster: DEMO_CLUSTER, period: DEMO_PERIOD });
  const findings = printFindings(ranking.findings.map(displayWorkbookFinding), lang, paint);
  ctx.print([
    paint(M.demoTitle[lang](), "bold"),
    intro[lang],
    "",
    ...printRanking(ranking.result, lang, paint),
    "",
    ...(findings.length > 0 ? [...findings, ""] : []),
    findingSummary(ranking.findings, file, lang, paint),
    paint(render(M.demoWritten, { file })[lang], "green"),
    render(M.demoTry, { file, sheet: planned.layout.self.sheet })[lang],
  ]);
  return success(0);
}

function errorCode(error: unknown): string {
  return (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
}
