// `thidua province-tally TINH.xlsx [--votes votes.csv] [--present N] [--members N] [--json]`: counts the provincial
// council's ballots on the province workbook's vote sheet (the voting core, the council's thresholds), shows each
// proposal's result and the findings, and writes what was given when nothing is wrong. Exit 0 counted (warnings
// allowed), 1 errors (nothing written), 2 unusable.

import { resolve } from "node:path";
import { formatNumber, render } from "../../core/messages/messageTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import type { CouncilMotion, CouncilTally } from "../../core/province/tallyCouncil";
import { matterLabel } from "../../workbook/meeting/matterLabels";
import { councilSheetMessages as S } from "../../workbook/messages/councilSheetMessages";
import { tallyCouncilVote, type CouncilVoteInput } from "../../workbook/province/tallyCouncilVote";
import type { CommandContext } from "../commandContext";
import { openWorkbook } from "../files/openWorkbook";
import { readInputFile } from "../files/readInputFile";
import { cliErrorMessages as E } from "../messages/cliErrorMessages";
import { cliOutputMessages as O } from "../messages/cliOutputMessages";
import { councilCliMessages as M } from "../messages/councilCliMessages";
import { failure, success, type Outcome } from "../outcome";
import { displayWorkbookFinding } from "../output/displayFinding";
import { findingsJson } from "../output/findingJson";
import { printFindings } from "../output/printFindings";
import { textTable } from "../output/textTable";
import type { CouncilRequest } from "../province/councilCommandLine";
import { readCouncilVotesCsv } from "../province/readCouncilVotesCsv";
import { saveWorkbook } from "../workbook/openOwnWorkbook";

type Request = Extract<CouncilRequest, { command: "province-tally" }>;

function resultText(m: CouncilMotion, lang: Lang): string {
  if (m.faulty) return S.resultInvalid[lang]();
  switch (m.outcome.status) {
    case "passed":
      return S.resultPassed[lang]();
    case "failed":
      return S.resultFailed[lang]();
    case "no-quorum":
      return S.resultNoQuorum[lang]();
    case "invalid":
      return S.resultInvalid[lang]();
    default:
      return M.resultNotVoted[lang]();
  }
}

function tallyJson(tally: CouncilTally | null) {
  if (!tally) return { members: null, present: null, quorum: null, votes: [], adopted: [] };
  return {
    members: tally.members,
    present: tally.present,
    quorum: tally.quorum,
    votes: tally.motions.map((m) => ({
      award: m.proposal.award,
      unit: m.proposal.code,
      name: m.proposal.name,
      yes: m.outcome.yes,
      no: m.outcome.no,
      share: m.outcome.share,
      result: m.faulty ? "error" : m.outcome.status,
    })),
    adopted: tally.adopted.map((p) => ({ award: p.award, unit: p.code })),
  };
}

/** The counts of --votes, or the exit code and lines when the file is refused. */
async function votesOf(ctx: CommandContext, request: Request): Promise<Outcome<CouncilVoteInput[] | number>> {
  if (!request.votes) return success([]);
  const { lang, paint, io } = ctx;
  const bytes = await readInputFile(resolve(io.cwd, request.votes), request.votes);
  if (!bytes.ok) return bytes;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.value);
  } catch {
    return failure(render(E.notUtf8, { file: request.votes }));
  }
  const read = readCouncilVotesCsv(text, request.votes);
  if (!read.findings.some((f) => f.severity === "error")) return success(read.votes);
  if (ctx.common.json) {
    const findings = read.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      place: f.place?.[lang] ?? null,
      message: f.message[lang],
    }));
    io.stdout(JSON.stringify({ ...tallyJson(null), findings, written: false }, null, 2) + "\n");
  } else {
    const shown = printFindings(read.findings, lang, paint);
    ctx.print([...shown, "", paint(render(M.tallyRefused, { file: request.file })[lang], "red")]);
  }
  return success(1);
}

export async function provinceTallyCommand(ctx: CommandContext, request: Request): Promise<Outcome<number>> {
  const { io, lang, paint } = ctx;
  const votes = await votesOf(ctx, request);
  if (!votes.ok || typeof votes.value === "number") return votes as Outcome<number>;
  const path = resolve(io.cwd, request.file);
  ctx.progress(render(O.reading, { file: request.file }));
  const host = await openWorkbook(path, request.file);
  if (!host.ok) return host;

  ctx.progress(render(M.counting, {}));
  const run = await tallyCouncilVote(host.value, {
    votes: votes.value,
    ...(request.present !== null ? { present: request.present } : {}),
    ...(request.members !== null ? { members: request.members } : {}),
  });
  // Not a province workbook, or its settings cannot be used: nothing to count.
  if (!run.tally) return failure(run.findings[0]?.message ?? render(M.tallyRefused, { file: request.file }));
  if (run.written) {
    const saved = await saveWorkbook(ctx, host.value, path, request.file);
    if (!saved.ok) return saved;
  }
  const errors = run.findings.some((f) => f.severity === "error");
  const code = errors ? 1 : 0;
  if (ctx.common.json) {
    const json = { ...tallyJson(run.tally), findings: findingsJson(run.findings, lang), written: run.written };
    io.stdout(JSON.stringify(json, null, 2) + "\n");
    return success(code);
  }
  const tally = run.tally;
  const lines: string[] = [];
  if (tally.members !== null && tally.quorum) {
    const line = M.quorumLine[lang]({
      members: String(tally.members),
      present: tally.present === null ? "—" : String(tally.present),
      needed: String(tally.quorum.needed),
      met: tally.quorum.met === true,
    });
    lines.push(paint(line, "bold"));
  }
  lines.push(
    ...textTable(
      [
        { header: M.colAward[lang](), align: "left" },
        { header: M.colUnit[lang](), align: "left" },
        { header: M.colYes[lang](), align: "right" },
        { header: M.colNo[lang](), align: "right" },
        { header: M.colShare[lang](), align: "right" },
        { header: M.colResult[lang](), align: "left" },
      ],
      tally.motions.map((m) => [
        matterLabel(m.proposal.award, "cluster", lang),
        `${m.proposal.code} ${m.proposal.name}`.trim(),
        m.outcome.yes === null ? "" : String(m.outcome.yes),
        m.outcome.no === null ? "" : String(m.outcome.no),
        m.outcome.share === null ? "" : `${formatNumber(m.outcome.share * 100, lang, 2)}%`,
        resultText(m, lang),
      ]),
      paint,
    ),
  );
  const findings = printFindings(run.findings.map(displayWorkbookFinding), lang, paint);
  if (findings.length > 0) lines.push("", ...findings);
  const counts = { adopted: tally.adopted.length, total: tally.motions.length };
  lines.push("");
  if (errors) lines.push(paint(render(M.tallyRefused, { file: request.file })[lang], "red"));
  else if (run.written) lines.push(paint(render(M.tallyWritten, { file: request.file, ...counts })[lang], "green"));
  else lines.push(paint(render(M.tallyCounted, counts)[lang], "green"));
  ctx.print(lines);
  return success(code);
}
