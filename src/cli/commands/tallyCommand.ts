// `thidua tally FILE [--votes votes.csv] [--present CLUSTER=N]... [--json]`: counts the meeting's ballots (typed in
// the workbook, or given by the CSV and options), shows each cluster's result and the findings, and records the
// tally when nothing is wrong. Exit 0 recorded (warnings allowed), 1 errors (nothing written), 2 unusable.

import { basename, resolve } from "node:path";
import { formatNumber, render } from "../../core/messages/messageTypes";
import { matterName } from "../../core/messages/votingMessages";
import { unitLabel } from "../../core/ranking/unitLabel";
import type { ClusterTally } from "../../core/voting/tallyCluster";
import type { Lang } from "../../core/settings/settingsTypes";
import { meetingMessages as MM } from "../../workbook/messages/meetingMessages";
import { tallyMeeting, type VoteInput } from "../../workbook/operations/tallyMeeting";
import { bodyKind } from "../../workbook/plan/inject/printSheet";
import type { CommandContext } from "../commandContext";
import { readInputFile } from "../files/readInputFile";
import { readVotesCsv } from "../meeting/readVotesCsv";
import type { MeetingRequest } from "../meeting/meetingCommandLine";
import { cliErrorMessages as E } from "../messages/cliErrorMessages";
import { meetingCliMessages as M } from "../messages/meetingCliMessages";
import { failure, success, type Outcome } from "../outcome";
import { displayWorkbookFinding } from "../output/displayFinding";
import { findingsJson } from "../output/findingJson";
import { printFindings } from "../output/printFindings";
import { textTable } from "../output/textTable";
import { openOwnWorkbook, saveWorkbook } from "../workbook/openOwnWorkbook";

function statusText(status: string, lang: Lang): string {
  switch (status) {
    case "passed":
      return MM.resultPassed[lang]();
    case "failed":
      return MM.resultFailed[lang]();
    case "no-quorum":
      return MM.resultNoQuorum[lang]();
    case "invalid":
      return MM.resultInvalid[lang]();
    default:
      return "";
  }
}

function tallyJson(tallies: readonly ClusterTally[]) {
  return tallies.map((t) => ({
    cluster: t.cluster,
    members: t.members,
    present: t.present,
    quorum: t.quorum,
    votes: t.entries.map((e) => ({
      award: e.entry.matter,
      unit: e.entry.unit,
      source: e.entry.source,
      reason: e.entry.reason || null,
      yes: e.outcome.yes,
      no: e.outcome.no,
      share: e.outcome.share,
      result: e.faulty ? "error" : e.outcome.status,
    })),
    adopted: t.adopted.map((a) => ({
      award: a.award,
      unit: a.unit.code,
      yes: a.yes,
      basis: a.basis,
      source: a.source,
    })),
    leader: t.leader ? { unit: t.leader.unit.code, yes: t.leader.yes, basis: t.leader.basis } : null,
    deputy: t.deputy ? { unit: t.deputy.unit.code, yes: t.deputy.yes, basis: t.deputy.basis } : null,
  }));
}

export async function tallyCommand(
  ctx: CommandContext,
  request: Extract<MeetingRequest, { command: "tally" }>,
): Promise<Outcome<number>> {
  const { io, lang, paint } = ctx;
  const file = request.file;
  const path = resolve(io.cwd, file);
  let votes: VoteInput[] = [];
  if (request.votes) {
    const bytes = await readInputFile(resolve(io.cwd, request.votes), request.votes);
    if (!bytes.ok) return bytes;
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.value);
    } catch {
      return failure(render(E.notUtf8, { file: request.votes }));
    }
    const read = readVotesCsv(text, request.votes);
    if (read.findings.some((f) => f.severity === "error")) {
      if (ctx.common.json) {
        const findings = read.findings.map((f) => ({
          rule: f.rule,
          severity: f.severity,
          place: f.place?.[lang] ?? null,
          message: f.message[lang],
        }));
        io.stdout(JSON.stringify({ recorded: false, clusters: [], findings }, null, 2) + "\n");
        return success(1);
      }
      const shown = printFindings(read.findings, lang, paint);
      ctx.print([...shown, "", paint(render(M.votesRefused, { file: request.votes })[lang], "red")]);
      return success(1);
    }
    votes = read.votes;
  }
  const opened = await openOwnWorkbook(ctx, path, file);
  if (!opened.ok) return opened;
  const { host, meta } = opened.value;
  ctx.progress(render(M.tallying, {}));
  const tally = await tallyMeeting(host, {
    now: io.now().toISOString(),
    fileName: basename(path),
    votes,
    present: request.present,
  });
  if (tally.recorded) {
    const saved = await saveWorkbook(ctx, host, path, file);
    if (!saved.ok) return saved;
  }
  const code = tally.recorded ? 0 : 1;
  if (ctx.common.json) {
    const json = {
      recorded: tally.recorded,
      clusters: tallyJson(tally.clusters),
      findings: findingsJson(tally.findings, lang),
    };
    io.stdout(JSON.stringify(json, null, 2) + "\n");
    return success(code);
  }
  const body = bodyKind(meta.template.id);
  const lines: string[] = [];
  for (const t of tally.clusters) {
    const quorum =
      t.quorum.met === null ? M.quorumUnknown[lang]() : t.quorum.met ? M.quorumMet[lang]() : M.quorumMissed[lang]();
    const present = t.present === null ? "—" : String(t.present);
    lines.push(
      paint(
        M.clusterHeading[lang]({ cluster: t.cluster, present, members: t.members, needed: t.quorum.needed, quorum }),
        "bold",
      ),
    );
    const rows = t.entries
      .filter((e) => e.entry.matter !== null && e.standing !== null)
      .map((e) => [
        matterName(e.entry.matter!, body, lang),
        unitLabel(e.standing!.unit),
        e.outcome.yes === null ? "" : String(e.outcome.yes),
        e.outcome.no === null ? "" : String(e.outcome.no),
        e.outcome.share === null ? "" : `${formatNumber(e.outcome.share * 100, lang, 2)} %`,
        statusText(e.outcome.status, lang),
      ]);
    const columns = [M.colMatter, M.colUnit, M.colYes, M.colNo, M.colShare, M.colResult].map((m, i) => ({
      header: m[lang](),
      align: i >= 2 && i <= 4 ? ("right" as const) : ("left" as const),
    }));
    lines.push(...textTable(columns, rows, paint).map((l) => `  ${l}`));
    for (const role of ["leader", "deputy"] as const) {
      const won = role === "leader" ? t.leader : t.deputy;
      const unit = won ? `${unitLabel(won.unit)} (${won.yes}/${won.basis})` : M.notElected[lang]();
      lines.push(M.elected[lang]({ role: matterName(role, body, lang), unit }));
    }
    lines.push("");
  }
  lines.push(...printFindings(tally.findings.map(displayWorkbookFinding), lang, paint));
  const done = tally.recorded ? render(M.recorded, { file }) : render(M.notRecorded, { file });
  lines.push("", paint(done[lang], tally.recorded ? "green" : "red"));
  ctx.print(lines);
  return success(code);
}
