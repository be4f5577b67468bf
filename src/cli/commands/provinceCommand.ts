// `thidua province --out TINH.xlsx CLUSTER.xlsx...`: consolidates the cluster workbooks into the province workbook
// (written whenever some cluster workbook can be read; the cluster files are only read). An existing TINH.xlsx
// that is a province workbook gives its settings and is written over; another file only with --force.
// With --dossier DIR, the award dossier (.docx) of the workbook just written goes into DIR.
// Exit 0 every workbook counted, 1 some left out, 2 nothing written.

import { resolve } from "node:path";
import { stat } from "node:fs/promises";
import { render, type Bilingual } from "../../core/messages/messageTypes";
import type { ProvinceSettings } from "../../core/province/provinceSettings";
import type { Lang } from "../../core/settings/settingsTypes";
import { XlsxHost } from "../../hosts/xlsx/xlsxHost";
import { HostError } from "../../workbook/host/hostTypes";
import {
  consolidateClusters,
  WRITE_FROM,
  type ProvinceRun,
  type ProvinceSource,
} from "../../workbook/province/consolidateClusters";
import type { EarlierCouncil } from "../../workbook/province/councilSheet";
import type { LocatedProvinceFinding } from "../../workbook/province/locateProvinceFinding";
import { readProvinceWorkbookSettings } from "../../workbook/province/readProvinceWorkbookSettings";
import type { CommandContext } from "../commandContext";
import { checkOutputPath } from "../files/checkOutputPath";
import { openWorkbook } from "../files/openWorkbook";
import { readInputFile } from "../files/readInputFile";
import { writeFileAtomic } from "../files/writeFileAtomic";
import { provinceCliMessages as P } from "../messages/provinceCliMessages";
import { failure, success, type Outcome } from "../outcome";
import { fixedDecimals } from "../../core/messages/fixedDecimals";
import { printFindings } from "../output/printFindings";
import { textTable } from "../output/textTable";
import type { CliRequest } from "../parseCommandLine";
import { provinceJson } from "../output/provinceJson";
import { checkDossierFolder, writeDossier, type DossierWritten } from "../province/writeDossier";

type ProvinceRequest = Extract<CliRequest, { command: "province" }>;

/** The settings of an existing province workbook at `path`; a failure for another file unless --force. */
async function existingSettings(
  path: string,
  request: ProvinceRequest,
): Promise<Outcome<{ settings: ProvinceSettings; earlier: EarlierCouncil | null } | undefined>> {
  const exists = await stat(path).catch(() => null);
  if (!exists) return success(undefined);
  const bytes = await readInputFile(path, request.out);
  if (!bytes.ok) return request.force ? success(undefined) : bytes;
  let found;
  try {
    found = await readProvinceWorkbookSettings(await XlsxHost.load(bytes.value));
  } catch (error) {
    if (!(error instanceof HostError)) throw error;
    found = null;
  }
  if (!found?.isProvince) {
    return request.force ? success(undefined) : failure(render(P.outNotProvince, { file: request.out }));
  }
  if (found.problems.length > 0) {
    const problems = (lang: Lang) => found.problems.map((p) => p[lang]).join(" ");
    return failure({
      vi: P.badSettings.vi({ file: request.out, problems: problems("vi") }),
      en: P.badSettings.en({ file: request.out, problems: problems("en") }),
    });
  }
  return found.settings ? success({ settings: found.settings, earlier: found.earlier }) : success(undefined);
}

function place(f: LocatedProvinceFinding): Bilingual | null {
  if (f.file === null) return null;
  const where = f.sheet === null ? f.file : `${f.file}: ${f.sheet}${f.cell ? `!${f.cell}` : ""}`;
  return { vi: where, en: where };
}

function proposalLines(run: ProvinceRun, ctx: CommandContext): string[] {
  const { lang, paint } = ctx;
  const lines: string[] = [];
  const sections = [
    ["co-thi-dua", P.sectionFlags],
    ["bang-khen", P.sectionCertificates],
    ["council", P.sectionCouncil],
  ] as const;
  for (const [section, title] of sections) {
    const rows = run.consolidation.proposals.filter((p) => p.section === section);
    if (rows.length === 0) continue;
    lines.push(paint(title[lang](), "bold"));
    lines.push(
      ...textTable(
        [
          { header: P.colCluster[lang](), align: "left" },
          { header: P.colUnit[lang](), align: "left" },
          { header: P.colFinal[lang](), align: "right" },
          { header: P.colRank[lang](), align: "right" },
          { header: P.colGrade[lang](), align: "left" },
          { header: P.colNote[lang](), align: "left" },
        ],
        rows.map((p) => [
          p.cluster,
          `${p.code} ${p.name}`,
          fixedDecimals(p.final, lang),
          String(p.rank),
          p.grade,
          p.note?.[lang] ?? "",
        ]),
        paint,
      ),
      "",
    );
  }
  return lines;
}

export async function provinceCommand(ctx: CommandContext, request: ProvinceRequest): Promise<Outcome<number>> {
  const { io, lang, paint } = ctx;
  const outPath = resolve(io.cwd, request.out);
  const seen = new Set<string>();
  for (const file of request.clusters) {
    const path = resolve(io.cwd, file);
    if (path === outPath) return failure(render(P.outIsCluster, { file: request.out }));
    if (seen.has(path)) return failure(render(P.givenTwice, { file }));
    seen.add(path);
  }
  const target = await checkOutputPath(outPath, request.out, true);
  if (!target.ok) return target;
  if (request.dossier !== null) {
    const folder = await checkDossierFolder(ctx, request.dossier);
    if (!folder.ok) return folder;
  }
  const settings = await existingSettings(outPath, request);
  if (!settings.ok) return settings;

  const sources: ProvinceSource[] = request.clusters.map((file) => ({
    fileName: file,
    open: async () => {
      const host = await openWorkbook(resolve(io.cwd, file), file);
      return host.ok ? host.value : { unreadable: host.failure };
    },
  }));
  const out = XlsxHost.create();
  const run = await consolidateClusters(sources, out, {
    ...(settings.value ? { settings: settings.value.settings, earlier: settings.value.earlier } : {}),
    ...(request.year !== null ? { year: request.year } : {}),
    lang,
    progress: (p) => {
      // One line per file read; the steps of writing the workbook are too fine-grained for a terminal.
      if (p.fraction < WRITE_FROM) ctx.progress(p.step);
    },
  });
  if (run.plan) {
    ctx.progress(render(P.writing, { file: request.out }));
    const written = await writeFileAtomic(outPath, await out.save(), request.out);
    if (!written.ok) return written;
  }
  let dossier: DossierWritten | null = null;
  if (run.plan && request.dossier !== null) {
    const made = await writeDossier(ctx, out, request.out, request.dossier);
    if (!made.ok) return made;
    dossier = made.value;
  }

  const errors = run.findings.some((f) => f.severity === "error");
  // As runCli's EXIT: 0 done, 1 findings with errors, 2 nothing usable.
  const code = !run.plan ? 2 : errors ? 1 : 0;
  if (ctx.common.json) {
    const json = { ...provinceJson(run, lang), ...(dossier ? { dossier: dossier.files } : {}) };
    io.stdout(JSON.stringify(json, null, 2) + "\n");
    return success(code);
  }
  const lines = printFindings(
    run.findings.map((f) => ({ rule: f.rule, severity: f.severity, place: place(f), message: f.message })),
    lang,
    paint,
  );
  if (lines.length > 0) lines.push("");
  if (!run.plan) {
    lines.push(paint(P.notWritten[lang]({ file: request.out }), "red"));
  } else {
    lines.push(...proposalLines(run, ctx));
    const proposals = run.consolidation.proposals;
    const files = request.clusters.length;
    const counted = new Set(run.consolidation.clusters.filter((c) => c.counted).map((c) => c.file)).size;
    const done = P.written[lang]({
      file: request.out,
      flags: proposals.filter((p) => p.section === "co-thi-dua").length,
      certificates: proposals.filter((p) => p.section === "bang-khen").length,
      council: proposals.filter((p) => p.section === "council").length,
      counted,
      files,
    });
    lines.push(paint(done, errors ? "yellow" : "green"));
    if (dossier) {
      lines.push("", ...dossier.files, ...dossier.notes.map((n) => paint(n[lang], "yellow")));
      lines.push(paint(dossier.done[lang], "green"));
    }
  }
  ctx.print(lines);
  return success(code);
}
