// The files the Bình xét screen hands to the user: a cluster's ballots as .xlsx bytes (opened as a new workbook)
// and its minutes as a .docx download. The .xlsx host and the docx package load on first use, each in a chunk
// of its own, never with the pane. The download is a Blob behind an <a download>: nothing leaves the computer.
import type { OfficialDocument } from "../../../workbook/documents/officialDocument";
import type { WorkbookPlan } from "../../../workbook/plan/planTypes";

const loadXlsxHost = () =>
  import(/* webpackChunkName: "xlsx" */ "../../../hosts/xlsx/xlsxHost").then((mod) => mod.XlsxHost);
const loadDocx = () =>
  import(/* webpackChunkName: "docx" */ "../../../hosts/docx/renderOfficialDocument").then(
    (mod) => mod.renderOfficialDocument,
  );

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A workbook plan (a cluster's ballots) written to .xlsx bytes. */
export async function workbookBytes(plan: WorkbookPlan): Promise<Uint8Array> {
  const XlsxHost = await loadXlsxHost();
  const host = XlsxHost.create();
  await host.apply(plan);
  return host.save();
}

/** The minutes as a .docx in Decree 30 layout. */
export async function documentBytes(document: OfficialDocument): Promise<Uint8Array> {
  return (await loadDocx())(document);
}

/** How long the browser keeps a downloaded file's address: long enough for a slow save dialog to read it. */
const KEEP_URL_MS = 60_000;

/** Offers `bytes` to the browser as a download named `fileName` (Excel on the web and Windows save it to Downloads). */
export function download(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}
