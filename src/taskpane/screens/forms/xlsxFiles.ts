// The .xlsx side of the Forms screen: a form plan written to bytes, and picked files opened as hosts. The .xlsx host
// loads on first use (its own chunk), never with the pane.

import { contentHash } from "../../../core/integrity/contentHash";
import { render, type Bilingual } from "../../../core/messages/messageTypes";
import type { FormPlan } from "../../../workbook/forms/planForm";
import { HostError, type Host, type ProgressFn } from "../../../workbook/host/hostTypes";
import { formsMessages } from "../../messages/formsMessages";
import { readFileBytes } from "../../readFileBytes";

const loadXlsxHost = () =>
  import(/* webpackChunkName: "xlsx" */ "../../../hosts/xlsx/xlsxHost").then((mod) => mod.XlsxHost);

/** The form as an .xlsx file, ready to open or to save. */
export async function formBytes(form: FormPlan): Promise<Uint8Array> {
  const XlsxHost = await loadXlsxHost();
  const host = XlsxHost.create();
  await host.apply(form.plan);
  return host.save();
}

/** An empty workbook on the .xlsx host, to write a year summary into, and the way to get its bytes. */
export async function newXlsxWorkbook(): Promise<{ host: Host; save: () => Promise<Uint8Array> }> {
  const XlsxHost = await loadXlsxHost();
  const host = XlsxHost.create();
  return { host, save: () => host.save() };
}

/** A picked file opened as a workbook, or not (`host` null) with the reason, a full sentence. */
export type OpenedFile = { fileName: string; hash?: string } & ({ host: Host } | { host: null; reason: Bilingual });

/**
 * Reads and opens each file in order; a file that can't be read or is not an .xlsx workbook comes back with a null
 * host and the reason (an Excel 97–2003 file: save it as .xlsx). `onFile` is told before each file.
 */
export async function openFiles(
  files: readonly File[],
  onFile: (index: number, fileName: string) => void,
): Promise<OpenedFile[]> {
  const XlsxHost = await loadXlsxHost();
  const opened: OpenedFile[] = [];
  for (const [i, file] of files.entries()) {
    onFile(i, file.name);
    let bytes: Uint8Array;
    try {
      bytes = await readFileBytes(file);
    } catch {
      opened.push({ fileName: file.name, host: null, reason: render(formsMessages.unreadableReason, {}) });
      continue;
    }
    // The fingerprint of what was sent, for the log row of a refused file (as the command line logs it).
    const hash = contentHash(bytes);
    try {
      opened.push({ fileName: file.name, hash, host: await XlsxHost.load(bytes) });
    } catch (error) {
      // XlsxHost.load throws HostError "file-unreadable" for anything that is not a workbook, saying why.
      if (!(error instanceof HostError)) throw error;
      opened.push({ fileName: file.name, hash, host: null, reason: error.detail });
    }
  }
  return opened;
}

export type ReadableFile = { fileName: string; host: Host };

/**
 * Opens the files picked for a job (forms in, year roll-up) over the first `share` of its progress bar, saying which
 * file of how many it reads; `readable` are those that opened as workbooks, in the order picked.
 */
export async function openPicked(
  files: readonly File[],
  report: Report,
  share: number,
): Promise<{ opened: OpenedFile[]; readable: ReadableFile[] }> {
  const total = files.length;
  const opened = await openFiles(files, (i, file) =>
    report((share * i) / total, render(formsMessages.reading, { index: i + 1, total, file })),
  );
  return { opened, readable: opened.flatMap((o) => (o.host ? [{ fileName: o.fileName, host: o.host }] : [])) };
}

/** A step of a long job, for the screen's progress bar and its text. */
export type Report = (fraction: number, step: Bilingual) => void;

/** The operation's progress as a Report. */
export function reporter(progress: ProgressFn): Report {
  return (fraction, step) => progress({ fraction, step });
}
