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
import { FORM_RULES } from "../../workbook/messages/formMessages";
import { refusalNote } from "../../workbook/forms/refusalNote";
import { returnsProgress, type ReturnsProgress } from "../../workbook/forms/returnsProgress";
import type { WorkbookMeta } from "../../workbook/meta/workbookMeta";
import { sheetNameMessages } from "../../workbook/messages/sheetNameMessages";
import type { Lang } from "../../core/settings/settingsTypes";
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
  const meta = master.value.meta;
  const nameOf = (code: string | null) => meta.units.find((u) => u.code === code)?.name ?? null;
  const notes = forms.map((f) => refusalNote(f, nameOf(f.unit)));
  const progress = returnsProgress(
    meta,
    forms.flatMap((f) => (f.accepted && f.formId ? [f.formId] : [])),
  );
  if (ctx.common.json) {
    const json = {
      forms: forms.map((f, i) => ({
        file: f.file,
        accepted: f.accepted,
        kind: f.kind,
        unit: f.unit,
        formId: f.formId,
        changed: f.changed,
        note: notes[i]?.[lang] ?? null,
      })),
      findings: forms.flatMap((f) =>
        f.findings.flatMap((finding) => findingsJson([finding], lang).map((j) => ({ file: f.file, ...j }))),
      ),
      returns: progress,
    };
    io.stdout(JSON.stringify(json, null, 2) + "\n");
  } else {
    const lines: string[] = [];
    for (const [i, f] of forms.entries()) {
      if (i > 0 && notes[i - 1]) lines.push("");
      // A refused form's own summary ("refused (8 errors)") heads its errors instead of being counted among them.
      const summary = f.findings.find((finding) => finding.rule === FORM_RULES.refused);
      lines.push(
        f.accepted
          ? paint(render(M.formAccepted, { file: f.file, unit: f.unit ?? "", changed: f.changed })[lang], "green")
          : paint(summary ? `✗ ${summary.message[lang]}` : render(M.formRefused, { file: f.file })[lang], "red"),
      );
      const listed = f.findings.filter((finding) => finding !== summary).map(displayWorkbookFinding);
      lines.push(...printFindings(listed, lang, paint).map((line) => `  ${line}`));
      const note = notes[i];
      if (note) lines.push("", `  ${M.refusalNoteHeading[lang]()}`, ...note[lang].split("\n").map((l) => `    ${l}`));
    }
    const accepted = forms.length - refused;
    lines.push("", render(M.collected, { file, accepted, refused, logged: result.plan ? 1 : 0 })[lang]);
    lines.push(...nextSteps(meta, progress, file, lang));
    ctx.print(lines);
  }
  return success(refused > 0 ? 1 : 0);
}

/** Unit codes named before "…": a cluster of 60 awaiting most of its forms gets a count, not a paragraph. */
const NAMED_MISSING = 10;

/** How many forms of each kind are back, and what to do next (in cross mode, when the peer forms go out). */
function nextSteps(meta: WorkbookMeta, progress: ReturnsProgress, file: string, lang: Lang): string[] {
  const { self, peer } = progress;
  if (self.issued.length === 0 && peer.issued.length === 0) return [];
  const count = (p: ReturnsProgress["self"]) => ({
    returned: p.returned.length,
    issued: p.issued.length,
    missing: p.missing.slice(0, NAMED_MISSING).join(", ") + (p.missing.length > NAMED_MISSING ? ", …" : ""),
  });
  const cross = meta.mode === "cross" && peer.issued.length > 0;
  const lines = [render(M.returnsSelf, count(self))[lang]];
  // Peer forms are awaited only once they went out, after the self forms.
  if (cross && self.missing.length === 0) lines.push(render(M.returnsPeer, count(peer))[lang]);
  if (cross && self.missing.length > 0) lines.push(render(M.nextPeerLater, { file })[lang]);
  else if (cross && peer.returned.length === 0) lines.push(render(M.nextPeerNow, { file })[lang]);
  else if (self.missing.length > 0 || peer.missing.length > 0) lines.push(render(M.nextWhenAll, { file })[lang]);
  else if (meta.mode === "self") lines.push(render(M.nextRank, { file })[lang]);
  else lines.push(render(M.nextReviewRank, { file, sheet: sheetNameMessages.review[meta.lang]() })[lang]);
  return lines;
}
