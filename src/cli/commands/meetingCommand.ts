// `thidua meeting FILE [--cluster C] [particulars…]`: prepares (or refreshes) the deliberation list and shows each
// cluster's candidates and the units left out; with particulars, writes them for one cluster (preparing the list
// first when there is none). Nothing is saved when a step refuses (exit 1).

import { basename, resolve } from "node:path";
import { render } from "../../core/messages/messageTypes";
import { matterName } from "../../core/messages/votingMessages";
import { unitLabel } from "../../core/ranking/unitLabel";
import { DEFINED_NAMES } from "../../workbook/layout/definedNames";
import { meetingMessages as MM } from "../../workbook/messages/meetingMessages";
import { prepareMeeting } from "../../workbook/operations/prepareMeeting";
import { setMeetingParticulars } from "../../workbook/operations/setMeetingParticulars";
import { bodyKind } from "../../workbook/plan/inject/printSheet";
import type { CommandContext } from "../commandContext";
import type { MeetingRequest } from "../meeting/meetingCommandLine";
import { meetingCliMessages as M } from "../messages/meetingCliMessages";
import { failure, success, type Outcome } from "../outcome";
import { displayWorkbookFinding } from "../output/displayFinding";
import { printFindings } from "../output/printFindings";
import { openOwnWorkbook, saveWorkbook } from "../workbook/openOwnWorkbook";

export async function meetingCommand(
  ctx: CommandContext,
  request: Extract<MeetingRequest, { command: "meeting" }>,
): Promise<Outcome<number>> {
  const { io, lang, paint } = ctx;
  const file = request.file;
  const path = resolve(io.cwd, file);
  const opened = await openOwnWorkbook(ctx, path, file);
  if (!opened.ok) return opened;
  const { host, meta } = opened.value;
  const now = io.now().toISOString();
  const fileName = basename(path);
  const body = bodyKind(meta.template.id);
  const writeParticulars = Object.keys(request.values).length > 0;
  const clusters = [...new Set(meta.units.map((u) => u.cluster))];
  const cluster = request.cluster ?? (clusters.length === 1 ? clusters[0] : null);
  if (writeParticulars && cluster === null) {
    return failure(render(M.clusterNeeded, { clusters: clusters.join(", ") }));
  }
  const lines: string[] = [];
  const refuse = (findings: Parameters<typeof displayWorkbookFinding>[0][], closing: string) => {
    const shown = printFindings(findings.map(displayWorkbookFinding), lang, paint);
    ctx.print([...shown, ...(shown.length > 0 ? [""] : []), paint(closing, "red")]);
    return success(1);
  };

  const prepared = (await host.outline()).names.some((n) => n.name.toUpperCase() === DEFINED_NAMES.votes.toUpperCase());
  if (!writeParticulars || !prepared) {
    ctx.progress(render(M.preparing, {}));
    const result = await prepareMeeting(host, { now, fileName });
    if (!result.plan || !result.standings) return refuse(result.findings, render(M.notPrepared, { file })[lang]);
    for (const standing of result.standings) {
      lines.push(paint(standing.cluster, "bold"));
      for (const award of ["co-thi-dua", "bang-khen"] as const) {
        const units = standing.candidates.filter((c) => c.award === award).map((c) => unitLabel(c.unit));
        lines.push(M.candidateLine[lang]({ award: matterName(award, body, lang), units: units.join(", ") }));
      }
      for (const l of standing.leftOut) {
        const reason =
          l.reason === "disqualified"
            ? MM.leftOutDisqualified[lang]()
            : l.reason === "grade"
              ? MM.leftOutGrade[lang]({ grade: l.grade })
              : MM.leftOutTie[lang]();
        lines.push(M.leftOutLine[lang]({ unit: unitLabel(l.unit), award: matterName(l.award, body, lang), reason }));
      }
    }
    const shown = printFindings(result.findings.map(displayWorkbookFinding), lang, paint);
    if (shown.length > 0) lines.push("", ...shown);
  }
  let written = 0;
  if (writeParticulars && cluster !== null) {
    const set = await setMeetingParticulars(host, { now, fileName, cluster, values: request.values });
    if (!set.plan) return refuse(set.findings, render(M.notPrepared, { file })[lang]);
    written = Object.keys(set.written).length;
  }
  const saved = await saveWorkbook(ctx, host, path, file);
  if (!saved.ok) return saved;
  const done =
    writeParticulars && cluster !== null
      ? render(M.particularsWritten, { file, cluster, fields: written })
      : render(M.prepared, { file });
  ctx.print([...lines, ...(lines.length > 0 ? [""] : []), paint(done[lang], "green")]);
  return success(0);
}
