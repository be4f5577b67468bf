// `thidua rollup YEAR.xlsx PERIOD.xlsx...`: rolls the period workbooks of a year up into a new year summary
// workbook (written only when some period can be used). An existing YEAR.xlsx is replaced only when it is an
// earlier year summary, or with --force. Exit 0 rolled up, 1 some files left out, 2 nothing usable.

import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { render } from "../../core/messages/messageTypes";
import { periodName } from "../../core/messages/periodMessages";
import { XlsxHost } from "../../hosts/xlsx/xlsxHost";
import { HostError } from "../../workbook/host/hostTypes";
import { DEFINED_NAMES } from "../../workbook/layout/definedNames";
import { ROLLUP_RULES, rollupMessages as R } from "../../workbook/messages/rollupMessages";
import {
  rollupPeriodWorkbooks,
  type RollupFinding,
  type RollupSource,
  type YearRollup,
} from "../../workbook/rollup/rollupPeriodWorkbooks";
import type { CommandContext } from "../commandContext";
import { checkOutputPath } from "../files/checkOutputPath";
import { openWorkbook } from "../files/openWorkbook";
import { readInputFile } from "../files/readInputFile";
import { writeFileAtomic } from "../files/writeFileAtomic";
import { cliErrorMessages as E } from "../messages/cliErrorMessages";
import { cliOutputMessages as M } from "../messages/cliOutputMessages";
import { failure, success, type Outcome } from "../outcome";
import { fixedDecimals } from "../../core/messages/fixedDecimals";
import { printFindings } from "../output/printFindings";
import { textTable } from "../output/textTable";
import type { CliRequest } from "../parseCommandLine";

/** Whether the file at `path` is an earlier year summary (it carries TD_YearSummary); false when unreadable. */
async function isYearSummary(path: string, file: string): Promise<boolean> {
  const bytes = await readInputFile(path, file);
  if (!bytes.ok) return false;
  try {
    const outline = await (await XlsxHost.load(bytes.value)).outline();
    return outline.names.some((n) => n.name.toUpperCase() === DEFINED_NAMES.yearSummary.toUpperCase());
  } catch (error) {
    if (error instanceof HostError) return false;
    throw error;
  }
}

function rollupJson(rollup: YearRollup, findings: readonly RollupFinding[], lang: "vi" | "en") {
  return {
    year: rollup.year,
    kind: rollup.kind,
    periods: rollup.sources.map((s) => ({ file: s.fileName, period: s.period, units: s.units, used: s.used })),
    units: rollup.units.map((u) => ({
      code: u.code,
      name: u.name,
      cluster: u.cluster,
      finals: Object.fromEntries(rollup.periods.map((p, i) => [p, u.finals[i]])),
      mean: u.mean,
      grade: u.grade,
      present: u.periodsPresent,
      missing: u.missing,
    })),
    findings: findings
      .filter((f) => f.severity !== "info")
      .map((f) => ({
        file: f.file,
        rule: f.rule,
        severity: f.severity,
        unit: f.location.unit ?? null,
        message: f.message[lang],
      })),
  };
}

export async function rollupCommand(
  ctx: CommandContext,
  request: Extract<CliRequest, { command: "rollup" }>,
): Promise<Outcome<number>> {
  const { io, lang, paint } = ctx;
  const outPath = resolve(io.cwd, request.out);
  if (request.periods.some((p) => resolve(io.cwd, p) === outPath))
    return failure(render(E.outIsPeriod, { file: request.out }));
  const target = await checkOutputPath(outPath, request.out, true);
  if (!target.ok) return target;
  const existing = await stat(outPath).catch(() => null);
  if (existing && !request.force && !(await isYearSummary(outPath, request.out))) {
    return failure(render(E.outNotRollup, { file: request.out }));
  }

  // A period file that cannot be opened is a finding naming it, like any other file left out.
  const sources: RollupSource[] = [];
  const openFailures: RollupFinding[] = [];
  for (const file of request.periods) {
    ctx.progress(render(M.reading, { file }));
    const host = await openWorkbook(resolve(io.cwd, file), file);
    if (host.ok) {
      sources.push({ fileName: file, host: host.value });
      continue;
    }
    openFailures.push({
      rule: ROLLUP_RULES.unreadable,
      severity: "error",
      location: {},
      file,
      data: { file },
      message: { vi: R.leftOut.vi({ reason: host.failure.vi }), en: R.leftOut.en({ reason: host.failure.en }) },
    });
  }
  ctx.progress(render(M.rollingUp, {}));
  const out = XlsxHost.create();
  const rollup = await rollupPeriodWorkbooks(sources, out, { lang });
  const findings = [...openFailures, ...rollup.findings];
  if (rollup.plan) {
    ctx.progress(render(M.writing, { file: request.out }));
    const written = await writeFileAtomic(outPath, await out.save(), request.out);
    if (!written.ok) return written;
  }

  const errors = findings.some((f) => f.severity === "error");
  // As runCli's EXIT: 0 done, 1 findings with errors, 2 unusable.
  const code = !rollup.plan ? 2 : errors ? 1 : 0;
  if (ctx.common.json) {
    io.stdout(JSON.stringify(rollupJson(rollup, findings, lang), null, 2) + "\n");
    return success(code);
  }
  const lines = printFindings(
    findings.map((f) => ({ rule: f.rule, severity: f.severity, place: null, message: f.message })),
    lang,
    paint,
  );
  if (rollup.plan && rollup.kind) {
    const kind = rollup.kind;
    const columns = [
      { header: M.colCode[lang](), align: "left" as const },
      { header: M.colName[lang](), align: "left" as const },
      ...rollup.periods.map((_, i) => ({ header: periodName(kind, i + 1, lang), align: "right" as const })),
      { header: M.colMean[lang](), align: "right" as const },
      { header: M.colGrade[lang](), align: "left" as const },
      { header: M.colMissing[lang](), align: "left" as const },
    ];
    const rows = rollup.units.map((u) => [
      u.code,
      u.name,
      ...u.finals.map((f) => (f === null ? "—" : fixedDecimals(f, lang))),
      fixedDecimals(u.mean, lang),
      u.grade,
      u.missing.join(", "),
    ]);
    if (lines.length > 0) lines.push("");
    lines.push(...textTable(columns, rows, paint), "");
    const used = rollup.sources.filter((s) => s.used).length;
    const done = render(M.rollupWritten, {
      file: request.out,
      units: rollup.units.length,
      periods: used,
      year: rollup.year ?? 0,
    });
    lines.push(paint(done[lang], "green"));
  } else {
    if (lines.length > 0) lines.push("");
    lines.push(paint(M.rollupNotWritten[lang]({ file: request.out }), "red"));
  }
  ctx.print(lines);
  return success(code);
}
